package org.kolmo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.homogenization.FastInvariantLaw;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.homogenization.MonteCarloCheck;
import org.kolmo.homogenization.Regime;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.InitialState;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One model made ready for a Monte Carlo run of {@link Kolmo#simulate} or {@link Kolmo#verify}: compiled at the
 * run's parameter values, where its paths start and its time step. A slow-fast model (one with fast variables)
 * starts its fast variables in their invariant law ({@link FastInvariantLaw}) and takes, unless --dt is given, a
 * step of a K-th of its fast relaxation time ({@link MonteCarloCheck#fullModelStep}); every other model starts at
 * its initial values and takes 0.001. Both choices are kept in words for the report.
 */
final class SimulatedModel {
    final Sde model;
    final CompiledSde compiled;
    final InitialState start;
    final double dt;
    /** How the default step was chosen, e.g. "eps^2/20", or "" when it is --dt or the plain default. */
    final String dtRule;
    /** Why, e.g. "20 steps per fast relaxation time eps^2". */
    final String dtReason;
    /** Where the fast variables start, in words; "" for a model without fast variables. */
    final String startText;

    private SimulatedModel(Sde model, CompiledSde compiled, InitialState start, double dt, String dtRule,
            String dtReason, String startText) {
        this.model = model;
        this.compiled = compiled;
        this.start = start;
        this.dt = dt;
        this.dtRule = dtRule;
        this.dtReason = dtReason;
        this.startText = startText;
    }

    /**
     * @param source     the model with its file, for messages
     * @param parameters the --param values that belong to this model
     */
    static SimulatedModel prepare(KolmoModel source, Map<String, Double> parameters, MonteCarloOptions options) {
        Sde model = source.sde();
        String file = source.file();
        for (String name : parameters.keySet()) {
            if (model.parameter(name).isEmpty()) {
                throw new OptionException("--param", file + " has no parameter '" + name + "'" + names(
                        model.parameters().stream().map(Parameter::name).toList(), "its parameters"));
            }
        }
        for (Parameter p : model.parameters()) {
            if (p.value().isEmpty() && !parameters.containsKey(p.name())) {
                throw new OptionException("--param", "parameter '" + p.name() + "' of " + file + " has no value; "
                        + "give one with --param " + p.name() + "=VALUE");
            }
        }
        CompiledSde compiled = CompiledSde.compile(model, parameters);
        if (!slowFast(model)) {
            double dt = options.dt().orElse(MonteCarloOptions.DEFAULT_DT);
            return new SimulatedModel(model, compiled, InitialState.fixed(compiled.initialState()), dt, "", "",
                    "");
        }
        // the invariant law and the fast time scale at the values this run uses, not the file's
        Sde valued = withValues(model, compiled.parameterValues());
        FastInvariantLaw law = fastStart(valued, source, compiled);
        if (options.dt().isPresent()) {
            return new SimulatedModel(model, compiled, law, options.dt().get(), "", "", law.description());
        }
        Parameter eps = valued.parameters().stream().filter(Parameter::isSmall).findFirst().orElseThrow();
        Regime regime;
        try {
            regime = Regime.of(model, file);
        } catch (HomogenizationException e) {
            throw OptionException.because("--dt", source.file(), "the default step of a slow-fast model is a "
                    + "fraction of its fast relaxation time, which cannot be read off this model; give --dt",
                    located(e, source));
        }
        double epsValue = eps.value().orElseThrow().evalf();
        int k = options.stepsPerFastTime();
        double dt = MonteCarloCheck.fullModelStep(regime, epsValue, options.horizon(), k);
        String fastTime = regime == Regime.HOMOGENIZATION ? eps.name() + "^2" : eps.name();
        boolean capped = dt < fastTime(regime, epsValue) / k; // a horizon shorter than 50 steps of fastTime/k
        String rule = capped ? "T/50" : fastTime + "/" + k;
        String reason = capped ? "at least 50 steps, shorter than " + fastTime + "/" + k
                : k + " steps per fast relaxation time " + fastTime
                        + (regime == Regime.AVERAGING ? " (averaging)" : "");
        return new SimulatedModel(model, compiled, law, dt, rule, reason, law.description());
    }

    /** The fast variables without initial value from their invariant law, the rest of the state at x0. */
    private static FastInvariantLaw fastStart(Sde valued, KolmoModel source, CompiledSde compiled) {
        // a fast variable without initial value gets a placeholder here, which its draw replaces
        Map<String, Double> placeholders = new LinkedHashMap<>();
        for (Variable v : valued.variables()) {
            if (v.role() == Role.FAST && v.initialValue().isEmpty()) {
                placeholders.put(v.name(), 0.0);
            }
        }
        try {
            return FastInvariantLaw.of(valued, source.file(), compiled.initialState(placeholders));
        } catch (HomogenizationException e) {
            boolean one = placeholders.size() == 1;
            throw OptionException.because("FILE", source.file(), "fast " + String.join(", ",
                    placeholders.keySet())
                    + (one ? " has no initial value and starts in its" : " have no initial values and start in their")
                    + " invariant law, which is known only when the fast process is an Ornstein-Uhlenbeck process "
                    + "(Lim); give " + (one ? "it an initial value" : "them initial values") + " in the model",
                    located(e, source));
        }
    }

    private static double fastTime(Regime regime, double eps) {
        return regime == Regime.HOMOGENIZATION ? eps * eps : eps;
    }

    /** The model with the values of this run as its parameters' values. */
    private static Sde withValues(Sde model, double[] values) {
        List<Parameter> valued = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Parameter p = model.parameters().get(i);
            valued.add(new Parameter(p.name(), p.assumptions(), Optional.of(F.num(values[i]))));
        }
        return model.withParameters(valued);
    }

    /** The error at the equation it is about, as {@code homogenize} reports it. */
    private static HomogenizationException located(HomogenizationException e, KolmoModel source) {
        if (e.variable() == null) {
            return e;
        }
        int[] at = source.equationStart(e.variable());
        return e.at(at, source.line(at[0]));
    }

    /** " (WHAT: a, b)" to end a message with, or "" when there are no names. */
    static String names(List<String> names, String what) {
        return names.isEmpty() ? "" : " (" + what + ": " + String.join(", ", names) + ")";
    }

    /** True when the model has fast variables. */
    static boolean slowFast(Sde model) {
        return model.variables().stream().anyMatch(v -> v.role() == Role.FAST);
    }

    /** What is observed by default: a slow-fast model's slow variables and functionals, else every variable. */
    static List<String> defaultObservables(Sde model) {
        boolean slowFast = slowFast(model);
        return model.variables().stream().filter(v -> !slowFast || v.role() != Role.FAST).map(Variable::name)
                .toList();
    }

    /** Runs the model, telling {@code progress} how far it has come. */
    MonteCarloResult run(List<String> observableTexts, MonteCarloOptions options, long seed, Progress progress)
            throws ModelException {
        MonteCarloSettings settings = options.settings(model.convention(), dt).withSeed(seed);
        List<IExpr> exprs = new ArrayList<>();
        for (String t : observableTexts) {
            exprs.add(ModelReader.readObservable("--observe", t, model));
        }
        Observables observables = Observables.of(compiled, observableTexts, exprs);
        try (Progress.Run run = progress.start("simulating " + model.name())) {
            return MonteCarlo.run(compiled, start, observables, settings, run);
        }
    }
}

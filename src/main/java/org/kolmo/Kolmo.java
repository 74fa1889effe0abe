package org.kolmo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.kolmo.moments.CentralMoments;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.ClosedStationary;
import org.kolmo.moments.Closure;
import org.kolmo.moments.ClosureCheck;
import org.kolmo.moments.MomentClosure;
import org.kolmo.moments.MomentStructure;
import org.kolmo.report.ClosedMomentsReport;
import org.kolmo.report.ClosureCheckReport;
import org.kolmo.report.MomentsReport;
import org.kolmo.report.Report;
import org.kolmo.stationary.StationaryDensity;
import org.kolmo.stationary.StationaryException;

import org.kolmo.calculus.Generator;
import org.kolmo.calculus.ItoFormula;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.check.ClaimChecker;
import org.kolmo.check.ClaimResult;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.moments.ClosedOde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.kolmo.report.CheckReport;
import org.kolmo.report.ClosedOdeReport;
import org.kolmo.report.ConversionReport;
import org.kolmo.report.GeneratorReport;
import org.kolmo.report.ItoFormulaReport;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The public API of Kolmo: what a Java program, the command line ({@code org.kolmo.cli}) and the notebook kernel
 * ({@code org.kolmo.notebook}) call. Each derivation takes a model ({@link #readModel}, {@link #parseModel}) and an
 * immutable options record, and returns the derivation's report ({@link org.kolmo.report.Report}: text, LaTeX,
 * a LaTeX document, JSON), which also holds the results as values.
 *
 * <p>A final class of static methods rather than an entry object: Kolmo's state (the Symja session with its rule
 * files) is one per process already ({@link org.kolmo.cas.CasSession}), so an object would only pretend to hold it.
 * Bad values are reported as {@link OptionException} with the command-line option's name; a model outside a
 * method's class with the exception of its package, located at the equation of the model's source.
 */
public final class Kolmo {
    private Kolmo() {
    }

    // ---------------------------------------------------------------- models

    /** Reads a model file; the file name in messages is the path as given. */
    public static KolmoModel readModel(Path file) throws ModelException {
        if (!Files.exists(file)) {
            throw new OptionException("FILE", "'" + file + "' does not exist");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OptionException("FILE", "'" + file + "' does not exist");
        } catch (IOException e) {
            throw new OptionException("FILE", "cannot read '" + file + "': " + e.getMessage());
        }
        return parseModel(text, file.toString());
    }

    /**
     * Reads a model from its text.
     *
     * @param name the name shown in messages; its stem names the model when the text has no {@code model} line
     */
    public static KolmoModel parseModel(String text, String name) throws ModelException {
        return new KolmoModel(ModelReader.read(name, text), name, text);
    }

    /** An expression over the model's parameters and variables; errors are placed at {@code OPTION:1:COLUMN}. */
    public static IExpr expression(KolmoModel model, String option, String text) throws ModelException {
        return ModelReader.readExpression(option, text, model.sde());
    }

    // ---------------------------------------------------------------- calculus

    /** {@code ito} or {@code stratonovich}, as {@code --to} takes it. */
    public static Convention convention(String name) {
        return switch (name) {
            case "ito" -> Convention.ITO;
            case "stratonovich" -> Convention.STRATONOVICH;
            default -> throw new OptionException("--to", "unknown convention '" + name
                    + "' (expected ito or stratonovich)");
        };
    }

    /** The model in the other convention (Lim, eqs. 2-4); the report's {@code converted()} is a model again. */
    public static ConversionReport convert(KolmoModel model, Convention to) {
        Sde converted = ItoStratonovich.convert(model.sde(), to);
        return new ConversionReport(model.sde(), converted);
    }

    /** The generator L and the backward Kolmogorov equation. */
    public static GeneratorReport generator(KolmoModel model) {
        return GeneratorReport.operator(model.sde());
    }

    /** L applied to {@code f}, an expression in the model's variables and parameters (placed as {@code --apply}). */
    public static GeneratorReport generator(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--apply", f);
        return GeneratorReport.applied(model.sde(), e, Generator.apply(model.sde(), e));
    }

    /** Itô's formula for {@code f} (placed as {@code --f}). */
    public static ItoFormulaReport itoFormula(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--f", f);
        return new ItoFormulaReport(model.sde(), ItoFormula.apply(model.sde(), e));
    }

    // ---------------------------------------------------------------- moments

    /** {@link #moments(KolmoModel, MomentsOptions, Progress)} without progress reports. */
    public static Report moments(KolmoModel model, MomentsOptions options) throws MomentsException {
        return moments(model, options, Progress.NONE);
    }

    /**
     * The moment equations up to the options' order: a {@link MomentsReport} (blocks, conservation laws, stationary
     * values); with a closure a {@link ClosedMomentsReport} (and its stationary points when asked); with a check a
     * {@link ClosureCheckReport} (each closure against Monte Carlo and, for one variable, the exact stationary law).
     */
    public static Report moments(KolmoModel model, MomentsOptions options, Progress progress)
            throws MomentsException {
        options.validate();
        Sde sde = model.sde();
        int order = options.order();
        if (options.check().isPresent()) {
            return checkClosures(model, options, progress);
        }
        if (options.closure().isPresent()) {
            String name = options.closure().get();
            Closure c = Closure.parse(name).orElseThrow(() -> new OptionException("--closure", "unknown closure '"
                    + name + "' (expected " + Closure.names() + ")"));
            ClosedMomentSystem system = close(model, order, c);
            double[] start = options.start().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
                    .orElse(null);
            if (start != null && start.length != system.size()) {
                throw new OptionException("--start", "needs " + system.size() + " numbers (" + String.join(", ",
                        system.names()) + "), got " + start.length);
            }
            ClosedStationary.Result points = options.stationary() ? ClosedStationary.of(system, start) : null;
            return new ClosedMomentsReport(system, options.central() ? CentralMoments.derive(system) : null, points);
        }
        MomentSystem system = MomentEquations.derive(sde, order);
        MomentStructure structure = MomentStructure.of(system);
        return new MomentsReport(structure, options.central() ? CentralMoments.derive(system) : null);
    }

    /** The moment system up to {@code order}, its matrix and constant in the user's names. */
    public static MomentSystem momentSystem(KolmoModel model, int order) throws MomentsException {
        if (order < 1) {
            throw new OptionException("--order", "the moment order must be at least 1 (got " + order + ")");
        }
        return MomentEquations.derive(model.sde(), order);
    }

    /** The closed system at {@code order}; a closure undefined for the model is placed at its equation. */
    private static ClosedMomentSystem close(KolmoModel model, int order, Closure c) throws MomentsException {
        try {
            return MomentClosure.derive(model.sde(), order, c);
        } catch (MomentsException e) {
            if (e.code() == null) {
                throw e;
            }
            int[] at = e.variable() == null ? new int[] {0, 0} : model.equationStart(e.variable());
            throw e.at(model.file(), at, model.line(at[0]));
        }
    }

    /** Every closure of the list integrated and measured against Monte Carlo (issue 15, item 4). */
    private static ClosureCheckReport checkClosures(KolmoModel model, MomentsOptions options, Progress progress)
            throws MomentsException {
        int paths = options.check().get();
        double horizon = options.horizon();
        double dt = options.dt();
        if (options.closure().isEmpty()) {
            throw new OptionException("--check", "needs --closure (one closure or a comma list)");
        }
        if (paths < 2) {
            throw new OptionException("--check", "the number of paths must be at least 2");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new OptionException("--T", "the horizon must be a positive number");
        }
        if (!(dt > 0) || dt > horizon) {
            throw new OptionException("--dt", "the step must be positive and at most the horizon");
        }
        List<ClosedMomentSystem> systems = new ArrayList<>();
        for (String name : options.closure().get().split(",")) {
            Closure c = Closure.parse(name.strip()).orElseThrow(() -> new OptionException("--closure",
                    "unknown closure '" + name.strip() + "' (expected " + Closure.names() + ")"));
            systems.add(close(model, options.order(), c));
        }
        int points = 20;
        double[] times = new double[points];
        for (int k = 0; k < points; k++) {
            times[k] = horizon * (k + 1) / points;
        }
        ClosureCheck.Result result;
        try (Progress.Run run = progress.start("simulating " + model.name())) {
            result = ClosureCheck.run(model.sde(), systems, new ClosureCheck.Settings(paths, dt, times,
                    options.seed()), exactStationary(model, systems.get(0), options.order()), run);
        }
        return new ClosureCheckReport(result);
    }

    /** E[x^k] of a one-variable model from its stationary density, by moment name; empty when there is none. */
    private static Map<String, Double> exactStationary(KolmoModel model, ClosedMomentSystem system, int order) {
        Map<String, Double> out = new HashMap<>();
        if (model.sde().dimension() != 1) {
            return out;
        }
        try {
            StationaryDensity.Result density = StationaryDensity.derive(model.sde(), model.file(), Map.of(), order);
            for (StationaryDensity.Moment m : density.moments()) {
                for (int i = 0; i < system.size(); i++) {
                    if (system.moments().get(i).exponent(0) == m.order() && m.finite()) {
                        out.put(system.names().get(i), Double.isFinite(m.exactValue()) ? m.exactValue()
                                : m.quadrature());
                    }
                }
            }
        } catch (StationaryException | IllegalArgumentException e) {
            // no stationary density (not normalisable, outside the method): Monte Carlo alone
        }
        return out;
    }

    /** The exact closed higher-order ODE of one moment ({@code m_z}, {@code p_zz}, {@code mu_xxz}). */
    public static ClosedOdeReport closedOde(KolmoModel model, String component, ClosedOdeOptions options)
            throws MomentsException {
        MomentSystem system = MomentEquations.derive(model.sde(), MomentEquations.orderOf(model.sde(), component));
        return new ClosedOdeReport(ClosedOde.derive(system, component, options.minimal(), options.withConstant()));
    }

    // ---------------------------------------------------------------- checks

    /** Whether each claim {@code "LHS == RHS"} holds; {@link CheckReport#allHold()} gives the verdict. */
    public static CheckReport check(KolmoModel model, List<String> claims, CheckOptions options)
            throws ModelException, MomentsException {
        ClaimChecker checker = new ClaimChecker(model.sde(), options.givens(), options.seed());
        List<ClaimResult> results = new ArrayList<>();
        for (String claim : claims) {
            results.add(checker.check(claim));
        }
        return new CheckReport(model.sde(), results);
    }
}

package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Homogenization (and first-order averaging) of slow-fast SDEs, seed 000: from a model to its effective SDE, by the
 * generator route ({@link GeneratorRoute}, the expansion of the backward Kolmogorov equation), by the closed-form
 * route ({@link ClosedFormRoute}, Results 2.1 and 2.2), or by both, held equal entry by entry.
 */
public final class Homogenization {
    private Homogenization() {
    }

    /**
     * Which derivation to run. {@link #AUTO} runs the generator route, whose class is the wider, and the closed forms
     * as a cross-check wherever the model lies in their class; {@link #BOTH} insists on both.
     */
    public enum Route {
        AUTO("auto"), GENERATOR("generator"), CLOSED_FORM("closed-form"), BOTH("both");

        private final String option;

        Route(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        /** The route named {@code name} on the command line, or null. */
        public static Route ofOption(String name) {
            for (Route r : values()) {
                if (r.option.equals(name)) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * The exact comparison of one entry of the two routes' results.
     *
     * @param quantity  "drift", "noise-induced drift" or "diffusion"
     * @param entry     the variable (drift) or pair of variables (diffusion)
     * @param generator the generator route's value
     * @param closedForm the closed-form route's value
     */
    public record Agreement(String quantity, String entry, IExpr generator, IExpr closedForm, boolean equal) {
    }

    /**
     * Everything derived.
     *
     * @param route       the routes that ran: {@link Route#BOTH}, {@link Route#GENERATOR} or
     *                    {@link Route#CLOSED_FORM}, never {@link Route#AUTO}
     * @param closedFormOutside why the closed forms did not apply, when {@link Route#AUTO} ran the generator route
     *                    alone
     * @param langevin    the rescaling of a model in Langevin form; {@code model} is then the rescaled model
     * @param split       the generator split (absent for the closed-form route alone)
     * @param system      the recognised class (absent for the generator route alone)
     * @param agreements  entry-by-entry comparison of the routes (empty unless both ran)
     * @param checks      numeric cross-checks (empty when a parameter has no value)
     * @param millis      the time of the derivation itself, in milliseconds
     */
    public record Result(Sde model, String source, Route route, Optional<HomogenizationException> closedFormOutside,
            Optional<LangevinForm> langevin, Regime regime, Optional<GeneratorSplit> split,
            Optional<SlowFastSystem> system, Optional<GeneratorRoute.Result> generator,
            Optional<ClosedFormRoute.Result> closedForm, List<Agreement> agreements, EffectiveSde effective,
            List<NumericCheck> checks, double millis) {

        /** True unless both routes ran and some entry differs. */
        public boolean routesAgree() {
            return agreements.stream().allMatch(Agreement::equal);
        }

        public boolean checksPass() {
            return checks.stream().allMatch(NumericCheck::passed);
        }
    }

    /**
     * Derives the effective SDE of {@code model}.
     *
     * @param source the model file as the user named it, for messages
     * @throws HomogenizationException when the model is outside the class
     */
    public static Result homogenize(Sde model, String source, Route route) {
        long start = System.nanoTime();
        ModelExpansion ex = ModelExpansion.of(model, source);
        Optional<LangevinForm> langevin = LangevinForm.recognize(ex);
        if (langevin.isEmpty()) {
            return homogenize(ex, route, langevin, start);
        }
        try {
            return homogenize(ModelExpansion.of(langevin.get().rescaled(), source), route, langevin, start);
        } catch (HomogenizationException e) {
            // the user wrote v, not the scaled velocity: point at v's equation
            throw e.variable() == null ? e : e.forVariable(langevin.get().originalName(e.variable()));
        }
    }

    private static Result homogenize(ModelExpansion ex, Route route, Optional<LangevinForm> langevin, long start) {
        Sde model = ex.model;
        String source = ex.source;
        Optional<GeneratorSplit> split = Optional.empty();
        Optional<GeneratorRoute.Result> gen = Optional.empty();
        Optional<SlowFastSystem> system = Optional.empty();
        Optional<ClosedFormRoute.Result> cf = Optional.empty();
        if (route != Route.CLOSED_FORM) {
            split = Optional.of(GeneratorSplit.of(ex));
            gen = Optional.of(GeneratorRoute.derive(split.get()));
        }
        Optional<HomogenizationException> outside = Optional.empty();
        if (route == Route.AUTO) {
            try {
                system = Optional.of(SlowFastSystem.recognize(ex));
            } catch (HomogenizationException e) {
                outside = Optional.of(e);
            }
        } else if (route != Route.GENERATOR) {
            system = Optional.of(SlowFastSystem.recognize(ex));
        }
        if (system.isPresent()) {
            cf = Optional.of(ClosedFormRoute.derive(system.get()));
        }
        Route ran = gen.isPresent() && cf.isPresent() ? Route.BOTH : gen.isPresent() ? Route.GENERATOR
                : Route.CLOSED_FORM;
        List<ISymbol> resolved = new ArrayList<>(ex.shape.slow());
        resolved.addAll(ex.shape.functionals());
        int n = ex.shape.slow().size();

        List<Agreement> agreements = new ArrayList<>();
        if (gen.isPresent() && cf.isPresent()) {
            GeneratorRoute.Result g = gen.get();
            ClosedFormRoute.Result c = cf.get();
            List<IExpr> cfDrift = c.drift();
            for (int i = 0; i < resolved.size(); i++) {
                String name = ex.writer.write(resolved.get(i));
                agreements.add(agreement(ex, "drift", name, g.drift().get(i), cfDrift.get(i)));
                IExpr cfInduced = i < n ? c.noiseInducedDrift().get(i) : c.functionalDriftParts().get(i - n).get(3);
                agreements.add(agreement(ex, "noise-induced drift", name, g.noiseInducedDrift().get(i), cfInduced));
                for (int k = i; k < resolved.size(); k++) {
                    agreements.add(agreement(ex, "diffusion", name + "," + ex.writer.write(resolved.get(k)),
                            g.diffusion().get(i).get(k), c.diffusion().get(i).get(k)));
                }
            }
        }

        EffectiveSde effective;
        Regime regime;
        if (gen.isPresent()) {
            GeneratorRoute.Result g = gen.get();
            regime = g.split().regime();
            effective = EffectiveSde.build(model, regime, resolved, g.drift(), g.averagedDrift(), g.fastDrift(),
                    g.noiseInducedDrift(), g.diffusion(), cf.flatMap(ClosedFormRoute.Result::result22),
                    g.drift().subList(0, n));
        } else {
            ClosedFormRoute.Result c = cf.get();
            regime = c.system().regime();
            List<IExpr> averaged = new ArrayList<>();
            List<IExpr> fast = new ArrayList<>();
            List<IExpr> induced = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                averaged.add(ex.field.normal(F.Subtract(c.slowDrift().get(i),
                        F.Plus(c.fastDrift().get(i), c.noiseInducedDrift().get(i)))));
                fast.add(c.fastDrift().get(i));
                induced.add(c.noiseInducedDrift().get(i));
            }
            for (List<IExpr> parts : c.functionalDriftParts()) {
                averaged.add(ex.field.normal(F.Plus(parts.get(0), parts.get(1))));
                fast.add(parts.get(2));
                induced.add(parts.get(3));
            }
            effective = EffectiveSde.build(model, regime, resolved, c.drift(), averaged, fast, induced, c.diffusion(),
                    c.result22(), c.slowDrift());
        }
        double millis = (System.nanoTime() - start) / 1e6;
        List<NumericCheck> checks = NumericCrossChecks.run(model, resolved, split, system, gen, cf, effective);
        return new Result(model, source, ran, outside, langevin, regime, split, system, gen, cf, List.copyOf(agreements),
                effective, checks, millis);
    }

    private static Agreement agreement(ModelExpansion ex, String quantity, String entry, IExpr g, IExpr c) {
        return new Agreement(quantity, entry, g, c, ex.field.same(g, c));
    }
}

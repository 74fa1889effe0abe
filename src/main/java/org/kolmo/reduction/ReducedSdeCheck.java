package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.SdeBuilder;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloProgress;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.Scheme;
import org.kolmo.numeric.WeakErrorCheck;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The Monte Carlo check of a reduced SDE dz = A z dt + B z dw + D du (eqs. 64-68) against the full model in its
 * regime at one ε: both simulated with fixed seeds (independent streams), E[z] and E[z²] compared at a few times.
 * The difference of the two estimates has the standard error sqrt(se_full² + se_reduced²); an observable fails when
 * its difference exceeds the tolerance by more than four standard errors, as in {@code kolmo verify}.
 *
 * <p>The reduced SDE is an approximation, so its weak error is not zero; but it is known beforehand, since the means
 * and second moments of both models obey closed linear equations. Each row shows this predicted weak error next to
 * the simulated one, and the exact moments of the full model, so that the bias of the time stepping of the full
 * model (stiff for small ε) can be read off. The tolerance is a number (0 by default, as in {@code verify}), or, per
 * row, the size of the predicted weak error: the check then fails only when the simulations differ by more than
 * their moment equations say (it does not judge the reduced SDE itself, which a fixed tolerance does).
 *
 * <p>Time step of the full model: the given one, else min(T/100, 0.01/ρ) with ρ the spectral radius of its moment
 * system of order 2 at this ε (the fastest rate); the reduced SDE takes min(T/200, 0.01/ρ_reduced).
 */
public final class ReducedSdeCheck {

    private ReducedSdeCheck() {
    }

    /**
     * How to run the check.
     *
     * @param tolerance a fixed tolerance, or NaN for the predicted weak error
     * @param timeStep  the full model's step, or NaN for the automatic one
     */
    public record Settings(long paths, double eps, double[] times, long seed, double tolerance, double timeStep) {
    }

    /** One observable at one time. */
    public record Row(double time, String observable, double full, double fullStandardError, double reduced,
            double reducedStandardError, double exactFull, double exactReduced, double tolerance) {

        public double difference() {
            return full - reduced;
        }

        public double standardError() {
            return check().standardError();
        }

        /** E_full - E_reduced from the exact moment equations. */
        public double predicted() {
            return exactFull - exactReduced;
        }

        /** The difference with its standard error, judged by the verdict every check shares. */
        public WeakErrorCheck check() {
            return WeakErrorCheck.of(full, fullStandardError, reduced, reducedStandardError);
        }

        public double lower95() {
            return check().lower95();
        }

        public double upper95() {
            return check().upper95();
        }

        public boolean passed() {
            return check().accepted(tolerance);
        }
    }

    /** The check of one reduced SDE. */
    public record MethodCheck(String method, double a, double b, double d, List<Row> rows) {
        public boolean passed() {
            return rows.stream().allMatch(Row::passed);
        }
    }

    /** The whole check. */
    public record Result(Settings settings, boolean predictedTolerance, double fullStep, double reducedStep,
            String scheme, List<MethodCheck> methods, double seconds) {
        public boolean passed() {
            return methods.stream().allMatch(MethodCheck::passed);
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d paths each, seed %d, eps = %s, full step %.3g (%s), reduced step "
                    + "%.3g, tolerance %s, %.1f s", settings.paths(), settings.seed(), settings.eps(), fullStep,
                    scheme, reducedStep, predictedTolerance ? "the predicted weak error"
                            : String.valueOf(settings.tolerance()), seconds);
        }
    }

    /**
     * Runs the check of every reduced SDE of {@code reduction}.
     *
     * @param initial the initial state used for the reduction (null for the model's)
     * @throws ReductionException when a model cannot be simulated (missing values, no decaying reduced SDE)
     */
    public static Result run(Reduction reduction, Map<String, Double> initial, Settings settings)
            throws ReductionException {
        return run(reduction, initial, settings, MonteCarloProgress.NONE);
    }

    /** @param progress told how many paths of the full model (the long part) are done */
    public static Result run(Reduction reduction, Map<String, Double> initial, Settings settings,
            MonteCarloProgress progress) throws ReductionException {
        long start = System.nanoTime();
        Sde model = initial == null ? reduction.model() : Reduction.withInitial(reduction.model(), initial);
        Regime regime = reduction.regime();
        String z = reduction.variable();
        double e = settings.eps();
        Numeric at = Numeric.of(reduction.model()).with(regime.eps(), e);
        double[] times = settings.times().clone();
        java.util.Arrays.sort(times);
        double tmax = times[times.length - 1];
        // the full model at this eps: its parameters replaced by their scalings
        Map<String, Double> params = new HashMap<>();
        for (Parameter p : model.parameters()) {
            params.put(p.name(), at.eval(regime.scale(p.symbol())));
        }
        // the reduction derived them already; a MomentsException would propagate as it is
        MomentSystem first = MomentEquations.derive(model, 1);
        MomentSystem second = MomentEquations.derive(model, 2);
        List<String> names = model.variables().stream().map(org.kolmo.model.Variable::name).toList();
        double[] exactMean = Reduction.exact(first, org.kolmo.moments.MomentNames.of(names, z), regime, at, times);
        double[] exactSecond = Reduction.exact(second, org.kolmo.moments.MomentNames.of(names, z, z), regime, at,
                times);
        double rho = spectralRadius(second, regime, at);
        double fullStep = Double.isNaN(settings.timeStep()) ? Math.min(tmax / 100, 0.01 / Math.max(rho, 1e-300))
                : settings.timeStep();
        Scheme scheme = model.convention() == Convention.ITO ? Scheme.EULER_MARUYAMA : Scheme.STOCHASTIC_HEUN;
        CompiledSde full = CompiledSde.compile(model, params);
        ISymbol zs = model.variableSymbols().get(model.indexOfVariable(z));
        Observables fullObs = Observables.of(full, List.of(z, z + "^2"), List.of(zs, F.Sqr(zs)));
        MonteCarloSettings fullSettings = MonteCarloSettings.of(scheme, settings.paths(), fullStep, times,
                settings.seed());
        MonteCarloResult a = MonteCarlo.run(full, full.initialState(), fullObs, fullSettings, progress);
        double z0 = full.initialState()[model.indexOfVariable(z)];
        List<MethodCheck> checks = new ArrayList<>();
        double reducedStep = Double.NaN;
        for (Map.Entry<String, ReducedSde> s : reduction.sdes().entrySet()) {
            ReducedSde sde = s.getValue();
            double aBar = at.eval(sde.drift());
            double bBar = at.eval(sde.multiplicative());
            double dBar = at.eval(sde.additive());
            double b = 2 * aBar + bBar * bBar;
            if (!(aBar < 0) || !(b < 0)) {
                throw ReductionException.option("--check-eps", ReductionErrorCode.CHECK_NOT_RELAXING, e, s.getKey(),
                        aBar, b);
            }
            double pInf = -dBar * dBar / b;
            double step = Math.min(tmax / 200, 0.01 / Math.max(Math.abs(b), 1e-300));
            reducedStep = Double.isNaN(reducedStep) ? step : Math.min(reducedStep, step);
            Sde small = reducedModel(z, z0, aBar, bBar, dBar);
            CompiledSde compiled = CompiledSde.compile(small);
            ISymbol rz = small.variableSymbols().get(0);
            Observables obs = Observables.of(compiled, List.of(z, z + "^2"), List.of(rz, F.Sqr(rz)));
            // an independent stream for the reduced model, as in verify
            MonteCarloResult r = MonteCarlo.run(compiled, compiled.initialState(), obs, MonteCarloSettings.of(
                    Scheme.EULER_MARUYAMA, settings.paths(), step, times, settings.seed() ^ 0x9E3779B97F4A7C15L),
                    MonteCarloProgress.NONE);
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < times.length; k++) {
                double t = times[k];
                double mean = z0 * Math.exp(aBar * t);
                double sec = pInf + (z0 * z0 - pInf) * Math.exp(b * t);
                double[] exactFull = {exactMean[k], exactSecond[k]};
                double[] exactReduced = {mean, sec};
                for (int i = 0; i < 2; i++) {
                    double tol = Double.isNaN(settings.tolerance()) ? Math.abs(exactFull[i] - exactReduced[i])
                            : settings.tolerance();
                    rows.add(new Row(t, fullObs.names().get(i), a.mean(k, i), a.standardError(k, i), r.mean(k, i),
                            r.standardError(k, i), exactFull[i], exactReduced[i], tol));
                }
            }
            checks.add(new MethodCheck(s.getKey(), aBar, bBar, dBar, List.copyOf(rows)));
        }
        return new Result(settings, Double.isNaN(settings.tolerance()), fullStep, reducedStep, scheme.keyword(),
                List.copyOf(checks), (System.nanoTime() - start) / 1e9);
    }

    /** The largest modulus of an eigenvalue of the scaled moment matrix at these values. */
    static double spectralRadius(MomentSystem system, Regime regime, Numeric at) {
        int n = system.size();
        SimpleMatrix f = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f.set(i, j, at.eval(regime.scale(system.matrix().get(i).get(j))));
            }
        }
        double rho = 0;
        for (var c : f.eig().getEigenvalues()) {
            rho = Math.max(rho, c.getMagnitude());
        }
        return rho;
    }

    /** dz = A z dt + B z dw + D du as a model (noises that are absent left out), the numbers exact. */
    static Sde reducedModel(String z, double z0, double a, double b, double d) {
        ISymbol zs = Sde.symbol(z);
        CasSession cas = CasSession.get();
        SdeBuilder model = new SdeBuilder("reduced").state(z, exact(z0)).drift(z, cas.evaluate(F.Times(exact(a), zs)));
        if (b != 0) {
            model.noise("w").noise(z, "w", cas.evaluate(F.Times(exact(b), zs)));
        }
        if (d != 0) {
            model.noise("u").noise(z, "u", exact(d));
        }
        return model.build();
    }

    /** The double as the exact decimal it prints as (0.1 is 1/10), as a model file would read it. */
    private static IExpr exact(double v) {
        return ModelReader.exact(java.math.BigDecimal.valueOf(v));
    }
}

package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kolmo.cas.Symbols;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.WeakErrorCheck;
import org.kolmo.numeric.MonteCarloProgress;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.Scheme;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The weak-error check of a homogenization: Monte Carlo of the full slow-fast model at the model's own ε against
 * Monte Carlo of the effective SDE, both by Euler-Maruyama ({@link org.kolmo.numeric.MonteCarlo} on the Itô forms)
 * from the same initial values, with independent fixed-seed noise. For every resolved variable the first moment
 * E[Q_i(T)] and for every pair the second moment E[Q_i Q_j(T)] are compared; the difference of the two estimates has
 * the standard error √(se_full² + se_eff²), and the check passes when every difference is within the tolerance plus
 * 4 standard errors. Two biases are not statistical and show with enough paths: the full model at a finite ε
 * differs from its limit by O(ε) (seed 000), and its Euler-Maruyama step ε²/k misses the fast variance by about
 * 1/(2k); the tolerance (0 by default) is where the user says how much weak error to accept.
 * Paths that leave the finite numbers are left out and counted.
 *
 * <p>The fast variables start in their invariant measure N(μ(X0), J(X0)) ({@link FastInvariantLaw}), drawn from each
 * path's own random stream, except those the model gives initial values, so that no initial layer biases the
 * comparison. The full model's step is ε²/k (homogenization) or ε/k (averaging) with k
 * steps per fast relaxation time.
 */
public final class MonteCarloCheck {
    private MonteCarloCheck() {
    }

    /** How the check is run. */
    public record Settings(int paths, double horizon, long seed, int stepsPerFastTime, int effectiveSteps,
            double tolerance) {
        public static Settings of(int paths) {
            return new Settings(paths, 1.0, 1L, 20, 200, 0.0);
        }

        public Settings withHorizon(double t) {
            return new Settings(paths, t, seed, stepsPerFastTime, effectiveSteps, tolerance);
        }

        public Settings withSeed(long s) {
            return new Settings(paths, horizon, s, stepsPerFastTime, effectiveSteps, tolerance);
        }

        public Settings withStepsPerFastTime(int k) {
            return new Settings(paths, horizon, seed, k, effectiveSteps, tolerance);
        }

        /** The weak error accepted on top of the statistical bound (the O(eps) bias of the full model). */
        public Settings withTolerance(double tol) {
            return new Settings(paths, horizon, seed, stepsPerFastTime, effectiveSteps, tol);
        }
    }

    /**
     * One observable.
     *
     * @param full          its estimate from the full model
     * @param effective     its estimate from the effective SDE
     * @param standardError of the difference
     */
    public record WeakError(String observable, double full, double fullStandardError, double effective,
            double effectiveStandardError, double difference, double standardError) {

        /** The difference with its standard error, judged by the verdict every check shares. */
        public WeakErrorCheck check() {
            return new WeakErrorCheck(difference, standardError);
        }

        /** The difference in standard errors. */
        public double zScore() {
            return check().zScore();
        }

        /** The 95% confidence interval of the difference. */
        public double lower95() {
            return check().lower95();
        }

        public double upper95() {
            return check().upper95();
        }
    }

    /**
     * @param failedPaths paths of the full and of the effective model that left the finite numbers (excluded)
     */
    public record Result(Settings settings, double eps, double fullStep, double effectiveStep,
            List<WeakError> errors, int[] failedPaths, List<String> notes, double seconds) {
        public boolean passed() {
            return errors.stream().allMatch(this::accepted);
        }

        /** Whether one weak error is within the tolerance plus 4 standard errors. */
        public boolean accepted(WeakError e) {
            return e.check().accepted(settings.tolerance());
        }

        /** The verdict's bound in words, e.g. "4 standard errors" or "0.05 + 4 standard errors". */
        public String bound() {
            return WeakErrorCheck.bound(settings.tolerance());
        }
    }

    /**
     * The Euler-Maruyama step of a full slow-fast model: {@code stepsPerFastTime} steps per relaxation time of the
     * fast process (ε² when homogenizing, ε when averaging), which a coarser step would simulate with the wrong
     * variance, and at least 50 steps to the horizon.
     */
    public static double fullModelStep(Regime regime, double eps, double horizon, int stepsPerFastTime) {
        double fastTime = regime == Regime.HOMOGENIZATION ? eps * eps : eps;
        return Math.min(horizon / 50, fastTime / stepsPerFastTime);
    }

    /**
     * Where the full model's time step biases the check more than the text above says: a 1/ε slow drift θ(X, Y)
     * nonlinear in Y is centred under the exact fast law, but Euler-Maruyama with K steps per fast time finds the
     * fast covariance off by O(1/K), so θ/ε acquires a spurious mean of order 1/(K ε), which grows as ε shrinks.
     */
    static List<String> stepBiasNotes(Homogenization.Result h, double eps, int k) {
        List<String> notes = new ArrayList<>();
        if (h.regime() != Regime.HOMOGENIZATION || h.generator().isEmpty()) {
            return notes;
        }
        for (GeneratorRoute.Cell c : h.generator().get().cells()) {
            if (c.theta().degree() >= 2) {
                notes.add(String.format(Locale.ROOT, "the 1/eps drift of %s is nonlinear in the fast variables: "
                        + "the O(1/K) error of the Euler-Maruyama fast covariance (K = %d steps per fast time) "
                        + "enters it as a bias that grows like 1/(K eps) (here %.2g); raise --steps-per-fast-time if the check "
                        + "fails", Symbols.displayName(c.variable()), k, 1 / (k * eps)));
            }
        }
        return List.copyOf(notes);
    }

    public static Result run(Homogenization.Result h, Settings settings) {
        return run(h, settings, MonteCarloProgress.NONE);
    }

    /** @param progress told how many paths of the full model (the long part) are done */
    public static Result run(Homogenization.Result h, Settings settings, MonteCarloProgress progress) {
        long start = System.nanoTime();
        Sde model = h.model();
        EffectiveSde effective = h.effective();
        double eps = Double.NaN;
        for (Parameter p : model.parameters()) {
            if (p.isSmall()) {
                eps = p.value().orElseThrow(() -> new IllegalArgumentException(
                        "the small parameter " + p.name() + " has no value")).evalf();
            }
        }
        CompiledSde full = CompiledSde.compile(ItoForm.of(model));
        CompiledSde reduced = CompiledSde.compile(ItoForm.of(effective.ito()));
        List<ISymbol> resolved = effective.variables();
        List<ISymbol> fullVars = model.variableSymbols();
        int n = resolved.size();
        double[] x0 = new double[fullVars.size()];
        for (int i = 0; i < fullVars.size(); i++) {
            x0[i] = model.variables().get(i).initialValue().map(IExpr::evalf).orElse(0.0);
        }
        double[] q0 = new double[n];
        for (int i = 0; i < n; i++) {
            q0[i] = x0[fullVars.indexOf(resolved.get(i))];
        }
        List<String> names = new ArrayList<>();
        List<IExpr> observed = new ArrayList<>();
        for (ISymbol s : resolved) {
            names.add("E[" + Symbols.displayName(s) + "(T)]");
            observed.add(s);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                String qi = Symbols.displayName(resolved.get(i));
                names.add(i == j ? "E[" + qi + "(T)^2]" : "E[" + qi + "(T)*" + Symbols.displayName(resolved.get(j))
                        + "(T)]");
                observed.add(F.Times(resolved.get(i), resolved.get(j)));
            }
        }
        double fullStep = fullModelStep(h.regime(), eps, settings.horizon(), settings.stepsPerFastTime());
        double effectiveStep = settings.horizon() / settings.effectiveSteps();
        MonteCarloSettings base = MonteCarloSettings.of(Scheme.EULER_MARUYAMA, settings.paths(), fullStep,
                new double[] {settings.horizon()}, settings.seed())
                .withNonFinite(MonteCarloSettings.NonFinitePaths.DISCARD);
        MonteCarloResult a = MonteCarlo.run(full, FastInvariantLaw.of(model, h.source(), x0),
                Observables.of(full, names, observed), base, progress);
        MonteCarloResult b = MonteCarlo.run(reduced, q0, Observables.of(reduced, names, observed),
                base.withTimeStep(effectiveStep).withSeed(settings.seed() + 1_000_003L), MonteCarloProgress.NONE);
        List<WeakError> errors = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            double diff = a.mean(0, k) - b.mean(0, k);
            double seA = a.standardError(0, k);
            double seB = b.standardError(0, k);
            errors.add(new WeakError(names.get(k), a.mean(0, k), seA, b.mean(0, k), seB, diff,
                    Math.sqrt(seA * seA + seB * seB)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(settings, eps, fullStep, effectiveStep, List.copyOf(errors),
                new int[] {(int) a.discardedPaths(), (int) b.discardedPaths()},
                stepBiasNotes(h, eps, settings.stepsPerFastTime()), seconds);
    }
}

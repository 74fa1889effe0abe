package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.InitialState;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloProgress;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.PositiveSemidefinite;
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
 * <p>The fast variables start in their invariant measure N(0, J(X0)) (J from a Bartels-Stewart solve at the initial
 * slow state), drawn from each path's own random stream, unless the model gives all of them initial values, so that
 * no initial layer biases the comparison. The full model's step is ε²/k (homogenization) or ε/k (averaging) with k
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

        /** The difference in standard errors. */
        public double zScore() {
            return standardError == 0 ? (difference == 0 ? 0 : Double.POSITIVE_INFINITY)
                    : Math.abs(difference) / standardError;
        }

        public boolean within(double standardErrors) {
            return zScore() <= standardErrors;
        }

        /** |difference| ≤ tolerance + k standard errors. */
        public boolean within(double tolerance, double standardErrors) {
            return Math.abs(difference) <= tolerance + standardErrors * standardError;
        }

        /** The 95% confidence interval of the difference. */
        public double lower95() {
            return difference - 1.96 * standardError;
        }

        public double upper95() {
            return difference + 1.96 * standardError;
        }
    }

    /**
     * @param failedPaths paths of the full and of the effective model that left the finite numbers (excluded)
     */
    public record Result(Settings settings, double eps, double fullStep, double effectiveStep,
            List<WeakError> errors, int[] failedPaths, double seconds) {
        public static final double BOUND = 4.0;

        public boolean passed() {
            return errors.stream().allMatch(this::accepted);
        }

        /** Whether one weak error is within the tolerance plus {@link #BOUND} standard errors. */
        public boolean accepted(WeakError e) {
            return e.within(settings.tolerance(), BOUND);
        }

        /** The verdict's bound in words, e.g. "4 standard errors" or "0.05 + 4 standard errors". */
        public String bound() {
            return (settings.tolerance() > 0 ? String.format(Locale.ROOT, "%.3g + ", settings.tolerance())
                    : "") + "4 standard errors";
        }
    }

    public static Result run(Homogenization.Result h, Settings settings) {
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
        double fastTime = h.regime() == Regime.HOMOGENIZATION ? eps * eps : eps;
        double fullStep = Math.min(settings.horizon() / 50, fastTime / settings.stepsPerFastTime());
        double effectiveStep = settings.horizon() / settings.effectiveSteps();
        MonteCarloSettings base = MonteCarloSettings.of(Scheme.EULER_MARUYAMA, settings.paths(), fullStep,
                new double[] {settings.horizon()}, settings.seed())
                .withNonFinite(MonteCarloSettings.NonFinitePaths.DISCARD);
        MonteCarloResult a = MonteCarlo.run(full, fullInitial(h, model, x0), Observables.of(full, names, observed),
                base, MonteCarloProgress.NONE);
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
                new int[] {(int) a.discardedPaths(), (int) b.discardedPaths()}, seconds);
    }

    /** Slow variables and functionals at their initial values; fast ones at theirs, or from N(0, J(X0)). */
    private static InitialState fullInitial(Homogenization.Result h, Sde model, double[] x0) {
        List<Integer> fast = new ArrayList<>();
        boolean allGiven = true;
        for (int i = 0; i < model.dimension(); i++) {
            Variable v = model.variables().get(i);
            if (v.role() == Role.FAST) {
                fast.add(i);
                allGiven &= v.initialValue().isPresent();
            }
        }
        if (allGiven) {
            return InitialState.fixed(x0);
        }
        DMatrixRMaj root = stationaryRoot(h, model, x0);
        int m = fast.size();
        return (random, z) -> {
            System.arraycopy(x0, 0, z, 0, x0.length);
            double[] xi = new double[m];
            for (int k = 0; k < m; k++) {
                xi[k] = random.nextGaussian();
            }
            for (int r = 0; r < m; r++) {
                double y = 0;
                for (int c = 0; c < m; c++) {
                    y += root.get(r, c) * xi[c];
                }
                z[fast.get(r)] = y;
            }
        };
    }

    /** A matrix R with R R^T = J(X0), by the symmetric eigen-decomposition (J may be singular). */
    private static DMatrixRMaj stationaryRoot(Homogenization.Result h, Sde model, double[] x0) {
        NumericCrossChecks.FastOrnsteinUhlenbeck fast = NumericCrossChecks.FastOrnsteinUhlenbeck.of(h.split(),
                h.system());
        List<IExpr> rules = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            p.value().ifPresent(v -> rules.add(F.Rule(p.symbol(), v)));
        }
        for (int i = 0; i < model.dimension(); i++) {
            rules.add(F.Rule(model.variables().get(i).symbol(), F.num(x0[i])));
        }
        IExpr at = F.List(rules.toArray(new IExpr[0]));
        DMatrixRMaj bn = numeric(fast.b2(), at);
        DMatrixRMaj sn = numeric(fast.sigma1Squared(), at);
        // the symmetric root R satisfies R R^T = J, singular J included
        return PositiveSemidefinite.sqrt(LyapunovEquation.solveNumeric(bn, sn));
    }

    private static DMatrixRMaj numeric(List<List<IExpr>> m, IExpr at) {
        DMatrixRMaj out = new DMatrixRMaj(m.size(), m.size());
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                IExpr v = CasSession.get().evaluate(F.N(F.ReplaceAll(m.get(i).get(j), at)));
                out.set(i, j, v.evalf());
            }
        }
        return out;
    }
}

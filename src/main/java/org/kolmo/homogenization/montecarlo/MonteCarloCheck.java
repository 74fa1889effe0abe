package org.kolmo.homogenization.montecarlo;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.homogenization.EffectiveSde;
import org.kolmo.homogenization.Homogenization;
import org.kolmo.homogenization.Regime;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The weak-error check of a homogenization: Monte Carlo of the full slow-fast model at the model's own ε against
 * Monte Carlo of the effective SDE, both by Euler-Maruyama from the same initial values, with independent fixed-seed
 * noise. For every resolved variable the first moment E[Q_i(T)] and for every pair the second moment E[Q_i Q_j(T)]
 * are compared; the difference of the two estimates has the standard error √(se_full² + se_eff²), and the check
 * passes when every difference is within 4 standard errors.
 *
 * <p>The fast variables start in their invariant measure N(0, J(X0)) (J from a Bartels-Stewart solve at the initial
 * slow state) unless the model gives all of them initial values, so that no initial layer biases the comparison.
 * The full model's step is ε²/k (homogenization) or ε/k (averaging) with k steps per fast relaxation time.
 */
public final class MonteCarloCheck {
    private MonteCarloCheck() {
    }

    /** How the check is run. */
    public record Settings(int paths, double horizon, long seed, int stepsPerFastTime, int effectiveSteps) {
        public static Settings of(int paths) {
            return new Settings(paths, 1.0, 1L, 20, 200);
        }

        public Settings withHorizon(double t) {
            return new Settings(paths, t, seed, stepsPerFastTime, effectiveSteps);
        }

        public Settings withSeed(long s) {
            return new Settings(paths, horizon, s, stepsPerFastTime, effectiveSteps);
        }

        public Settings withStepsPerFastTime(int k) {
            return new Settings(paths, horizon, seed, k, effectiveSteps);
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
            return errors.stream().allMatch(e -> e.within(BOUND));
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
        CompiledSde full = CompiledSde.of(model);
        CompiledSde reduced = CompiledSde.of(effective.ito());
        List<ISymbol> resolved = effective.variables();
        List<ISymbol> fullVars = model.variableSymbols();
        int n = resolved.size();
        int[] recordFull = new int[n];
        int[] recordReduced = new int[n];
        for (int i = 0; i < n; i++) {
            recordFull[i] = fullVars.indexOf(resolved.get(i));
            recordReduced[i] = i;
        }
        double[] x0 = new double[fullVars.size()];
        for (int i = 0; i < fullVars.size(); i++) {
            x0[i] = model.variables().get(i).initialValue().map(IExpr::evalf).orElse(0.0);
        }
        EulerMaruyama.InitialState fullInit = fullInitial(h, model, x0);
        double[] q0 = new double[n];
        for (int i = 0; i < n; i++) {
            q0[i] = x0[recordFull[i]];
        }
        double fastTime = h.regime() == Regime.HOMOGENIZATION ? eps * eps : eps;
        double fullStep = Math.min(settings.horizon() / 50, fastTime / settings.stepsPerFastTime());
        double effectiveStep = settings.horizon() / settings.effectiveSteps();
        double[][] a = EulerMaruyama.finalValues(full.field(), full.dimension(), full.noises(), fullInit,
                settings.horizon(), fullStep, settings.paths(), settings.seed(), recordFull);
        double[][] b = EulerMaruyama.finalValues(reduced.field(), reduced.dimension(), reduced.noises(),
                (g, z) -> System.arraycopy(q0, 0, z, 0, n), settings.horizon(), effectiveStep, settings.paths(),
                settings.seed() + 1_000_003L, recordReduced);
        List<WeakError> errors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ISymbol s : resolved) {
            names.add(Symbols.displayName(s));
        }
        for (int i = 0; i < n; i++) {
            errors.add(compare("E[" + names.get(i) + "(T)]", a, b, i, -1));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                String obs = i == j ? "E[" + names.get(i) + "(T)^2]" : "E[" + names.get(i) + "(T)*" + names.get(j) + "(T)]";
                errors.add(compare(obs, a, b, i, j));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(settings, eps, fullStep, effectiveStep, List.copyOf(errors),
                new int[] {failed(a), failed(b)}, seconds);
    }

    private static int failed(double[][] v) {
        int k = 0;
        for (double[] row : v) {
            if (Double.isNaN(row[0])) {
                k++;
            }
        }
        return k;
    }

    private static WeakError compare(String name, double[][] a, double[][] b, int i, int j) {
        double[] ma = moments(a, i, j);
        double[] mb = moments(b, i, j);
        double diff = ma[0] - mb[0];
        return new WeakError(name, ma[0], ma[1], mb[0], mb[1], diff, Math.sqrt(ma[1] * ma[1] + mb[1] * mb[1]));
    }

    /** Mean and standard error of v_i (j < 0) or v_i v_j over the finite paths. */
    private static double[] moments(double[][] v, int i, int j) {
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (double[] row : v) {
            if (Double.isNaN(row[0])) {
                continue;
            }
            double x = j < 0 ? row[i] : row[i] * row[j];
            sum += x;
            sumSq += x * x;
            count++;
        }
        double mean = sum / count;
        double var = count > 1 ? (sumSq - count * mean * mean) / (count - 1) : 0;
        return new double[] {mean, Math.sqrt(Math.max(var, 0) / count)};
    }

    /** Slow variables and functionals at their initial values; fast ones at theirs, or from N(0, J(X0)). */
    private static EulerMaruyama.InitialState fullInitial(Homogenization.Result h, Sde model, double[] x0) {
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
            return (g, z) -> System.arraycopy(x0, 0, z, 0, x0.length);
        }
        DMatrixRMaj root = stationaryRoot(h, model, x0);
        int m = fast.size();
        return (g, z) -> {
            System.arraycopy(x0, 0, z, 0, x0.length);
            double[] xi = new double[m];
            for (int k = 0; k < m; k++) {
                xi[k] = g.next();
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
        List<List<IExpr>> b2;
        List<List<IExpr>> s1;
        if (h.split().isPresent()) {
            var split = h.split().get();
            b2 = split.b2().stream().map(r -> r.stream().map(split.field()::toExpr).toList()).toList();
            s1 = split.sigma1Squared().stream().map(r -> r.stream().map(split.field()::toExpr).toList()).toList();
        } else {
            var sys = h.system().get();
            b2 = sys.b2();
            List<List<IExpr>> s = sys.sigma1();
            List<List<IExpr>> prod = new ArrayList<>();
            for (List<IExpr> ri : s) {
                List<IExpr> row = new ArrayList<>();
                for (List<IExpr> rj : s) {
                    List<IExpr> t = new ArrayList<>();
                    for (int k = 0; k < ri.size(); k++) {
                        t.add(F.Times(ri.get(k), rj.get(k)));
                    }
                    row.add(F.Plus(t.toArray(new IExpr[0])));
                }
                prod.add(row);
            }
            s1 = prod;
        }
        List<IExpr> rules = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            p.value().ifPresent(v -> rules.add(F.Rule(p.symbol(), v)));
        }
        for (int i = 0; i < model.dimension(); i++) {
            rules.add(F.Rule(model.variables().get(i).symbol(), F.num(x0[i])));
        }
        IExpr at = F.List(rules.toArray(new IExpr[0]));
        DMatrixRMaj bn = numeric(b2, at);
        DMatrixRMaj sn = numeric(s1, at);
        DMatrixRMaj j = LyapunovEquation.solveNumeric(bn, sn);
        int m = j.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(j.copy())) {
            throw new ArithmeticException("cannot decompose the stationary covariance J");
        }
        DMatrixRMaj root = new DMatrixRMaj(m, m);
        for (int k = 0; k < m; k++) {
            double lambda = Math.max(eig.getEigenvalue(k).real, 0);
            DMatrixRMaj v = eig.getEigenVector(k);
            double norm = 0;
            for (int r = 0; r < m; r++) {
                norm += v.get(r) * v.get(r);
            }
            norm = Math.sqrt(norm);
            for (int r = 0; r < m; r++) {
                root.set(r, k, v.get(r) / norm * Math.sqrt(lambda));
            }
        }
        return root;
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

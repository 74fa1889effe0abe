package org.kolmo.moments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.Monomial;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.numeric.AdaptiveOdeSolver;
import org.kolmo.numeric.CompiledBoundFunction;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.ExpressionCompiler;
import org.kolmo.numeric.InputLayout;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloProgress;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.NumericException;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.Scheme;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * How wrong a moment closure is, measured: each closed system integrated from the model's initial moments, and a
 * Monte Carlo of the full model at the same times, every moment of orders 1..K with its 95% interval; where the
 * exact stationary moment is known (the caller gives it, e.g. from the stationary Fokker-Planck density), it stands
 * beside them at the last time. A closure whose ODEs blow up is reported as such, not as numbers.
 */
public final class ClosureCheck {
    private ClosureCheck() {
    }

    /**
     * The run's settings.
     *
     * @param paths   Monte Carlo paths of the full model
     * @param step    its Euler-Maruyama (Itô) or Heun (Stratonovich) step
     * @param times   output times, increasing, the last one the horizon
     * @param seed    the Monte Carlo seed
     */
    public record Settings(int paths, double step, double[] times, long seed) {
    }

    /**
     * One closure's trajectory of the moments: {@code values[t][i]} for time t and moment i, or null when its ODEs
     * left the finite numbers ({@code failure} says where).
     */
    public record ClosureRun(Closure closure, double[][] values, String failure) {
    }

    /**
     * Everything measured.
     *
     * @param names      the moments (orders 1..K), in the systems' order
     * @param monteCarlo the full model's means and standard errors, {@code [t][i]}
     * @param exact      exact stationary moments by name (may be empty)
     */
    public record Result(Sde model, int order, Settings settings, List<String> names, List<ClosureRun> closures,
            double[][] monteCarlo, double[][] standardErrors, Map<String, Double> exact, long discardedPaths,
            double seconds) {

        /** The 95% interval of the Monte Carlo mean of moment i at time t. */
        public double[] interval(int t, int i) {
            return new double[] {monteCarlo[t][i] - 1.96 * standardErrors[t][i],
                monteCarlo[t][i] + 1.96 * standardErrors[t][i]};
        }
    }

    /**
     * @param model    the model with a value for every parameter and every variable's initial value
     * @param closures the closed systems to measure, all of the same order
     * @param exact    exact stationary moments by moment name, shown at the last time
     */
    public static Result run(Sde model, List<ClosedMomentSystem> closures, Settings settings,
            Map<String, Double> exact, MonteCarloProgress progress) throws MomentsException {
        long start = System.nanoTime();
        ClosedMomentSystem first = closures.get(0);
        Map<ISymbol, Double> values = new HashMap<>();
        for (Parameter p : model.parameters()) {
            values.put(p.symbol(), p.value().orElseThrow(() -> MomentsException.option("--check",
                    MomentsErrorCode.CHECK_NEEDS_PARAMETER, p.name())).evalf());
        }
        if (first.initialValues() == null) {
            throw MomentsException.option("--check", MomentsErrorCode.CHECK_NEEDS_INITIAL);
        }
        List<ClosureRun> runs = new ArrayList<>();
        for (ClosedMomentSystem s : closures) {
            runs.add(integrate(s, values, settings.times()));
        }

        // the full model, observing the same moments as products of its variables
        List<IExpr> observed = new ArrayList<>();
        for (Monomial a : first.moments()) {
            List<IExpr> factors = new ArrayList<>();
            for (int v = 0; v < a.size(); v++) {
                if (a.exponent(v) > 0) {
                    factors.add(F.Power(model.variableSymbols().get(v), F.ZZ(a.exponent(v))));
                }
            }
            observed.add(factors.size() == 1 ? factors.get(0) : F.Times(factors.toArray(new IExpr[0])));
        }
        CompiledSde full = CompiledSde.compile(model);
        Scheme scheme = model.convention() == Convention.ITO ? Scheme.EULER_MARUYAMA : Scheme.STOCHASTIC_HEUN;
        MonteCarloResult mc = MonteCarlo.run(full, full.initialState(), Observables.of(full, first.names(), observed),
                MonteCarloSettings.of(scheme, settings.paths(), settings.step(), settings.times(), settings.seed())
                        .withNonFinite(MonteCarloSettings.NonFinitePaths.DISCARD), progress);
        int nt = settings.times().length;
        int n = first.size();
        double[][] means = new double[nt][n];
        double[][] se = new double[nt][n];
        for (int t = 0; t < nt; t++) {
            for (int i = 0; i < n; i++) {
                means[t][i] = mc.mean(t, i);
                se[t][i] = mc.standardError(t, i);
            }
        }
        return new Result(model, first.order(), settings, first.names(), List.copyOf(runs), means, se,
                Map.copyOf(exact), mc.discardedPaths(), (System.nanoTime() - start) / 1e9);
    }

    private static ClosureRun integrate(ClosedMomentSystem s, Map<ISymbol, Double> values, double[] times) {
        List<ISymbol> params = new ArrayList<>(values.keySet());
        double[] p = new double[params.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = values.get(params.get(i));
        }
        CompiledBoundFunction f = s.compiledRhs(values);
        CompiledBoundFunction u0f = new ExpressionCompiler(InputLayout.of(List.of(), params))
                .compileBound(s.initialValues(), p);
        double[] u0 = new double[s.size()];
        u0f.evaluate(0, new double[0], u0);
        try {
            var trajectory = new AdaptiveOdeSolver(1e-9, 1e-11, 2_000_000).solve(f::evaluate, 0, u0, times);
            double[][] out = new double[times.length][];
            for (int t = 0; t < times.length; t++) {
                out[t] = trajectory.state(t);
            }
            return new ClosureRun(s.closure(), out, null);
        } catch (NumericException e) {
            return new ClosureRun(s.closure(), null, e.diagnostic().message());
        }
    }
}

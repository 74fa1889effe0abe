package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentNames;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The reduced models of one kept variable z of a linear or GBM model in a regime (Chen et al. 2025, secs. 4-6):
 * adiabatic elimination and invariant manifold of its mean m_z and second moment p_zz, breakdown points, the reduced
 * SDE of each method, and every reduced model measured against the full one (curves of p_zz and Wasserstein-2 bounds).
 *
 * @param model      the model
 * @param variable   the kept variable
 * @param regime     the regime
 * @param methods    which methods were derived
 * @param adiabaticMean / adiabaticSecond   eqs. 42, 48 (null unless adiabatic)
 * @param manifoldMean / manifoldSecond     eqs. 54-56, 58-62 (null unless invariant manifold)
 * @param meanBreakdown / secondBreakdown   ε_c' and ε_c'' (null unless invariant manifold)
 * @param sdes       the reduced SDE per method (eq. 67), evaluated at the first ε of the comparison
 * @param comparisons per ε: the full and reduced p_zz, means and W2 bounds over time
 */
public record Reduction(Sde model, String variable, Regime regime, Method methods,
        AdiabaticElimination adiabaticMean, AdiabaticElimination adiabaticSecond, InvariantManifold manifoldMean,
        InvariantManifold manifoldSecond, Breakdown meanBreakdown, Breakdown secondBreakdown,
        Map<String, ReducedSde> sdes, List<Comparison> comparisons) {

    /** Which reductions to derive. */
    public enum Method {
        ADIABATIC, INVARIANT_MANIFOLD, BOTH;

        public boolean adiabatic() {
            return this != INVARIANT_MANIFOLD;
        }

        public boolean manifold() {
            return this != ADIABATIC;
        }
    }

    /** The full and reduced moments of z at one ε, over time (original time scale). */
    public record Comparison(double eps, double[] times, double[] mean, double[] second, double[] adiabatic,
            double[] manifold, double[] sdeSecond, double[] reducedMean, double[] w2Lower, double[] w2Upper,
            double[] gelbrich, double adiabaticRate, double manifoldRate) {
    }

    /**
     * Derives everything for the kept variable.
     *
     * @param initial   initial state overriding the model's (variable name → value), or null
     * @param epsValues the ε at which the reduced models are measured against the full one
     * @param times     the times of the comparison
     * @throws ReductionException for any model, regime or request outside the methods' class (with the reason)
     */
    public static Reduction derive(Sde model, String variable, Regime regime, Method methods, int order,
            Map<String, Double> initial, double[] epsValues, double[] times) throws ReductionException {
        if (model.variable(variable).isEmpty()) {
            throw ReductionException.option("--keep", ReductionErrorCode.NOT_A_VARIABLE, variable, model.name());
        }
        if (order < 0) {
            throw ReductionException.option("--order", ReductionErrorCode.ORDER_TOO_LOW, order);
        }
        Sde start = initial == null ? model : withInitial(model, initial);
        MomentSystem first;
        MomentSystem second;
        try {
            first = MomentEquations.derive(start, 1);
            second = MomentEquations.derive(start, 2);
        } catch (MomentsException e) {
            throw ReductionException.inModel(ReductionErrorCode.NOT_LINEAR_MOMENTS, e.diagnostic().message());
        }
        List<String> names = model.variables().stream().map(org.kolmo.model.Variable::name).toList();
        String m = MomentNames.of(names, variable);
        String p = MomentNames.of(names, variable, variable);
        AdiabaticElimination am = null;
        AdiabaticElimination ap = null;
        if (methods.adiabatic()) {
            am = AdiabaticElimination.derive(first, m, regime);
            ap = AdiabaticElimination.derive(second, p, regime);
        }
        InvariantManifold im = null;
        InvariantManifold ip = null;
        Breakdown bm = null;
        Breakdown bp = null;
        Numeric values = Numeric.of(model);
        if (methods.manifold()) {
            im = InvariantManifold.derive(first, m, regime, order);
            ip = InvariantManifold.derive(second, p, regime, order);
            bm = Breakdown.of(im.scaled(), regime.parameters(model), regime.eps(), values);
            bp = Breakdown.of(ip.scaled(), regime.parameters(model), regime.eps(), values);
        }
        IExpr stationary = ap != null ? ap.equilibrium() : ip.equilibrium().get(ip.block().indexOf(p));
        Map<String, ReducedSde> sdes = new java.util.LinkedHashMap<>();
        double e0 = epsValues[0];
        Numeric at = values.with(regime.eps(), e0);
        if (am != null) {
            sdes.put("adiabatic", ReducedSde.derive(am.rate(), ap.rate(), stationary, at.eval(am.rate()),
                    at.eval(ap.rate())));
        }
        if (im != null) {
            IExpr drift = im.closedRate() != null
                    ? ExactTogether.evaluate(F.Divide(im.closedRate(), regime.timeScale()))
                    : im.chapmanEnskog().rateSeries();
            double driftValue = im.rates(values, new double[] {e0})[0];
            double varianceValue = ip.rates(values, new double[] {e0})[0];
            if (Double.isNaN(varianceValue) || Double.isNaN(driftValue)) {
                throw ReductionException.option("--eps", ReductionErrorCode.PAST_BREAKDOWN, e0,
                        Math.min(bm.value() > 0 ? bm.value() : Double.MAX_VALUE,
                                bp.value() > 0 ? bp.value() : Double.MAX_VALUE));
            }
            // the target variance rate exactly when the branch has a closed form, as the drift is: mixing an exact
            // drift with a truncated series would leave a spurious B̄ of the size of the truncation error
            IExpr varianceRate = ip.closedRate() != null
                    ? ExactTogether.evaluate(F.Divide(ip.closedRate(), regime.timeScale()))
                    : ip.chapmanEnskog().rateSeries();
            sdes.put("invariant-manifold", ReducedSde.derive(drift, varianceRate, stationary, driftValue,
                    varianceValue));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (double e : epsValues) {
            comparisons.add(compare(first, second, m, p, regime, values, e, times, am, ap, im, ip));
        }
        return new Reduction(model, variable, regime, methods, am, ap, im, ip, bm, bp, sdes, comparisons);
    }

    private static Comparison compare(MomentSystem first, MomentSystem second, String m, String p, Regime regime,
            Numeric values, double e, double[] times, AdiabaticElimination am, AdiabaticElimination ap,
            InvariantManifold im, InvariantManifold ip) throws ReductionException {
        Numeric at = values.with(regime.eps(), e);
        double[] mean = exact(first, m, regime, at, times);
        double[] sec = exact(second, p, regime, at, times);
        int n = times.length;
        double m0 = mean[0];
        double p0 = sec[0];
        double pInf = at.eval(second.model() == null ? F.C0 : stationaryOf(ap, ip, p));
        double aRate = ap == null ? Double.NaN : at.eval(ap.rate());
        double aMean = am == null ? Double.NaN : at.eval(am.rate());
        double iRate = ip == null ? Double.NaN : ip.rates(values, new double[] {e})[0];
        double iMean = im == null ? Double.NaN : im.rates(values, new double[] {e})[0];
        // the reduced SDE of the preferred method: the manifold where it exists, else adiabatic elimination
        boolean useManifold = ip != null && !Double.isNaN(iRate) && !Double.isNaN(iMean);
        double drift = useManifold ? iMean : aMean;
        double target = useManifold ? iRate : aRate;
        double b = Double.isNaN(drift) ? Double.NaN : (target < 2 * drift ? 2 * drift : target);
        double[] adiabatic = new double[n];
        double[] manifold = new double[n];
        double[] sde = new double[n];
        double[] zbar = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] gelbrich = new double[n];
        for (int k = 0; k < n; k++) {
            double t = times[k];
            adiabatic[k] = pInf + (p0 - pInf) * Math.exp(aRate * t);
            manifold[k] = pInf + (p0 - pInf) * Math.exp(iRate * t);
            sde[k] = pInf + (p0 - pInf) * Math.exp(b * t);
            zbar[k] = m0 * Math.exp(drift * t);
            Wasserstein.Bounds w = Wasserstein.oneDimensional(mean[k], sec[k] - mean[k] * mean[k], zbar[k],
                    sde[k] - zbar[k] * zbar[k]);
            lower[k] = w.lower();
            upper[k] = w.upper();
            // the d-dimensional bound at d = 1: the law of z against the reduced SDE's law
            gelbrich[k] = Wasserstein.gelbrich(new double[] {mean[k]}, new double[][] {{sec[k] - mean[k] * mean[k]}},
                    new double[] {zbar[k]}, new double[][] {{sde[k] - zbar[k] * zbar[k]}}).lower();
        }
        return new Comparison(e, times.clone(), mean, sec, adiabatic, manifold, sde, zbar, lower, upper, gelbrich, aRate,
                iRate);
    }

    private static IExpr stationaryOf(AdiabaticElimination ap, InvariantManifold ip, String p) {
        return ap != null ? ap.equilibrium() : ip.equilibrium().get(ip.block().indexOf(p));
    }

    /** The full model's moment in the original time at this ε: u' = (F_ε/τ) u + h(scaled), exactly integrated. */
    static double[] exact(MomentSystem system, String component, Regime regime, Numeric at, double[] times)
            throws ReductionException {
        if (!system.hasInitialValues()) {
            throw ReductionException.inModel(ReductionErrorCode.NO_INITIAL_STATE);
        }
        double[][] u = fullMoments(system, regime, at, times);
        int idx = system.indexOf(component);
        double[] out = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            out[k] = u[k][idx];
        }
        return out;
    }

    /** Every moment of the full system in the regime at this ε, u(t_k) from u' = F u + h, exactly integrated. */
    static double[][] fullMoments(MomentSystem system, Regime regime, Numeric at, double[] times) {
        int n = system.size();
        double[][] f = new double[n][n];
        double[] h = new double[n];
        double[] u0 = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = at.eval(regime.scale(system.matrix().get(i).get(j)));
            }
            h[i] = at.eval(regime.scale(system.constant().get(i)));
            u0[i] = at.eval(system.initialValues().get(i));
        }
        return LinearFlow.solve(f, h, u0, times);
    }

    /** A decimal as the rational it denotes (0.1 is 1/10), so that equilibria stay exact. */
    private static IExpr exact(double value) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value);
        java.math.BigInteger num = d.unscaledValue();
        java.math.BigInteger den = java.math.BigInteger.ONE;
        if (d.scale() > 0) {
            den = java.math.BigInteger.TEN.pow(d.scale());
        } else {
            num = num.multiply(java.math.BigInteger.TEN.pow(-d.scale()));
        }
        return F.QQ(F.ZZ(num), F.ZZ(den));
    }

    static Sde withInitial(Sde model, Map<String, Double> initial) throws ReductionException {
        List<org.kolmo.model.Variable> vars = new ArrayList<>();
        for (org.kolmo.model.Variable v : model.variables()) {
            Double value = initial.get(v.name());
            vars.add(value == null ? v : new org.kolmo.model.Variable(v.name(), v.role(),
                    java.util.Optional.of(exact(value))));
        }
        for (String name : initial.keySet()) {
            if (model.variable(name).isEmpty()) {
                throw ReductionException.option("--initial", ReductionErrorCode.NOT_A_VARIABLE, name, model.name());
            }
        }
        return new Sde(model.name(), model.title(), model.convention(), model.parameters(), vars, model.noises(),
                model.drift(), model.diffusion(), model.differentialWeights(), model.regime());
    }
}

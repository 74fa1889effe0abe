package org.kolmo.reduction;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The reduced SDE dz = Ā z dt + B̄ z dw + D̄ du of one kept variable (Chen et al. 2025, eqs. 12-14, 64-68). Ā is the
 * rate of the reduced mean; the variance of this SDE relaxes at b = 2Ā + B̄² to p∞, with D̄² = -(2Ā + B̄²) p∞ (the
 * fluctuation-dissipation relation, eqs. 13, 65, which keeps the stationary law). B̄ minimises the distance between
 * e^{bt} and the target variance dynamics e^{Ã t} over b ≥ b0 = 2Ā, in the sup norm (eq. 66) or in L2 (eq. 68).
 *
 * <p>Both distances, as functions of b on [b0, 0): sup_t |e^{at} - e^{bt}| = x^{1/(1-x)} - x^{x/(1-x)} with
 * x = a/b (Lemma 1) and ∫(e^{at} - e^{bt})² dt = -1/(2a) + 2/(a+b) - 1/(2b) (Remark 2). If Ã &lt; b0 both increase
 * in b (Lemma 2 and Remark 2), so the minimum is at the boundary, B̄ = 0; if Ã ≥ b0 the target itself is
 * reachable, B̄² = Ã - 2Ā, distance 0. The engine decides which case holds at the model's values and checks the
 * minimum by a scan of both distances.
 *
 * @param drift       Ā
 * @param varianceRate Ã, the target
 * @param stationary  p∞, the stationary second moment of the kept variable
 * @param multiplicative B̄
 * @param additive    D̄
 * @param boundary    whether the optimum is b = b0 (B̄ = 0)
 * @param supDistance the minimal sup-norm distance per unit of |p(0) - p∞|
 * @param l2Distance  the minimal squared L2 distance per unit of (p(0) - p∞)²
 */
public record ReducedSde(IExpr drift, IExpr varianceRate, IExpr stationary, IExpr multiplicative, IExpr additive,
        boolean boundary, double supDistance, double l2Distance) {

    /** Lemma 1: sup_{t ≥ 0} |e^{at} - e^{bt}| for a, b &lt; 0. */
    public static double supDistance(double a, double b) {
        if (a == b) {
            return 0;
        }
        double x = a / b;
        return Math.abs(Math.pow(x, 1 / (1 - x)) - Math.pow(x, x / (1 - x)));
    }

    /** Remark 2: ∫_0^∞ (e^{at} - e^{bt})² dt for a, b &lt; 0. */
    public static double l2Distance(double a, double b) {
        return -1 / (2 * a) + 2 / (a + b) - 1 / (2 * b);
    }

    /**
     * Derives B̄ and D̄ for the given drift and target rate, deciding the case at {@code values}.
     *
     * @throws ReductionException when the reduced mean or variance does not decay (Ā ≥ 0 or Ã ≥ 0)
     */
    public static ReducedSde derive(IExpr drift, IExpr varianceRate, IExpr stationary, double aBar, double a)
            throws ReductionException {
        CasSession cas = CasSession.get();
        if (!(aBar < 0) || !(a < 0)) {
            throw ReductionException.option("--keep", ReductionErrorCode.REDUCED_NOT_DECAYING,
                    aBar < 0 ? "variance" : "mean", aBar < 0 ? a : aBar);
        }
        double b0 = 2 * aBar;
        // Ã = 2Ā identically (e.g. an Ornstein-Uhlenbeck model) is decided symbolically: both cases give B̄ = 0,
        // and rounding must not pick a spurious B̄ = √(Ã - 2Ā) of the size of the rounding error
        boolean tie = ExactTogether.evaluate(Radicals.factorRadicands(F.Subtract(varianceRate, F.Times(F.C2, drift))))
                .isZero();
        boolean boundary = tie || a < b0;
        if (tie) {
            a = b0;
        }
        IExpr bBar = boundary ? F.C0 : cas.evaluate(F.Sqrt(F.Subtract(varianceRate, F.Times(F.C2, drift))));
        IExpr b = boundary ? F.Times(F.C2, drift) : varianceRate;
        IExpr dBar = cas.evaluate(F.Sqrt(F.Times(F.CN1, b, stationary)));
        double bValue = boundary ? b0 : a;
        // the scan: neither distance decreases away from the optimum on [b0, 0)
        for (int k = 1; k <= 200; k++) {
            double trial = b0 * (1 - k / 201.0);
            if (supDistance(a, trial) < supDistance(a, bValue) - 1e-12
                    || l2Distance(a, trial) < l2Distance(a, bValue) - 1e-12) {
                throw new IllegalStateException("the minimisation of eqs. 66/68 has its minimum at b = " + trial
                        + ", not at " + bValue);
            }
        }
        return new ReducedSde(drift, varianceRate, stationary, bBar, dBar, boundary, supDistance(a, bValue),
                l2Distance(a, bValue));
    }
}

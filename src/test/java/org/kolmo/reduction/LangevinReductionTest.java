package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The overdamped limit of the Langevin oscillator (models/langevin.sde), an Ornstein-Uhlenbeck process whose variance
 * relaxes at exactly twice the rate of its mean: the reduced SDEs must have B̄ = 0 exactly, decided symbolically
 * (a floating-point comparison of Ã with 2Ā is a tie here and used to leave a B̄ of the size of the rounding).
 */
class LangevinReductionTest {
    static final ISymbol K = TestModels.s("k");
    static final ISymbol GAM = TestModels.s("gam");
    static final ISymbol EPS = TestModels.s("eps");

    @Test
    void smoluchowskiLimitAndExactSlowRate() throws Exception {
        Sde model = TestModels.load("langevin.sde");
        Regime regime = TestModels.regime(model, "gam -> gam/eps", "eps", "eps");
        double[] eps = {0.3, 0.05};
        Reduction r = Reduction.derive(model, "x", regime, Reduction.Method.BOTH, 3,
                Map.of("x", 1.0, "v", 0.0), eps, new double[] {0, 1, 2});
        for (String method : new String[] {"adiabatic", "invariant-manifold"}) {
            ReducedSde sde = r.sdes().get(method);
            assertTrue(sde.multiplicative().isZero(), method + ": B = " + sde.multiplicative());
            // fluctuation-dissipation with B = 0 and p∞ = 1/k: D² = -2 Ā / k
            SeedFixtures.assertSame(F.Times(F.CN2, sde.drift(), F.Power(K, F.CN1)), F.Sqr(sde.additive()));
        }
        // adiabatic elimination: the Smoluchowski drift -k/gam in the original time
        SeedFixtures.assertSame(F.Times(F.CN1, K, F.Power(GAM, F.CN1)),
                regime.atOne(r.sdes().get("adiabatic").drift()));
        // the invariant-manifold drift is the slow eigenvalue of the mean matrix [[0, 1], [-k, -gam/eps]] of the model
        // with gam -> gam/eps (k = gam = 1), in the original time
        for (Reduction.Comparison c : r.comparisons()) {
            var evd = new SimpleMatrix(new double[][] {{0, 1}, {-1, -1 / c.eps()}}).eig();
            double slow = Math.max(evd.getEigenvalue(0).real, evd.getEigenvalue(1).real);
            Numeric at = Numeric.of(model).with(EPS, c.eps());
            assertEquals(slow, at.eval(r.sdes().get("invariant-manifold").drift()), 1e-9,
                    "eps = " + c.eps());
        }
    }
}

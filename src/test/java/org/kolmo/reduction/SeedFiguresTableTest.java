package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.reduction.SeedFixtures.ALPHA;
import static org.kolmo.reduction.SeedFixtures.BETA;

import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.model.Sde;
import org.kolmo.support.Matrices;
import org.matheclipse.core.expression.F;

/**
 * The content of seed 003's Figures 1 and 3 as tables: p_zz(t) of the full model against the adiabatic (eq. 48/61)
 * and invariant-manifold (eq. 60) reductions at α = 1/2, β = 1 and ε = 0.5, 0.01 (i.e. β² = 2 and 100 in the
 * original parameters), from x = 1, y = z = 0 (p_zz(0) = p_zz'(0) = p_zz''(0) = 0, as in the figures).
 */
class SeedFiguresTableTest {
    static final double[] TIMES = {0, 0.5, 1, 2, 5, 10};
    static Reduction reduction;

    @BeforeAll
    static void derive() throws Exception {
        Sde model = SeedFixtures.model();
        reduction = Reduction.derive(model, "z", SeedFixtures.regime(model), Reduction.Method.BOTH, 3,
                Map.of("x", 1.0, "y", 0.0, "z", 0.0), new double[] {0.5, 0.01}, TIMES);
    }

    /** The seed's matrix M (eq. 38) at β² = b2, α = 1/2, independent of the derivation. */
    static SimpleMatrix seedM(double b2) {
        double a = 0.5;
        return new SimpleMatrix(new double[][] {
            {-4 * b2, 4 * b2, 0, 0}, {4 * b2, -4 * b2, -4 * a, 0}, {0, 2 * a, -2 * b2, -2 * a}, {0, 0, 4 * a, 0}});
    }

    @Test
    void figures1And3() {
        for (Reduction.Comparison c : reduction.comparisons()) {
            double b2 = 1 / c.eps();
            System.out.printf("eps = %s (beta^2 = %s), alpha = 0.5%n", c.eps(), b2);
            System.out.println("     t    p_zz exact   adiabatic    inv.manif.   SDE p_zz     W2^2 lower   W2^2 upper");
            for (int k = 0; k < TIMES.length; k++) {
                System.out.printf("%6.2f  %11.7f  %11.7f  %11.7f  %11.7f  %11.3e  %11.3e%n", TIMES[k], c.second()[k],
                        c.adiabatic()[k], c.manifold()[k], c.sdeSecond()[k], c.w2Lower()[k], c.w2Upper()[k]);
                // the full model against exp(M t) of the seed's printed matrix
                SimpleMatrix u = Matrices.exp(seedM(b2).scale(TIMES[k])).mult(new SimpleMatrix(new double[][] {
                    {1}, {0}, {0}, {0}}));
                assertEquals(u.get(3, 0), c.second()[k], 1e-9, "p_zz at t = " + TIMES[k]);
                // (49): 1/3 - 1/3 e^{-6α² t/β²}
                assertEquals(1.0 / 3 - Math.exp(-6 * 0.25 * TIMES[k] / b2) / 3, c.adiabatic()[k], 1e-12);
                assertTrue(c.w2Lower()[k] <= c.w2Upper()[k] + 1e-15);
                // the Gelbrich bound at d = 1 is the lower bound of Proposition 2
                assertEquals(c.w2Lower()[k], c.gelbrich()[k], 1e-12);
            }
            // the reduced rate of eq. 60 is the slowest eigenvalue of M (appendix D) in the original time
            var evd = seedM(b2).eig();
            double slowest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 4; i++) {
                double re = evd.getEigenvalue(i).real;
                if (Math.abs(re) > 1e-9) {
                    slowest = Math.max(slowest, re);
                }
            }
            assertEquals(slowest, c.manifoldRate(), 1e-9);
        }
        // ε = 0.01 (β² = 100): adiabatic elimination is accurate after the fast transient (Fig. 1, right panel)
        Reduction.Comparison strong = reduction.comparisons().get(1);
        for (int k = 1; k < TIMES.length; k++) {
            assertEquals(strong.second()[k], strong.adiabatic()[k], 2e-3);
            assertEquals(strong.second()[k], strong.manifold()[k], 2e-3);
        }
    }

    @Test
    void reducedSdeIsEq67() {
        // Lemmas 1-2: B̄ = 0 and D̄ = sqrt(-2Ā/3), derived, for both methods
        ReducedSde adiabatic = reduction.sdes().get("adiabatic");
        assertTrue(adiabatic.boundary());
        assertTrue(adiabatic.multiplicative().isZero());
        SeedFixtures.assertSame(F.Sqrt(F.Times(F.QQ(-2, 3), adiabatic.drift())), adiabatic.additive());
        // Ā of eq. 63 (adiabatic): -2α²/β² at ε = 1
        SeedFixtures.assertSame(F.Times(F.CN2, F.Sqr(ALPHA), F.Power(BETA, F.CN2)),
                reduction.regime().atOne(adiabatic.drift()));
        ReducedSde manifold = reduction.sdes().get("invariant-manifold");
        assertTrue(manifold.boundary());
        assertTrue(manifold.multiplicative().isZero());
        SeedFixtures.assertSame(F.Sqrt(F.Times(F.QQ(-2, 3), manifold.drift())), manifold.additive());
    }
}

package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.reduction.SeedFixtures.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.cas.CasSession;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentSystem;
import org.kolmo.support.Matrices;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Reductions of several kept variables: against the single-variable routes (one kept variable), against hand
 * elimination and plain floating-point linear algebra (two slow variables), and the errors outside their class.
 */
class JointReductionTest {
    static final double[] TIMES = {0, 0.5, 1, 2};
    static final double[] EPS = {0.1, 0.01, 0.001};
    static Sde pair;
    static Regime pairRegime;
    static JointReduction joint;

    @BeforeAll
    static void derive() throws Exception {
        pair = TestModels.load("slow_pair.sde");
        pairRegime = TestModels.regime(pair, "g -> g/eps", null, "eps");
        // z first on purpose: the kept variables are put in the model's order
        joint = JointReduction.derive(pair, List.of("z", "x"), pairRegime, Reduction.Method.BOTH, null, EPS, TIMES);
    }

    static IExpr sym(String name) {
        return TestModels.s(name);
    }

    @Test
    void leadingTermsKeepTheirSign() {
        IExpr e = CasSession.get().evaluate(F.Divide(F.Times(F.CN2, F.Sqr(sym("alpha")), sym("eps")),
                F.Plus(F.Sqr(sym("beta")), sym("eps"))));
        EpsilonSeries.Leading l = EpsilonSeries.leading(e, TestModels.s("eps"));
        assertEquals(2, l.halfOrder());
        assertSame(F.Divide(F.Times(F.CN2, F.Sqr(sym("alpha"))), F.Sqr(sym("beta"))), l.coefficient());
    }

    @Test
    void oneKeptVariableGivesTheSingleVariableRates() throws Exception {
        Sde model = SeedFixtures.model();
        Regime regime = SeedFixtures.regime(model);
        Map<String, Double> start = Map.of("x", 1.0, "y", 0.0, "z", 0.0);
        double[] eps = {0.5, 0.01};
        JointReduction one = JointReduction.derive(model, List.of("z"), regime, Reduction.Method.BOTH, start, eps,
                new double[] {0, 1, 5});
        assertEquals(List.of("m_z", "p_zz"), one.kept());
        Sde started = Reduction.withInitial(model, start);
        MomentSystem first = SeedFixtures.moments(started, 1);
        MomentSystem second = SeedFixtures.moments(started, 2);
        AdiabaticElimination am = AdiabaticElimination.derive(first, "m_z", regime);
        AdiabaticElimination ap = AdiabaticElimination.derive(second, "p_zz", regime);
        // eqs. 42 and 48 through the conservation law p_xx + p_yy + p_zz = 1 and the Schur complement
        assertSame(am.rate(), one.matrix().get(0).get(0));
        assertSame(ap.rate(), one.matrix().get(1).get(1));
        assertSame(F.C0, one.matrix().get(0).get(1));
        assertSame(F.C0, one.matrix().get(1).get(0));
        assertSame(F.C0, one.constant().get(0));
        assertSame(F.Negate(F.Times(ap.rate(), ap.equilibrium())), one.constant().get(1));
        // the reduced SDE in one dimension is eq. 67: D^2 = -2 A p_inf with p_inf = 1/3
        assertSame(F.Times(F.QQ(-2, 3), am.rate()), one.sde().diffusionMatrix().get(0).get(0));
        // the slow eigenvalue of the mean block (eq. 56) is the one-dimensional manifold's rate
        double[] rates = InvariantManifold.derive(first, "m_z", regime, 2).rates(Numeric.of(model), eps);
        for (int k = 0; k < eps.length; k++) {
            assertEquals(rates[k], one.manifolds().get(k).rates()[0], 1e-9);
            assertTrue(one.manifolds().get(k).residual() < 1e-9);
        }
        // at d = 1 the Gelbrich bound is Proposition 2's
        for (JointReduction.Comparison c : one.comparisons()) {
            for (int t = 0; t < c.times().length; t++) {
                Wasserstein.Bounds w = Wasserstein.oneDimensional(c.mean()[t][0], c.covariance()[t][0][0],
                        c.adiabaticMean()[t][0], c.adiabaticCovariance()[t][0][0]);
                assertEquals(w.lower(), c.gelbrich()[t].lower(), 1e-12);
                assertEquals(w.upper(), c.gelbrich()[t].upper(), 1e-12);
            }
        }
    }

    @Test
    void twoSlowVariablesByHand() {
        assertEquals(List.of("x", "z"), joint.variables());
        assertEquals(List.of("m_x", "m_z", "p_xx", "p_xz", "p_zz"), joint.kept());
        // y -> x - z: m_x' = (1 - a) m_x - m_z, m_z' = -m_x + (1 - a) m_z
        IExpr a = sym("a");
        assertSame(F.Subtract(F.C1, a), joint.matrix().get(0).get(0));
        assertSame(F.CN1, joint.matrix().get(0).get(1));
        assertSame(F.CN1, joint.matrix().get(1).get(0));
        assertSame(F.Subtract(F.C1, a), joint.matrix().get(1).get(1));
        for (int j = 2; j < 5; j++) {
            assertSame(F.C0, joint.matrix().get(0).get(j));
            assertSame(F.C0, joint.matrix().get(1).get(j));
        }
        assertSame(F.C0, joint.constant().get(0));
        // p_xx' gets the noise s^2 of x at order 1
        assertSame(F.Sqr(sym("s")), joint.constant().get(2));
    }

    /** The system's numeric matrix at the model's values and this ε, in the regime. */
    static double[][] numericSystem(double eps, boolean constantColumn) throws Exception {
        MomentSystem sys = joint.system();
        Numeric at = Numeric.of(pair).with(pairRegime.eps(), eps);
        int n = sys.size();
        double[][] f = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = at.eval(pairRegime.scale(sys.matrix().get(i).get(j)));
            }
            f[i][n] = at.eval(pairRegime.scale(sys.constant().get(i)));
        }
        return f;
    }

    @Test
    void leadingTermsApproachTheFloatingPointSchurComplement() throws Exception {
        // S = F_KK - F_KE F_EE^-1 F_EK (and the constant) in doubles by EJML, at small eps
        MomentSystem sys = joint.system();
        int[] kept = joint.kept().stream().mapToInt(sys::indexOf).toArray();
        int[] elim = joint.eliminated().stream().mapToInt(sys::indexOf).toArray();
        for (double eps : new double[] {1e-3, 1e-4}) {
            double[][] f = numericSystem(eps, true);
            int n = sys.size();
            SimpleMatrix fkk = sub(f, kept, kept, n);
            SimpleMatrix fke = sub(f, kept, elim, n);
            SimpleMatrix fee = sub(f, elim, elim, n);
            SimpleMatrix fek = sub(f, elim, kept, n);
            SimpleMatrix s = fkk.minus(fke.mult(fee.solve(fek)));
            Numeric at = Numeric.of(pair).with(pairRegime.eps(), eps);
            for (int r = 0; r < kept.length; r++) {
                for (int c = 0; c < kept.length; c++) {
                    double lead = at.eval(joint.matrix().get(r).get(c));
                    assertEquals(s.get(r, c), lead, 20 * eps * (1 + Math.abs(lead)), joint.kept().get(r) + ", "
                            + joint.kept().get(c) + " at eps = " + eps);
                }
            }
        }
    }

    static SimpleMatrix sub(double[][] f, int[] rows, int[] cols, int n) {
        SimpleMatrix m = new SimpleMatrix(rows.length, cols.length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols.length; c++) {
                m.set(r, c, f[rows[r]][cols[c]]);
            }
        }
        return m;
    }

    /** The mean matrix of slow_pair written from the model file, at a = 3, g = 1 in the regime g -> g/eps. */
    static SimpleMatrix meanMatrix(double eps) {
        double a = 3;
        double g = 1 / eps;
        return new SimpleMatrix(new double[][] {{-a, 1, 0}, {g, -g, -g}, {0, -1, -a}});
    }

    @Test
    void meanManifoldIsTheSlowSpectralSubspace() {
        for (int k = 0; k < EPS.length; k++) {
            JointReduction.MeanManifold m = joint.manifolds().get(k);
            SimpleEVD<SimpleMatrix> evd = meanMatrix(EPS[k]).eig();
            double[] moduli = new double[3];
            double[] re = new double[3];
            for (int i = 0; i < 3; i++) {
                moduli[i] = evd.getEigenvalue(i).getMagnitude();
                re[i] = evd.getEigenvalue(i).real;
            }
            double[] slow = new double[2];
            Integer[] order = {0, 1, 2};
            Arrays.sort(order, (p, q) -> Double.compare(moduli[p], moduli[q]));
            slow[0] = re[order[0]];
            slow[1] = re[order[1]];
            double[] got = m.rates().clone();
            Arrays.sort(slow);
            Arrays.sort(got);
            assertEquals(slow[0], got[0], 1e-9);
            assertEquals(slow[1], got[1], 1e-9);
            assertTrue(m.residual() < 1e-9, "invariance residual " + m.residual());
            // the reduced matrix has the slow eigenvalues and tends to the adiabatic one as eps -> 0
            double[] eig = new SimpleMatrix(m.reduced()).eig().getEigenvalues().stream().mapToDouble(c -> c.real)
                    .sorted().toArray();
            assertEquals(slow[0], eig[0], 1e-9);
            assertEquals(slow[1], eig[1], 1e-9);
            double[][] adiabatic = {{-2, -1}, {-1, -2}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    assertEquals(adiabatic[r][c], m.reduced()[r][c], 1.5 * EPS[k]);
                }
            }
        }
    }

    @Test
    void fullLawAndGelbrichBounds() {
        double[] previous = null;
        for (int k = 0; k < EPS.length; k++) {
            JointReduction.Comparison c = joint.comparisons().get(k);
            double[] lows = new double[TIMES.length];
            for (int t = 0; t < TIMES.length; t++) {
                // the full mean against exp(G t) of the hand-written mean matrix from (x, y, z) = (1, 0, -1)
                SimpleMatrix u = Matrices.exp(meanMatrix(EPS[k]).scale(TIMES[t])).mult(new SimpleMatrix(
                        new double[][] {{1}, {0}, {-1}}));
                assertEquals(u.get(0, 0), c.mean()[t][0], 1e-8);
                assertEquals(u.get(2, 0), c.mean()[t][1], 1e-8);
                Wasserstein.Bounds w = c.gelbrich()[t];
                assertTrue(w.lower() <= w.upper());
                // |m - m'|^2 is a lower bound of the Gelbrich bound
                double gap = 0;
                for (int i = 0; i < 2; i++) {
                    gap += Math.pow(c.mean()[t][i] - c.adiabaticMean()[t][i], 2);
                }
                assertTrue(gap <= w.lower() + 1e-15);
                lows[t] = w.lower();
            }
            assertEquals(0, lows[0], 1e-15);
            if (previous != null) {
                for (int t = 1; t < TIMES.length; t++) {
                    assertTrue(lows[t] < previous[t], "the bound shrinks with eps at t = " + TIMES[t]);
                }
            }
            previous = lows;
        }
        JointReduction.Comparison small = joint.comparisons().get(2);
        for (int t = 1; t < TIMES.length; t++) {
            assertTrue(small.gelbrich()[t].lower() < 1e-4, "at eps = 0.001: " + small.gelbrich()[t].lower());
            assertTrue(small.manifoldGap()[t] < 1e-5, "at eps = 0.001: " + small.manifoldGap()[t]);
        }
    }

    @Test
    void outsideTheClass() throws Exception {
        Sde model = SeedFixtures.model();
        Regime regime = SeedFixtures.regime(model);
        Map<String, Double> start = Map.of("x", 1.0, "y", 0.0, "z", 0.0);
        // x relaxes as fast as y: the slow plane of the means is not a graph over (m_x, m_z)
        ReductionException graph = assertThrows(ReductionException.class, () -> JointReduction.derive(model,
                List.of("x", "z"), regime, Reduction.Method.INVARIANT_MANIFOLD, start, new double[] {0.01},
                TIMES));
        assertEquals(ReductionErrorCode.NOT_A_GRAPH, graph.code());
        ReductionException all = assertThrows(ReductionException.class, () -> JointReduction.derive(model,
                List.of("x", "y", "z"), regime, Reduction.Method.BOTH, start, new double[] {0.01}, TIMES));
        assertEquals(ReductionErrorCode.KEEPS_EVERYTHING, all.code());
        // keeping y, z of the pair eliminates x, which is not fast in g -> g/eps
        ReductionException slow = assertThrows(ReductionException.class, () -> JointReduction.derive(pair,
                List.of("y", "z"), pairRegime, Reduction.Method.ADIABATIC, null, new double[] {0.01}, TIMES));
        assertEquals(ReductionErrorCode.NO_SEPARATION, slow.code());
    }

    @Test
    void affineMeansKeepTheEquilibrium() throws Exception {
        // constant forcing: the manifold of the means is affine; its fixed point is the full equilibrium
        Sde forced = org.kolmo.io.ModelReader.read("forced.sde", "model forced\nito\nparam a positive = 3\n"
                + "param g positive = 1\nparam s positive = 1/2\nstate x = 1, y = 0, z = -1\nnoise W1, W2\n"
                + "dx = (-a*x + y + 1)*dt + s*dW1\ndy = -g*(y - x + z - 2)*dt + s*dW2\ndz = (-a*z - y)*dt\n");
        Regime regime = TestModels.regime(forced, "g -> g/eps", null, "eps");
        JointReduction r = JointReduction.derive(forced, List.of("x", "z"), regime, Reduction.Method.BOTH, null,
                new double[] {0.05}, TIMES);
        SimpleMatrix g = new SimpleMatrix(new double[][] {{-3, 1, 0}, {20, -20, -20}, {0, -1, -3}});
        SimpleMatrix h = new SimpleMatrix(new double[][] {{1}, {40}, {0}});
        SimpleMatrix star = g.solve(h).negative();
        JointReduction.MeanManifold m = r.manifolds().get(0);
        for (int i = 0; i < 2; i++) {
            double rate = m.offset()[i];
            for (int j = 0; j < 2; j++) {
                rate += m.reduced()[i][j] * star.get(j == 0 ? 0 : 2, 0);
            }
            assertEquals(0, rate, 1e-9, "the reduced means are at rest at the full equilibrium");
        }
        // closure: m_y at the equilibrium
        double y = m.closureOffset()[0] + m.closure()[0][0] * star.get(0, 0) + m.closure()[0][1] * star.get(2, 0);
        assertEquals(star.get(1, 0), y, 1e-9);
        assertTrue(m.residual() < 1e-9);
        // adiabatic: y -> x - z + 2, so m_x' = (1 - a) m_x - m_z + 3 and m_z' = -m_x + (1 - a) m_z - 2
        assertSame(F.C3, r.constant().get(0));
        assertSame(F.CN2, r.constant().get(1));
    }

    @Test
    void reducedSdeOfTwoVariablesIsTheHandElimination() throws Exception {
        // eliminating y (y -> x - z): dx = ((1 - a) x - z) dt + s dW1, dz = (-x + (1 - a) z) dt, no noise on z
        JointReducedSde sde = joint.sde();
        IExpr a = sym("a");
        IExpr s = sym("s");
        assertSame(F.Plus(F.C1, F.Negate(a)), sde.drift().get(0).get(0));
        assertSame(F.CN1, sde.drift().get(0).get(1));
        assertSame(F.CN1, sde.drift().get(1).get(0));
        assertSame(F.Plus(F.C1, F.Negate(a)), sde.drift().get(1).get(1));
        assertSame(F.Sqr(s), sde.diffusionMatrix().get(0).get(0));
        assertSame(F.C0, sde.diffusionMatrix().get(0).get(1));
        assertSame(F.C0, sde.diffusionMatrix().get(1).get(1));
        // numerically, at a = 3, s = 1/2: the stationary covariance solves the reduced Lyapunov equation
        // (Bartels-Stewart), and it is the limit of the full model's stationary covariance of (x, z)
        Numeric values = Numeric.of(pair);
        double[][] am = values.eval(sde.drift());
        double[][] q = values.eval(sde.diffusionMatrix());
        DMatrixRMaj negQ = new DMatrixRMaj(q);
        CommonOps_DDRM.scale(-1, negQ);
        DMatrixRMaj sigma = LyapunovEquation.solveNumeric(
                new DMatrixRMaj(am), negQ);
        double[][] exact = values.eval(sde.stationaryCovariance());
        for (double e : new double[] {1e-3, 1e-4}) {
            // full model (x, y, z) with g -> g/e: drift F, noise s on x and y
            double g = 1 / e;
            DMatrixRMaj f = new DMatrixRMaj(new double[][] {
                {-3, 1, 0}, {g, -g, -g}, {0, -1, -3}});
            DMatrixRMaj noise = new DMatrixRMaj(new double[][] {
                {-0.25, 0, 0}, {0, -0.25, 0}, {0, 0, 0}});
            DMatrixRMaj full = LyapunovEquation.solveNumeric(f, noise);
            int[] kept = {0, 2};
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(exact[i][j], sigma.get(i, j), 1e-12);
                    assertEquals(exact[i][j], full.get(kept[i], kept[j]), 20 * e, "eps = " + e);
                }
            }
        }
    }
}

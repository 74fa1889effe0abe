package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.reduction.SeedFixtures.ALPHA;
import static org.kolmo.reduction.SeedFixtures.BETA;
import static org.kolmo.reduction.SeedFixtures.EPS;
import static org.kolmo.reduction.SeedFixtures.assertProportional;
import static org.kolmo.reduction.SeedFixtures.assertSame;

import java.util.List;
import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.model.Sde;
import org.kolmo.support.Matrices;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The invariant manifold of seed 003, secs. 5.4-5.5 and appendix D, derived from two_state.sde. */
class InvariantManifoldTest {
    static Sde model;
    static Regime regime;
    static InvariantManifold mean;
    static InvariantManifold second;

    @BeforeAll
    static void derive() throws Exception {
        model = SeedFixtures.model();
        regime = SeedFixtures.regime(model);
        mean = InvariantManifold.derive(SeedFixtures.moments(model, 1), "m_z", regime, 4);
        second = InvariantManifold.derive(SeedFixtures.moments(model, 2), "p_zz", regime, 4);
    }

    @Test
    void meanInvarianceEquationIsEq54AndItsRootsEq55() {
        ISymbol a = org.kolmo.cas.Symbols.internal("a");
        // (54) εα a² + β² a + εα = 0
        assertEquals(1, mean.invariance().size());
        assertProportional(F.Plus(F.Times(EPS, ALPHA, F.Sqr(a)), F.Times(F.Sqr(BETA), a), F.Times(EPS, ALPHA)),
                mean.invariance().get(0));
        // (55) a+ = (-β² + sqrt(β⁴ - 4ε²α²)) / (2εα), compared numerically at random points
        IExpr aPlus = F.Divide(F.Plus(F.Negate(F.Sqr(BETA)), F.Sqrt(F.Subtract(F.Power(BETA, F.C4),
                F.Times(F.C4, F.Sqr(EPS), F.Sqr(ALPHA))))), F.Times(F.C2, EPS, ALPHA));
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 5; i++) {
            Map<ISymbol, Double> v = Map.of(ALPHA, 0.1 + r.nextDouble(), BETA, 1 + r.nextDouble(), EPS,
                    0.05 + 0.3 * r.nextDouble());
            assertEquals(org.kolmo.support.NumericEval.eval(aPlus, v),
                    org.kolmo.support.NumericEval.eval(mean.closedUnknown(), v), 1e-12);
        }
        // (56) the rescaled rate 2εα a+ = -(β² - sqrt(β⁴ - 4ε²α²))
        IExpr rate56 = F.Negate(F.Subtract(F.Sqr(BETA), F.Sqrt(F.Subtract(F.Power(BETA, F.C4),
                F.Times(F.C4, F.Sqr(EPS), F.Sqr(ALPHA))))));
        Map<ISymbol, Double> v = Map.of(ALPHA, 0.5, BETA, 1.0, EPS, 0.3);
        assertEquals(org.kolmo.support.NumericEval.eval(rate56, v),
                org.kolmo.support.NumericEval.eval(mean.closedRate(), v), 1e-12);
        // (63) at ε = 1: -(β² - sqrt(β⁴ - 4α²)); at α = 1/2, β = 1 this is -1
        assertEquals(-1.0, org.kolmo.support.NumericEval.eval(mean.closedRate(), Map.of(ALPHA, 0.5, BETA, 1.0,
                EPS, 1.0)), 1e-12);
        // the other root diverges as ε → 0 (condition 59) and is not chosen
        assertEquals(1, mean.branches().size());
        assertTrue(mean.branches().get(0).chosen());
    }

    @Test
    void chapmanEnskogOfTheMeanGivesEq57() {
        // 2εα a+ = -2α²ε²/β² + O(ε⁴) on the rescaled time; the seed prints this as (57) for a+ itself
        ChapmanEnskog ce = mean.chapmanEnskog();
        assertSame(F.Times(F.CN1, ALPHA, EPS, F.Power(BETA, F.CN2)), F.Times(ce.coefficients().get(0).get(1), EPS));
        IExpr leading = F.Times(F.CN2, F.Sqr(ALPHA), EPS, F.Power(BETA, F.CN2));
        // the series of the original-time rate: -2α²ε/β² + 0 ε² + ...
        assertSame(leading, ChapmanEnskog.truncate(ce.rateSeries(), EPS, 2));
    }

    @Test
    void covarianceInvarianceEquationsAreEq58() {
        ISymbol a1 = org.kolmo.cas.Symbols.internal("a_1");
        ISymbol a2 = org.kolmo.cas.Symbols.internal("a_2");
        ISymbol a3 = org.kolmo.cas.Symbols.internal("a_3");
        List<IExpr> eq = second.invariance();
        IExpr ea = F.Plus(F.Times(F.CN4, F.Sqr(BETA), a1), F.Times(F.C4, F.Sqr(BETA), a2),
                F.Times(F.CN4, EPS, ALPHA, a1, a3));
        IExpr eb = F.Plus(F.Times(F.C4, F.Sqr(BETA), a1), F.Times(F.CN4, F.Sqr(BETA), a2),
                F.Times(F.CN4, EPS, ALPHA, a3), F.Times(F.CN4, EPS, ALPHA, a2, a3));
        IExpr ec = F.Plus(F.Times(F.C2, EPS, ALPHA, a2), F.Times(F.CN2, F.Sqr(BETA), a3),
                F.Times(F.CN2, EPS, ALPHA), F.Times(F.CN4, EPS, ALPHA, F.Sqr(a3)));
        assertSame(ea, eq.get(0));
        assertSame(eb, eq.get(1));
        assertSame(ec, eq.get(2));
        // the closure of sec. 5.5 around p∞ = 1/3 and the conservation p_xx + p_yy + p_zz = 1
        assertEquals(List.of(F.C1D3, F.C1D3, F.C0, F.C1D3), second.equilibrium());
        assertSame(F.Plus(F.C1, a1, a2), second.constraints().get(0));
    }

    @Test
    void allBranchesOfEq58AreFoundAndTheSlowOneChosen() {
        // the eliminant in a3 is a3 times a cubic: the trivial branch (1, 1, 0) and three more
        List<InvariantManifold.Branch> b = second.branches();
        assertEquals(2, b.size());
        InvariantManifold.Branch trivial = b.stream().filter(x -> x.degree() == 1).findFirst().orElseThrow();
        assertTrue(trivial.epsFree());
        assertFalse(trivial.compatible(), "(1, 1, 0) violates p_xx + p_yy + p_zz = 1 off equilibrium");
        InvariantManifold.Branch cubic = b.stream().filter(x -> x.degree() == 3).findFirst().orElseThrow();
        assertTrue(cubic.chosen());
        // appendix D: ξ = 4εα a3 is a root of det(ξ - M_ε)/ξ = ξ³ + 10β²ξ² + 16(β⁴ + ε²α²)ξ + 96ε²α²β²
        ISymbol xi = second.rateSymbol();
        IExpr charpoly = F.Plus(F.Power(xi, F.C3), F.Times(F.ZZ(10), F.Sqr(BETA), F.Sqr(xi)),
                F.Times(F.ZZ(16), F.Plus(F.Power(BETA, F.C4), F.Times(F.Sqr(EPS), F.Sqr(ALPHA))), xi),
                F.Times(F.ZZ(96), F.Sqr(EPS), F.Sqr(ALPHA), F.Sqr(BETA)));
        assertProportional(charpoly, second.rateEliminant());
    }

    @Test
    void chapmanEnskogOfTheCovarianceGivesEq62() {
        // (62) 4α a3* = -6α²ε/β² + o(ε): the original-time rate
        IExpr leading = F.Times(F.ZZ(-6), F.Sqr(ALPHA), EPS, F.Power(BETA, F.CN2));
        assertSame(leading, ChapmanEnskog.truncate(second.chapmanEnskog().rateSeries(), EPS, 1));
        // order by order: a1 = a2 = -1/2 at ε = 0, a3 = -3αε/(2β²) + ...
        assertSame(F.CN1D2, second.chapmanEnskog().coefficients().get(0).get(0));
        assertSame(F.CN1D2, second.chapmanEnskog().coefficients().get(1).get(0));
        assertSame(F.Times(F.QQ(-3, 2), ALPHA, F.Power(BETA, F.CN2)), second.chapmanEnskog().coefficients().get(2)
                .get(1));
        // agreement with the exact branch: the eliminant vanishes on the series beyond its order
        assertTrue(second.chapmanEnskog().residualOrder() > 4, "residual order "
                + second.chapmanEnskog().residualOrder());
    }

    @Test
    void slowRateIsTheSlowestNonzeroEigenvalueOfMeps() throws Exception {
        // appendix D, numerically: 4αε a3*(ε) against the eigenvalues of M_ε (EJML) at five ε
        Numeric values = Numeric.of(model);
        double[] epsValues = {0.01, 0.1, 0.25, 0.4, 0.55};
        double[] rates = second.rates(values, epsValues);
        for (int i = 0; i < epsValues.length; i++) {
            Numeric at = values.with(EPS, epsValues[i]);
            SimpleMatrix m = new SimpleMatrix(at.eval(second.scaled()));
            double slowest = Double.NEGATIVE_INFINITY;
            var evd = m.eig();
            for (int k = 0; k < evd.getNumberOfEigenvalues(); k++) {
                double re = evd.getEigenvalue(k).real;
                if (Math.abs(re) > 1e-9 && re > slowest) {
                    slowest = re;
                }
            }
            double rescaled = rates[i] * epsValues[i]; // 4αε a3* on the rescaled time
            assertEquals(slowest, rescaled, 1e-9 * Math.max(1, Math.abs(slowest)), "eps = " + epsValues[i]);
            // and the closure is the eigenvector: M_ε (a1, a2, a3, 1) = ξ (a1, a2, a3, 1) through the shape formulas
        }
    }

    @Test
    void meanRateMatchesExpOfTheFullBlock() throws Exception {
        // the reduced mean decays as the full mean after the transient: m_z(t)/m_z(t - 1) → e^{rate}
        Numeric values = Numeric.of(model).with(EPS, 0.2);
        double rate = mean.rates(Numeric.of(model), new double[] {0.2})[0];
        double[][] f = values.eval(mean.scaled());
        SimpleMatrix flow = Matrices.exp(new SimpleMatrix(f).scale(40 / 0.2));
        SimpleMatrix flow1 = Matrices.exp(new SimpleMatrix(f).scale(41 / 0.2));
        double ratio = flow1.get(1, 1) / flow.get(1, 1);
        assertEquals(Math.exp(rate), ratio, 1e-8);
    }

    @Test
    void breakdownPointsAreComputed() throws Exception {
        Numeric values = Numeric.of(model);
        Breakdown bm = Breakdown.of(mean.scaled(), regime.parameters(model), EPS, values);
        // ε_c' = β²/(2|α|) = 1 at α = 1/2, β = 1
        assertEquals(1.0, bm.value(), 1e-9);
        assertSame(F.Divide(F.Sqr(BETA), F.Times(F.C2, F.Abs(ALPHA))), bm.closedForm());
        Breakdown bp = Breakdown.of(second.scaled(), regime.parameters(model), EPS, values);
        assertEquals(0.59185, bp.value(), 5e-6);
        assertTrue(Breakdown.realSpectrum(second.scaled(), values.with(EPS, 0.59)));
        assertFalse(Breakdown.realSpectrum(second.scaled(), values.with(EPS, 0.6)));
        // the exact branch exists up to ε_c'' and is complex beyond it
        double[] r = second.rates(values, new double[] {0.59, 0.6});
        assertFalse(Double.isNaN(r[0]));
        assertTrue(Double.isNaN(r[1]));
    }
}

package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.algebra.SeedMatrices.ALPHA;
import static org.kolmo.algebra.SeedMatrices.BETA;
import static org.kolmo.algebra.SeedMatrices.poly;
import static org.kolmo.algebra.SeedMatrices.term;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The exact polynomials of seed 003, sections 3.2-3.3 and appendix C, recomputed from the seed's matrices. */
class SeedCharacteristicPolynomialTest {
    private static final ISymbol LAMBDA = Symbols.user("lambda");

    /** λ⁴ + 10β²λ³ + (16β⁴ + 16α²)λ² + 96α²β²λ: seed 003, eq. (82). */
    private static ParametricPolynomial quartic() throws AlgebraException {
        return poly(F.C0, term(96, 2, 2), F.Plus(term(16, 0, 4), term(16, 2, 0)), term(10, 0, 2), F.C1);
    }

    /** λ³ + 10β²λ² + 16(α² + β⁴)λ + 96α²β²: the operator of seed 003, eqs. (44), (45) and (86). */
    private static ParametricPolynomial cubic() throws AlgebraException {
        return poly(term(96, 2, 2), F.Times(F.ZZ(16), F.Plus(F.Sqr(ALPHA), F.Power(BETA, F.ZZ(4)))), term(10, 0, 2),
                F.C1);
    }

    @Test
    void covarianceMatrixGivesEquation82() throws AlgebraException {
        ParametricPolynomial p = SeedMatrices.m().characteristicPolynomial();
        assertEquals(quartic(), p);
        assertEquals(4, p.degree());
        assertTrue(p.isMonic());
        // the same polynomial as a Symja expression, in expanded form
        IExpr expected = new org.kolmo.support.SessionEval().eval(F.Expand(F.Plus(F.Power(LAMBDA, F.C4),
                F.Times(F.ZZ(10), F.Sqr(BETA), F.Power(LAMBDA, F.C3)),
                F.Times(F.Plus(F.Times(F.ZZ(16), F.Power(BETA, F.C4)), F.Times(F.ZZ(16), F.Sqr(ALPHA))),
                        F.Sqr(LAMBDA)),
                F.Times(F.ZZ(96), F.Sqr(ALPHA), F.Sqr(BETA), LAMBDA))));
        assertEquals(expected, p.toExpr(LAMBDA));
        assertEquals(List.of(F.C0, new org.kolmo.support.SessionEval().eval(term(96, 2, 2))),
                p.coefficients().subList(0, 2));
    }

    @Test
    void meanBlockGivesEquation41() throws AlgebraException {
        PolynomialMatrix q = SeedMatrices.q();
        ParametricPolynomial expected = poly(term(4, 2, 0), term(2, 0, 2), F.C1);
        assertEquals(expected, q.characteristicPolynomial());
        assertEquals(expected, q.minimalPolynomial());
        // eq. (41) holds for m_y and m_z alike (footnote 3 of the seed derives both)
        for (int j = 0; j < 2; j++) {
            ComponentAnnihilator a = q.componentAnnihilator(j);
            assertEquals(2, a.order());
            assertEquals(expected, a.polynomial());
        }
    }

    /**
     * p_zz needs the full quartic: its own annihilator has order 4 and is eq. (43); without the zero root (the
     * conservation of p_xx + p_yy + p_zz) it is the cubic operator of eqs. (44)-(45). The seed's appendix C finds the
     * same cubic from the 3 x 3 system (83), eq. (86).
     */
    @Test
    void pzzNeedsTheQuarticAndDroppingTheZeroRootGivesEquation45() throws AlgebraException {
        PolynomialMatrix m = SeedMatrices.m();
        ComponentAnnihilator pzz = m.componentAnnihilator(3);
        assertEquals(4, pzz.order());
        assertEquals(quartic(), pzz.polynomial());
        assertEquals(1, pzz.polynomial().zeroRootMultiplicity());
        assertEquals(cubic(), pzz.polynomial().withoutZeroRoots());
        assertEquals(cubic(), SeedMatrices.reduced().characteristicPolynomial());
        assertEquals(quartic(), m.minimalPolynomial());
    }

    /** The Krylov rows of p_zz are the right-hand sides of eqs. (83c) and (85): u^(k)(0) = e^T M^k u(0). */
    @Test
    void krylovRowsOfPzzMatchAppendixC() throws AlgebraException {
        PolynomialMatrix rows = SeedMatrices.m().componentAnnihilator(3).krylovRows();
        assertEquals(5, rows.rows());
        PolynomialMatrix expected = PolynomialMatrix.of(SeedMatrices.PARAMETERS, List.of(
                List.of(F.C0, F.C0, F.C0, F.C1),
                // p_zz' = 4α p_yz, eq. (83c)
                List.of(F.C0, F.C0, term(4, 1, 0), F.C0),
                // p_zz'' = 4α p_yz' = 8α² p_yy - 8αβ² p_yz - 8α² p_zz, eq. (85) with p_zz' = 4α p_yz
                List.of(F.C0, term(8, 2, 0), term(-8, 1, 2), term(-8, 2, 0))));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(expected.polynomial(i, j), rows.polynomial(i, j), "row " + i + ", column " + j);
            }
        }
        assertEquals(SeedMatrices.m().krylovRows(3, 5), rows);
    }

    /**
     * The genericity condition of p_zz is det of the Krylov rows e^T M^0..M^3, computed here by hand: the rows are
     * (0,0,0,1), (0,0,4α,0), (0,8α²,-8αβ²,-8α²), (32α²β², ...), so the determinant is ±1·4α·8α²·32α²β²; the quartic
     * is the lowest-order relation whenever α ≠ 0 and β ≠ 0.
     */
    @Test
    void pzzIsGenericUnlessAlphaOrBetaVanishes() throws AlgebraException {
        ComponentAnnihilator pzz = SeedMatrices.m().componentAnnihilator(3);
        assertEquals(SeedMatrices.RING.toPolynomial(term(1, 5, 2)), pzz.genericityPolynomial());
    }

    /** The six equations (35) decouple into (36) and (37): p_zz's relation stays the quartic, not a sextic. */
    @Test
    void decouplingIsFoundByTheComponentAnnihilators() throws AlgebraException {
        PolynomialMatrix six = SeedMatrices.covariances();
        ParametricPolynomial cross = SeedMatrices.crossBlock().characteristicPolynomial();
        assertEquals(poly(F.Plus(term(16, 0, 4), term(4, 2, 0)), term(10, 0, 2), F.C1), cross);
        assertEquals(quartic().multiply(cross), six.characteristicPolynomial());
        assertEquals(quartic().multiply(cross), six.minimalPolynomial());
        assertEquals(quartic(), six.componentAnnihilator(5).polynomial());
        assertEquals(quartic(), six.componentAnnihilator(0).polynomial());
        assertEquals(cross, six.componentAnnihilator(1).polynomial());
        assertEquals(cross, six.componentAnnihilator(2).polynomial());
    }

    @Test
    void entriesComeBackInCanonicalForm() throws AlgebraException {
        PolynomialMatrix m = SeedMatrices.m();
        org.kolmo.support.SessionEval eval = new org.kolmo.support.SessionEval();
        assertEquals(eval.eval(F.Times(F.ZZ(-4), F.Sqr(BETA))), m.get(0, 0));
        assertEquals(eval.eval(F.Times(F.ZZ(-4), ALPHA)), m.get(1, 2));
        assertEquals(F.C0, m.get(3, 3));
        assertEquals(m, PolynomialMatrix.of(SeedMatrices.PARAMETERS, m.toExprRows()));
    }
}

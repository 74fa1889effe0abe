package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

/**
 * Random integer-polynomial matrices (sizes 2..6, 1..3 parameters, fixed seeds named in every message): Berkowitz
 * against a naive cofactor expansion, and the defining properties of the minimal and component polynomials, all
 * exactly over JAS.
 */
class RandomMatrixPropertyTest {
    private static final long SEED = 20240603L;

    @Test
    void characteristicPolynomialMatchesCofactorExpansionAndCayleyHamilton() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + trial % 5;
            int k = 1 + trial % 3;
            ParameterRing ring = RandomMatrices.ring(k);
            PolynomialMatrix f = RandomMatrices.matrix(ring, random, n, 0.3, 2, 2);
            String where = "seed " + SEED + ", trial " + trial + ", F = " + f;
            ParametricPolynomial chi = f.characteristicPolynomial();
            assertEquals(n, chi.degree(), where);
            assertTrue(chi.isMonic(), where);
            assertEquals(cofactorDeterminant(f), embed(chi), where);
            assertTrue(f.apply(chi).isZero(), "Cayley-Hamilton, " + where);
        }
    }

    /**
     * Eight parameters, each squared in entry (0, 0), make the exponent box 7^8 too large to pack: the JAS
     * implementation of Berkowitz takes over and must agree with the cofactor expansion too.
     */
    @Test
    void manyParametersTakeTheUnpackedPath() {
        Random random = new Random(SEED + 3);
        ParameterRing ring = RandomMatrices.ring(8);
        GenPolynomial<BigRational> squares = ring.zero();
        for (GenPolynomial<BigRational> p : ring.jasRing().univariateList()) {
            squares = squares.sum(p.multiply(p));
        }
        for (int trial = 0; trial < 3; trial++) {
            PolynomialMatrix random3 = RandomMatrices.matrix(ring, random, 3, 0.1, 3, 2);
            List<List<GenPolynomial<BigRational>>> rows = new ArrayList<>();
            @SuppressWarnings("unchecked")
            GenPolynomial<edu.jas.arith.BigInteger>[][] integers = new GenPolynomial[3][3];
            for (int i = 0; i < 3; i++) {
                List<GenPolynomial<BigRational>> row = new ArrayList<>();
                for (int j = 0; j < 3; j++) {
                    GenPolynomial<BigRational> e = random3.polynomial(i, j);
                    row.add(i == 0 && j == 0 ? e.sum(squares) : e);
                    integers[i][j] = Polynomials.scaled(ring.integerRing(), row.get(j), java.math.BigInteger.ONE);
                }
                rows.add(row);
            }
            PolynomialMatrix f = PolynomialMatrix.ofPolynomials(ring, rows);
            String where = "seed " + (SEED + 3) + ", trial " + trial + ", F = " + f;
            assertTrue(!PackedBerkowitz.applies(ring.integerRing(), integers), where);
            ParametricPolynomial chi = f.characteristicPolynomial();
            assertEquals(cofactorDeterminant(f), embed(chi), where);
            assertTrue(f.apply(chi).isZero(), where);
        }
    }

    @Test
    void minimalAndComponentPolynomialsAnnihilateAndDivide() {
        Random random = new Random(SEED + 1);
        for (int trial = 0; trial < 24; trial++) {
            int n = 2 + trial % 4;
            ParameterRing ring = RandomMatrices.ring(1 + trial % 3);
            PolynomialMatrix f = RandomMatrices.matrix(ring, random, n, 0.4, 2, 1);
            checkAnnihilators(f, "seed " + (SEED + 1) + ", trial " + trial + ", F = " + f);
        }
    }

    /**
     * F = P diag(B, B) P^-1 with a unimodular P over Q[p]: a derogatory matrix whose minimal polynomial is det(λI - B),
     * of half the degree of the characteristic polynomial det(λI - B)², so the n² definition is exercised too.
     */
    @Test
    void derogatoryMatricesHaveSmallerMinimalPolynomials() {
        Random random = new Random(SEED + 2);
        for (int trial = 0; trial < 8; trial++) {
            int m = 2 + trial % 2;
            ParameterRing ring = RandomMatrices.ring(1 + trial % 2);
            PolynomialMatrix b = RandomMatrices.matrix(ring, random, m, 0.2, 2, 1);
            PolynomialMatrix j = blockDiagonal(b, b);
            PolynomialMatrix p = PolynomialMatrix.identity(ring, 2 * m);
            PolynomialMatrix pInverse = p;
            for (int e = 0; e < 3; e++) {
                int r = random.nextInt(2 * m);
                int c = (r + 1 + random.nextInt(2 * m - 1)) % (2 * m);
                GenPolynomial<BigRational> factor = RandomMatrices.polynomial(ring, random, 1, 1);
                p = p.multiply(elementary(ring, 2 * m, r, c, factor));
                pInverse = elementary(ring, 2 * m, r, c, factor.negate()).multiply(pInverse);
            }
            PolynomialMatrix f = p.multiply(j).multiply(pInverse);
            String where = "seed " + (SEED + 2) + ", trial " + trial + ", F = " + f;
            ParametricPolynomial chiB = b.characteristicPolynomial();
            assertEquals(chiB.multiply(chiB), f.characteristicPolynomial(), where);
            assertEquals(chiB, f.minimalPolynomial(), where);
            checkAnnihilators(f, where);
        }
    }

    /** Rational entries and no parameters: a Jordan block and a multiple of the identity. */
    @Test
    void rationalMatricesWithoutParameters() throws AlgebraException {
        ParameterRing q = ParameterRing.of();
        PolynomialMatrix jordan = PolynomialMatrix.of(q, List.of(List.of(F.C1D2, F.C1), List.of(F.C0, F.C1D2)));
        ParametricPolynomial linear = ParametricPolynomial.of(q, List.of(F.CN1D2, F.C1));
        assertEquals(linear.multiply(linear), jordan.characteristicPolynomial());
        assertEquals(linear.multiply(linear), jordan.minimalPolynomial());
        assertEquals(2, jordan.componentAnnihilator(0).order());
        assertEquals(linear, jordan.componentAnnihilator(1).polynomial());
        PolynomialMatrix scalar = PolynomialMatrix.of(q, List.of(List.of(F.C1D2, F.C0), List.of(F.C0, F.C1D2)));
        assertEquals(linear, scalar.minimalPolynomial());
        checkAnnihilators(jordan, "Jordan block");
        checkAnnihilators(scalar, "1/2 I");
    }

    private static void checkAnnihilators(PolynomialMatrix f, String where) {
        int n = f.rows();
        ParametricPolynomial chi = f.characteristicPolynomial();
        ParametricPolynomial mu = f.minimalPolynomial();
        assertTrue(mu.isMonic(), where);
        assertTrue(f.apply(mu).isZero(), "mu(F) = 0, " + where);
        assertTrue(chi.divideByMonic(mu)[1].isZero(), "mu divides chi, " + where);
        assertEquals(mu, f.minimalPolynomialByDefinition(), where);
        for (int j = 0; j < n; j++) {
            ComponentAnnihilator q = f.componentAnnihilator(j);
            String at = "component " + j + ", " + where;
            assertTrue(q.polynomial().isMonic(), at);
            assertTrue(q.order() >= 1 && q.order() <= mu.degree(), at);
            assertTrue(mu.divideByMonic(q.polynomial())[1].isZero(), "q divides mu, " + at);
            assertEquals(f.krylovRows(j, q.order() + 1), q.krylovRows(), at);
            // e_j^T q(F) = Σ a_i e_j^T F^i = 0
            PolynomialMatrix rows = q.krylovRows();
            for (int c = 0; c < n; c++) {
                GenPolynomial<BigRational> s = f.ring().zero();
                for (int i = 0; i <= q.order(); i++) {
                    s = s.sum(q.polynomial().coefficientPolynomial(i).multiply(rows.polynomial(i, c)));
                }
                assertTrue(s.isZERO(), "e_j^T q(F) = 0 in column " + c + ", " + at);
            }
            // e_j^T q(F) = 0 also as a matrix identity
            PolynomialMatrix qf = f.apply(q.polynomial());
            for (int c = 0; c < n; c++) {
                assertTrue(qf.polynomial(j, c).isZERO(), at);
            }
            assertTrue(!q.genericityPolynomial().isZERO(), at);
            // the generic shortcut and the elimination agree, genericity condition included
            ComponentAnnihilator eliminated = f.componentAnnihilatorByElimination(j);
            assertEquals(q.polynomial(), eliminated.polynomial(), at);
            assertEquals(q.krylovRows(), eliminated.krylovRows(), at);
            assertEquals(q.genericityPolynomial(), eliminated.genericityPolynomial(), at);
        }
    }

    private static PolynomialMatrix blockDiagonal(PolynomialMatrix a, PolynomialMatrix b) {
        int n = a.rows() + b.rows();
        List<List<GenPolynomial<BigRational>>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (i < a.rows() && j < a.rows()) {
                    row.add(a.polynomial(i, j));
                } else if (i >= a.rows() && j >= a.rows()) {
                    row.add(b.polynomial(i - a.rows(), j - a.rows()));
                } else {
                    row.add(a.ring().zero());
                }
            }
            rows.add(row);
        }
        return PolynomialMatrix.ofPolynomials(a.ring(), rows);
    }

    /** I + factor·E_rc, whose inverse is I - factor·E_rc (r ≠ c). */
    private static PolynomialMatrix elementary(ParameterRing ring, int n, int r, int c,
            GenPolynomial<BigRational> factor) {
        List<List<GenPolynomial<BigRational>>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(i == j ? ring.one() : i == r && j == c ? factor : ring.zero());
            }
            rows.add(row);
        }
        return PolynomialMatrix.ofPolynomials(ring, rows);
    }

    // ---- the reference: det(λI - F) by cofactor expansion in Q[p1..pk, λ] ----

    private static GenPolynomialRing<BigRational> withLambda(ParameterRing ring) {
        return ring.jasRing().extend(new String[] {"lambda"});
    }

    /** Σ a_i λ^i as an element of Q[p1..pk, λ]. */
    private static GenPolynomial<BigRational> embed(ParametricPolynomial p) {
        GenPolynomialRing<BigRational> ext = withLambda(p.ring());
        GenPolynomial<BigRational> lambda = ext.univariate("lambda");
        GenPolynomial<BigRational> s = ext.getZERO();
        for (int i = p.degree(); i >= 0; i--) {
            s = s.multiply(lambda).sum(p.coefficientPolynomial(i).extend(ext, 0, 0));
        }
        return s;
    }

    private static GenPolynomial<BigRational> cofactorDeterminant(PolynomialMatrix f) {
        GenPolynomialRing<BigRational> ext = withLambda(f.ring());
        GenPolynomial<BigRational> lambda = ext.univariate("lambda");
        int n = f.rows();
        List<List<GenPolynomial<BigRational>>> a = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                GenPolynomial<BigRational> e = f.polynomial(i, j).extend(ext, 0, 0).negate();
                row.add(i == j ? e.sum(lambda) : e);
            }
            a.add(row);
        }
        return laplace(ext, a, 0, new boolean[n]);
    }

    /** Expansion along row {@code row} of the minor on the unused columns. */
    private static GenPolynomial<BigRational> laplace(GenPolynomialRing<BigRational> ext,
            List<List<GenPolynomial<BigRational>>> a, int row, boolean[] used) {
        int n = a.size();
        if (row == n) {
            return ext.getONE();
        }
        GenPolynomial<BigRational> s = ext.getZERO();
        int sign = 1;
        for (int c = 0; c < n; c++) {
            if (used[c]) {
                continue;
            }
            GenPolynomial<BigRational> e = a.get(row).get(c);
            if (!e.isZERO()) {
                used[c] = true;
                GenPolynomial<BigRational> t = e.multiply(laplace(ext, a, row + 1, used));
                used[c] = false;
                s = sign > 0 ? s.sum(t) : s.subtract(t);
            }
            sign = -sign;
        }
        return s;
    }
}

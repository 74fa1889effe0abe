package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.PolyUtil;

/**
 * Exact tests at rational parameter values that settle the generic case without symbolic elimination.
 *
 * <p>Both tests only ever conclude in one direction, so they are proofs, not heuristics: a minor that is nonzero at one
 * point is a nonzero polynomial, and a characteristic polynomial that is squarefree at one point is squarefree over
 * Q(p) (a repeated monic factor g² would specialise to the repeated factor g(p0)² of the same degree). When a test
 * fails at the sample points the callers fall back to fraction-free elimination.
 */
final class Specialization {
    /** Sample points tried before the symbolic fallback. */
    static final int ATTEMPTS = 2;

    private Specialization() {
    }

    /**
     * The attempt-th sample point: integers in [3, 1000] from a fixed seed, so results and timings are reproducible.
     */
    static List<BigRational> point(int parameters, int attempt) {
        Random random = new Random(0x6b6f6c6d6fL + attempt);
        List<BigRational> values = new ArrayList<>(parameters);
        for (int i = 0; i < parameters; i++) {
            values.add(BigRational.valueOf(3 + random.nextInt(998)));
        }
        return values;
    }

    /** The rank of the first {@code count} rows of {@code a}, by exact Gaussian elimination over Q. */
    static int rank(BigRational[][] a, int count) {
        int columns = a[0].length;
        BigRational[][] m = new BigRational[count][];
        for (int i = 0; i < count; i++) {
            m[i] = a[i].clone();
        }
        int rank = 0;
        for (int c = 0; c < columns && rank < count; c++) {
            int pivot = -1;
            for (int i = rank; i < count && pivot < 0; i++) {
                if (!m[i][c].isZERO()) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigRational[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = rank + 1; i < count; i++) {
                if (!m[i][c].isZERO()) {
                    BigRational factor = m[i][c].divide(m[rank][c]);
                    for (int k = c; k < columns; k++) {
                        m[i][k] = m[i][k].subtract(factor.multiply(m[rank][k]));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /** True when the polynomial with these ascending rational coefficients has no repeated root. */
    static boolean isSquarefree(List<BigRational> ascending) {
        GenPolynomialRing<BigRational> univariate = new GenPolynomialRing<>(BigRational.ZERO, new String[] {"x"});
        GenPolynomial<BigRational> p = univariate.getZERO();
        for (int i = 0; i < ascending.size(); i++) {
            p = p.sum(univariate.univariate(0, i).multiply(ascending.get(i)));
        }
        return p.gcd(PolyUtil.baseDerivative(p)).isConstant();
    }
}

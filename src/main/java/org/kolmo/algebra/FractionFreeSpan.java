package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import edu.jas.arith.BigInteger;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

/**
 * Linear dependence of vectors over the fraction field Q(p1..pk), decided without ever forming a fraction: the
 * vectors, scaled to integer coefficients by the caller, are the columns of a matrix that is reduced column by column
 * by Bareiss's fraction-free elimination (E. H. Bareiss, Math. Comp. 22, 1968) over Z[p1..pk]. Every intermediate
 * entry is a minor of the input, so each division is exact, and integer arithmetic needs no gcd per operation.
 *
 * <p>Vectors arrive one at a time ({@link #add}); the first one that lies in the span of its predecessors is answered
 * with the relation D v = Σ y_t w_t, where D is the nonzero k x k minor of (w_0..w_{k-1}) used as the last pivot and
 * y_t = D x_t are polynomials by Cramer's rule. This is the engine of the minimal and component annihilating
 * polynomials (MATH.md §3).
 */
final class FractionFreeSpan {
    /** D v = Σ y_t w_t; {@code pivot} is D. */
    record Relation(GenPolynomial<BigInteger> pivot, List<GenPolynomial<BigInteger>> y) {
    }

    private final GenPolynomialRing<BigInteger> ring;
    private final int dimension;
    /** Each stored vector as it was when it became a pivot column (entries of earlier pivot rows form U). */
    private final List<GenPolynomial<BigInteger>[]> columns = new ArrayList<>();
    private final List<GenPolynomial<BigInteger>> pivots = new ArrayList<>();
    private final List<Integer> pivotRows = new ArrayList<>();
    /** The step at which a row became a pivot row; MAX_VALUE for rows not (yet) used. */
    private final int[] pivotStep;

    FractionFreeSpan(GenPolynomialRing<BigInteger> ring, int dimension) {
        this.ring = ring;
        this.dimension = dimension;
        this.pivotStep = new int[dimension];
        Arrays.fill(pivotStep, Integer.MAX_VALUE);
    }

    /** The last pivot: a nonzero rank x rank minor of the stored vectors (1 while none is stored). */
    GenPolynomial<BigInteger> lastPivot() {
        return pivots.isEmpty() ? ring.getONE() : pivots.get(pivots.size() - 1);
    }

    /** The number of independent vectors stored so far. */
    int rank() {
        return columns.size();
    }

    /**
     * Adds {@code v} if it is independent of the vectors added before; otherwise leaves the span unchanged and returns
     * the relation that expresses v through them.
     *
     * @return null when v was independent (and is now stored)
     */
    Relation add(GenPolynomial<BigInteger>[] v) {
        GenPolynomial<BigInteger>[] c = v.clone();
        int k = columns.size();
        for (int s = 0; s < k; s++) {
            GenPolynomial<BigInteger>[] col = columns.get(s);
            GenPolynomial<BigInteger> p = pivots.get(s);
            GenPolynomial<BigInteger> previous = s == 0 ? ring.getONE() : pivots.get(s - 1);
            GenPolynomial<BigInteger> cr = c[pivotRows.get(s)];
            for (int i = 0; i < dimension; i++) {
                if (pivotStep[i] <= s) {
                    continue; // pivot rows keep their value from the step that chose them (the rows of U)
                }
                GenPolynomial<BigInteger> updated = p.multiply(c[i]);
                if (!cr.isZERO() && !col[i].isZERO()) {
                    updated = updated.subtract(col[i].multiply(cr));
                }
                c[i] = Polynomials.exactIntegerQuotient(updated, previous, "Bareiss elimination");
            }
        }
        int best = -1;
        for (int i = 0; i < dimension; i++) {
            if (pivotStep[i] == Integer.MAX_VALUE && !c[i].isZERO() && (best < 0 || simpler(c[i], c[best]))) {
                best = i;
            }
        }
        if (best >= 0) {
            pivotStep[best] = k;
            pivotRows.add(best);
            pivots.add(c[best]);
            columns.add(c);
            return null;
        }
        return backSubstitute(c);
    }

    /** Solves U x = b fraction-free: y = D x with D the last pivot, exact by Cramer's rule. */
    private Relation backSubstitute(GenPolynomial<BigInteger>[] c) {
        int k = columns.size();
        GenPolynomial<BigInteger> d = k == 0 ? ring.getONE() : pivots.get(k - 1);
        List<GenPolynomial<BigInteger>> y = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            y.add(null);
        }
        for (int t = k - 1; t >= 0; t--) {
            int row = pivotRows.get(t);
            GenPolynomial<BigInteger> numerator = d.multiply(c[row]);
            for (int s = t + 1; s < k; s++) {
                GenPolynomial<BigInteger> u = columns.get(s)[row];
                if (!u.isZERO()) {
                    numerator = numerator.subtract(u.multiply(y.get(s)));
                }
            }
            y.set(t, Polynomials.exactIntegerQuotient(numerator, pivots.get(t), "back substitution"));
        }
        return new Relation(d, y);
    }

    /** The pivot with fewer terms (then lower degree) keeps the intermediate minors small. */
    private static boolean simpler(GenPolynomial<BigInteger> a, GenPolynomial<BigInteger> b) {
        if (a.length() != b.length()) {
            return a.length() < b.length();
        }
        return a.totalDegree() < b.totalDegree();
    }
}

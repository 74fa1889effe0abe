package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;

import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.structure.RingElem;

/**
 * The characteristic polynomial det(λI - A) by Berkowitz's algorithm (S. J. Berkowitz, Inform. Process. Lett. 18,
 * 1984), which uses only ring operations: no division ever happens, so the coefficients stay polynomials in the
 * parameters throughout and no gcd is needed.
 *
 * <p>Writing A_r for the leading r x r block, A_{r+1} = [[A_r, C], [R, a]], the characteristic polynomial of A_{r+1}
 * is the Toeplitz convolution of that of A_r with (1, -a, -R C, -R A_r C, ..., -R A_r^{r-1} C). O(n^4) ring
 * operations.
 */
final class Berkowitz {
    private Berkowitz() {
    }

    /** Coefficients a_0..a_n (ascending) of det(λI - a) for a square matrix a over {@code ring}. */
    static <C extends RingElem<C>> List<GenPolynomial<C>> characteristicPolynomial(GenPolynomialRing<C> ring,
            GenPolynomial<C>[][] a) {
        int n = a.length;
        // c holds the coefficients of the leading block's characteristic polynomial, highest power first
        List<GenPolynomial<C>> c = new ArrayList<>(List.of(ring.getONE()));
        for (int r = 0; r < n; r++) {
            List<GenPolynomial<C>> t = new ArrayList<>(r + 2);
            t.add(ring.getONE());
            t.add(a[r][r].negate());
            List<GenPolynomial<C>> v = new ArrayList<>(r);
            for (int i = 0; i < r; i++) {
                v.add(a[i][r]);
            }
            for (int k = 0; k < r; k++) {
                t.add(dot(ring, a[r], v, r).negate());
                if (k < r - 1) {
                    v = multiply(ring, a, v, r);
                }
            }
            List<GenPolynomial<C>> next = new ArrayList<>(r + 2);
            for (int j = 0; j <= r + 1; j++) {
                GenPolynomial<C> s = ring.getZERO();
                for (int i = Math.max(0, j - t.size() + 1); i <= Math.min(j, r); i++) {
                    GenPolynomial<C> ti = t.get(j - i);
                    if (!ti.isZERO() && !c.get(i).isZERO()) {
                        s = s.sum(ti.multiply(c.get(i)));
                    }
                }
                next.add(s);
            }
            c = next;
        }
        List<GenPolynomial<C>> ascending = new ArrayList<>(n + 1);
        for (int i = n; i >= 0; i--) {
            ascending.add(c.get(i));
        }
        return ascending;
    }

    /** Σ_{i<r} row[i] v[i]. */
    private static <C extends RingElem<C>> GenPolynomial<C> dot(GenPolynomialRing<C> ring, GenPolynomial<C>[] row,
            List<GenPolynomial<C>> v, int r) {
        GenPolynomial<C> s = ring.getZERO();
        for (int i = 0; i < r; i++) {
            if (!row[i].isZERO() && !v.get(i).isZERO()) {
                s = s.sum(row[i].multiply(v.get(i)));
            }
        }
        return s;
    }

    /** A_r v for the leading r x r block A_r of a. */
    private static <C extends RingElem<C>> List<GenPolynomial<C>> multiply(GenPolynomialRing<C> ring,
            GenPolynomial<C>[][] a, List<GenPolynomial<C>> v, int r) {
        List<GenPolynomial<C>> out = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            out.add(dot(ring, a[i], v, r));
        }
        return out;
    }
}

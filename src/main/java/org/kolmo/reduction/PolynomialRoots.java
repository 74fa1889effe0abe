package org.kolmo.reduction;

import org.ejml.data.Complex_F64;
import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;

/** Numeric roots of a real polynomial, as the eigenvalues of its companion matrix (EJML). */
final class PolynomialRoots {
    private PolynomialRoots() {
    }

    /** The roots of Σ c_i x^i (c_0 first); leading zero coefficients are dropped. */
    static Complex_F64[] of(double[] c) {
        int n = c.length - 1;
        while (n > 0 && c[n] == 0) {
            n--;
        }
        if (n == 0) {
            return new Complex_F64[0];
        }
        if (n == 1) {
            return new Complex_F64[] {new Complex_F64(-c[0] / c[1], 0)};
        }
        SimpleMatrix companion = new SimpleMatrix(n, n);
        for (int i = 1; i < n; i++) {
            companion.set(i, i - 1, 1);
        }
        for (int i = 0; i < n; i++) {
            companion.set(i, n - 1, -c[i] / c[n]);
        }
        SimpleEVD<SimpleMatrix> evd = companion.eig();
        Complex_F64[] out = new Complex_F64[n];
        for (int i = 0; i < n; i++) {
            out[i] = evd.getEigenvalue(i);
        }
        return out;
    }

    /** The root nearest to {@code guess}. */
    static Complex_F64 nearest(double[] c, double guess) {
        Complex_F64 best = null;
        double dist = Double.POSITIVE_INFINITY;
        for (Complex_F64 r : of(c)) {
            double d = Math.hypot(r.real - guess, r.imaginary);
            if (d < dist) {
                dist = d;
                best = r;
            }
        }
        return best;
    }
}

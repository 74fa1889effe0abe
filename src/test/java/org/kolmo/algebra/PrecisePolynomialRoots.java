package org.kolmo.algebra;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.hipparchus.complex.Complex;

import edu.jas.arith.BigRational;

/**
 * All complex roots of a polynomial with exact rational coefficients, to about 40 significant digits for simple
 * roots: the Aberth-Ehrlich simultaneous iteration in 60-digit decimal arithmetic, started on a circle of Fujiwara's
 * radius. Working from the exact coefficients matters for nearly double roots, which a polynomial with rounded
 * coefficients moves by the square root of the rounding error (the covariances of seed 003 at large β have two
 * eigenvalues near -8β², one from each block, that differ by 1e-5).
 */
final class PrecisePolynomialRoots {
    private static final MathContext MC = new MathContext(60);

    private PrecisePolynomialRoots() {
    }

    /** A complex number in 60-digit decimal arithmetic. */
    private record Z(BigDecimal re, BigDecimal im) {
        static final Z ZERO = new Z(BigDecimal.ZERO, BigDecimal.ZERO);
        static final Z ONE = new Z(BigDecimal.ONE, BigDecimal.ZERO);

        Z add(Z o) {
            return new Z(re.add(o.re, MC), im.add(o.im, MC));
        }

        Z subtract(Z o) {
            return new Z(re.subtract(o.re, MC), im.subtract(o.im, MC));
        }

        Z multiply(Z o) {
            return new Z(re.multiply(o.re, MC).subtract(im.multiply(o.im, MC), MC),
                    re.multiply(o.im, MC).add(im.multiply(o.re, MC), MC));
        }

        Z divide(Z o) {
            BigDecimal d = o.re.multiply(o.re, MC).add(o.im.multiply(o.im, MC), MC);
            return new Z(re.multiply(o.re, MC).add(im.multiply(o.im, MC), MC).divide(d, MC),
                    im.multiply(o.re, MC).subtract(re.multiply(o.im, MC), MC).divide(d, MC));
        }

        boolean isZero() {
            return re.signum() == 0 && im.signum() == 0;
        }

        double norm() {
            return Math.hypot(re.doubleValue(), im.doubleValue());
        }
    }

    static Complex[] roots(List<BigRational> ascending) {
        // exact zero roots come off first; the iteration would only approach them linearly
        int zeros = 0;
        while (ascending.get(zeros).isZERO()) {
            zeros++;
        }
        int n = ascending.size() - 1 - zeros;
        Z[] c = new Z[n + 1];
        for (int i = 0; i <= n; i++) {
            BigRational q = ascending.get(i + zeros);
            c[i] = new Z(new BigDecimal(q.num).divide(new BigDecimal(q.den), MC), BigDecimal.ZERO);
        }
        // Fujiwara's bound 2 max |a_{n-k}/a_n|^(1/k) on the moduli of the roots
        double bound = 0;
        double lead = c[n].re().doubleValue();
        for (int k = 1; k <= n; k++) {
            bound = Math.max(bound, Math.pow(Math.abs(c[n - k].re().doubleValue() / lead), 1.0 / k));
        }
        double scale = Math.max(1, 2 * bound);
        // a double-precision pass from starting values spread on a circle off the real axis, then 60 digits
        double[] cd = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            cd[i] = c[i].re().doubleValue();
        }
        Complex[] approximate = new Complex[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n + 0.4;
            approximate[i] = new Complex(scale * Math.cos(angle), scale * Math.sin(angle));
        }
        aberthInDoubles(cd, approximate, scale);
        Z[] z = new Z[n];
        for (int i = 0; i < n; i++) {
            z[i] = new Z(new BigDecimal(approximate[i].getReal()), new BigDecimal(approximate[i].getImaginary()));
        }
        for (int iteration = 0; iteration < 1000; iteration++) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                Z p = Z.ZERO;
                Z d = Z.ZERO;
                for (int k = n; k >= 0; k--) {
                    d = d.multiply(z[i]).add(p);
                    p = p.multiply(z[i]).add(c[k]);
                }
                if (p.isZero()) {
                    continue;
                }
                Z w = p.divide(d);
                Z s = Z.ZERO;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        s = s.add(Z.ONE.divide(z[i].subtract(z[j])));
                    }
                }
                Z step = w.divide(Z.ONE.subtract(w.multiply(s)));
                z[i] = z[i].subtract(step);
                largest = Math.max(largest, step.norm());
            }
            if (largest < 1e-40 * scale) {
                break;
            }
        }
        Complex[] out = new Complex[n + zeros];
        for (int i = 0; i < n; i++) {
            out[i] = new Complex(z[i].re().doubleValue(), z[i].im().doubleValue());
        }
        for (int i = n; i < n + zeros; i++) {
            out[i] = Complex.ZERO;
        }
        return out;
    }

    private static void aberthInDoubles(double[] c, Complex[] z, double scale) {
        int n = z.length;
        for (int iteration = 0; iteration < 500; iteration++) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                Complex p = Complex.ZERO;
                Complex d = Complex.ZERO;
                for (int k = n; k >= 0; k--) {
                    d = d.multiply(z[i]).add(p);
                    p = p.multiply(z[i]).add(c[k]);
                }
                Complex s = Complex.ZERO;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        s = s.add(z[i].subtract(z[j]).reciprocal());
                    }
                }
                Complex w = p.divide(d);
                Complex step = w.divide(Complex.ONE.subtract(w.multiply(s)));
                if (step.isNaN() || step.isInfinite()) {
                    continue;
                }
                z[i] = z[i].subtract(step);
                largest = Math.max(largest, step.norm());
            }
            if (largest < 1e-14 * scale) {
                return;
            }
        }
    }
}

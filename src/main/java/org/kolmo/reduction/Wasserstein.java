package org.kolmo.reduction;

import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;

/**
 * Bounds on the Wasserstein-2 distance between two laws from their means and covariances (seed 003, sec. 6.2):
 * the Gelbrich lower bound |m - m'|² + tr(Σ + Σ' - 2(Σ^{1/2} Σ' Σ^{1/2})^{1/2}) ≤ W2², exact for Gaussians, and
 * the upper bound |m - m'|² + tr(Σ + Σ' + 2(Σ^{1/2} Σ' Σ^{1/2})^{1/2}) of eq. 71. In one dimension they read (m - m')² + (√Σ ∓ √Σ')² (Proposition 2, where Σ' is
 * the reduced variance p̄ - z̄²; the printed lower bound has p_zz in its place).
 */
public final class Wasserstein {
    /** A lower and an upper bound of W2². */
    public record Bounds(double lower, double upper) {
    }

    private Wasserstein() {
    }

    /** Proposition 2: the bounds for one dimension. */
    public static Bounds oneDimensional(double m, double variance, double mReduced, double varianceReduced) {
        double dm = (m - mReduced) * (m - mReduced);
        double s = Math.sqrt(Math.max(variance, 0));
        double r = Math.sqrt(Math.max(varianceReduced, 0));
        return new Bounds(dm + (s - r) * (s - r), dm + (s + r) * (s + r));
    }

    /** The Gelbrich lower bound and the independent-coupling upper bound in d dimensions. */
    public static Bounds gelbrich(double[] m, double[][] sigma, double[] mReduced, double[][] sigmaReduced) {
        double dm = 0;
        for (int i = 0; i < m.length; i++) {
            dm += (m[i] - mReduced[i]) * (m[i] - mReduced[i]);
        }
        SimpleMatrix s = new SimpleMatrix(sigma);
        SimpleMatrix r = new SimpleMatrix(sigmaReduced);
        SimpleMatrix root = sqrt(s);
        SimpleMatrix cross = sqrt(root.mult(r).mult(root));
        double lower = dm + s.trace() + r.trace() - 2 * cross.trace();
        double upper = dm + s.trace() + r.trace() + 2 * cross.trace();
        return new Bounds(Math.max(lower, 0), upper);
    }

    /** The square root of a symmetric positive semi-definite matrix. */
    static SimpleMatrix sqrt(SimpleMatrix a) {
        SimpleMatrix sym = a.plus(a.transpose()).scale(0.5);
        SimpleEVD<SimpleMatrix> evd = sym.eig();
        int n = sym.numRows();
        SimpleMatrix out = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            double lambda = Math.max(evd.getEigenvalue(i).real, 0);
            SimpleMatrix v = evd.getEigenVector(i);
            v = v.divide(v.normF());
            out = out.plus(v.mult(v.transpose()).scale(Math.sqrt(lambda)));
        }
        return out;
    }
}

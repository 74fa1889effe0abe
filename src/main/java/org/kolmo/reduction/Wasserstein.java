package org.kolmo.reduction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.kolmo.numeric.PositiveSemidefinite;

/**
 * Bounds on the Wasserstein-2 distance between two laws from their means and covariances (seed 003, sec. 6.2).
 *
 * <p>Lower bound (Gelbrich): |m - m'|² + tr(Σ + Σ' - 2(Σ^{1/2} Σ' Σ^{1/2})^{1/2}) ≤ W2², with equality when both
 * laws are Gaussian. Upper bound (eq. 71 in d dimensions): the same with +2, which is at least the cost
 * |m - m'|² + tr Σ + tr Σ' of the independent coupling. In one dimension they read (m - m')² + (√Σ ∓ √Σ')²
 * (Proposition 2, with Σ' the reduced variance p̄ - z̄²; the printed lower bound has p_zz in its place).
 *
 * <p>Matrix square roots come from {@link PositiveSemidefinite} (the symmetric eigendecomposition, eigenvalues
 * clipped at 0, so that covariances that are positive semi-definite up to rounding are accepted).
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

    /**
     * The Gelbrich lower bound and the upper bound of eq. 71 in d dimensions.
     *
     * @throws IllegalArgumentException when the dimensions differ or a covariance is not square
     */
    public static Bounds gelbrich(double[] m, double[][] sigma, double[] mReduced, double[][] sigmaReduced) {
        int d = m.length;
        if (mReduced.length != d || sigma.length != d || sigmaReduced.length != d) {
            throw new IllegalArgumentException("means and covariances of different dimensions");
        }
        for (int i = 0; i < d; i++) {
            if (sigma[i].length != d || sigmaReduced[i].length != d) {
                throw new IllegalArgumentException("a covariance is not a square matrix");
            }
        }
        double dm = 0;
        for (int i = 0; i < d; i++) {
            dm += (m[i] - mReduced[i]) * (m[i] - mReduced[i]);
        }
        DMatrixRMaj s = PositiveSemidefinite.symmetricPart(new DMatrixRMaj(sigma));
        DMatrixRMaj r = PositiveSemidefinite.symmetricPart(new DMatrixRMaj(sigmaReduced));
        SimpleMatrix root = SimpleMatrix.wrap(PositiveSemidefinite.sqrt(s));
        double cross = sqrt(root.mult(SimpleMatrix.wrap(r)).mult(root)).trace();
        double traces = PositiveSemidefinite.clippedTrace(s) + PositiveSemidefinite.clippedTrace(r);
        double lower = dm + traces - 2 * cross;
        double upper = dm + traces + 2 * cross;
        return new Bounds(Math.max(lower, 0), upper);
    }

    /** The square root of a symmetric positive semi-definite matrix (its symmetric part is used). */
    static SimpleMatrix sqrt(SimpleMatrix a) {
        return SimpleMatrix.wrap(PositiveSemidefinite.sqrt(a.getDDRM()));
    }
}

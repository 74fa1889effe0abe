package org.kolmo.reduction;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.simple.SimpleMatrix;

/**
 * Bounds on the Wasserstein-2 distance between two laws from their means and covariances (seed 003, sec. 6.2).
 *
 * <p>Lower bound (Gelbrich): |m - m'|² + tr(Σ + Σ' - 2(Σ^{1/2} Σ' Σ^{1/2})^{1/2}) ≤ W2², with equality when both
 * laws are Gaussian. Upper bound (eq. 71 in d dimensions): the same with +2, which is at least the cost
 * |m - m'|² + tr Σ + tr Σ' of the independent coupling. In one dimension they read (m - m')² + (√Σ ∓ √Σ')²
 * (Proposition 2, with Σ' the reduced variance p̄ - z̄²; the printed lower bound has p_zz in its place).
 *
 * <p>Matrix square roots come from the symmetric eigendecomposition (orthonormal eigenvectors, eigenvalues clipped
 * at 0, so that covariances that are positive semi-definite up to rounding are accepted).
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
        SimpleMatrix s = symmetric(new SimpleMatrix(sigma));
        SimpleMatrix r = symmetric(new SimpleMatrix(sigmaReduced));
        SimpleMatrix root = sqrt(s);
        double cross = sqrt(root.mult(r).mult(root)).trace();
        double traces = trace(s) + trace(r);
        double lower = dm + traces - 2 * cross;
        double upper = dm + traces + 2 * cross;
        return new Bounds(Math.max(lower, 0), upper);
    }

    /** The trace of a covariance, negative eigenvalues from rounding clipped as in the square root. */
    private static double trace(SimpleMatrix a) {
        double t = 0;
        for (double lambda : eigen(a).values) {
            t += Math.max(lambda, 0);
        }
        return t;
    }

    private static SimpleMatrix symmetric(SimpleMatrix a) {
        return a.plus(a.transpose()).scale(0.5);
    }

    private record Eigen(double[] values, DMatrixRMaj[] vectors) {
    }

    private static Eigen eigen(SimpleMatrix a) {
        int n = a.numRows();
        EigenDecomposition_F64<DMatrixRMaj> evd = DecompositionFactory_DDRM.eig(n, true, true);
        if (!evd.decompose(a.getDDRM().copy())) {
            throw new ArithmeticException("the symmetric eigendecomposition did not converge");
        }
        double[] values = new double[n];
        DMatrixRMaj[] vectors = new DMatrixRMaj[n];
        for (int i = 0; i < n; i++) {
            values[i] = evd.getEigenvalue(i).real;
            vectors[i] = evd.getEigenVector(i);
        }
        return new Eigen(values, vectors);
    }

    /** The square root of a symmetric positive semi-definite matrix (its symmetric part is used). */
    static SimpleMatrix sqrt(SimpleMatrix a) {
        SimpleMatrix sym = symmetric(a);
        int n = sym.numRows();
        Eigen e = eigen(sym);
        SimpleMatrix out = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            SimpleMatrix v = SimpleMatrix.wrap(e.vectors[i]);
            v = v.divide(v.normF());
            out = out.plus(v.mult(v.transpose()).scale(Math.sqrt(Math.max(e.values[i], 0))));
        }
        return out;
    }
}

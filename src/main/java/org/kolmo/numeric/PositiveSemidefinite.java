package org.kolmo.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Covariance matrices in floating point: the symmetric square root and the trace, both through the symmetric
 * eigendecomposition of the matrix's symmetric part, with the small negative eigenvalues that rounding leaves on a
 * singular covariance clipped to 0. Used for Gaussian initial states (a root R with R Rᵀ = J) and for
 * Wasserstein-Gelbrich bounds (tr (S^½ S' S^½)^½).
 */
public final class PositiveSemidefinite {
    private PositiveSemidefinite() {
    }

    /** The symmetric square root R = Rᵀ with R R = (A + Aᵀ)/2, eigenvalues below 0 taken as 0. */
    public static DMatrixRMaj sqrt(DMatrixRMaj a) {
        int n = a.numRows;
        EigenDecomposition_F64<DMatrixRMaj> evd = decompose(a);
        DMatrixRMaj root = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            double lambda = Math.sqrt(Math.max(evd.getEigenvalue(k).real, 0));
            DMatrixRMaj v = evd.getEigenVector(k);
            double norm = CommonOps_DDRM.elementSum(elementSquares(v));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    root.add(i, j, lambda * v.get(i) * v.get(j) / norm);
                }
            }
        }
        return root;
    }

    /** The trace of (A + Aᵀ)/2 with its negative eigenvalues clipped to 0. */
    public static double clippedTrace(DMatrixRMaj a) {
        EigenDecomposition_F64<DMatrixRMaj> evd = decompose(a);
        double t = 0;
        for (int k = 0; k < a.numRows; k++) {
            t += Math.max(evd.getEigenvalue(k).real, 0);
        }
        return t;
    }

    /** The smallest eigenvalue of (A + Aᵀ)/2, unclipped: a semi-definiteness test. */
    public static double smallestEigenvalue(DMatrixRMaj a) {
        EigenDecomposition_F64<DMatrixRMaj> evd = decompose(a);
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < a.numRows; k++) {
            min = Math.min(min, evd.getEigenvalue(k).real);
        }
        return min;
    }

    /** (A + Aᵀ)/2. */
    public static DMatrixRMaj symmetricPart(DMatrixRMaj a) {
        DMatrixRMaj s = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.transpose(a, s);
        CommonOps_DDRM.addEquals(s, a);
        CommonOps_DDRM.scale(0.5, s);
        return s;
    }

    private static EigenDecomposition_F64<DMatrixRMaj> decompose(DMatrixRMaj a) {
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException("a covariance is square, not " + a.numRows + "x" + a.numCols);
        }
        EigenDecomposition_F64<DMatrixRMaj> evd = DecompositionFactory_DDRM.eig(a.numRows, true, true);
        if (!evd.decompose(symmetricPart(a))) {
            throw new ArithmeticException("the symmetric eigendecomposition did not converge");
        }
        return evd;
    }

    private static DMatrixRMaj elementSquares(DMatrixRMaj v) {
        DMatrixRMaj sq = v.copy();
        CommonOps_DDRM.elementMult(sq, v);
        return sq;
    }
}

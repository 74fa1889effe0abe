package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The symmetric square root and clipped trace against their definitions at random covariances (seed 31). */
class PositiveSemidefiniteTest {
    @Test
    void rootSquaresBackAndIsSymmetric() {
        Random random = new Random(31);
        for (int n = 1; n <= 5; n++) {
            for (int rank = 1; rank <= n; rank++) {
                // G Gᵀ with G of size n x rank: positive semi-definite, singular when rank < n
                DMatrixRMaj g = new DMatrixRMaj(n, rank);
                for (int i = 0; i < g.data.length; i++) {
                    g.data[i] = random.nextGaussian();
                }
                DMatrixRMaj a = new DMatrixRMaj(n, n);
                CommonOps_DDRM.multTransB(g, g, a);
                DMatrixRMaj r = PositiveSemidefinite.sqrt(a);
                DMatrixRMaj rr = new DMatrixRMaj(n, n);
                CommonOps_DDRM.mult(r, r, rr);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertEquals(a.get(i, j), rr.get(i, j), 1e-10 * (1 + CommonOps_DDRM.elementMaxAbs(a)));
                        assertEquals(r.get(i, j), r.get(j, i), 1e-12);
                    }
                }
                assertEquals(CommonOps_DDRM.trace(a), PositiveSemidefinite.clippedTrace(a), 1e-10 * (1 + n));
            }
        }
    }

    @Test
    void roundingBelowZeroIsClipped() {
        // diag(1, -1e-17): a covariance that rounding pushed just below semi-definiteness
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 0}, {0, -1e-17}});
        DMatrixRMaj r = PositiveSemidefinite.sqrt(a);
        assertEquals(1, r.get(0, 0), 1e-15);
        assertEquals(0, r.get(1, 1), 0);
        assertEquals(1, PositiveSemidefinite.clippedTrace(a), 1e-15);
        assertEquals(-1e-17, PositiveSemidefinite.smallestEigenvalue(a), 1e-30);
        // [[2, 1], [1, 2]] has the eigenvalues 1 and 3
        assertEquals(1, PositiveSemidefinite.smallestEigenvalue(new DMatrixRMaj(new double[][] {{2, 1}, {1, 2}})),
                1e-14);
    }
}

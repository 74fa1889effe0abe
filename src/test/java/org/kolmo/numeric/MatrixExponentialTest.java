package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class MatrixExponentialTest {
    @Test
    void rotationGenerator() {
        double w = 7.3;
        DMatrixRMaj e = MatrixExponential.exp(new DMatrixRMaj(new double[][] {{0, -w}, {w, 0}}));
        assertEquals(Math.cos(w), e.get(0, 0), 1e-14);
        assertEquals(-Math.sin(w), e.get(0, 1), 1e-14);
        assertEquals(Math.sin(w), e.get(1, 0), 1e-14);
        assertEquals(Math.cos(w), e.get(1, 1), 1e-14);
    }

    @Test
    void jordanBlockAndLargeNorm() {
        // exp([[l, 1], [0, l]]) = e^l [[1, 1], [0, 1]]
        double l = -40;
        DMatrixRMaj e = MatrixExponential.exp(new DMatrixRMaj(new double[][] {{l, 1}, {0, l}}));
        assertEquals(Math.exp(l), e.get(0, 0), 1e-13 * Math.exp(l)); // squarings cost a few ulps each
        assertEquals(Math.exp(l), e.get(0, 1), 1e-13 * Math.exp(l));
        assertEquals(0, e.get(1, 0), 0);
        DMatrixRMaj d = MatrixExponential.exp(new DMatrixRMaj(new double[][] {{12, 0}, {0, -3}}));
        assertEquals(Math.exp(12), d.get(0, 0), 1e-14 * Math.exp(12));
        assertEquals(Math.exp(-3), d.get(1, 1), 1e-15);
    }

    @Test
    void zeroMatrixGivesIdentity() {
        DMatrixRMaj e = MatrixExponential.exp(new DMatrixRMaj(3, 3));
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1.0 : 0.0, e.get(i, j), 0);
            }
        }
    }

    /** Two implementations on random input: ours against Hipparchus' MatrixUtils.matrixExponential. */
    @Test
    void agreesWithHipparchusOnRandomMatrices() {
        long seed = 77L;
        System.out.println("MatrixExponentialTest random matrices: seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(8);
            double scale = Math.pow(10, random.nextDouble() * 3 - 2);
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = scale * (2 * random.nextDouble() - 1);
                }
            }
            DMatrixRMaj ours = MatrixExponential.exp(new DMatrixRMaj(a));
            RealMatrix theirs = MatrixUtils.matrixExponential(MatrixUtils.createRealMatrix(a));
            double norm = theirs.getNorm1();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(theirs.getEntry(i, j), ours.get(i, j), 1e-12 * norm, "trial " + trial);
                }
            }
        }
    }
}

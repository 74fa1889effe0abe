package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/**
 * The Gelbrich bound in d dimensions against computations that do not use its formula: the 2×2 closed form of
 * tr √M, the eigenvalues of the (non-symmetric) product ΣΣ', the cost of the optimal transport map between
 * Gaussians, the closed form for commuting covariances, and the one-dimensional bound of Proposition 2.
 */
class WassersteinTest {
    static final Random RANDOM = new Random(20260413L);

    static double[][] randomSpd(int d) {
        SimpleMatrix a = SimpleMatrix.random_DDRM(d, d, -1, 1, RANDOM);
        SimpleMatrix s = a.mult(a.transpose()).plus(SimpleMatrix.identity(d).scale(0.1));
        return toArray(s);
    }

    static double[][] toArray(SimpleMatrix s) {
        double[][] out = new double[s.numRows()][s.numCols()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = s.get(i, j);
            }
        }
        return out;
    }

    static double[] randomVector(int d) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = RANDOM.nextGaussian();
        }
        return v;
    }

    static double meanGap(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    /** tr (Σ^{1/2} Σ' Σ^{1/2})^{1/2} as the sum of the square roots of the eigenvalues of ΣΣ' (similar matrices). */
    static double crossTrace(double[][] s, double[][] r) {
        SimpleEVD<SimpleMatrix> evd = new SimpleMatrix(s).mult(new SimpleMatrix(r)).eig();
        double t = 0;
        for (int i = 0; i < s.length; i++) {
            assertEquals(0, evd.getEigenvalue(i).imaginary, 1e-8);
            t += Math.sqrt(evd.getEigenvalue(i).real);
        }
        return t;
    }

    @Test
    void oneDimensionIsPropositionTwo() {
        for (int k = 0; k < 50; k++) {
            double m = RANDOM.nextGaussian();
            double mr = RANDOM.nextGaussian();
            double v = RANDOM.nextDouble() * 3;
            double vr = RANDOM.nextDouble() * 3;
            Wasserstein.Bounds g = Wasserstein.gelbrich(new double[] {m}, new double[][] {{v}}, new double[] {mr},
                    new double[][] {{vr}});
            double expected = (m - mr) * (m - mr) + Math.pow(Math.sqrt(v) - Math.sqrt(vr), 2);
            assertEquals(expected, g.lower(), 1e-12);
            Wasserstein.Bounds one = Wasserstein.oneDimensional(m, v, mr, vr);
            assertEquals(one.lower(), g.lower(), 1e-12);
            assertEquals(one.upper(), g.upper(), 1e-12);
        }
    }

    @Test
    void twoByTwoClosedForm() {
        // for a 2×2 SPD matrix M: tr √M = sqrt(tr M + 2 sqrt(det M))
        for (int k = 0; k < 50; k++) {
            double[][] s = randomSpd(2);
            double[][] r = randomSpd(2);
            double[] m = randomVector(2);
            double[] mr = randomVector(2);
            SimpleMatrix root = Wasserstein.sqrt(new SimpleMatrix(s));
            SimpleMatrix inner = root.mult(new SimpleMatrix(r)).mult(root);
            double cross = Math.sqrt(inner.trace() + 2 * Math.sqrt(inner.determinant()));
            double expected = meanGap(m, mr) + s[0][0] + s[1][1] + r[0][0] + r[1][1] - 2 * cross;
            assertEquals(expected, Wasserstein.gelbrich(m, s, mr, r).lower(), 1e-10);
        }
    }

    @Test
    void equalsTheProductEigenvalueFormAndIsSymmetric() {
        for (int d = 1; d <= 5; d++) {
            for (int k = 0; k < 20; k++) {
                double[][] s = randomSpd(d);
                double[][] r = randomSpd(d);
                double[] m = randomVector(d);
                double[] mr = randomVector(d);
                double trS = new SimpleMatrix(s).trace();
                double trR = new SimpleMatrix(r).trace();
                double expected = meanGap(m, mr) + trS + trR - 2 * crossTrace(s, r);
                Wasserstein.Bounds g = Wasserstein.gelbrich(m, s, mr, r);
                assertEquals(expected, g.lower(), 1e-9 * (1 + expected));
                assertEquals(meanGap(m, mr) + trS + trR + 2 * crossTrace(s, r), g.upper(), 1e-9 * (1 + g.upper()));
                Wasserstein.Bounds swapped = Wasserstein.gelbrich(mr, r, m, s);
                assertEquals(g.lower(), swapped.lower(), 1e-9 * (1 + g.lower()));
                assertEquals(g.upper(), swapped.upper(), 1e-9 * (1 + g.upper()));
                // the independent coupling costs |dm|² + tr Σ + tr Σ': between the two bounds
                assertTrue(g.lower() <= meanGap(m, mr) + trS + trR + 1e-12);
                assertTrue(meanGap(m, mr) + trS + trR <= g.upper() + 1e-12);
                assertEquals(0, Wasserstein.gelbrich(m, s, m, s).lower(), 1e-9);
            }
        }
    }

    @Test
    void exactForGaussiansByTheOptimalMap() {
        // between N(m, Σ) and N(m', Σ') the map x -> m' + T(x - m), T = Σ^{-1/2}(Σ^{1/2}Σ'Σ^{1/2})^{1/2}Σ^{-1/2},
        // is symmetric positive definite and pushes the first law onto the second, so it is optimal (Brenier) and
        // W2² = |m - m'|² + tr((I - T) Σ (I - T)ᵀ)
        for (int d = 2; d <= 4; d++) {
            for (int k = 0; k < 10; k++) {
                double[][] s = randomSpd(d);
                double[][] r = randomSpd(d);
                double[] m = randomVector(d);
                double[] mr = randomVector(d);
                SimpleMatrix sm = new SimpleMatrix(s);
                SimpleMatrix rm = new SimpleMatrix(r);
                SimpleMatrix root = Wasserstein.sqrt(sm);
                SimpleMatrix rootInv = root.invert();
                SimpleMatrix t = rootInv.mult(Wasserstein.sqrt(root.mult(rm).mult(root))).mult(rootInv);
                assertTrue(t.minus(t.transpose()).normF() < 1e-8 * t.normF());
                assertTrue(t.mult(sm).mult(t).minus(rm).normF() < 1e-8 * rm.normF(), "T pushes Σ onto Σ'");
                SimpleMatrix i = SimpleMatrix.identity(d).minus(t);
                double w2 = meanGap(m, mr) + i.mult(sm).mult(i.transpose()).trace();
                assertEquals(w2, Wasserstein.gelbrich(m, s, mr, r).lower(), 1e-8 * (1 + w2));
            }
        }
    }

    @Test
    void commutingCovariances() {
        // Σ = Q diag(a) Qᵀ and Σ' = Q diag(b) Qᵀ: W2² = |m - m'|² + Σ_i (√a_i - √b_i)²
        for (int d = 1; d <= 5; d++) {
            SimpleMatrix q = new SimpleMatrix(randomSpd(d)).svd().getU();
            double[] a = new double[d];
            double[] b = new double[d];
            SimpleMatrix da = new SimpleMatrix(d, d);
            SimpleMatrix db = new SimpleMatrix(d, d);
            double expected = 0;
            for (int i = 0; i < d; i++) {
                a[i] = RANDOM.nextDouble() * 4;
                b[i] = RANDOM.nextDouble() * 4;
                da.set(i, i, a[i]);
                db.set(i, i, b[i]);
                expected += Math.pow(Math.sqrt(a[i]) - Math.sqrt(b[i]), 2);
            }
            double[] m = randomVector(d);
            double[] mr = randomVector(d);
            expected += meanGap(m, mr);
            double[][] s = toArray(q.mult(da).mult(q.transpose()));
            double[][] r = toArray(q.mult(db).mult(q.transpose()));
            assertEquals(expected, Wasserstein.gelbrich(m, s, mr, r).lower(), 1e-9 * (1 + expected));
        }
    }

    @Test
    void singularCovariancesAndBadDimensions() {
        // a point mass against N(0, Σ): W2² = tr Σ
        double[][] s = randomSpd(3);
        double[][] zero = new double[3][3];
        double[] m = new double[3];
        assertEquals(new SimpleMatrix(s).trace(), Wasserstein.gelbrich(m, s, m, zero).lower(), 1e-10);
        assertThrows(IllegalArgumentException.class, () -> Wasserstein.gelbrich(new double[2], s, m, zero));
    }
}

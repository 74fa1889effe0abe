package org.kolmo.algebra;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.hessenberg.HessenbergSimilarDecomposition_DDRM;

/**
 * The real Schur form A = Z T Z^T of a real square matrix: Z orthogonal, T quasi-upper-triangular (1x1 blocks for
 * real eigenvalues, 2x2 blocks for complex pairs, possibly also for close real pairs). Computed by EJML's Householder
 * reduction to Hessenberg form followed by Francis double-shift QR sweeps on the active window, every
 * transformation applied to the whole of T and accumulated into Z (Golub and Van Loan, Matrix Computations, sec.
 * 7.5). It is the first step of the Bartels-Stewart solver in {@link LyapunovEquation}.
 */
public final class RealSchurForm {
    private static final double EPS = Math.ulp(1.0);

    private final DMatrixRMaj t;
    private final DMatrixRMaj z;

    private RealSchurForm(DMatrixRMaj t, DMatrixRMaj z) {
        this.t = t;
        this.z = z;
    }

    /** T, quasi-upper-triangular: zero below the first subdiagonal and no two consecutive non-zero subdiagonals. */
    public DMatrixRMaj t() {
        return t.copy();
    }

    /** Z, orthogonal, with A = Z T Z^T. */
    public DMatrixRMaj z() {
        return z.copy();
    }

    /** The start index of every diagonal block of T, and n at the end. */
    public int[] blockStarts() {
        int n = t.numRows;
        int[] starts = new int[n + 1];
        int count = 0;
        int i = 0;
        while (i < n) {
            starts[count++] = i;
            i += i + 1 < n && t.get(i + 1, i) != 0 ? 2 : 1;
        }
        starts[count++] = n;
        return java.util.Arrays.copyOf(starts, count);
    }

    public static RealSchurForm of(DMatrixRMaj a) {
        int n = a.numRows;
        if (a.numCols != n) {
            throw new IllegalArgumentException("the real Schur form needs a square matrix");
        }
        HessenbergSimilarDecomposition_DDRM hess = new HessenbergSimilarDecomposition_DDRM();
        if (!hess.decompose(a.copy())) {
            throw new ArithmeticException("Hessenberg reduction failed");
        }
        double[][] h = toArray(hess.getH(null));
        double[][] q = toArray(hess.getQ(null));
        francis(h, q);
        return new RealSchurForm(new DMatrixRMaj(h), new DMatrixRMaj(q));
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out[i][j] = m.get(i, j);
            }
        }
        return out;
    }

    /** Francis double-shift QR iteration on the Hessenberg matrix h, accumulating into z. */
    private static void francis(double[][] h, double[][] z) {
        int n = h.length;
        double norm = 0;
        for (double[] row : h) {
            for (double v : row) {
                norm = Math.max(norm, Math.abs(v));
            }
        }
        int hi = n - 1;
        int iterations = 0;
        while (hi >= 0) {
            int l = hi;
            while (l > 0) {
                double scale = Math.abs(h[l - 1][l - 1]) + Math.abs(h[l][l]);
                if (scale == 0) {
                    scale = norm;
                }
                if (Math.abs(h[l][l - 1]) <= EPS * scale) {
                    h[l][l - 1] = 0;
                    break;
                }
                l--;
            }
            if (l == hi) {
                hi--;
                iterations = 0;
                continue;
            }
            if (l == hi - 1) {
                // a 2x2 block is left as it is: Bartels-Stewart solves with it directly
                hi -= 2;
                iterations = 0;
                continue;
            }
            if (++iterations > 60 * n) {
                throw new ArithmeticException("the QR iteration did not converge");
            }
            double s;
            double p;
            if (iterations % 11 == 10) {
                // an exceptional shift breaks the rare cycles of the standard one
                double w = Math.abs(h[hi][hi - 1]) + Math.abs(h[hi - 1][hi - 2]);
                s = 1.5 * w;
                p = w * w;
            } else {
                s = h[hi - 1][hi - 1] + h[hi][hi];
                p = h[hi - 1][hi - 1] * h[hi][hi] - h[hi - 1][hi] * h[hi][hi - 1];
            }
            double x = h[l][l] * h[l][l] + h[l][l + 1] * h[l + 1][l] - s * h[l][l] + p;
            double y = h[l + 1][l] * (h[l][l] + h[l + 1][l + 1] - s);
            double w = h[l + 1][l] * h[l + 2][l + 1];
            for (int k = l; k <= hi - 2; k++) {
                double[] v = {x, y, w};
                reflect(h, z, v, k, Math.max(l, k - 1), Math.min(k + 3, hi), n);
                x = h[k + 1][k];
                y = h[k + 2][k];
                if (k < hi - 2) {
                    w = h[k + 3][k];
                }
            }
            reflect(h, z, new double[] {x, y}, hi - 1, hi - 2, hi, n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i - 1; j++) {
                h[i][j] = 0; // round-off below the subdiagonal
            }
        }
    }

    /**
     * Applies the Householder reflection P that maps v to a multiple of e_1 to rows and columns k..k+len-1:
     * H ← P H on columns firstCol..n-1, H ← H P on rows 0..lastRow, Z ← Z P.
     */
    private static void reflect(double[][] h, double[][] z, double[] v, int k, int firstCol, int lastRow, int n) {
        int len = v.length;
        double sigma = 0;
        for (double c : v) {
            sigma += c * c;
        }
        sigma = Math.sqrt(sigma);
        if (sigma == 0) {
            return;
        }
        double alpha = v[0] > 0 ? -sigma : sigma;
        v[0] -= alpha;
        double vv = 0;
        for (double c : v) {
            vv += c * c;
        }
        if (vv == 0) {
            return;
        }
        double beta = 2 / vv;
        for (int c = firstCol; c < n; c++) {
            double dot = 0;
            for (int i = 0; i < len; i++) {
                dot += v[i] * h[k + i][c];
            }
            dot *= beta;
            for (int i = 0; i < len; i++) {
                h[k + i][c] -= dot * v[i];
            }
        }
        for (int r = 0; r <= lastRow; r++) {
            double dot = 0;
            for (int i = 0; i < len; i++) {
                dot += h[r][k + i] * v[i];
            }
            dot *= beta;
            for (int i = 0; i < len; i++) {
                h[r][k + i] -= dot * v[i];
            }
        }
        for (int r = 0; r < n; r++) {
            double dot = 0;
            for (int i = 0; i < len; i++) {
                dot += z[r][k + i] * v[i];
            }
            dot *= beta;
            for (int i = 0; i < len; i++) {
                z[r][k + i] -= dot * v[i];
            }
        }
    }
}

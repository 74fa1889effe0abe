package org.kolmo.numeric;

import java.math.BigInteger;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The matrix exponential by scaling and squaring with the diagonal [13/13] Padé approximant (N. J. Higham, "The
 * scaling and squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl. 26 (2005)
 * 1179-1193, algorithm 2.3 with m = 13 only). The matrix is scaled by 2^-s until its 1-norm is below θ13, where the
 * Padé approximant is accurate to double precision, and the result is squared s times.
 */
public final class MatrixExponential {
    /** Largest 1-norm for which the [13/13] approximant has backward error below the unit roundoff (Higham, table 2.3). */
    private static final double THETA_13 = 5.371920351148152;
    private static final int DEGREE = 13;
    /** Coefficients of the Padé numerator, b_j = (2m-j)! m! / ((2m)! j! (m-j)!), scaled so that b_m = 1. */
    private static final double[] B = padeCoefficients(DEGREE);

    private MatrixExponential() {
    }

    /** exp(a) for a square matrix {@code a}; {@code a} is not modified. */
    public static DMatrixRMaj exp(DMatrixRMaj a) {
        int n = a.numRows;
        if (a.numCols != n) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "columns of the matrix", a.numCols, n);
        }
        if (n == 0) {
            return new DMatrixRMaj(0, 0);
        }
        double norm = NormOps_DDRM.inducedP1(a);
        if (!Double.isFinite(norm)) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "matrix exponential of a non-finite matrix");
        }
        int squarings = norm <= THETA_13 ? 0 : Math.getExponent(norm / THETA_13) + 1;
        DMatrixRMaj x = a.copy();
        CommonOps_DDRM.scale(Math.scalb(1.0, -squarings), x);

        DMatrixRMaj identity = CommonOps_DDRM.identity(n);
        DMatrixRMaj x2 = CommonOps_DDRM.mult(x, x, null);
        DMatrixRMaj x4 = CommonOps_DDRM.mult(x2, x2, null);
        DMatrixRMaj x6 = CommonOps_DDRM.mult(x4, x2, null);

        // odd part U = x (x6 (b13 x6 + b11 x4 + b9 x2) + b7 x6 + b5 x4 + b3 x2 + b1 I)
        DMatrixRMaj inner = combination(x6, B[13], x4, B[11], x2, B[9], identity, 0);
        DMatrixRMaj u = CommonOps_DDRM.mult(x6, inner, null);
        CommonOps_DDRM.addEquals(u, combination(x6, B[7], x4, B[5], x2, B[3], identity, B[1]));
        u = CommonOps_DDRM.mult(x, u, null);
        // even part V = x6 (b12 x6 + b10 x4 + b8 x2) + b6 x6 + b4 x4 + b2 x2 + b0 I
        inner = combination(x6, B[12], x4, B[10], x2, B[8], identity, 0);
        DMatrixRMaj v = CommonOps_DDRM.mult(x6, inner, null);
        CommonOps_DDRM.addEquals(v, combination(x6, B[6], x4, B[4], x2, B[2], identity, B[0]));

        // r = (V - U)^-1 (V + U)
        DMatrixRMaj denominator = CommonOps_DDRM.subtract(v, u, null);
        DMatrixRMaj numerator = CommonOps_DDRM.add(v, u, null);
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.solve(denominator, numerator, r)) {
            throw new NumericException(NumericErrorCode.BAD_SETTING,
                    "matrix exponential: the Padé denominator is singular (norm " + norm + ")");
        }
        DMatrixRMaj square = new DMatrixRMaj(n, n);
        for (int k = 0; k < squarings; k++) {
            CommonOps_DDRM.mult(r, r, square);
            DMatrixRMaj swap = r;
            r = square;
            square = swap;
        }
        return r;
    }

    private static DMatrixRMaj combination(DMatrixRMaj a, double ca, DMatrixRMaj b, double cb, DMatrixRMaj c,
            double cc, DMatrixRMaj identity, double ci) {
        DMatrixRMaj out = CommonOps_DDRM.add(ca, a, cb, b, null);
        CommonOps_DDRM.addEquals(out, cc, c);
        CommonOps_DDRM.addEquals(out, ci, identity);
        return out;
    }

    private static double[] padeCoefficients(int m) {
        double[] b = new double[m + 1];
        // the common factor 1/(2m)! is dropped and the rest divided by the j = m value, giving Higham's integers
        BigInteger last = padeNumerator(m, m);
        for (int j = 0; j <= m; j++) {
            b[j] = padeNumerator(m, j).doubleValue() / last.doubleValue();
        }
        return b;
    }

    private static BigInteger padeNumerator(int m, int j) {
        return factorial(2 * m - j).multiply(factorial(m)).divide(factorial(j).multiply(factorial(m - j)));
    }

    private static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}

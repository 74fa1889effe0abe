package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/** The exact and the Bartels-Stewart solutions of B J + J B^T = C, and the real Schur form behind the latter. */
class LyapunovEquationTest {
    @Test
    void exactSolutionOfASymbolicTwoByTwo() {
        ISymbol a = Symbols.user("a");
        ISymbol b = Symbols.user("b");
        ISymbol c = Symbols.user("c");
        ISymbol d = Symbols.user("d");
        RationalFunctionField f = RationalFunctionField.of(List.of(a, b, c, d));
        List<List<Quotient<BigInteger>>> bm = List.of(List.of(f.fromExpr(a), f.fromExpr(b)),
                List.of(f.fromExpr(c), f.fromExpr(d)));
        List<List<Quotient<BigInteger>>> cm = List.of(List.of(f.fromInteger(1), f.fromInteger(0)),
                List.of(f.fromInteger(0), f.fromInteger(2)));
        List<List<Quotient<BigInteger>>> j = LyapunovEquation.solve(bm, cm, f);
        for (List<Quotient<BigInteger>> row : LyapunovEquation.residual(bm, j, cm, f)) {
            for (Quotient<BigInteger> r : row) {
                assertTrue(r.isZERO());
            }
        }
        assertEquals(j.get(0).get(1), j.get(1).get(0)); // symmetric
    }

    @Test
    void bartelsStewartAgainstTheKroneckerSystemOnRandomStableMatrices() {
        Random random = new Random(7L);
        for (int n = 1; n <= 6; n++) {
            for (int trial = 0; trial < 5; trial++) {
                // B = D + K with D positive diagonal and K arbitrary small: shifted to be positive stable
                DMatrixRMaj b = new DMatrixRMaj(n, n);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        b.set(i, j, random.nextGaussian());
                    }
                    b.add(i, i, 3.0 * n);
                }
                DMatrixRMaj g = new DMatrixRMaj(n, n);
                for (int i = 0; i < n * n; i++) {
                    g.set(i, random.nextGaussian());
                }
                DMatrixRMaj c = new DMatrixRMaj(n, n);
                CommonOps_DDRM.multTransB(g, g, c);
                DMatrixRMaj j = LyapunovEquation.solveNumeric(b, c);
                DMatrixRMaj kron = kroneckerSolve(b, c);
                for (int i = 0; i < n * n; i++) {
                    assertEquals(kron.get(i), j.get(i), 1e-9 * (1 + Math.abs(kron.get(i))), "n = " + n);
                }
                DMatrixRMaj res = new DMatrixRMaj(n, n);
                DMatrixRMaj bj = new DMatrixRMaj(n, n);
                CommonOps_DDRM.mult(b, j, bj);
                CommonOps_DDRM.multTransB(j, b, res);
                CommonOps_DDRM.addEquals(res, bj);
                CommonOps_DDRM.subtractEquals(res, c);
                assertTrue(CommonOps_DDRM.elementMaxAbs(res) < 1e-9 * (1 + CommonOps_DDRM.elementMaxAbs(c)));
            }
        }
    }

    @Test
    void complexEigenvaluesGiveTwoByTwoBlocks() {
        // a rotation plus damping: eigenvalues 1 +- 3i
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{1, -3, 0}, {3, 1, 0}, {0.5, 0.2, 2}});
        RealSchurForm s = RealSchurForm.of(b);
        DMatrixRMaj t = s.t();
        DMatrixRMaj z = s.z();
        DMatrixRMaj ztz = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransA(z, z, ztz);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1 : 0, ztz.get(i, j), 1e-12);
            }
        }
        DMatrixRMaj back = new DMatrixRMaj(3, 3);
        DMatrixRMaj tmp = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.mult(z, t, tmp);
        CommonOps_DDRM.multTransB(tmp, z, back);
        for (int i = 0; i < 9; i++) {
            assertEquals(b.get(i), back.get(i), 1e-12);
        }
        assertEquals(0, t.get(2, 0), 0);
        int[] starts = s.blockStarts();
        assertEquals(3, starts[starts.length - 1]);
        assertTrue(starts.length == 3, "one 2x2 block and one 1x1 block");
        DMatrixRMaj c = CommonOps_DDRM.identity(3);
        DMatrixRMaj j = LyapunovEquation.solveNumeric(b, c);
        DMatrixRMaj kron = kroneckerSolve(b, c);
        for (int i = 0; i < 9; i++) {
            assertEquals(kron.get(i), j.get(i), 1e-12);
        }
    }

    /** (I ⊗ B + B ⊗ I) vec(J) = vec(C), row-major vec, as an independent reference. */
    static DMatrixRMaj kroneckerSolve(DMatrixRMaj b, DMatrixRMaj c) {
        int n = b.numRows;
        DMatrixRMaj k = new DMatrixRMaj(n * n, n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = i * n + j;
                for (int m = 0; m < n; m++) {
                    k.add(row, m * n + j, b.get(i, m)); // (B J)_ij
                    k.add(row, i * n + m, b.get(j, m)); // (J B^T)_ij
                }
            }
        }
        DMatrixRMaj rhs = new DMatrixRMaj(n * n, 1, true, c.data);
        DMatrixRMaj x = new DMatrixRMaj(n * n, 1);
        assertTrue(CommonOps_DDRM.solve(k, rhs, x));
        return new DMatrixRMaj(n, n, true, x.data);
    }
}

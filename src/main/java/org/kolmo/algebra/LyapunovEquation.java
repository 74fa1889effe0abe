package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The Lyapunov equation B J + J B^T = C for a symmetric C (seed 000, eq. 39: B = B2(X), C = σ1σ1^T, J the covariance
 * of the fast invariant measure). When B is positive stable, every sum λ_i + λ_j of two eigenvalues has a positive
 * real part, so the solution exists, is unique and symmetric.
 *
 * <p>Two solvers: {@link #solve} exactly, on the m(m+1)/2 unknowns J_ij (i ≤ j) of the symmetric solution, for
 * B and C over any exact field (symbolic rational functions in practice); {@link #solveNumeric} in double precision by the Bartels-Stewart algorithm (real Schur form of
 * B, then block back-substitution on the quasi-triangular equation), used to cross-check the exact solution at
 * numeric parameter values.
 */
public final class LyapunovEquation {
    private LyapunovEquation() {
    }

    /**
     * The exact solution J of B J + J B^T = C over an exact field.
     *
     * @throws ArithmeticException when the linear system for J is singular (B has eigenvalues with λ_i + λ_j = 0)
     */
    public static <T> List<List<T>> solve(List<List<T>> b, List<List<T>> c, ExactField<T> f) {
        int m = b.size();
        int unknowns = m * (m + 1) / 2;
        int[][] index = new int[m][m];
        int u = 0;
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                index[i][j] = u;
                index[j][i] = u;
                u++;
            }
        }
        // row (i, j), i <= j, of the system: sum_k B_ik J_kj + sum_k B_jk J_ik = C_ij
        List<List<T>> matrix = new ArrayList<>();
        List<List<T>> rhs = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                List<T> row = new ArrayList<>();
                for (int k = 0; k < unknowns; k++) {
                    row.add(f.zero());
                }
                for (int k = 0; k < m; k++) {
                    row.set(index[k][j], f.add(row.get(index[k][j]), b.get(i).get(k)));
                    row.set(index[i][k], f.add(row.get(index[i][k]), b.get(j).get(k)));
                }
                matrix.add(row);
                rhs.add(List.of(c.get(i).get(j)));
            }
        }
        List<List<T>> x = ExactLinearSystem.solve(matrix, rhs, f);
        List<List<T>> j = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            List<T> row = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                row.add(x.get(index[r][s]).get(0));
            }
            j.add(List.copyOf(row));
        }
        return List.copyOf(j);
    }

    /** B J + J B^T - C: zero for a solution. */
    public static <T> List<List<T>> residual(List<List<T>> b, List<List<T>> j, List<List<T>> c, ExactField<T> f) {
        List<List<T>> bj = ExactLinearSystem.multiply(b, j, f);
        List<List<T>> jbt = ExactLinearSystem.multiply(j, ExactLinearSystem.transpose(b), f);
        List<List<T>> out = new ArrayList<>();
        for (int r = 0; r < b.size(); r++) {
            List<T> row = new ArrayList<>();
            for (int s = 0; s < b.size(); s++) {
                row.add(f.subtract(f.add(bj.get(r).get(s), jbt.get(r).get(s)), c.get(r).get(s)));
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    /**
     * The solution of B J + J B^T = C in double precision by Bartels-Stewart: B = Z T Z^T (real Schur form), then
     * T Y + Y T^T = Z^T C Z solved block by block from the bottom right (each block a Sylvester equation of size at
     * most 2x2), and J = Z Y Z^T.
     */
    public static DMatrixRMaj solveNumeric(DMatrixRMaj b, DMatrixRMaj c) {
        int n = b.numRows;
        RealSchurForm schur = RealSchurForm.of(b);
        DMatrixRMaj t = schur.t();
        DMatrixRMaj z = schur.z();
        DMatrixRMaj tmp = new DMatrixRMaj(n, n);
        DMatrixRMaj ct = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(z, c, tmp);
        CommonOps_DDRM.mult(tmp, z, ct);
        int[] starts = schur.blockStarts();
        int blocks = starts.length - 1;
        DMatrixRMaj y = new DMatrixRMaj(n, n);
        for (int bi = blocks - 1; bi >= 0; bi--) {
            int i0 = starts[bi];
            int p = starts[bi + 1] - i0;
            for (int bj = blocks - 1; bj >= 0; bj--) {
                int j0 = starts[bj];
                int q = starts[bj + 1] - j0;
                // R = C~_ij - Σ_{k beyond block i} T_ik Y_kj - Σ_{k beyond block j} Y_ik T_jk^T
                double[][] r = new double[p][q];
                for (int a = 0; a < p; a++) {
                    for (int e = 0; e < q; e++) {
                        double v = ct.get(i0 + a, j0 + e);
                        for (int k = i0 + p; k < n; k++) {
                            v -= t.get(i0 + a, k) * y.get(k, j0 + e);
                        }
                        for (int k = j0 + q; k < n; k++) {
                            v -= y.get(i0 + a, k) * t.get(j0 + e, k);
                        }
                        r[a][e] = v;
                    }
                }
                // (I_q ⊗ T_ii + T_jj ⊗ I_p) vec(Y_ij) = vec(R), vec stacking columns
                DMatrixRMaj k = new DMatrixRMaj(p * q, p * q);
                DMatrixRMaj rhs = new DMatrixRMaj(p * q, 1);
                for (int e = 0; e < q; e++) {
                    for (int a = 0; a < p; a++) {
                        int row = e * p + a;
                        rhs.set(row, 0, r[a][e]);
                        for (int a2 = 0; a2 < p; a2++) {
                            k.add(row, e * p + a2, t.get(i0 + a, i0 + a2));
                        }
                        for (int e2 = 0; e2 < q; e2++) {
                            k.add(row, e2 * p + a, t.get(j0 + e, j0 + e2));
                        }
                    }
                }
                DMatrixRMaj sol = new DMatrixRMaj(p * q, 1);
                if (!CommonOps_DDRM.solve(k, rhs, sol)) {
                    throw new ArithmeticException("the Lyapunov equation is singular (eigenvalues with sum zero)");
                }
                for (int e = 0; e < q; e++) {
                    for (int a = 0; a < p; a++) {
                        y.set(i0 + a, j0 + e, sol.get(e * p + a, 0));
                    }
                }
            }
        }
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(z, y, tmp);
        CommonOps_DDRM.multTransB(tmp, z, j);
        return j;
    }
}

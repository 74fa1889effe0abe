package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact solution of square linear systems over an {@link ExactField} by Gauss-Jordan elimination, pivoting on the
 * first non-zero entry of each column (exact arithmetic needs no pivot by size).
 */
public final class ExactLinearSystem {
    private ExactLinearSystem() {
    }

    /**
     * X with A X = B, for a square A and any number of right-hand-side columns.
     *
     * @throws ArithmeticException when A is singular
     */
    public static <T> List<List<T>> solve(List<List<T>> a, List<List<T>> b, ExactField<T> f) {
        int n = a.size();
        int k = b.isEmpty() ? 0 : b.get(0).size();
        List<List<T>> m = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (a.get(i).size() != n || b.get(i).size() != k) {
                throw new IllegalArgumentException("a square matrix and one right-hand side row per row are needed");
            }
            List<T> row = new ArrayList<>(a.get(i));
            row.addAll(b.get(i));
            m.add(row);
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            while (p < n && f.isZero(m.get(p).get(c))) {
                p++;
            }
            if (p == n) {
                throw new ArithmeticException("the matrix is singular");
            }
            if (p != c) {
                List<T> t = m.get(p);
                m.set(p, m.get(c));
                m.set(c, t);
            }
            List<T> pivotRow = m.get(c);
            T pivot = pivotRow.get(c);
            for (int j = c; j < n + k; j++) {
                pivotRow.set(j, f.divide(pivotRow.get(j), pivot));
            }
            for (int r = 0; r < n; r++) {
                if (r == c) {
                    continue;
                }
                List<T> row = m.get(r);
                T factor = row.get(c);
                if (f.isZero(factor)) {
                    continue;
                }
                for (int j = c; j < n + k; j++) {
                    T pj = pivotRow.get(j);
                    if (!f.isZero(pj)) {
                        row.set(j, f.subtract(row.get(j), f.multiply(factor, pj)));
                    }
                }
            }
        }
        List<List<T>> x = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            x.add(List.copyOf(m.get(r).subList(n, n + k)));
        }
        return List.copyOf(x);
    }

    /**
     * The one x with A x = b, for any number of equations (A has m rows of n entries): by Gauss-Jordan elimination
     * of the augmented matrix. Null when the system has no solution or more than one (rank below n).
     */
    public static <T> List<T> solveUnique(List<List<T>> a, List<T> b, ExactField<T> f) {
        int rows = a.size();
        int n = rows == 0 ? 0 : a.get(0).size();
        List<List<T>> m = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            if (a.get(i).size() != n) {
                throw new IllegalArgumentException("rows of different lengths");
            }
            List<T> row = new ArrayList<>(a.get(i));
            row.add(b.get(i));
            m.add(row);
        }
        int rank = 0;
        for (int c = 0; c < n; c++) {
            int p = rank;
            while (p < rows && f.isZero(m.get(p).get(c))) {
                p++;
            }
            if (p == rows) {
                return null; // no pivot in this column: the unknown is free
            }
            pivotStep(m, f, rank, p, c, n + 1);
            rank++;
        }
        for (int r = rank; r < rows; r++) {
            if (!f.isZero(m.get(r).get(n))) {
                return null; // 0 = nonzero: inconsistent
            }
        }
        List<T> x = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            x.add(m.get(r).get(n));
        }
        return x;
    }

    /**
     * One Gauss-Jordan step: row p, whose entry in column c is nonzero, becomes row {@code rank} with a 1 in column c,
     * and column c is cleared in every other row (entries from column c to {@code width - 1}).
     */
    private static <T> void pivotStep(List<List<T>> m, ExactField<T> f, int rank, int p, int c, int width) {
        List<T> pivotRow = m.get(p);
        m.set(p, m.get(rank));
        m.set(rank, pivotRow);
        T pivot = pivotRow.get(c);
        for (int j = c; j < width; j++) {
            pivotRow.set(j, f.divide(pivotRow.get(j), pivot));
        }
        for (int r = 0; r < m.size(); r++) {
            List<T> row = m.get(r);
            T factor = row.get(c);
            if (r == rank || f.isZero(factor)) {
                continue;
            }
            for (int j = c; j < width; j++) {
                T pj = pivotRow.get(j);
                if (!f.isZero(pj)) {
                    row.set(j, f.subtract(row.get(j), f.multiply(factor, pj)));
                }
            }
        }
    }

    /**
     * A basis of the vectors x with A x = 0 (A has m rows of n entries), from the reduced row echelon form: one
     * vector per column without pivot, with 1 in that column, 0 in the other such columns.
     */
    public static <T> List<List<T>> nullSpace(List<List<T>> a, ExactField<T> f) {
        int rows = a.size();
        int n = rows == 0 ? 0 : a.get(0).size();
        List<List<T>> m = new ArrayList<>();
        for (List<T> row : a) {
            m.add(new ArrayList<>(row));
        }
        List<Integer> pivots = new ArrayList<>();
        int rank = 0;
        for (int c = 0; c < n && rank < rows; c++) {
            int p = rank;
            while (p < rows && f.isZero(m.get(p).get(c))) {
                p++;
            }
            if (p == rows) {
                continue;
            }
            pivotStep(m, f, rank, p, c, n);
            pivots.add(c);
            rank++;
        }
        List<List<T>> basis = new ArrayList<>();
        for (int free = 0; free < n; free++) {
            if (pivots.contains(free)) {
                continue;
            }
            List<T> x = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                x.add(j == free ? f.one() : f.zero());
            }
            for (int r = 0; r < pivots.size(); r++) {
                x.set(pivots.get(r), f.negate(m.get(r).get(free)));
            }
            basis.add(x);
        }
        return basis;
    }

    /** A⁻¹. */
    public static <T> List<List<T>> inverse(List<List<T>> a, ExactField<T> f) {
        return solve(a, identity(a.size(), f), f);
    }

    public static <T> List<List<T>> identity(int n, ExactField<T> f) {
        List<List<T>> id = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<T> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(i == j ? f.one() : f.zero());
            }
            id.add(row);
        }
        return id;
    }

    /** A B. */
    public static <T> List<List<T>> multiply(List<List<T>> a, List<List<T>> b, ExactField<T> f) {
        List<List<T>> out = new ArrayList<>();
        int inner = b.size();
        int cols = inner == 0 ? 0 : b.get(0).size();
        for (List<T> ra : a) {
            List<T> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                T s = f.zero();
                for (int k = 0; k < inner; k++) {
                    T x = ra.get(k);
                    T y = b.get(k).get(j);
                    if (!f.isZero(x) && !f.isZero(y)) {
                        s = f.add(s, f.multiply(x, y));
                    }
                }
                row.add(s);
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    public static <T> List<List<T>> transpose(List<List<T>> a) {
        List<List<T>> out = new ArrayList<>();
        int cols = a.isEmpty() ? 0 : a.get(0).size();
        for (int j = 0; j < cols; j++) {
            List<T> row = new ArrayList<>();
            for (List<T> r : a) {
                row.add(r.get(j));
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }
}

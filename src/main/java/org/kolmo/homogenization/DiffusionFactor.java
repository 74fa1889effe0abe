package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.RationalFunctionField;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * A factor A with A A^T = Σ for the positive semidefinite diffusion matrix Σ of the effective SDE (seed 000, eq. 8:
 * the limit fixes AA^T only). Symbolic Cholesky, Σ = L D L^T with L unit lower triangular, column by column: a zero
 * pivot ends its column (Σ is semidefinite, so the rest of that column is zero as well, which is checked), every
 * other pivot d_k gives the column L_k √d_k of A. The square root is taken symbolically where one exists
 * (d = r² s with s free of squares gives r √s, so 2X² gives √2 X rather than √2 |X|); the sign of r does not change
 * the law of the SDE.
 *
 * @param factor    A, one row per variable, one column per non-zero pivot
 * @param lower     L restricted to those columns, exact
 * @param pivots    the non-zero pivots d_k
 */
public record DiffusionFactor(List<List<IExpr>> factor, List<List<Quotient<BigInteger>>> lower,
        List<Quotient<BigInteger>> pivots) {

    /** Thrown when Σ is not positive semidefinite in the symbolic sense (a zero pivot over a non-zero column). */
    public static final class NotSemidefinite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSemidefinite(String message) {
            super(message);
        }
    }

    public int rank() {
        return pivots.size();
    }

    public static DiffusionFactor of(List<List<Quotient<BigInteger>>> sigma, RationalFunctionField field) {
        int d = sigma.size();
        List<List<Quotient<BigInteger>>> m = new ArrayList<>();
        for (List<Quotient<BigInteger>> row : sigma) {
            m.add(new ArrayList<>(row));
        }
        List<List<Quotient<BigInteger>>> columns = new ArrayList<>();
        List<Quotient<BigInteger>> pivots = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            Quotient<BigInteger> pivot = m.get(k).get(k);
            if (pivot.isZERO()) {
                for (int i = k + 1; i < d; i++) {
                    if (!m.get(i).get(k).isZERO()) {
                        throw new NotSemidefinite("zero pivot " + (k + 1) + " over a non-zero entry ("
                                + (i + 1) + ", " + (k + 1) + ")");
                    }
                }
                continue;
            }
            List<Quotient<BigInteger>> column = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                column.add(i < k ? field.zero() : m.get(i).get(k).divide(pivot));
            }
            for (int i = k + 1; i < d; i++) {
                for (int j = k + 1; j < d; j++) {
                    m.get(i).set(j, m.get(i).get(j).subtract(m.get(i).get(k).multiply(m.get(j).get(k)).divide(pivot)));
                }
            }
            columns.add(column);
            pivots.add(pivot);
        }
        List<List<IExpr>> factor = new ArrayList<>();
        List<RationalFunctionField.SquareRoot> roots = pivots.stream().map(field::squareRoot).toList();
        for (int i = 0; i < d; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                RationalFunctionField.SquareRoot r = roots.get(c);
                IExpr rational = field.toExpr(columns.get(c).get(i).multiply(r.root()));
                // evaluated on slots: how Symja merges √n/√d into the rational factor follows symbol names
                row.add(r.radicand().isONE() || rational.isZero() ? rational
                        : org.kolmo.cas.BySlots.apply(F.Times(rational, sqrt(r.radicand(), field)), field.symbols(),
                                Cas::eval));
            }
            factor.add(List.copyOf(row));
        }
        List<List<Quotient<BigInteger>>> lower = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (List<Quotient<BigInteger>> column : columns) {
                row.add(column.get(i));
            }
            lower.add(List.copyOf(row));
        }
        return new DiffusionFactor(List.copyOf(factor), List.copyOf(lower), List.copyOf(pivots));
    }

    /** √(n/d) written as √n/√d, which reads better than √(n/d) and is the same for the positive pivots. */
    private static IExpr sqrt(Quotient<BigInteger> radicand, RationalFunctionField field) {
        IExpr n = field.toExpr(new Quotient<>(radicand.factory(), radicand.num));
        IExpr d = field.toExpr(new Quotient<>(radicand.factory(), radicand.den));
        return F.Divide(F.Sqrt(n), F.Sqrt(d));
    }

    /** L D L^T, which equals Σ exactly (the identity behind the factor). */
    public List<List<Quotient<BigInteger>>> reassembled(RationalFunctionField field) {
        int d = lower.size();
        List<List<Quotient<BigInteger>>> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                Quotient<BigInteger> s = field.zero();
                for (int c = 0; c < pivots.size(); c++) {
                    s = s.sum(lower.get(i).get(c).multiply(lower.get(j).get(c)).multiply(pivots.get(c)));
                }
                row.add(s);
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }
}

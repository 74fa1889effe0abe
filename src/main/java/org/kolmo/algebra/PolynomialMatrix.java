package org.kolmo.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

/**
 * An immutable matrix over Q[p1..pk], the polynomials with rational coefficients in the model's parameters: the
 * system matrices of linear moment equations such as M of seed 003, eq. (38), or the mean block Q of eq. (40).
 *
 * <p>Built from Symja expressions ({@link #of(List, List)}), whose entries must be polynomials in the given parameter
 * symbols; converted back with {@link #get(int, int)} and {@link #toExpr()} in Symja's expanded canonical form. The
 * exact algorithms (characteristic polynomial by Berkowitz's division-free method, minimal and component annihilating
 * polynomials by fraction-free Krylov elimination) work on JAS polynomials and never call Symja's simplifier.
 * Indices are 0-based.
 */
public final class PolynomialMatrix {
    private final ParameterRing ring;
    private final int rows;
    private final int columns;
    private final GenPolynomial<BigRational>[][] entries;
    /** Cached on first use; a function of the entries only. */
    private volatile ParametricPolynomial characteristic;

    private PolynomialMatrix(ParameterRing ring, GenPolynomial<BigRational>[][] entries) {
        this.ring = ring;
        this.rows = entries.length;
        this.columns = entries[0].length;
        this.entries = entries;
    }

    /**
     * The matrix with the given entries, each a polynomial in {@code parameters} with rational coefficients.
     *
     * @param parameters the parameter symbols (e.g. {@code Symbols.user("beta")}), in the order used for numeric values
     * @param entries    rows of Symja expressions built with {@link F}; read as written, not evaluated
     * @throws AlgebraException {@link AlgebraErrorCode#NOT_POLYNOMIAL} naming the first entry that is not a
     *         polynomial (e.g. {@code 1/eps} or {@code Sqrt(beta)}), {@link AlgebraErrorCode#EMPTY_MATRIX} or
     *         {@link AlgebraErrorCode#RAGGED_MATRIX} for a malformed shape
     */
    public static PolynomialMatrix of(List<? extends ISymbol> parameters, List<? extends List<? extends IExpr>> entries)
            throws AlgebraException {
        return of(ParameterRing.of(parameters), entries);
    }

    /** As {@link #of(List, List)}, over an existing parameter ring. */
    public static PolynomialMatrix of(ParameterRing ring, List<? extends List<? extends IExpr>> entries)
            throws AlgebraException {
        if (entries.isEmpty() || entries.get(0).isEmpty()) {
            throw new AlgebraException(AlgebraErrorCode.EMPTY_MATRIX);
        }
        int cols = entries.get(0).size();
        GenPolynomial<BigRational>[][] a = newArray(entries.size(), cols);
        for (int i = 0; i < entries.size(); i++) {
            List<? extends IExpr> row = entries.get(i);
            if (row.size() != cols) {
                throw new AlgebraException(AlgebraErrorCode.RAGGED_MATRIX, i + 1, row.size(), cols);
            }
            for (int j = 0; j < cols; j++) {
                a[i][j] = ring.toPolynomial(row.get(j), "row " + (i + 1) + ", column " + (j + 1));
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The matrix of the given JAS polynomials, which must belong to {@code ring}'s JAS ring. */
    public static PolynomialMatrix ofPolynomials(ParameterRing ring,
            List<? extends List<GenPolynomial<BigRational>>> entries) {
        if (entries.isEmpty() || entries.get(0).isEmpty()) {
            throw new AlgebraArgumentException(AlgebraErrorCode.EMPTY_MATRIX);
        }
        int cols = entries.get(0).size();
        GenPolynomial<BigRational>[][] a = newArray(entries.size(), cols);
        for (int i = 0; i < a.length; i++) {
            List<GenPolynomial<BigRational>> row = entries.get(i);
            if (row.size() != cols) {
                throw new AlgebraArgumentException(AlgebraErrorCode.RAGGED_MATRIX, i + 1, row.size(), cols);
            }
            for (int j = 0; j < cols; j++) {
                GenPolynomial<BigRational> p = row.get(j);
                if (!p.ring.equals(ring.jasRing())) {
                    throw new AlgebraArgumentException(AlgebraErrorCode.RING_MISMATCH, ring.describe(),
                            String.join(", ", p.ring.getVars()));
                }
                a[i][j] = p;
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The n x n identity matrix. */
    public static PolynomialMatrix identity(ParameterRing ring, int n) {
        GenPolynomial<BigRational>[][] a = zeroArray(ring, n, n);
        for (int i = 0; i < n; i++) {
            a[i][i] = ring.one();
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The rows x columns zero matrix. */
    public static PolynomialMatrix zero(ParameterRing ring, int rows, int columns) {
        return new PolynomialMatrix(ring, zeroArray(ring, rows, columns));
    }

    @SuppressWarnings("unchecked")
    private static GenPolynomial<BigRational>[][] newArray(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new AlgebraArgumentException(AlgebraErrorCode.EMPTY_MATRIX);
        }
        return new GenPolynomial[rows][columns];
    }

    private static GenPolynomial<BigRational>[][] zeroArray(ParameterRing ring, int rows, int columns) {
        GenPolynomial<BigRational>[][] a = newArray(rows, columns);
        for (GenPolynomial<BigRational>[] row : a) {
            Arrays.fill(row, ring.zero());
        }
        return a;
    }

    /** The ring of the entries. */
    public ParameterRing ring() {
        return ring;
    }

    /** The parameter symbols of the entries. */
    public List<ISymbol> parameters() {
        return ring.parameters();
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of columns. */
    public int columns() {
        return columns;
    }

    /** True when rows and columns agree. */
    public boolean isSquare() {
        return rows == columns;
    }

    /** True when every entry is the zero polynomial. */
    public boolean isZero() {
        for (GenPolynomial<BigRational>[] row : entries) {
            for (GenPolynomial<BigRational> p : row) {
                if (!p.isZERO()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Entry (i, j) as a JAS polynomial (read-only). */
    public GenPolynomial<BigRational> polynomial(int i, int j) {
        checkIndex("row", i, rows);
        checkIndex("column", j, columns);
        return entries[i][j];
    }

    /** Entry (i, j) as a Symja expression in expanded canonical form. */
    public IExpr get(int i, int j) {
        return ring.toExpr(polynomial(i, j));
    }

    /** The entries as rows of Symja expressions in expanded canonical form. */
    public List<List<IExpr>> toExprRows() {
        List<List<IExpr>> out = new ArrayList<>(rows);
        for (GenPolynomial<BigRational>[] row : entries) {
            List<IExpr> r = new ArrayList<>(columns);
            for (GenPolynomial<BigRational> p : row) {
                r.add(ring.toExpr(p));
            }
            out.add(Collections.unmodifiableList(r));
        }
        return Collections.unmodifiableList(out);
    }

    /** The matrix as a Symja list of rows, {{a11, a12, ...}, ...}. */
    public IAST toExpr() {
        IASTAppendable list = F.ListAlloc(rows);
        for (List<IExpr> row : toExprRows()) {
            list.append(F.ListAlloc(row));
        }
        return list;
    }

    /** The numeric matrix at the given parameter values (in the order of {@link #parameters()}). */
    public double[][] evaluate(double... parameterValues) {
        ring.checkValues(parameterValues);
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i][j] = ring.evaluate(entries[i][j], parameterValues);
            }
        }
        return out;
    }

    /** The exact rational matrix at rational parameter values (in the order of {@link #parameters()}). */
    public BigRational[][] evaluate(List<BigRational> parameterValues) {
        BigRational[][] out = new BigRational[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i][j] = ring.evaluate(entries[i][j], parameterValues);
            }
        }
        return out;
    }

    /** The transpose. */
    public PolynomialMatrix transpose() {
        GenPolynomial<BigRational>[][] a = newArray(columns, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[j][i] = entries[i][j];
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The entrywise sum with a matrix of the same shape over the same parameters. */
    public PolynomialMatrix add(PolynomialMatrix other) {
        requireSameShape("add", other);
        GenPolynomial<BigRational>[][] a = newArray(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = entries[i][j].sum(other.entries[i][j]);
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The entrywise difference with a matrix of the same shape over the same parameters. */
    public PolynomialMatrix subtract(PolynomialMatrix other) {
        requireSameShape("subtract", other);
        GenPolynomial<BigRational>[][] a = newArray(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = entries[i][j].subtract(other.entries[i][j]);
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The matrix times a polynomial of its ring. */
    public PolynomialMatrix scale(GenPolynomial<BigRational> factor) {
        GenPolynomial<BigRational>[][] a = newArray(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = entries[i][j].multiply(factor);
            }
        }
        return new PolynomialMatrix(ring, a);
    }

    /** The matrix product this · other. */
    public PolynomialMatrix multiply(PolynomialMatrix other) {
        ring.requireSame(other.ring);
        if (columns != other.rows) {
            throw new AlgebraArgumentException(AlgebraErrorCode.DIMENSION_MISMATCH, "multiply", rows, columns,
                    other.rows, other.columns);
        }
        GenPolynomial<BigRational>[][] a = newArray(rows, other.columns);
        for (int i = 0; i < rows; i++) {
            a[i] = rowTimes(entries[i], other.entries);
        }
        return new PolynomialMatrix(ring, a);
    }

    /** F^k for a square F; F^0 is the identity. */
    public PolynomialMatrix power(int k) {
        requireSquare("a matrix power");
        if (k < 0) {
            throw new AlgebraArgumentException(AlgebraErrorCode.COUNT_TOO_SMALL, "the exponent", 0, k);
        }
        PolynomialMatrix result = identity(ring, rows);
        PolynomialMatrix square = this;
        for (int e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(square);
            }
            if (e > 1) {
                square = square.multiply(square);
            }
        }
        return result;
    }

    /** p(F) = Σ a_i F^i for a square F, by Horner's scheme. Cayley-Hamilton: zero for the characteristic polynomial. */
    public PolynomialMatrix apply(ParametricPolynomial p) {
        requireSquare("a matrix polynomial");
        ring.requireSame(p.ring());
        PolynomialMatrix identity = identity(ring, rows);
        PolynomialMatrix result = zero(ring, rows, rows);
        for (int i = p.degree(); i >= 0; i--) {
            result = result.multiply(this).add(identity.scale(p.coefficientPolynomial(i)));
        }
        return result;
    }

    /**
     * The characteristic polynomial det(λI - F), monic of degree n, by Berkowitz's division-free algorithm. For M of
     * seed 003, eq. (38), it is λ⁴ + 10β²λ³ + (16β⁴ + 16α²)λ² + 96α²β²λ (eq. (82), where it is written |M - λI|, the
     * same polynomial for even n).
     *
     * <p>Denominators are cleared first (det(dλI - dF) = dⁿ det(λI - F)), so the O(n⁴) ring operations run over
     * Z[p1..pk] and need no gcd per coefficient operation; they run on exponent-packed polynomials
     * ({@link PackedBerkowitz}) unless the exponent box is too large, and then on JAS polynomials. The result is
     * cached: the matrix is immutable.
     */
    public ParametricPolynomial characteristicPolynomial() {
        requireSquare("the characteristic polynomial");
        ParametricPolynomial chi = characteristic;
        if (chi == null) {
            chi = computeCharacteristicPolynomial();
            characteristic = chi; // idempotent, so a race only repeats work
        }
        return chi;
    }

    private ParametricPolynomial computeCharacteristicPolynomial() {
        BigInteger d = BigInteger.ONE;
        for (GenPolynomial<BigRational>[] row : entries) {
            for (GenPolynomial<BigRational> p : row) {
                d = Polynomials.lcm(d, p);
            }
        }
        GenPolynomialRing<edu.jas.arith.BigInteger> integers = ring.integerRing();
        @SuppressWarnings("unchecked")
        GenPolynomial<edu.jas.arith.BigInteger>[][] b = new GenPolynomial[rows][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                b[i][j] = Polynomials.scaled(integers, entries[i][j], d);
            }
        }
        List<GenPolynomial<edu.jas.arith.BigInteger>> c = PackedBerkowitz.applies(integers, b)
                ? PackedBerkowitz.characteristicPolynomial(integers, b)
                : Berkowitz.characteristicPolynomial(integers, b);
        // coefficient i of det(μI - dF) carries d^(n-i) too many
        List<GenPolynomial<BigRational>> a = new ArrayList<>(rows + 1);
        for (int i = 0; i <= rows; i++) {
            a.add(Polynomials.rational(ring.jasRing(), c.get(i), BigInteger.ONE, d.pow(rows - i)));
        }
        return new ParametricPolynomial(ring, a);
    }

    /**
     * The minimal polynomial of F over the field of rational functions of the parameters: the monic polynomial of
     * least degree k with F^k in the span of F^0..F^{k-1} (MATH.md §3). Its coefficients are polynomials (it divides
     * the characteristic polynomial, and by Gauss's lemma monic factors of a monic polynomial over Q[p] stay in Q[p]).
     *
     * <p>It equals the characteristic polynomial χ whenever χ is squarefree or some unit row e_j is cyclic. Both are
     * checked exactly at fixed rational parameter points (see {@link #componentAnnihilator(int)}): a success proves
     * the property over Q(p), a failure only sends the computation on to the definition, applied to vec(F^0),
     * vec(F^1), ... by fraction-free elimination in dimension n².
     */
    public ParametricPolynomial minimalPolynomial() {
        requireSquare("the minimal polynomial");
        ParametricPolynomial chi = characteristicPolynomial();
        for (int attempt = 0; attempt < Specialization.ATTEMPTS; attempt++) {
            if (Specialization.isSquarefree(chi.coefficientsAt(Specialization.point(ring.size(), attempt)))) {
                return chi;
            }
        }
        for (int j = 0; j < rows; j++) {
            if (isCyclic(krylovRows(j, rows))) {
                return chi;
            }
        }
        return minimalPolynomialByDefinition();
    }

    /** The minimal polynomial straight from its definition, by elimination on vec(F^0), vec(F^1), ... */
    ParametricPolynomial minimalPolynomialByDefinition() {
        requireSquare("the minimal polynomial");
        PolynomialMatrix[] power = {identity(ring, rows)};
        return firstDependency(power[0].flatten(), v -> {
            power[0] = power[0].multiply(this);
            return power[0].flatten();
        }, null).polynomial();
    }

    private GenPolynomial<BigRational>[] flatten() {
        GenPolynomial<BigRational>[] v = newArray(1, rows * columns)[0];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(entries[i], 0, v, i * columns, columns);
        }
        return v;
    }

    /**
     * The closed equation of component j alone: the lowest-order monic relation Σ a_i u_j^{(i)} = 0 satisfied by
     * every solution of u' = F u, with the Krylov rows that give its initial data (MATH.md §3; seed 003,
     * Proposition 1). For p_zz of M in seed 003, eq. (38), it is the full quartic of eq. (43); dropping its zero root
     * leaves the cubic operator of eqs. (44)-(45), whose constant comes from the conservation law.
     *
     * <p>The generic case needs no symbolic elimination: if e_j^T F^0..F^{n-1} are independent at one rational
     * parameter point (an exact rank test over Q), a minor of them is a nonzero polynomial, the order is n, and the
     * relation is the characteristic polynomial. Otherwise the Krylov rows are eliminated fraction-free over
     * Z[p1..pk] until the first dependent one.
     */
    public ComponentAnnihilator componentAnnihilator(int j) {
        requireSquare("a component annihilator");
        checkIndex("component", j, rows);
        PolynomialMatrix full = krylovRows(j, rows + 1);
        if (isCyclic(full)) {
            return new ComponentAnnihilator(j, characteristicPolynomial(), full, () -> lastPivot(full, rows));
        }
        return componentAnnihilatorByElimination(j);
    }

    /** The component annihilator by fraction-free elimination of the Krylov rows, without the generic shortcut. */
    ComponentAnnihilator componentAnnihilatorByElimination(int j) {
        requireSquare("a component annihilator");
        checkIndex("component", j, rows);
        List<GenPolynomial<BigRational>[]> krylov = new ArrayList<>();
        Dependency dependency = firstDependency(unitRow(j), w -> rowTimes(w, entries), krylov);
        GenPolynomial<BigRational>[][] rowsOfKrylov = newArray(krylov.size(), rows);
        for (int i = 0; i < rowsOfKrylov.length; i++) {
            rowsOfKrylov[i] = krylov.get(i);
        }
        GenPolynomial<BigRational> pivot = dependency.pivot();
        return new ComponentAnnihilator(j, dependency.polynomial(), new PolynomialMatrix(ring, rowsOfKrylov),
                () -> pivot);
    }

    /** True when the first n Krylov rows are independent at one of the sample points, hence over Q(p). */
    private boolean isCyclic(PolynomialMatrix krylov) {
        for (int attempt = 0; attempt < Specialization.ATTEMPTS; attempt++) {
            BigRational[][] sample = krylov.evaluate(Specialization.point(ring.size(), attempt));
            if (Specialization.rank(sample, rows) == rows) {
                return true;
            }
        }
        return false;
    }

    /** The monic last pivot of the fraction-free elimination of the first {@code count} rows of {@code m}. */
    private GenPolynomial<BigRational> lastPivot(PolynomialMatrix m, int count) {
        FractionFreeSpan span = new FractionFreeSpan(ring.integerRing(), m.columns);
        for (int i = 0; i < count; i++) {
            span.add(Polynomials.toIntegers(ring.integerRing(), m.entries[i]).entries());
        }
        return Polynomials.monic(Polynomials.rational(ring.jasRing(), span.lastPivot(), BigInteger.ONE,
                BigInteger.ONE));
    }

    /** The monic relation found by {@link #firstDependency} and the last pivot (a nonzero minor), made monic. */
    private record Dependency(ParametricPolynomial polynomial, GenPolynomial<BigRational> pivot) {
    }

    /**
     * Feeds v_0 = start, v_{i+1} = step(v_i) into a fraction-free span until some v_k depends on its predecessors,
     * and turns D·s_k v_k = Σ y_t s_t v_t (s_t the integer scale of v_t) into the monic relation of degree k.
     *
     * @param visited receives v_0..v_k when not null
     */
    private Dependency firstDependency(GenPolynomial<BigRational>[] start,
            UnaryOperator<GenPolynomial<BigRational>[]> step,
            List<GenPolynomial<BigRational>[]> visited) {
        FractionFreeSpan span = new FractionFreeSpan(ring.integerRing(), start.length);
        List<BigInteger> scales = new ArrayList<>();
        GenPolynomial<BigRational>[] v = start;
        while (true) {
            if (visited != null) {
                visited.add(v);
            }
            Polynomials.IntegerVector w = Polynomials.toIntegers(ring.integerRing(), v);
            FractionFreeSpan.Relation relation = span.add(w.entries());
            if (relation != null) {
                List<GenPolynomial<BigRational>> y = new ArrayList<>(scales.size());
                for (int t = 0; t < scales.size(); t++) {
                    y.add(Polynomials.rational(ring.jasRing(), relation.y().get(t), scales.get(t), BigInteger.ONE));
                }
                GenPolynomial<BigRational> d = Polynomials.rational(ring.jasRing(), relation.pivot(), w.scale(),
                        BigInteger.ONE);
                return new Dependency(new ParametricPolynomial(ring, Polynomials.normalisedRelation(d, y)),
                        Polynomials.monic(Polynomials.rational(ring.jasRing(), relation.pivot(), BigInteger.ONE,
                                BigInteger.ONE)));
            }
            scales.add(w.scale());
            v = step.apply(v);
        }
    }

    /**
     * The count x n matrix whose row i is e_j^T F^i, i = 0..count-1: the coefficients of u_j^{(i)} in terms of u, so
     * that u_j^{(i)}(0) = (e_j^T F^i) u(0) gives the initial data of a higher-order closed equation (MATH.md §3).
     */
    public PolynomialMatrix krylovRows(int j, int count) {
        requireSquare("Krylov rows");
        checkIndex("component", j, rows);
        if (count < 1) {
            throw new AlgebraArgumentException(AlgebraErrorCode.COUNT_TOO_SMALL, "the number of Krylov rows", 1,
                    count);
        }
        GenPolynomial<BigRational>[][] a = newArray(count, rows);
        a[0] = unitRow(j);
        for (int i = 1; i < count; i++) {
            a[i] = rowTimes(a[i - 1], entries);
        }
        return new PolynomialMatrix(ring, a);
    }

    private GenPolynomial<BigRational>[] unitRow(int j) {
        GenPolynomial<BigRational>[] e = zeroArray(ring, 1, rows)[0];
        e[j] = ring.one();
        return e;
    }

    /** The row vector w times the matrix b. */
    private GenPolynomial<BigRational>[] rowTimes(GenPolynomial<BigRational>[] w, GenPolynomial<BigRational>[][] b) {
        int m = b[0].length;
        GenPolynomial<BigRational>[] out = zeroArray(ring, 1, m)[0];
        for (int k = 0; k < w.length; k++) {
            if (w[k].isZERO()) {
                continue;
            }
            for (int c = 0; c < m; c++) {
                if (!b[k][c].isZERO()) {
                    out[c] = out[c].sum(w[k].multiply(b[k][c]));
                }
            }
        }
        return out;
    }

    private void requireSquare(String what) {
        if (!isSquare()) {
            throw new AlgebraArgumentException(AlgebraErrorCode.NOT_SQUARE, what, rows, columns);
        }
    }

    private void requireSameShape(String what, PolynomialMatrix other) {
        ring.requireSame(other.ring);
        if (rows != other.rows || columns != other.columns) {
            throw new AlgebraArgumentException(AlgebraErrorCode.DIMENSION_MISMATCH, what, rows, columns, other.rows,
                    other.columns);
        }
    }

    private static void checkIndex(String what, int i, int size) {
        if (i < 0 || i >= size) {
            throw new AlgebraArgumentException(AlgebraErrorCode.INDEX_OUT_OF_RANGE, what, i, size - 1);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolynomialMatrix m && m.ring.equals(ring) && Arrays.deepEquals(m.entries, entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    /** The rows in JAS's notation with user names, e.g. {@code [[-4 beta^2, 4 beta^2], ...]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < columns; j++) {
                sb.append(j == 0 ? "" : ", ").append(Polynomials.readable(entries[i][j]));
            }
            sb.append(']');
        }
        return Symbols.readable(sb.append(']').toString());
    }
}

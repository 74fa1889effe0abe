package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * A polynomial in the fast variables Y = (Y_1..Y_m) whose coefficients are exact rational functions of everything
 * else (slow variables, functionals, parameters): Σ_α c_α(X) Y^α. The cell problem of homogenization is a linear
 * problem on the coefficient vectors of such polynomials (seed 000, eqs. 33-36), and averages under the fast
 * invariant measure act on them monomial by monomial.
 *
 * <p>Immutable; zero coefficients are dropped. Coefficients live in one {@link RationalFunctionField}, which keeps
 * every one of them a single fraction in lowest terms.
 */
public final class FastPolynomial {
    private final RationalFunctionField field;
    private final int m;
    private final SortedMap<Monomial, Quotient<BigInteger>> terms;

    private FastPolynomial(RationalFunctionField field, int m, SortedMap<Monomial, Quotient<BigInteger>> terms) {
        this.field = field;
        this.m = m;
        this.terms = Collections.unmodifiableSortedMap(terms);
    }

    public static FastPolynomial zero(RationalFunctionField field, int m) {
        return new FastPolynomial(field, m, new TreeMap<>());
    }

    /** The polynomial c Y^α. */
    public static FastPolynomial monomial(RationalFunctionField field, Monomial alpha, Quotient<BigInteger> c) {
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        if (!c.isZERO()) {
            t.put(alpha, c);
        }
        return new FastPolynomial(field, alpha.size(), t);
    }

    public static FastPolynomial constant(RationalFunctionField field, int m, Quotient<BigInteger> c) {
        return monomial(field, Monomial.one(m), c);
    }

    /** Σ_c row_c Y_c, a linear form in Y. */
    public static FastPolynomial linear(RationalFunctionField field, List<Quotient<BigInteger>> row) {
        int m = row.size();
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        for (int c = 0; c < m; c++) {
            if (!row.get(c).isZERO()) {
                t.put(Monomial.variable(m, c), row.get(c));
            }
        }
        return new FastPolynomial(field, m, t);
    }

    /**
     * Reads an expression as a polynomial in {@code y} with coefficients in the field.
     *
     * @return null when e is not a polynomial in y
     * @throws RationalFunctionField.NotRational when a coefficient is not in the field
     */
    public static FastPolynomial of(IExpr e, List<ISymbol> y, RationalFunctionField field) {
        int m = y.size();
        if (e.isZero()) {
            return zero(field, m);
        }
        if (Cas.isFree(e, y)) {
            return constant(field, m, field.fromExpr(e));
        }
        IAST vars = F.List(y.toArray(new IExpr[0]));
        IExpr expanded = Cas.expand(e);
        if (!Cas.eval(F.PolynomialQ(expanded, vars)).isTrue()) {
            return null;
        }
        IExpr rules = Cas.eval(F.binaryAST2(S.CoefficientRules, expanded, vars));
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        for (IExpr rule : (IAST) rules) {
            IAST exps = (IAST) ((IAST) rule).arg1();
            int[] alpha = new int[m];
            for (int i = 0; i < m; i++) {
                alpha[i] = exps.get(i + 1).toIntDefault();
            }
            Quotient<BigInteger> c = field.fromExpr(((IAST) rule).arg2());
            t.merge(Monomial.of(alpha), c, Quotient::sum);
        }
        t.values().removeIf(Quotient::isZERO);
        return new FastPolynomial(field, m, t);
    }

    public RationalFunctionField field() {
        return field;
    }

    public int variables() {
        return m;
    }

    public Map<Monomial, Quotient<BigInteger>> terms() {
        return terms;
    }

    /** The terms from the highest monomial down (the order in which a fault is best named). */
    public List<Map.Entry<Monomial, Quotient<BigInteger>>> termsHighestFirst() {
        List<Map.Entry<Monomial, Quotient<BigInteger>>> out = new ArrayList<>(terms.entrySet());
        Collections.reverse(out);
        return out;
    }

    public Quotient<BigInteger> coefficient(Monomial alpha) {
        Quotient<BigInteger> c = terms.get(alpha);
        return c == null ? field.zero() : c;
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** The highest total degree, -1 for the zero polynomial. */
    public int degree() {
        return terms.isEmpty() ? -1 : terms.lastKey().degree();
    }

    /** True when no coefficient but the constant one is non-zero. */
    public boolean isConstant() {
        return degree() <= 0;
    }

    /** The part of total degree d. */
    public FastPolynomial homogeneous(int d) {
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            if (a.degree() == d) {
                t.put(a, c);
            }
        });
        return new FastPolynomial(field, m, t);
    }

    public FastPolynomial plus(FastPolynomial o) {
        check(o.m);
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>(terms);
        o.terms.forEach((a, c) -> t.merge(a, c, Quotient::sum));
        t.values().removeIf(Quotient::isZERO);
        return new FastPolynomial(field, m, t);
    }

    /** Σ_k p_k. */
    public static FastPolynomial sum(RationalFunctionField field, int m, List<FastPolynomial> ps) {
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        for (FastPolynomial p : ps) {
            p.check(m);
            p.terms.forEach((a, c) -> t.merge(a, c, Quotient::sum));
        }
        t.values().removeIf(Quotient::isZERO);
        return new FastPolynomial(field, m, t);
    }

    public FastPolynomial negate() {
        return mapCoefficients(Quotient::negate);
    }

    public FastPolynomial minus(FastPolynomial o) {
        return plus(o.negate());
    }

    /** Every coefficient multiplied by c. */
    public FastPolynomial times(Quotient<BigInteger> c) {
        if (c.isZERO()) {
            return zero(field, m);
        }
        if (c.isONE()) {
            return this;
        }
        return mapCoefficients(x -> x.multiply(c));
    }

    public FastPolynomial times(FastPolynomial o) {
        check(o.m);
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        terms.forEach((a, c) -> o.terms.forEach((b, d) -> t.merge(a.times(b), c.multiply(d), Quotient::sum)));
        t.values().removeIf(Quotient::isZERO);
        return new FastPolynomial(field, m, t);
    }

    /** ∂/∂Y_i. */
    public FastPolynomial derivative(int i) {
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            Monomial lower = a.divideBy(i);
            if (lower != null) {
                t.put(lower, c.multiply(field.fromInteger(a.exponent(i))));
            }
        });
        return new FastPolynomial(field, m, t);
    }

    /** ∂/∂s for a symbol s other than the fast variables, coefficient by coefficient. */
    public FastPolynomial derivative(ISymbol s) {
        return mapCoefficients(c -> field.derivative(c, s));
    }

    /** The polynomial with f applied to every coefficient (zero results dropped). */
    public FastPolynomial mapCoefficients(UnaryOperator<Quotient<BigInteger>> f) {
        TreeMap<Monomial, Quotient<BigInteger>> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            Quotient<BigInteger> v = f.apply(c);
            if (!v.isZERO()) {
                t.put(a, v);
            }
        });
        return new FastPolynomial(field, m, t);
    }

    /** Σ_α c_α Y^α as an expression, each coefficient in the field's normal form. */
    public IExpr toExpr(List<ISymbol> y) {
        List<IExpr> out = new ArrayList<>();
        terms.forEach((a, c) -> {
            List<IExpr> factors = new ArrayList<>();
            factors.add(field.toExpr(c));
            for (int i = 0; i < m; i++) {
                if (a.exponent(i) > 0) {
                    factors.add(F.Power(y.get(i), F.ZZ(a.exponent(i))));
                }
            }
            out.add(F.Times(factors.toArray(new IExpr[0])));
        });
        return out.isEmpty() ? F.C0 : Cas.eval(F.Plus(out.toArray(new IExpr[0])));
    }

    private void check(int k) {
        if (k != m) {
            throw new IllegalArgumentException("polynomials in " + m + " and " + k + " fast variables");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FastPolynomial p && m == p.m && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}

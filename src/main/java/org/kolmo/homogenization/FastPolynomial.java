package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A polynomial in the fast variables Y = (Y_1..Y_m) whose coefficients are expressions in everything else (slow
 * variables, functionals, parameters): Σ_α c_α(X) Y^α. The cell problem of homogenization is a linear problem on the
 * coefficient vectors of such polynomials (seed 000, eqs. 33-36), and averages under the fast invariant measure act
 * on them monomial by monomial.
 *
 * <p>Immutable; coefficients are kept evaluated and zero coefficients are dropped.
 */
public final class FastPolynomial {
    private final int m;
    private final SortedMap<Monomial, IExpr> terms;

    private FastPolynomial(int m, SortedMap<Monomial, IExpr> terms) {
        this.m = m;
        this.terms = Collections.unmodifiableSortedMap(terms);
    }

    public static FastPolynomial zero(int m) {
        return new FastPolynomial(m, new TreeMap<>());
    }

    /** The polynomial c Y^α. */
    public static FastPolynomial monomial(Monomial alpha, IExpr c) {
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        IExpr v = Cas.eval(c);
        if (!v.isZero()) {
            t.put(alpha, v);
        }
        return new FastPolynomial(alpha.size(), t);
    }

    public static FastPolynomial constant(int m, IExpr c) {
        return monomial(Monomial.one(m), c);
    }

    /**
     * Reads an expression as a polynomial in {@code y}.
     *
     * @return null when e is not a polynomial in y
     */
    public static FastPolynomial of(IExpr e, List<ISymbol> y) {
        int m = y.size();
        if (e.isZero()) {
            return zero(m);
        }
        if (Cas.isFree(e, y)) {
            return constant(m, e);
        }
        IAST vars = F.List(y.toArray(new IExpr[0]));
        IExpr expanded = Cas.expand(e);
        if (!Cas.eval(F.PolynomialQ(expanded, vars)).isTrue()) {
            return null;
        }
        IExpr rules = Cas.eval(F.binaryAST2(S.CoefficientRules, expanded, vars));
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        for (IExpr rule : (IAST) rules) {
            IAST exps = (IAST) ((IAST) rule).arg1();
            int[] alpha = new int[m];
            for (int i = 0; i < m; i++) {
                alpha[i] = exps.get(i + 1).toIntDefault();
            }
            IExpr c = ((IAST) rule).arg2();
            if (!c.isZero()) {
                t.merge(Monomial.of(alpha), c, (a, b) -> Cas.eval(F.Plus(a, b)));
            }
        }
        return new FastPolynomial(m, t);
    }

    public int variables() {
        return m;
    }

    public Map<Monomial, IExpr> terms() {
        return terms;
    }

    public IExpr coefficient(Monomial alpha) {
        IExpr c = terms.get(alpha);
        return c == null ? F.C0 : c;
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
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            if (a.degree() == d) {
                t.put(a, c);
            }
        });
        return new FastPolynomial(m, t);
    }

    public FastPolynomial plus(FastPolynomial o) {
        check(o);
        Map<Monomial, List<IExpr>> sums = new TreeMap<>();
        terms.forEach((a, c) -> sums.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
        o.terms.forEach((a, c) -> sums.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
        return collect(sums);
    }

    /** Σ_k p_k, collected once (cheaper than repeated {@link #plus}). */
    public static FastPolynomial sum(int m, List<FastPolynomial> ps) {
        Map<Monomial, List<IExpr>> sums = new TreeMap<>();
        for (FastPolynomial p : ps) {
            p.check(m);
            p.terms.forEach((a, c) -> sums.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
        }
        return new FastPolynomial(m, new TreeMap<>()).collect(sums);
    }

    public FastPolynomial negate() {
        return times(F.CN1);
    }

    public FastPolynomial minus(FastPolynomial o) {
        return plus(o.negate());
    }

    /** Every coefficient multiplied by an expression free of Y. */
    public FastPolynomial times(IExpr c) {
        if (c.isZero()) {
            return zero(m);
        }
        if (c.isOne()) {
            return this;
        }
        return mapCoefficients(x -> F.Times(c, x));
    }

    public FastPolynomial times(FastPolynomial o) {
        check(o);
        Map<Monomial, List<IExpr>> sums = new TreeMap<>();
        terms.forEach((a, c) -> o.terms.forEach(
                (b, d) -> sums.computeIfAbsent(a.times(b), k -> new ArrayList<>()).add(F.Times(c, d))));
        return collect(sums);
    }

    /** ∂/∂Y_i. */
    public FastPolynomial derivative(int i) {
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            Monomial lower = a.divideBy(i);
            if (lower != null) {
                t.put(lower, Cas.eval(F.Times(F.ZZ(a.exponent(i)), c)));
            }
        });
        return new FastPolynomial(m, t);
    }

    /** ∂/∂s for a symbol s other than the fast variables, coefficient by coefficient. */
    public FastPolynomial derivative(ISymbol s) {
        return mapCoefficients(c -> Cas.d(c, s));
    }

    /** The polynomial with f applied to every coefficient (zero results dropped). */
    public FastPolynomial mapCoefficients(UnaryOperator<IExpr> f) {
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        terms.forEach((a, c) -> {
            IExpr v = Cas.eval(f.apply(c));
            if (!v.isZero()) {
                t.put(a, v);
            }
        });
        return new FastPolynomial(m, t);
    }

    /** Σ_α c_α Y^α as an expression. */
    public IExpr toExpr(List<ISymbol> y) {
        List<IExpr> out = new ArrayList<>();
        terms.forEach((a, c) -> {
            List<IExpr> factors = new ArrayList<>();
            factors.add(c);
            for (int i = 0; i < m; i++) {
                if (a.exponent(i) > 0) {
                    factors.add(F.Power(y.get(i), F.ZZ(a.exponent(i))));
                }
            }
            out.add(F.Times(factors.toArray(new IExpr[0])));
        });
        return Cas.eval(F.Plus(out.toArray(new IExpr[0])));
    }

    private FastPolynomial collect(Map<Monomial, List<IExpr>> sums) {
        TreeMap<Monomial, IExpr> t = new TreeMap<>();
        sums.forEach((a, cs) -> {
            IExpr v = Cas.expand(cs.size() == 1 ? cs.get(0) : F.Plus(cs.toArray(new IExpr[0])));
            if (!v.isZero()) {
                t.put(a, v);
            }
        });
        return new FastPolynomial(m, t);
    }

    private void check(FastPolynomial o) {
        check(o.m);
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

package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.ParameterAtoms;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Expressions in the small parameter ε of a regime or a slow-fast model, in powers of √ε (what β ↦ β/√ε or a fast
 * noise of size ε^(-1/2) makes of polynomial coefficients). Orders are counted in halves throughout, so that
 * ε^(-1/2) is the integer -1 and ε^(-2) is -4. Reductions ask for the leading term of a rational expression in √ε
 * ({@link #leading}); homogenization reads a coefficient as a finite sum of such powers ({@link #finiteExpansion}).
 */
public final class EpsilonSeries {
    /** The leading term c ε^(halfOrder/2) of an expression as ε → 0; c is free of ε. */
    public record Leading(int halfOrder, IExpr coefficient) {
        /** The order as a number: halfOrder / 2. */
        public double order() {
            return halfOrder / 2.0;
        }

        /** c ε^(halfOrder/2) as an expression. */
        public IExpr term(ISymbol eps) {
            return EpsilonSeries.term(coefficient, halfOrder, eps);
        }
    }

    /** Thrown when an expression is not a finite sum of powers of √ε; carries the first term that is not. */
    public static final class NotFinite extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient IExpr term;

        NotFinite(IExpr term) {
            super(String.valueOf(term));
            this.term = term;
        }

        /** The offending term (such as 1/(1 + ε), an infinite series). */
        public IExpr term() {
            return term;
        }
    }

    private EpsilonSeries() {
    }

    // ------------------------------------------------------------------ leading terms of rational expressions

    /**
     * The leading term of {@code e} as ε → 0, for e rational in √ε.
     *
     * @throws IllegalArgumentException when e is zero or not rational in √ε
     */
    public static Leading leading(IExpr e, ISymbol eps) {
        CasSession cas = CasSession.get();
        ISymbol delta = Symbols.internal("sqrt_eps");
        // roots and functions of the other parameters (sqrt(c)) are symbols here: the fractions below then cancel
        // as polynomials, which they do not when sqrt(c) and c meet as unrelated generators of one field
        ParameterAtoms atoms = ParameterAtoms.ofRegimeMatrix(List.of(List.of(e)), eps);
        // ε = δ², δ > 0: half orders become integer powers of δ
        IExpr d = ExactTogether.evaluate(F.PowerExpand(F.subst(atoms.forward(e), eps, F.Sqr(delta))));
        IExpr num = cas.evaluate(F.Expand(F.Numerator(d)));
        // the denominator as num/d, so that num/den is d with its sign (the numerator of 1/d may carry the sign
        // of d a second time)
        IExpr den = cas.evaluate(F.Expand(ExactTogether.evaluate(F.Divide(num, d))));
        if (num.isZero()) {
            throw new IllegalArgumentException("the expression is zero");
        }
        Leading n = lowest(num, delta);
        Leading m = lowest(den, delta);
        IExpr c = ExactTogether.evaluate(atoms.back(ExactTogether.evaluate(F.Divide(n.coefficient(), m.coefficient()))));
        return new Leading(n.halfOrder() - m.halfOrder(), c);
    }

    private static Leading lowest(IExpr polynomial, ISymbol delta) {
        IExpr list = CasSession.get().evaluate(F.CoefficientList(polynomial, delta));
        if (!list.isList()) {
            throw new IllegalArgumentException("not rational in the square root of the small parameter: " + polynomial);
        }
        IAST l = (IAST) list;
        for (int k = 1; k < l.size(); k++) {
            if (!l.get(k).isZero()) {
                if (!l.get(k).isFree(delta)) {
                    throw new IllegalArgumentException("not rational in the square root of the small parameter");
                }
                return new Leading(k - 1, l.get(k));
            }
        }
        throw new IllegalArgumentException("zero");
    }

    /** The term c ε^(halfOrder/2) as an expression. */
    public static IExpr term(IExpr c, int halfOrder, ISymbol eps) {
        if (halfOrder == 0) {
            return c;
        }
        IExpr power = halfOrder % 2 == 0 ? F.Power(eps, F.ZZ(halfOrder / 2)) : F.Power(eps, F.QQ(halfOrder, 2));
        return CasSession.get().evaluate(F.Times(c, power));
    }

    // ------------------------------------------------------------------ polynomials in ε

    /** True when the expression is a polynomial in ε. */
    public static boolean isPolynomial(IExpr e, ISymbol eps) {
        return CasSession.get().evaluate(F.PolynomialQ(e, eps)).isTrue();
    }

    /** The coefficients of ε^0 .. ε^deg of a polynomial in ε. */
    public static List<IExpr> coefficients(IExpr e, ISymbol eps) {
        IExpr list = CasSession.get().evaluate(F.CoefficientList(F.Expand(e), eps));
        return Lists.toVector(list, list.argSize(), "coefficients in eps");
    }

    // ------------------------------------------------------------------ finite sums of powers of √ε

    /**
     * The coefficients c_k of e = Σ_k c_k ε^(k/2), by half order k, zero ones left out. The expansion is read term
     * by term from the expanded expression.
     *
     * @throws NotFinite when a term is not a power of ε times a factor free of ε (1/(1 + ε) is an infinite series)
     */
    public static SortedMap<Integer, IExpr> finiteExpansion(IExpr e, ISymbol eps) throws NotFinite {
        SortedMap<Integer, IExpr> out = new TreeMap<>();
        if (e.isZero()) {
            return out;
        }
        if (e.isFree(eps)) {
            out.put(0, e);
            return out;
        }
        CasSession cas = CasSession.get();
        List<IExpr> terms = Lists.terms(cas.evaluate(F.Expand(e)));
        Map<Integer, List<IExpr>> byOrder = new TreeMap<>();
        for (IExpr t : terms) {
            int[] order = new int[1];
            IExpr c = splitTerm(t, eps, order);
            if (c == null) {
                throw new NotFinite(t);
            }
            byOrder.computeIfAbsent(order[0], k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<Integer, List<IExpr>> en : byOrder.entrySet()) {
            IExpr sum = cas.evaluate(F.Plus(en.getValue().toArray(new IExpr[0])));
            if (!sum.isZero()) {
                out.put(en.getKey(), sum);
            }
        }
        return out;
    }

    /** c with t = c ε^(order/2), c free of ε; null when t is not of that form. */
    private static IExpr splitTerm(IExpr t, ISymbol eps, int[] order) {
        if (t.isFree(eps)) {
            order[0] = 0;
            return t;
        }
        List<IExpr> factors = Lists.factors(t);
        int halves = 0;
        List<IExpr> rest = new ArrayList<>();
        for (IExpr f : factors) {
            if (f.equals(eps)) {
                halves += 2;
            } else if (f.isPower() && f.base().equals(eps)) {
                Integer k = halfExponent(f.exponent());
                if (k == null) {
                    return null;
                }
                halves += k;
            } else if (f.isPower() && f.base().isPower() && f.base().base().equals(eps)) {
                // sqrt(1/eps) = (eps^-1)^(1/2) = eps^(-1/2): eps is positive
                Integer k = halfExponent(CasSession.get().evaluate(F.Times(f.base().exponent(), f.exponent())));
                if (k == null) {
                    return null;
                }
                halves += k;
            } else if (f.isFree(eps)) {
                rest.add(f);
            } else {
                return null;
            }
        }
        order[0] = halves;
        return rest.isEmpty() ? F.C1
                : rest.size() == 1 ? rest.get(0) : CasSession.get().evaluate(F.Times(rest.toArray(new IExpr[0])));
    }

    /** Twice an exponent that is an integer or a half-integer; null otherwise. */
    private static Integer halfExponent(IExpr exponent) {
        if (exponent instanceof IInteger i) {
            return i.toIntDefault() * 2;
        }
        if (exponent instanceof IFraction f && f.denominator().isNumber() && f.denominator().toIntDefault() == 2) {
            return f.numerator().toIntDefault();
        }
        return null;
    }
}

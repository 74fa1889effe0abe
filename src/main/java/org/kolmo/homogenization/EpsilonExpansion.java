package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A coefficient of a slow-fast model written as a finite sum of powers of the small parameter,
 * e = Σ_k c_k ε^{k/2}, with every c_k free of ε. The keys are twice the exponents, so that the ε^{-1/2} of an
 * averaging model's fast noise is an integer key (-1) like the ε^{-2} of a homogenization model's fast drift (-4).
 * The expansion is read term by term from the expanded coefficient; a term in which ε is not a power factor (as in
 * 1/(1 + ε), an infinite series) makes the coefficient {@link NotLaurent}.
 */
final class EpsilonExpansion {
    /** Thrown when e is not such a finite sum; carries the first term that is not. */
    static final class NotLaurent extends Exception {
        private static final long serialVersionUID = 1L;
        final transient IExpr term;

        NotLaurent(IExpr term) {
            super(String.valueOf(term));
            this.term = term;
        }
    }

    private EpsilonExpansion() {
    }

    /** The coefficients c_k by twice their exponent k/2, zero ones left out. */
    static SortedMap<Integer, IExpr> of(IExpr e, ISymbol eps) throws NotLaurent {
        SortedMap<Integer, IExpr> out = new TreeMap<>();
        if (e.isZero()) {
            return out;
        }
        if (e.isFree(eps)) {
            out.put(0, e);
            return out;
        }
        IExpr expanded = Cas.expand(e);
        Map<Integer, List<IExpr>> byOrder = new TreeMap<>();
        boolean termwise = true;
        for (IExpr t : Cas.terms(expanded)) {
            int[] order = new int[1];
            IExpr c = splitTerm(t, eps, order);
            if (c == null) {
                termwise = false;
                break;
            }
            byOrder.computeIfAbsent(order[0], k -> new ArrayList<>()).add(c);
        }
        if (!termwise) {
            // a term like 1/(1 + eps) survives Expand: it is an infinite series in eps, not a finite sum
            throw new NotLaurent(firstNonMonomial(expanded, eps));
        }
        for (Map.Entry<Integer, List<IExpr>> en : byOrder.entrySet()) {
            IExpr sum = Cas.eval(F.Plus(en.getValue().toArray(new IExpr[0])));
            if (!sum.isZero()) {
                out.put(en.getKey(), sum);
            }
        }
        return out;
    }

    /** c with t = c ε^{order/2}, c free of ε; null when t is not of that form. */
    private static IExpr splitTerm(IExpr t, ISymbol eps, int[] order) {
        if (t.isFree(eps)) {
            order[0] = 0;
            return t;
        }
        List<IExpr> factors = new ArrayList<>();
        if (t.isTimes()) {
            for (IExpr f : (IAST) t) {
                factors.add(f);
            }
        } else {
            factors.add(t);
        }
        int twice = 0;
        List<IExpr> rest = new ArrayList<>();
        for (IExpr f : factors) {
            if (f.equals(eps)) {
                twice += 2;
            } else if (f.isPower() && f.base().equals(eps)) {
                Integer k = twiceExponent(f.exponent());
                if (k == null) {
                    return null;
                }
                twice += k;
            } else if (f.isPower() && f.base().isPower() && f.base().base().equals(eps)) {
                // sqrt(1/eps) = (eps^-1)^(1/2) = eps^(-1/2): eps is positive
                Integer k = twiceExponent(Cas.eval(F.Times(f.base().exponent(), f.exponent())));
                if (k == null) {
                    return null;
                }
                twice += k;
            } else if (f.isFree(eps)) {
                rest.add(f);
            } else {
                return null;
            }
        }
        order[0] = twice;
        return rest.isEmpty() ? F.C1 : rest.size() == 1 ? rest.get(0) : Cas.eval(F.Times(rest.toArray(new IExpr[0])));
    }

    private static Integer twiceExponent(IExpr exponent) {
        if (exponent instanceof IInteger i) {
            return i.toIntDefault() * 2;
        }
        if (exponent instanceof IFraction f && f.denominator().isNumber() && f.denominator().toIntDefault() == 2) {
            return f.numerator().toIntDefault();
        }
        return null;
    }

    private static IExpr firstNonMonomial(IExpr expanded, ISymbol eps) {
        for (IExpr t : Cas.terms(expanded)) {
            if (splitTerm(t, eps, new int[1]) == null) {
                return t;
            }
        }
        return expanded;
    }

    /** The term c ε^{order/2} written back, for messages. */
    static IExpr term(IExpr c, int twiceOrder, ISymbol eps) {
        if (twiceOrder == 0) {
            return c;
        }
        IExpr power = twiceOrder % 2 == 0 ? F.Power(eps, F.ZZ(twiceOrder / 2)) : F.Power(eps, F.QQ(twiceOrder, 2));
        return Cas.eval(F.Times(c, power));
    }
}

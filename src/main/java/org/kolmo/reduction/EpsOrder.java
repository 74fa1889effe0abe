package org.kolmo.reduction;

import java.util.List;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.ParameterAtoms;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Orders in ε of expressions that are rational in ε and its square root (what a regime such as β ↦ β/√ε makes
 * of polynomial coefficients): the valuation v with e = c ε^v (1 + o(1)) and the leading term c ε^v.
 */
public final class EpsOrder {
    /** The valuation (in halves: an order of ε^(1/2) counts 1) and leading coefficient, free of ε. */
    public record Leading(int halfOrder, IExpr coefficient) {
        public double order() {
            return halfOrder / 2.0;
        }
    }

    private EpsOrder() {
    }

    /**
     * The leading term of {@code e} as ε → 0.
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
        CasSession cas = CasSession.get();
        IExpr list = cas.evaluate(F.CoefficientList(polynomial, delta));
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

    /** The leading term c ε^v as an expression. */
    public static IExpr term(Leading l, ISymbol eps) {
        return CasSession.get().evaluate(F.Times(l.coefficient(), F.Power(eps, F.QQ(l.halfOrder(), 2))));
    }

    /** True when the expression is a polynomial in ε. */
    public static boolean isPolynomial(IExpr e, ISymbol eps) {
        return CasSession.get().evaluate(F.PolynomialQ(e, eps)).isTrue();
    }

    /** The coefficients of ε^0 .. ε^deg of a polynomial in ε. */
    public static List<IExpr> coefficients(IExpr e, ISymbol eps) {
        IExpr list = CasSession.get().evaluate(F.CoefficientList(F.Expand(e), eps));
        return Lists.toVector(list, list.argSize(), "coefficients in eps");
    }
}

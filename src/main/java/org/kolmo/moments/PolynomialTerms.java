package org.kolmo.moments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.Monomial;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Splits an expression that is polynomial in the state variables into its monomials and their coefficients. */
final class PolynomialTerms {
    private PolynomialTerms() {
    }

    /** Thrown when the expression is not a polynomial in the variables; names the offending term. */
    static final class NotPolynomial extends Exception {
        private static final long serialVersionUID = 1L;
        final transient IExpr term;

        NotPolynomial(IExpr term) {
            super("not polynomial in the state variables: " + term);
            this.term = term;
        }
    }

    /** The coefficients (free of the variables, expanded) of each monomial of {@code e}. */
    static Map<Monomial, IExpr> of(IExpr e, List<ISymbol> variables) throws NotPolynomial {
        CasSession cas = CasSession.get();
        IExpr expanded = cas.evaluate(F.Expand(e));
        Map<Monomial, IExpr> out = new LinkedHashMap<>();
        if (expanded.isZero()) {
            return out;
        }
        if (expanded.isPlus()) {
            IAST sum = (IAST) expanded;
            for (int i = 1; i < sum.size(); i++) {
                add(sum.get(i), variables, out);
            }
        } else {
            add(expanded, variables, out);
        }
        out.replaceAll((m, c) -> cas.evaluate(F.Expand(c)));
        out.values().removeIf(IExpr::isZero);
        return out;
    }

    private static void add(IExpr term, List<ISymbol> variables, Map<Monomial, IExpr> out) throws NotPolynomial {
        int[] exps = new int[variables.size()];
        IExpr coefficient = F.C1;
        List<IExpr> factors = new java.util.ArrayList<>();
        if (term.isTimes()) {
            IAST product = (IAST) term;
            for (int i = 1; i < product.size(); i++) {
                factors.add(product.get(i));
            }
        } else {
            factors.add(term);
        }
        for (IExpr f : factors) {
            int k = indexOfBase(f, variables);
            if (k >= 0) {
                IExpr exponent = f.isPower() ? f.exponent() : F.C1;
                if (!exponent.isInteger() || exponent.toIntDefault() < 0) {
                    throw new NotPolynomial(term);
                }
                exps[k] += exponent.toIntDefault();
            } else {
                for (ISymbol v : variables) {
                    if (!f.isFree(v)) {
                        throw new NotPolynomial(term);
                    }
                }
                coefficient = F.Times(coefficient, f);
            }
        }
        out.merge(Monomial.of(exps), coefficient, F::Plus);
    }

    private static int indexOfBase(IExpr f, List<ISymbol> variables) {
        IExpr base = f.isPower() ? f.base() : f;
        return base instanceof ISymbol s ? variables.indexOf(s) : -1;
    }
}

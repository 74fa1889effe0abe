package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.AlgebraException;
import org.kolmo.algebra.ParameterRing;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.gb.GroebnerBaseAbstract;
import edu.jas.gbufd.GBFactory;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.Quotient;
import edu.jas.ufd.QuotientRing;

/**
 * Exact elimination for polynomial systems whose coefficients are polynomials in the parameters and ε: a
 * lexicographic Gröbner basis (JAS) over the field Q(parameters, ε), so that the result holds for generic parameter
 * values. With the unknowns ordered x_1 > ... > x_m, a zero-dimensional ideal in general position has a basis
 * {p(x_m), x_i - r_i(x_m)}: every solution branch is a root of the eliminant p, and the other unknowns follow from
 * it (the shape lemma).
 */
public final class InvarianceAlgebra {
    /**
     * The eliminant of the last unknown and the other unknowns as polynomials in it.
     *
     * @param eliminant p(x_m), cleared of denominators, or null when the basis has no univariate element
     * @param others    x_i = r_i(x_m) for i &lt; m (entries null where the basis does not give x_i linearly)
     * @param basis     the whole reduced basis, cleared of denominators
     * @param inconsistent true when the ideal is the whole ring (no solution at all)
     */
    public record Elimination(IExpr eliminant, List<IExpr> others, List<IExpr> basis, boolean inconsistent) {
    }

    private InvarianceAlgebra() {
    }

    /**
     * Eliminates {@code unknowns[0..m-2]} from the system, leaving a polynomial in the last unknown.
     *
     * @throws AlgebraException when an equation is not polynomial in the unknowns with coefficients polynomial in
     *         the coefficient symbols
     */
    public static Elimination eliminate(List<IExpr> equations, List<ISymbol> coefficientSymbols,
            List<ISymbol> unknowns) throws AlgebraException {
        // JAS numbers variables from the end of the name list: REVILEX is the lexicographic order with the first
        // name highest and the last lowest (INVLEX is the opposite)
        return eliminate(equations, coefficientSymbols, unknowns, TermOrder.REVILEX);
    }

    private static Elimination eliminate(List<IExpr> equations, List<ISymbol> coefficientSymbols,
            List<ISymbol> unknowns, int termOrder) throws AlgebraException {
        List<ISymbol> all = new ArrayList<>(coefficientSymbols);
        all.addAll(unknowns);
        ParameterRing whole = ParameterRing.of(all);
        ParameterRing coefficients = ParameterRing.of(coefficientSymbols);
        QuotientRing<BigRational> field = new QuotientRing<>(coefficients.jasRing());
        String[] names = unknowns.stream().map(ISymbol::getSymbolName).toArray(String[]::new);
        GenPolynomialRing<Quotient<BigRational>> ring = new GenPolynomialRing<>(field, names.length,
                new TermOrder(termOrder), names);
        int nc = coefficientSymbols.size();
        int nu = unknowns.size();
        List<GenPolynomial<Quotient<BigRational>>> input = new ArrayList<>();
        for (IExpr e : equations) {
            GenPolynomial<BigRational> p = whole.toPolynomial(CasSession.get().evaluate(F.Expand(e)));
            GenPolynomial<Quotient<BigRational>> q = ring.getZERO();
            for (Monomial<BigRational> m : p) {
                long[] ce = new long[nc];
                for (int i = 0; i < nc; i++) {
                    ce[nc - 1 - i] = m.exponent().getVal(nc + nu - 1 - i);
                }
                long[] ue = new long[nu];
                for (int j = 0; j < nu; j++) {
                    ue[nu - 1 - j] = m.exponent().getVal(nu - 1 - j);
                }
                GenPolynomial<BigRational> c = coefficients.jasRing().valueOf(m.coefficient(), ExpVector.create(ce));
                q = q.sum(ring.valueOf(new Quotient<>(field, c), ExpVector.create(ue)));
            }
            if (!q.isZERO()) {
                input.add(q);
            }
        }
        GroebnerBaseAbstract<Quotient<BigRational>> gb = GBFactory.getImplementation(field);
        List<GenPolynomial<Quotient<BigRational>>> basis = gb.GB(input);
        List<IExpr> basisExpr = new ArrayList<>();
        boolean inconsistent = false;
        IExpr eliminant = null;
        List<IExpr> others = new ArrayList<>();
        for (int i = 0; i < nu - 1; i++) {
            others.add(null);
        }
        for (GenPolynomial<Quotient<BigRational>> g : basis) {
            if (g.isConstant() && !g.isZERO()) {
                inconsistent = true;
            }
            IExpr ge = toExpr(g, coefficients, unknowns);
            basisExpr.add(ge);
            boolean[] uses = new boolean[nu];
            for (Monomial<Quotient<BigRational>> m : g) {
                for (int j = 0; j < nu; j++) {
                    uses[j] |= m.exponent().getVal(nu - 1 - j) > 0;
                }
            }
            boolean onlyLast = uses[nu - 1];
            for (int j = 0; j < nu - 1; j++) {
                onlyLast &= !uses[j];
            }
            if (onlyLast) {
                eliminant = eliminant == null ? ge : eliminant;
                continue;
            }
            // x_i - r_i(x_last): degree one in x_i, no other of the eliminated unknowns
            for (int i = 0; i < nu - 1; i++) {
                boolean linear = uses[i];
                for (int j = 0; j < nu - 1; j++) {
                    linear &= j == i || !uses[j];
                }
                if (linear && CasSession.get().evaluate(F.Exponent(ge, unknowns.get(i))).isOne()) {
                    IExpr c = CasSession.get().evaluate(F.Coefficient(ge, unknowns.get(i), F.C1));
                    IExpr rest = CasSession.get().evaluate(F.Expand(F.Subtract(ge, F.Times(c, unknowns.get(i)))));
                    others.set(i, ExactTogether.evaluate(F.Negate(F.Divide(rest, c))));
                }
            }
        }
        return new Elimination(eliminant, others, basisExpr, inconsistent);
    }

    /** A polynomial over Q(coefficients) as an expression with its denominators cleared (a primitive polynomial). */
    private static IExpr toExpr(GenPolynomial<Quotient<BigRational>> g, ParameterRing coefficients,
            List<ISymbol> unknowns) {
        int nu = unknowns.size();
        List<IExpr> terms = new ArrayList<>();
        for (Monomial<Quotient<BigRational>> m : g) {
            IExpr c = F.Divide(coefficients.toExpr(m.coefficient().num), coefficients.toExpr(m.coefficient().den));
            IExpr term = c;
            for (int j = 0; j < nu; j++) {
                long k = m.exponent().getVal(nu - 1 - j);
                if (k > 0) {
                    term = F.Times(term, F.Power(unknowns.get(j), F.ZZ(k)));
                }
            }
            terms.add(term);
        }
        IExpr sum = terms.isEmpty() ? F.C0 : F.Plus(terms.toArray(new IExpr[0]));
        IExpr together = ExactTogether.evaluate(sum);
        return CasSession.get().evaluate(F.Expand(F.Numerator(together)));
    }
}

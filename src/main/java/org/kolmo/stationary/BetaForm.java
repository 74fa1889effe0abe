package org.kolmo.stationary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A density (x - e1)^p (e2 - x)^q between two zeros of the noise, e.g. of the Wright-Fisher diffusion with mutation:
 * y = (x - e1)/(e2 - e1) is Beta(p + 1, q + 1) distributed, so E[y^j] = prod_{i<j} (p + 1 + i)/(p + q + 2 + i). It is
 * recognised from (x - e1)(e2 - x) L'(x) = p (e2 - x) - q (x - e1), a polynomial of degree at most one.
 */
record BetaForm(IExpr lower, IExpr upper, IExpr p, IExpr q) implements ClosedForm {

    static Optional<BetaForm> between(IExpr logDerivative, ISymbol x, IExpr e1, IExpr e2) {
        IExpr g = Symbolic.together(F.Times(F.Subtract(x, e1), F.Subtract(e2, x), logDerivative));
        if (!Symbolic.isPolynomial(g, x) || Symbolic.coefficients(g, x).size() > 2) {
            return Optional.empty();
        }
        IExpr width = F.Subtract(e2, e1);
        IExpr p = Symbolic.simplify(F.Divide(F.ReplaceAll(g, F.Rule(x, e1)), width));
        IExpr q = Symbolic.simplify(F.Divide(F.Negate(F.ReplaceAll(g, F.Rule(x, e2))), width));
        return Optional.of(new BetaForm(e1, e2, p, q));
    }

    @Override
    public IExpr density(ISymbol x) {
        return Symbolic.eval(F.Times(F.Power(F.Subtract(x, lower), p), F.Power(F.Subtract(upper, x), q)));
    }

    @Override
    public IExpr logDensity(ISymbol x) {
        return Symbolic.eval(F.Plus(F.Times(p, F.Log(F.Subtract(x, lower))), F.Times(q, F.Log(F.Subtract(upper, x)))));
    }

    @Override
    public IExpr normaliser() {
        IExpr a = F.Plus(p, F.C1);
        IExpr b = F.Plus(q, F.C1);
        return Symbolic.simplify(F.Times(F.Power(F.Subtract(upper, lower), F.Plus(p, q, F.C1)), F.Gamma(a), F.Gamma(b),
                F.Power(F.Gamma(F.Plus(a, b)), F.CN1)));
    }

    private IExpr unitMoment(int j) {
        List<IExpr> factors = new ArrayList<>();
        factors.add(F.C1);
        for (int i = 0; i < j; i++) {
            factors.add(Symbolic.together(F.Divide(F.Plus(p, F.ZZ(1 + i)), F.Plus(p, q, F.ZZ(2 + i)))));
        }
        return F.Times(factors.toArray(new IExpr[0]));
    }

    @Override
    public IExpr moment(int k) {
        IExpr width = F.Subtract(upper, lower);
        if (lower.isZero()) {
            // the product form itself: factored already
            return Symbolic.eval(F.Times(F.Power(width, F.ZZ(k)), unitMoment(k)));
        }
        List<IExpr> terms = new ArrayList<>();
        for (int j = 0; j <= k; j++) {
            terms.add(F.Times(F.Binomial(k, j), k == j ? F.C1 : F.Power(lower, F.ZZ(k - j)),
                    j == 0 ? F.C1 : F.Power(width, F.ZZ(j)), unitMoment(j)));
        }
        // one factored fraction reads better than the binomial sum
        IExpr t = Symbolic.together(F.Plus(terms.toArray(new IExpr[0])));
        return Symbolic.eval(F.Divide(F.Factor(F.Numerator(t)), F.Factor(F.Denominator(t))));
    }
}

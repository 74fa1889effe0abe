package org.kolmo.reduction;

import org.kolmo.algebra.ExactTogether;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Square roots with their numeric content taken out: {@code Sqrt(4*b^4 - 16*a^2*e^2)} becomes
 * {@code 2*Sqrt(b^4 - 4*a^2*e^2)}.
 * Solve returns the roots of a quadratic with unnormalised radicands, and Together does not see that two such roots
 * are equal (measured: the exact mean and variance rates of an Ornstein-Uhlenbeck model, whose difference is 0, stay
 * apart); with the content taken out equal roots cancel and the printed forms are the short ones.
 */
final class Radicals {
    private Radicals() {
    }

    static IExpr factorRadicands(IExpr e) {
        IExpr factored = F.ReplaceAll(e, F.RuleDelayed(F.Sqrt(F.x_), F.Sqrt(F.FactorTerms(F.x))));
        return ExactTogether.evaluate(factored); // (-2b + 2 Sqrt(..))/2 -> -b + Sqrt(..)
    }
}

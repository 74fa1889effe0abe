package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Seed 003's model and regime (eq. 50: β ↦ β/√ε, t ↦ εt), and exact comparison of expressions. */
final class SeedFixtures {
    static final ISymbol ALPHA = TestModels.s("alpha");
    static final ISymbol BETA = TestModels.s("beta");
    static final ISymbol EPS = TestModels.s("eps");

    private SeedFixtures() {
    }

    static Sde model() {
        return TestModels.load("two_state.sde");
    }

    static Regime regime(Sde model) throws Exception {
        return TestModels.regime(model, "beta -> beta/sqrt(eps)", "eps", "eps");
    }

    static MomentSystem moments(Sde model, int order) throws Exception {
        return MomentEquations.derive(model, order);
    }

    static void assertSame(IExpr expected, IExpr actual) {
        IExpr d = CasSession.get().evaluate(F.Together(F.Subtract(expected, actual)));
        assertTrue(d.isZero(), () -> "expected " + expected + " but got " + actual + " (difference " + d + ")");
    }

    /** True when a = c b for a nonzero number c (equations equal up to a factor). */
    static void assertProportional(IExpr expected, IExpr actual) {
        IExpr q = CasSession.get().evaluate(F.Factor(F.Together(F.Divide(actual, expected))));
        assertTrue(q.isNumber() && !q.isZero(), () -> "expected a multiple of " + expected + " but got " + actual
                + " (ratio " + q + ")");
    }
}

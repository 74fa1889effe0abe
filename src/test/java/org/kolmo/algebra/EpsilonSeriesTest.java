package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Expansions in √ε, each checked by evaluating both sides at random numbers. */
class EpsilonSeriesTest {
    private final ISymbol eps = TestModels.s("eps");
    private final ISymbol a = TestModels.s("a");
    private final ISymbol b = TestModels.s("b");

    private double at(IExpr e, double epsValue, double aValue, double bValue) {
        IExpr v = F.subst(e, x -> x.equals(eps) ? F.num(epsValue) : x.equals(a) ? F.num(aValue)
                : x.equals(b) ? F.num(bValue) : F.NIL);
        return CasSession.get().evaluate(F.N(v)).evalf();
    }

    @Test
    void finiteExpansionsSumBackToTheExpression() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            // a random sum of c_k eps^(k/2), k in -4..4, with coefficients polynomial in a and b
            IExpr e = F.C0;
            for (int k = -4; k <= 4; k++) {
                if (random.nextBoolean()) {
                    IExpr c = F.Plus(F.ZZ(random.nextInt(7) - 3), F.Times(F.ZZ(random.nextInt(5) + 1), a, F.Sqr(b)));
                    e = F.Plus(e, F.Times(c, F.Power(eps, F.QQ(k, 2))));
                }
            }
            e = CasSession.get().evaluate(e);
            SortedMap<Integer, IExpr> series = EpsilonSeries.finiteExpansion(e, eps);
            IExpr back = F.C0;
            for (var term : series.entrySet()) {
                assertTrue(term.getValue().isFree(eps), "coefficient free of eps: " + term);
                back = F.Plus(back, EpsilonSeries.term(term.getValue(), term.getKey(), eps));
            }
            double epsValue = 0.1 + random.nextDouble();
            double aValue = random.nextDouble() * 2 - 1;
            double bValue = random.nextDouble() * 2 - 1;
            assertEquals(at(e, epsValue, aValue, bValue), at(back, epsValue, aValue, bValue),
                    1e-9 * (1 + Math.abs(at(e, epsValue, aValue, bValue))), e.toString());
        }
    }

    @Test
    void anInfiniteSeriesIsNotFinite() {
        IExpr e = CasSession.get().evaluate(F.Plus(a, F.Divide(F.C1, F.Plus(F.C1, eps))));
        EpsilonSeries.NotFinite thrown = assertThrows(EpsilonSeries.NotFinite.class,
                () -> EpsilonSeries.finiteExpansion(e, eps));
        assertTrue(!thrown.term().isFree(eps));
    }

    @Test
    void leadingTermsAreTheLimitOfTheRatio() {
        // e = (a eps^(3/2) + b^2 eps^2) / (b + a eps): leading a/b eps^(3/2); checked as e / term -> 1
        IExpr e = CasSession.get().evaluate(F.Divide(F.Plus(F.Times(a, F.Power(eps, F.QQ(3, 2))),
                F.Times(F.Sqr(b), F.Sqr(eps))), F.Plus(b, F.Times(a, eps))));
        EpsilonSeries.Leading l = EpsilonSeries.leading(e, eps);
        assertEquals(3, l.halfOrder());
        assertEquals(1.5, l.order());
        IExpr ratio = F.Divide(e, l.term(eps));
        assertEquals(1.0, at(ratio, 1e-8, 0.7, 1.3), 1e-3); // 1 + (b^2/a) sqrt(eps) + ...
        assertEquals(0.7 / 1.3, at(l.coefficient(), 0.5, 0.7, 1.3), 1e-12);
    }
}

package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.support.SessionEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Denominators factored for display: random products of random polynomials are expanded, factored, multiplied back
 * and compared with the expanded form exactly and at random rational points.
 */
class FactoredDenominatorsTest {
    private static final SessionEval EVAL = new SessionEval();
    private static final ISymbol A = F.symbol("a");
    private static final ISymbol B = F.symbol("b");
    private static final ISymbol C = F.symbol("c");
    private static final List<ISymbol> SYMBOLS = List.of(A, B, C);

    @Test
    void squareOfTheHomogenizationDenominator() {
        // g^4 + 4 g^2 + 4 = (g^2 + 2)^2, the denominator of slow_fast_2x2's effective drift
        IExpr p = EVAL.eval(F.Plus(F.Power(A, F.C4), F.Times(F.C4, F.Sqr(A)), F.C4));
        FactoredDenominators.Factored f = FactoredDenominators.factor(p).orElseThrow();
        assertEquals(F.C1, f.constant());
        assertEquals(1, f.factors().size());
        assertEquals(2, f.factors().get(0).power());
        assertEquals(EVAL.eval(F.Plus(F.Sqr(A), F.C2)), f.factors().get(0).factor());
    }

    @Test
    void contentAndRationalCoefficientsGoToTheConstant() {
        // 3/2 a^2 + 3 a = 3/2 * a * (a + 2)
        IExpr p = EVAL.eval(F.Plus(F.Times(F.QQ(3, 2), F.Sqr(A)), F.Times(F.C3, A)));
        FactoredDenominators.Factored f = FactoredDenominators.factor(p).orElseThrow();
        assertEquals(F.QQ(3, 2), f.constant());
        assertEquals(2, f.factors().size());
        assertEquals(p, EVAL.eval(F.Expand(f.product())));
    }

    @Test
    void irreducibleAndNonPolynomialSumsAreLeftAlone() {
        assertEquals(Optional.empty(), FactoredDenominators.factor(EVAL.eval(F.Plus(F.Sqr(A), F.C2))));
        assertEquals(Optional.empty(), FactoredDenominators.factor(EVAL.eval(F.Plus(F.C1, F.Negate(A)))));
        assertEquals(Optional.empty(), FactoredDenominators.factor(EVAL.eval(F.Plus(F.Sqr(A), F.Sqrt(B), F.C2))));
        assertEquals(Optional.empty(), FactoredDenominators.factor(EVAL.eval(F.Plus(F.Sin(A), F.Sqr(F.Sin(A))))));
        assertEquals(Optional.empty(), FactoredDenominators.factor(EVAL.eval(F.Plus(F.Sqr(A), F.num(0.5)))));
        assertEquals(Optional.empty(), FactoredDenominators.factor(A));
    }

    @Test
    void polynomialsBeyondTheCapAreLeftAlone() {
        // (a + b + c + 1)^6 has 84 terms
        IExpr p = EVAL.eval(F.Expand(F.Power(F.Plus(A, B, C, F.C1), F.ZZ(6))));
        assertTrue(((org.matheclipse.core.interfaces.IAST) p).argSize() > FactoredDenominators.MAX_TERMS);
        assertEquals(Optional.empty(), FactoredDenominators.factor(p));
    }

    @Test
    void randomProductsFactorBackToThemselves() {
        Random random = new Random(20261206L);
        int factored = 0;
        for (int trial = 0; trial < 60; trial++) {
            IASTAppendable product = F.TimesAlloc(4);
            product.append(F.QQ(1 + random.nextInt(5), 1 + random.nextInt(4)));
            int k = 1 + random.nextInt(3);
            for (int i = 0; i < k; i++) {
                product.append(F.Power(randomPolynomial(random), F.ZZ(1 + random.nextInt(3))));
            }
            IExpr expanded = EVAL.eval(F.Expand(product));
            if (!expanded.isPlus()) {
                continue;
            }
            Optional<FactoredDenominators.Factored> f = FactoredDenominators.factor(expanded);
            if (f.isEmpty()) {
                continue;
            }
            factored++;
            IExpr back = f.get().product();
            assertEquals(expanded, EVAL.eval(F.Expand(back)), () -> expanded + " factored as " + back);
            for (FactoredDenominators.Power p : f.get().factors()) {
                assertTrue(p.power() >= 1);
                assertTrue(FactoredDenominators.factor(p.factor()).isEmpty() || !p.factor().isPlus(),
                        () -> "factor " + p.factor() + " of " + expanded + " is not irreducible");
            }
            for (int point = 0; point < 3; point++) {
                List<IExpr> rules = new ArrayList<>();
                for (ISymbol s : SYMBOLS) {
                    rules.add(F.Rule(s, F.QQ(random.nextInt(21) - 10, 1 + random.nextInt(7))));
                }
                IExpr at = F.List(rules.toArray(new IExpr[0]));
                assertEquals(EVAL.eval(F.ReplaceAll(expanded, at)), EVAL.eval(F.ReplaceAll(back, at)),
                        () -> expanded + " and " + back + " at " + at);
            }
        }
        assertTrue(factored > 30, "too few random products were factored: " + factored);
    }

    @Test
    void presentationKeepsTheNumeratorAndTheValue() {
        IExpr den = EVAL.eval(F.Expand(F.Times(F.Sqr(F.Plus(A, F.C1)), F.Plus(B, F.C2))));
        IExpr num = EVAL.eval(F.Plus(F.Sqr(A), B));
        IExpr e = EVAL.eval(F.Times(num, F.Power(den, F.CN1)));
        IExpr shown = FactoredDenominators.present(e);
        assertTrue(shown.toString().contains("(1+a)^2") || shown.toString().contains("(a+1)^2"), shown::toString);
        IExpr at = F.List(F.Rule(A, F.QQ(3, 7)), F.Rule(B, F.QQ(-5, 2)));
        assertEquals(EVAL.eval(F.ReplaceAll(e, at)), EVAL.eval(F.ReplaceAll(shown, at)));
    }

    /** A random polynomial in a, b, c with small integer coefficients, 1 to 3 terms of degree at most 2. */
    private static IExpr randomPolynomial(Random random) {
        int terms = 1 + random.nextInt(3);
        IASTAppendable plus = F.PlusAlloc(terms + 1);
        for (int t = 0; t < terms; t++) {
            IASTAppendable m = F.TimesAlloc(3);
            m.append(F.ZZ(random.nextInt(7) - 3 == 0 ? 1 : random.nextInt(7) - 3));
            for (int d = random.nextInt(3); d > 0; d--) {
                m.append(SYMBOLS.get(random.nextInt(3)));
            }
            plus.append(m);
        }
        plus.append(F.ZZ(1 + random.nextInt(3)));
        return plus;
    }
}

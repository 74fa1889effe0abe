package org.kolmo.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.support.Exact;
import org.kolmo.support.SessionEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A Stratonovich model whose coefficients are rational functions of a parameter and the state: before KoSimplify
 * was exact, converting it gave a wrong Itô drift and a wrong diffusion matrix (σσ^T of the first row came out
 * as (g a x + 1)/(g^2 + 1) instead of ((2 + a g x)/(2 + g^2))^2). Checked exactly at random rational points
 * against the definitions, evaluated from the model's own coefficients.
 */
class RationalCoefficientsTest {
    private static final SessionEval S = new SessionEval();
    private static final String MODEL = """
            model rational "rational coefficients"
            stratonovich
            param g real = 2
            param a real = 1
            state x = 1, y = 0
            noise W, V
            dx = (g - a*x)/(2 + g^2)*dt + (2 + a*g*x)/(2 + g^2)*dW + x/(1 + y^2)*dV
            dy = x/(1 + g^2)*dt + (g - a*x)/(2 + g^2)*dW + (a + y)/(3 + x^2)*dV
            """;

    private static Sde model() throws Exception {
        return ModelReader.read("rational.sde", MODEL);
    }

    private static List<IExpr> point(Sde sde, Random r) {
        List<IExpr> rules = new ArrayList<>();
        for (ISymbol p : sde.parameterSymbols()) {
            rules.add(F.Rule(p, F.QQ(r.nextInt(11) - 5, 1 + r.nextInt(4))));
        }
        for (ISymbol v : sde.variableSymbols()) {
            rules.add(F.Rule(v, F.QQ(r.nextInt(11) - 5, 1 + r.nextInt(4))));
        }
        return rules;
    }

    private static IExpr at(IExpr e, List<IExpr> rules) {
        return S.eval(F.ReplaceAll(e, F.List(rules.toArray(new IExpr[0]))));
    }

    @Test
    void itoDriftAndDiffusionMatrixAreExact() throws Exception {
        Sde strat = model();
        Sde ito = ItoStratonovich.toIto(strat);
        assertEquals(Convention.ITO, ito.convention());
        Generator.Operator op = Generator.operator(strat);
        List<ISymbol> z = strat.variableSymbols();
        int n = strat.dimension();
        int m = strat.noiseCount();
        Random r = new Random(11L);
        for (int trial = 0; trial < 12; trial++) {
            List<IExpr> p = point(strat, r);
            for (int i = 0; i < n; i++) {
                // b^i = u^i + 1/2 sum_jk d sigma^ij/d z^k sigma^kj (seed 000, eq. 4), every term at the point
                IExpr expected = at(strat.drift().get(i), p);
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < n; k++) {
                        IExpr dsigma = S.eval(F.D(strat.diffusion().get(i).get(j), z.get(k)));
                        expected = S.eval(F.Plus(expected,
                                F.Times(F.C1D2, at(dsigma, p), at(strat.diffusion().get(k).get(j), p))));
                    }
                }
                assertEquals(expected, at(ito.drift().get(i), p), "b^" + i + " = " + ito.drift().get(i));
                assertEquals(expected, at(op.drift().get(i), p), "generator drift " + i);
                for (int l = 0; l < n; l++) {
                    IExpr a = F.C0;
                    for (int j = 0; j < m; j++) {
                        a = S.eval(F.Plus(a, F.Times(at(strat.diffusion().get(i).get(j), p),
                                at(strat.diffusion().get(l).get(j), p))));
                    }
                    IExpr entry = op.diffusionMatrix().get(i).get(l);
                    assertEquals(a, at(entry, p), "a^" + i + l + " = " + entry);
                }
            }
        }
    }

    @Test
    void convertingBackGivesTheModel() throws Exception {
        Sde strat = model();
        Sde back = ItoStratonovich.toStratonovich(ItoStratonovich.toIto(strat));
        Exact.assertSame(strat.drift(), back.drift(), "Stratonovich drift after a round trip");
    }

    @Test
    void theFirstDiffusionEntryHasTheSquaredDenominator() throws Exception {
        Sde strat = model();
        IExpr a11 = Generator.operator(strat).diffusionMatrix().get(0).get(0);
        ISymbol g = strat.parameterSymbols().get(0);
        ISymbol a = strat.parameterSymbols().get(1);
        ISymbol x = strat.variableSymbols().get(0);
        ISymbol y = strat.variableSymbols().get(1);
        IExpr expected = F.Plus(F.Sqr(F.Divide(F.Plus(F.C2, F.Times(a, g, x)), F.Plus(F.C2, F.Sqr(g)))),
                F.Sqr(F.Divide(x, F.Plus(F.C1, F.Sqr(y)))));
        Exact.assertSame(expected, a11, "a^xx");
    }
}

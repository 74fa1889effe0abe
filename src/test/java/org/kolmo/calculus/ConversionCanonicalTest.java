package org.kolmo.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.io.ModelReader;
import org.kolmo.latex.Notation;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.support.NumericEval;
import org.kolmo.support.SessionEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Issue 11, item 6: converted drifts are canonical, one fraction in lowest terms (then expanded over its
 * denominator, as every derived coefficient). With σ = sqrt(2 a) sqrt((y^2 + 1)^3)/(y^2 + 1), σ^2 = 2 a (y^2 + 1)
 * and the Itô correction ½ σ σ' = a y; the square of the root sqrt((y^2 + 1)^3) only becomes the polynomial
 * (y^2 + 1)^3 when the fraction is written, and the symbol a occurs only under a root: the exact together could not
 * read the written fraction back and printed -3 a y^7/(y^2 + 1)^3 - ... + 2 a y (y^6 + 3 y^4 + 3 y^2 + 1)/(y^2 + 1)^3.
 */
class ConversionCanonicalTest {
    private static final SessionEval S = new SessionEval();

    private static Sde model(String convention, String drift, String noise) throws Exception {
        return ModelReader.read("m.sde", "model m \"t\"\n" + convention + "\nparam a real\nstate y = 0\nnoise W\n"
                + "dy = " + drift + "*dt + " + noise + "*dW\n");
    }

    private static String written(Sde sde, IExpr e) {
        return new ExpressionWriter(Notation.of(sde)).write(e);
    }

    @Test
    void theCorrectionOfARootWhoseSquareCancelsIsAY() throws Exception {
        // Stratonovich u = 0: the Itô drift is b = u + ½ σ σ' = a y
        Sde strat = model("stratonovich", "0", "sqrt(2*a)*sqrt((y^2 + 1)^3)/(y^2 + 1)");
        Sde ito = ItoStratonovich.toIto(strat);
        assertEquals(Convention.ITO, ito.convention());
        assertEquals("a*y", written(ito, ito.drift().get(0)));
        // and back: the Stratonovich drift of dy = -y dt + σ dW (Itô) is -y - a y
        Sde fromIto = ItoStratonovich.toStratonovich(model("ito", "-y", "sqrt(2*a)*sqrt((y^2 + 1)^3)/(y^2 + 1)"));
        assertEquals("-a*y - y", written(fromIto, fromIto.drift().get(0)));
        // the same with a higher power under the root and the root in the denominator: σ^2 = 2 a (y^2 + 1) both
        for (String sigma : List.of("sqrt(2*a)*sqrt((y^2 + 1)^5)/(y^2 + 1)^2",
                "sqrt(2*a)*(y^2 + 1)^2/sqrt((y^2 + 1)^3)")) {
            Sde s = ItoStratonovich.toIto(model("stratonovich", "0", sigma));
            assertEquals("a*y", written(s, s.drift().get(0)), sigma);
        }
        // a denominator that stays: σ^2 = 2 a (y^2 + 1)/(y^2 + 2)^2 once the root's square cancels against
        // (y^2 + 1)^2, and ½ σ σ' = ¼ (σ^2)' = a y ((y^2 + 2) - 2 (y^2 + 1))/(y^2 + 2)^3 = -a y^3/(y^2 + 2)^3
        Sde d = ItoStratonovich.toIto(model("stratonovich", "0", "sqrt(2*a)*sqrt((y^2 + 1)^3)/((y^2 + 1)*(y^2 + 2))"));
        assertEquals("-a*y^3/(y^2 + 2)^3", written(d, d.drift().get(0)));
    }

    /** A polynomial in x and y that is positive for all real values: 1 + (α x + β y)^2. */
    private static String positive(Random r) {
        return String.format(Locale.ROOT, "(1 + (%d*x + %d*y)^2)", 1 + r.nextInt(3), r.nextInt(3) - 1);
    }

    /** A rational function of x, y, q without real poles. */
    private static String factor(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%d/%d", r.nextInt(5) - 2 == 0 ? 1 : r.nextInt(5) - 2,
                    1 + r.nextInt(3));
            case 1 -> String.format(Locale.ROOT, "(%d + %d*x)/(%d + y^2)", r.nextInt(3), 1 + r.nextInt(2),
                    1 + r.nextInt(2));
            default -> String.format(Locale.ROOT, "q*(x - %d*y)", r.nextInt(3));
        };
    }

    /**
     * Random models σ^{ij} = c_ij sqrt(a) R_j with R_j = sqrt(K_j^(2m+1))/K_j^m (so that R_j^2 = K_j, a positive
     * polynomial, and the roots cancel in the correction), rational c_ij and a parameter a that occurs only under a
     * root, in both directions: the converted drift is free of roots, equals the hand form
     * b ± (a/4) Σ_jk (2 ∂_k c_ij c_kj K_j + c_ij c_kj ∂_k K_j) brought to lowest terms and expanded, and equals
     * b ± ½ Σ_jk (∂σ^{ij}/∂x^k) σ^{kj} at random points with the derivatives taken by central differences of the
     * model's own σ (no symbolic differentiation). Before the fix the fractions kept the factors K_j^(2m+1) that
     * the roots' squares bring, over denominators such as (y^2 + 1)^2 (x^2 - 2 x y + y^2 + 1)^5 (4 x^2 + ...)^3.
     */
    @Test
    void randomRootCoefficientsGiveCanonicalDriftsEqualToTheDefinition() throws Exception {
        Random r = new Random(20250611L);
        for (int trial = 0; trial < 4; trial++) {
            boolean fromStratonovich = trial % 2 == 0;
            String[] k = {positive(r), positive(r)};
            int[] m = {1 + r.nextInt(2), 1 + r.nextInt(2)};
            String[][] c = {{factor(r), factor(r)}, {factor(r), factor(r)}};
            String[] b = {String.format(Locale.ROOT, "%d*x + p*y", r.nextInt(5) - 2),
                    String.format(Locale.ROOT, "x*y/(1 + p^2) - %d", r.nextInt(3))};
            StringBuilder text = new StringBuilder("model r \"random\"\n")
                    .append(fromStratonovich ? "stratonovich" : "ito")
                    .append("\nparam a real\nparam p real\nparam q real\nstate x = 0, y = 0\nnoise W1, W2\n");
            String[] names = {"x", "y"};
            for (int i = 0; i < 2; i++) {
                text.append("d").append(names[i]).append(" = (").append(b[i]).append(")*dt");
                for (int j = 0; j < 2; j++) {
                    text.append(String.format(Locale.ROOT, " + (%s)*sqrt(a)*sqrt(%s^%d)/%s^%d*dW%d", c[i][j], k[j],
                            2 * m[j] + 1, k[j], m[j], j + 1));
                }
                text.append('\n');
            }
            Sde sde = ModelReader.read("random.sde", text.toString());
            Sde converted = ItoStratonovich.convert(sde,
                    fromStratonovich ? Convention.ITO : Convention.STRATONOVICH);
            List<ISymbol> z = sde.variableSymbols();
            int sign = fromStratonovich ? 1 : -1;
            for (int i = 0; i < 2; i++) {
                IExpr drift = converted.drift().get(i);
                String shown = written(converted, drift);
                assertTrue(drift.isFree(e -> e.isPower() && !e.exponent().isInteger(), true),
                        () -> "a root is left in " + shown + " for\n" + text);
                // the hand form, rational from the start: R_j^2 = K_j, ∂_k R_j R_j = ½ ∂_k K_j
                IExpr correction = F.C0;
                for (int j = 0; j < 2; j++) {
                    IExpr kj = ModelReader.readExpression("test", k[j], sde);
                    IExpr cij = ModelReader.readExpression("test", c[i][j], sde);
                    for (int l = 0; l < 2; l++) {
                        IExpr clj = ModelReader.readExpression("test", c[l][j], sde);
                        correction = F.Plus(correction, F.Times(F.C1D4, F.Plus(
                                F.Times(F.C2, F.D(cij, z.get(l)), clj, kj), F.Times(cij, clj, F.D(kj, z.get(l))))));
                    }
                }
                IExpr hand = S.eval(F.Expand(ExactTogether.together(S.eval(F.Plus(sde.drift().get(i),
                        F.Times(F.ZZ(sign), sde.parameterSymbols().get(0), correction))))));
                assertEquals(hand, drift, () -> shown + " is not " + written(converted, hand) + " for\n" + text);
                // the definition at random points, derivatives by central differences
                for (int point = 0; point < 3; point++) {
                    Map<ISymbol, Double> at = new HashMap<>();
                    for (ISymbol parameter : sde.parameterSymbols()) {
                        at.put(parameter, r.nextDouble() * 2 - 1);
                    }
                    at.put(sde.parameterSymbols().get(0), 0.1 + r.nextDouble() * 2); // a > 0: sqrt(a) is real
                    at.put(z.get(0), r.nextDouble() * 2 - 1);
                    at.put(z.get(1), r.nextDouble() * 2 - 1);
                    double expected = NumericEval.eval(sde.drift().get(i), at);
                    for (int j = 0; j < 2; j++) {
                        for (int l = 0; l < 2; l++) {
                            double h = 1e-5;
                            Map<ISymbol, Double> up = new HashMap<>(at);
                            Map<ISymbol, Double> down = new HashMap<>(at);
                            up.put(z.get(l), at.get(z.get(l)) + h);
                            down.put(z.get(l), at.get(z.get(l)) - h);
                            IExpr sij = sde.diffusion().get(i).get(j);
                            double dsigma = (NumericEval.eval(sij, up) - NumericEval.eval(sij, down)) / (2 * h);
                            expected += sign * 0.5 * dsigma * NumericEval.eval(sde.diffusion().get(l).get(j), at);
                        }
                    }
                    double actual = NumericEval.eval(drift, at);
                    assertEquals(expected, actual, 1e-6 * (1 + Math.abs(expected)), () -> shown + " at " + at);
                }
            }
        }
    }
}

package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Closed ODEs of models whose coefficients hold roots of parameter expressions (sqrt(p), sqrt(p/q), sqrt(p + q),
 * common for noise amplitudes), by two independent routes:
 *
 * <ul>
 * <li>exactly, at random points where every root is rational (p = (3t)², q = (4t)², so √p, √q, √(pq), √(p/q) and
 * √(p + q) = 5t are rational): the symbolic closed ODE at that point against the closed ODE of the model written
 * with those numbers, which has no roots at all;</li>
 * <li>in doubles, at random points where the roots are irrational: Cayley-Hamilton, Σ a_k e_j F^k = 0, on the
 * moment matrix evaluated numerically.</li>
 * </ul>
 * Seeds are fixed and printed in every failure message.
 */
class RadicalCoefficientsTest {
    private static final String[] FACTORS = {"1", "p", "q", "sqrt(p)", "sqrt(q)", "sqrt(p/q)", "sqrt(p*q)",
            "sqrt(p + q)", "p/q"};

    private static String coefficient(Random r) {
        int n = r.nextInt(5) - 2;
        return (n == 0 ? 1 : n) + "*" + FACTORS[r.nextInt(FACTORS.length)];
    }

    /** A random linear model with additive and multiplicative noise; its moments of order 2 close. */
    private static String model(Random r, String p, String q) {
        return "model radicals\nito\nparam p positive" + (p == null ? "" : " = " + p) + "\nparam q positive"
                + (q == null ? "" : " = " + q) + "\nstate x = 1, y = 2\nnoise W1, W2\n"
                + "dx = (-(" + FACTORS[r.nextInt(FACTORS.length)] + ")*x + " + coefficient(r) + "*y + "
                + coefficient(r) + ")*dt + " + coefficient(r) + "*dW1\n"
                + "dy = (" + coefficient(r) + "*x - 2*(" + FACTORS[r.nextInt(FACTORS.length)] + ")*y)*dt + "
                + coefficient(r) + "*y*dW2\n";
    }

    private static Sde read(String text) throws Exception {
        return ModelReader.read("radicals.sde", text);
    }

    @Test
    void closedOdesAtRationalRootsEqualTheClosedOdesOfTheNumericModel() throws Exception {
        long seed = 20261203L;
        Random r = new Random(seed);
        int withRoots = 0;
        for (int trial = 0; trial < 12; trial++) {
            long modelSeed = r.nextLong();
            int t = 1 + r.nextInt(4);
            int u = 1 + r.nextInt(3);
            String p = "(3*" + t + "/" + u + ")^2";
            String q = "(4*" + t + "/" + u + ")^2";
            Sde symbolic = read(model(new Random(modelSeed), null, null));
            String numericText = model(new Random(modelSeed), null, null).replace("param p positive\nparam q positive\n",
                    "").replaceAll("\\bp\\b", "(" + p + ")").replaceAll("\\bq\\b", "(" + q + ")")
                    .replace("model radicals", "model numeric");
            Sde numeric = read(numericText);
            MomentSystem ms = MomentEquations.derive(symbolic, 2);
            MomentSystem mn = MomentEquations.derive(numeric, 2);
            Map<IExpr, IExpr> point = Map.of(Symbols.user("p"), CasSession.get().evaluate(readNumber(p)),
                    Symbols.user("q"), CasSession.get().evaluate(readNumber(q)));
            for (String component : List.of("m_x", "p_xx", "p_xy")) {
                String where = "seed " + seed + ", trial " + trial + ", " + component + ", p = " + p + ", q = " + q
                        + "\n" + model(new Random(modelSeed), null, null);
                ClosedOde s = ClosedOde.derive(ms, component, false, true);
                ClosedOde n = ClosedOde.derive(mn, component, false, true);
                if (!s.radicals().isEmpty()) {
                    withRoots++;
                }
                assertTrue(n.radicals().isEmpty(), where);
                assertEquals(n.subsystem().names(), s.subsystem().names(), where);
                assertEquals(n.order(), s.order(), where);
                for (int k = 0; k <= s.order(); k++) {
                    assertZero(F.Subtract(at(s.coefficients().get(k), point), n.coefficients().get(k)),
                            where + "\ncoefficient a_" + k);
                }
                for (int k = 0; k < s.order(); k++) {
                    assertZero(F.Subtract(at(s.initialDerivatives().get(k), point), n.initialDerivatives().get(k)),
                            where + "\ninitial derivative " + k);
                }
                assertEquals(n.constant() == null, s.constant() == null, where);
                if (s.constant() != null) {
                    assertZero(F.Subtract(at(s.constant(), point), n.constant()), where + "\nconstant");
                }
            }
        }
        assertTrue(withRoots >= 12, "too few closed ODEs with roots of parameters: " + withRoots);
    }

    @Test
    void closedOdesAnnihilateTheMomentMatrixAtIrrationalRoots() throws Exception {
        long seed = 77031L;
        Random r = new Random(seed);
        for (int trial = 0; trial < 10; trial++) {
            long modelSeed = r.nextLong();
            Sde model = read(model(new Random(modelSeed), null, null));
            MomentSystem m = MomentEquations.derive(model, 2);
            Map<ISymbol, Double> values = new HashMap<>();
            values.put(Symbols.user("p"), 0.3 + 2 * r.nextDouble());
            values.put(Symbols.user("q"), 0.3 + 2 * r.nextDouble());
            for (String component : List.of("m_y", "p_yy", "p_xy")) {
                ClosedOde ode = ClosedOde.derive(m, component, false, false);
                String where = "seed " + seed + ", trial " + trial + ", " + component + " at " + values + "\n"
                        + model(new Random(modelSeed), null, null);
                MomentSystem sub = ode.subsystem();
                int size = sub.size() + (sub.isHomogeneous() ? 0 : 1);
                SimpleMatrix f = new SimpleMatrix(size, size);
                for (int i = 0; i < sub.size(); i++) {
                    for (int j = 0; j < sub.size(); j++) {
                        f.set(i, j, NumericEval.eval(sub.matrix().get(i).get(j), values));
                    }
                    if (!sub.isHomogeneous()) {
                        f.set(i, sub.size(), NumericEval.eval(sub.constant().get(i), values));
                    }
                }
                // Σ a_k e_j F^k = 0 by Cayley-Hamilton, with a_k evaluated where the roots are irrational
                SimpleMatrix row = new SimpleMatrix(1, size);
                row.set(0, sub.indexOf(component), 1);
                SimpleMatrix sum = new SimpleMatrix(1, size);
                double scale = 0;
                for (int k = 0; k <= ode.order(); k++) {
                    double a = NumericEval.eval(ode.coefficients().get(k), values);
                    sum = sum.plus(row.scale(a));
                    scale = Math.max(scale, Math.abs(a) * row.normF());
                    row = row.mult(f);
                }
                assertTrue(sum.normF() <= 1e-9 * Math.max(1, scale), where + "\nresidual " + sum.normF()
                        + " against scale " + scale);
            }
        }
    }

    @Test
    void theOutputSaysWhichRootsWereTreatedAsSymbols() throws Exception {
        Sde model = read("""
                model noisy
                ito
                param D positive
                param gamma positive
                state x = 0
                noise W
                dx = -gamma*x*dt + sqrt(2*D/gamma)*dW
                """);
        ClosedOde ode = ClosedOde.derive(MomentEquations.derive(model, 2), "p_xx", false, true);
        // sqrt(2 D/gamma) squares out in p_xx: no atom is needed there
        assertTrue(ode.radicals().isEmpty(), ode.radicals().toString());
        Sde drifted = read("""
                model drifted
                ito
                param beta positive
                state x = 1
                noise W
                dx = -sqrt(beta)*x*dt + dW
                """);
        ClosedOde m = ClosedOde.derive(MomentEquations.derive(drifted, 1), "m_x", false, true);
        assertEquals(1, m.radicals().size());
        assertFalse(new org.kolmo.report.ClosedOdeReport(m).text().contains("atom_"));
        assertTrue(new org.kolmo.report.ClosedOdeReport(m).text().contains("sqrt(beta) entered the exact algebra"),
                new org.kolmo.report.ClosedOdeReport(m).text());
    }

    private static IExpr readNumber(String text) {
        String[] parts = text.replace("(", "").replace(")^2", "").split("\\*|/");
        IExpr v = F.QQ(Long.parseLong(parts[0]) * Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        return F.Sqr(v);
    }

    private static IExpr at(IExpr e, Map<IExpr, IExpr> point) {
        return F.subst(e, point);
    }

    private static void assertZero(IExpr difference, String where) {
        IExpr d = ExactTogether.evaluate(CasSession.get().evaluate(difference));
        assertTrue(d.isZero(), where + "\ndifference " + d);
    }
}

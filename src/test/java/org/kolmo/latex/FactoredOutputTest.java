package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kolmo.Kolmo;
import org.kolmo.HomogenizeOptions;
import org.kolmo.KolmoModel;
import org.kolmo.algebra.FactoredDenominators;
import org.kolmo.homogenization.EffectiveSde;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.report.HomogenizationReport;
import org.kolmo.support.Exact;
import org.kolmo.support.SessionEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The homogenized models of the bundled slow-fast examples print their denominators factored, in text and LaTeX
 * alike, and the factored text reads back as the derived (unfactored) expressions: exactly, and at random rational
 * values of the parameters and variables.
 */
class FactoredOutputTest {
    private static final SessionEval EVAL = new SessionEval();

    private static HomogenizationReport homogenize(String model) throws Exception {
        KolmoModel m = Kolmo.readModel(Path.of("models", model + ".sde"));
        return Kolmo.homogenize(m, HomogenizeOptions.defaults()).report();
    }

    @org.junit.jupiter.api.Test
    void slowFast2x2ShowsTheSquareOfGSquaredPlusTwo() throws Exception {
        HomogenizationReport r = homogenize("slow_fast_2x2");
        assertTrue(r.text().contains("/(6*(g^2 + 2)^2)"), r.text());
        assertFalse(r.text().contains("g^4 + 4*g^2 + 4"), r.text());
        assertTrue(r.latex().contains("{6 (g^{2} + 2)^{2}}"), r.latex());
        assertFalse(r.latex().contains("g^{4} + 4 g^{2} + 4"), r.latex());
        assertTrue(r.json().contains("(g^2 + 2)^2") && r.json().contains("(g^{2} + 2)^{2}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"slow_fast_2x2", "slow_fast_general", "kramers", "area", "noise_induced_drift"})
    void printedEffectiveModelReadsBackAsTheDerivedOne(String model) throws Exception {
        HomogenizationReport r = homogenize(model);
        EffectiveSde e = r.result().effective();
        Sde derived = e.ito();
        String text = r.text();
        // the effective model is the part of the output that is not a comment
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.startsWith("#")) {
                lines.add(l);
            }
        }
        Sde back = ModelReader.read(model + "_effective.sde", String.join("\n", lines) + "\n");
        Random random = new Random(model.hashCode());
        for (int i = 0; i < derived.dimension(); i++) {
            assertSameValue(derived.drift().get(i), back.drift().get(i), model + " drift " + i, random);
            assertNoReducibleDenominator(back.drift().get(i), model + " drift " + i);
            for (int j = 0; j < derived.noiseCount(); j++) {
                assertSameValue(derived.diffusion().get(i).get(j), back.diffusion().get(i).get(j),
                        model + " diffusion " + i + "," + j, random);
                assertNoReducibleDenominator(back.diffusion().get(i).get(j), model + " diffusion " + i + "," + j);
            }
        }
        // the comment lines "drift of X = ..." print the same drift
        Sde full = Kolmo.readModel(Path.of("models", model + ".sde")).sde();
        for (String l : text.split("\n")) {
            if (l.startsWith("# drift of ")) {
                String name = l.substring("# drift of ".length(), l.indexOf(" = "));
                String rest = l.substring(l.indexOf(" = ") + 3);
                String expr = rest.contains("  [") ? rest.substring(0, rest.indexOf("  [")) : rest;
                IExpr read = ModelReader.readExpression("drift", expr, full);
                int k = e.variables().indexOf(full.variable(name).orElseThrow().symbol());
                assertSameValue(e.drift().get(k), read, model + " drift of " + name, random);
                assertNoReducibleDenominator(read, model + " drift of " + name);
            }
        }
    }

    /** Every denominator sum within the caps of {@link FactoredDenominators} is irreducible. */
    private static void assertNoReducibleDenominator(IExpr e, String what) {
        if (e.isPower() && e.base().isPlus() && e.exponent().isInteger() && e.exponent().isNegative()) {
            IExpr base = e.base();
            assertTrue(FactoredDenominators.factor(base).isEmpty(), () -> what + ": denominator " + base
                    + " is printed expanded but factors");
        }
        if (e.isAST()) {
            for (IExpr x : (IAST) e) {
                assertNoReducibleDenominator(x, what);
            }
        }
    }

    /** a and b agree at random rational points, and exactly as rational functions where they have no roots. */
    private static void assertSameValue(IExpr a, IExpr b, String what, Random random) {
        if (rational(a) && rational(b)) {
            org.kolmo.support.Exact.assertSame(a, b, what);
        }
        Set<ISymbol> symbols = new LinkedHashSet<>();
        Exact.collect(a, symbols);
        Exact.collect(b, symbols);
        for (int point = 0; point < 5; point++) {
            List<IExpr> rules = new ArrayList<>();
            for (ISymbol s : symbols) {
                // positive rationals, so that the square roots of the diffusion stay real
                rules.add(F.Rule(s, F.QQ(1 + random.nextInt(40), 1 + random.nextInt(9))));
            }
            IExpr at = F.List(rules.toArray(new IExpr[0]));
            double x = EVAL.evalf(F.ReplaceAll(a, at));
            double y = EVAL.evalf(F.ReplaceAll(b, at));
            assertTrue(Math.abs(x - y) <= 1e-10 * Math.max(1, Math.abs(x)),
                    () -> what + " at " + at + ": derived " + x + ", printed and read back " + y);
        }
    }

    /** Without roots, whose radicands the exact comparison takes as atoms by their form. */
    private static boolean rational(IExpr e) {
        return e.isFree(x -> x.isPower() && !x.exponent().isInteger(), true);
    }
}

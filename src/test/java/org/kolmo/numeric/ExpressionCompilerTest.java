package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

class ExpressionCompilerTest {
    private static final ISymbol X = Symbols.user("x");
    private static final ISymbol Y = Symbols.user("y");
    private static final ISymbol Z = Symbols.user("z");
    private static final ISymbol ALPHA = Symbols.user("alpha");
    // beta and gamma are Symja built-ins when parsed: the compiler must see the user symbols, not Beta/Gamma
    private static final ISymbol BETA = Symbols.user("beta");
    private static final ISymbol T = Symbols.user("t");
    private static final InputLayout LAYOUT = new InputLayout(List.of(X, Y, Z), List.of(ALPHA, BETA), Optional.of(T));

    private final org.kolmo.support.SessionEval evaluator = new org.kolmo.support.SessionEval();

    /** Symja's machine-precision value of {@code e} at the point, or NaN where it is not a real number. */
    private double symjaValue(IExpr e, double t, double[] x, double[] p) {
        IExpr value = evaluator.eval(F.N(F.subst(e, rules(t, x, p, F::num))));
        return value.isReal() ? value.evalf() : Double.NaN;
    }

    private static IAST rules(double t, double[] x, double[] p, DoubleFunction<IExpr> number) {
        return F.List(F.Rule(X, number.apply(x[0])), F.Rule(Y, number.apply(x[1])), F.Rule(Z, number.apply(x[2])),
                F.Rule(ALPHA, number.apply(p[0])), F.Rule(BETA, number.apply(p[1])), F.Rule(T, number.apply(t)));
    }

    @Test
    void compiledValuesEqualSymjaAtRandomPoints() {
        long seed = Long.getLong("kolmo.test.seed", 20240611L);
        System.out.println("ExpressionCompilerTest random expressions: seed " + seed);
        RandomExpressions generator = new RandomExpressions(seed, List.of(X, Y, Z, ALPHA, BETA, T));
        SplittableRandom points = new SplittableRandom(seed + 1);
        int expressions = 240;
        List<IExpr> batch = new ArrayList<>();
        for (int i = 0; i < expressions; i++) {
            IExpr e = generator.next(4);
            // half as built, half in Symja's evaluated canonical form: the compiler meets both
            batch.add(i % 2 == 0 ? e : evaluator.eval(e));
        }
        ExpressionCompiler compiler = new ExpressionCompiler(LAYOUT);
        CompiledFunction f = compiler.compile(batch);
        CompiledBoundFunction[] bound = new CompiledBoundFunction[3];
        int compared = 0;
        double worst = 0;
        for (int k = 0; k < 3; k++) {
            double t = 3 * points.nextDouble();
            double[] x = {4 * points.nextDouble() - 2, 4 * points.nextDouble() - 2, 4 * points.nextDouble() - 2};
            double[] p = {0.5 + 1.5 * points.nextDouble(), 0.5 + 1.5 * points.nextDouble()};
            double[] out = f.evaluate(t, x, p);
            bound[k] = compiler.compileBound(batch, p);
            double[] outBound = bound[k].evaluate(t, x);
            for (int i = 0; i < expressions; i++) {
                double expected = symjaValue(batch.get(i), t, x, p);
                String where = "expression " + i + " " + ExpressionText.of(batch.get(i)) + " at t=" + t + " x="
                        + Arrays.toString(x) + " p=" + Arrays.toString(p);
                if (Double.isNaN(expected) || Math.abs(expected) > 1e12) {
                    continue; // outside the well-scaled real range the grammar aims at; counted below
                }
                // relative tolerance, absolute below 1 where the result may come from cancelling terms of size ~1
                double scale = Math.max(1.0, Math.abs(expected));
                assertEquals(expected, out[i], 1e-12 * scale, where);
                assertEquals(expected, outBound[i], 1e-12 * scale, "bound: " + where);
                worst = Math.max(worst, Math.abs(out[i] - expected) / scale);
                compared++;
            }
        }
        System.out.println("compared " + compared + " values, worst scaled difference " + worst);
        assertTrue(compared >= 3 * expressions * 9 / 10, "too few real values compared: " + compared);
    }

    @Test
    void repeatedSubtreesAreComputedOnce() {
        IExpr shared = F.Sin(F.Plus(X, F.Times(ALPHA, Y)));
        List<IExpr> outputs = List.of(F.Times(shared, Z), F.Plus(shared, F.C1), F.Sqr(shared));
        String source = new ExpressionCompiler(LAYOUT).javaSource(outputs);
        assertEquals(1, occurrences(source, "Math.sin("), source);
        assertEquals(1, occurrences(source, "p_0 * x_1"), source);
    }

    @Test
    void integerPowersBecomeMultiplicationChains() {
        ExpressionCompiler compiler = new ExpressionCompiler(LAYOUT);
        String source = compiler.javaSource(List.of(F.Power(X, F.ZZ(8)), F.Power(X, F.ZZ(-3)), F.Power(X, F.ZZ(2))));
        assertFalse(source.contains("Math.pow"), source);
        // x^2 is shared: x*x once, then two more squarings for x^8 and one product for x^3
        assertEquals(1, occurrences(source, "x_0 * x_0"), source);
        double[] out = compiler.compile(List.of(F.Power(X, F.ZZ(8)), F.Power(X, F.ZZ(-3)), F.Power(X, F.QQ(5, 2))))
                .evaluate(0, new double[] {1.3, 0, 0}, new double[2]);
        assertEquals(Math.pow(1.3, 8), out[0], 1e-15 * Math.pow(1.3, 8));
        assertEquals(Math.pow(1.3, -3), out[1], 1e-15);
        assertEquals(Math.pow(1.3, 2.5), out[2], 1e-15 * 2);
    }

    @Test
    void timeParametersAndConstantsAreRead() {
        IExpr e = F.Plus(F.Times(T, ALPHA), F.Times(F.Pi, BETA), F.E, F.QQ(1, 3), F.Divide(Z, Y));
        CompiledFunction f = new ExpressionCompiler(LAYOUT).compile(List.of(e));
        double v = f.evaluate(2.5, new double[] {0, 4, 3}, new double[] {0.25, 2})[0];
        assertEquals(2.5 * 0.25 + Math.PI * 2 + Math.E + 1.0 / 3 + 0.75, v, 1e-14);
    }

    @Test
    void boundParametersAreFolded() {
        ExpressionCompiler compiler = new ExpressionCompiler(LAYOUT);
        IExpr e = F.Times(F.CN2, F.Sqr(BETA), X);
        CompiledBoundFunction f = compiler.compileBound(List.of(e), new double[] {0.5, 3});
        assertTrue(f.source().contains("18.0"), f.source());
        assertEquals(-18.0 * 1.5, f.evaluate(0, new double[] {1.5, 0, 0})[0], 0);
    }

    @Test
    void longFunctionsAreSplitIntoMethodsAndStayCorrect() {
        List<IExpr> terms = new ArrayList<>();
        List<IExpr> outputs = new ArrayList<>();
        double[] x = {0.7, -0.3, 1.1};
        double expectedSum = 0;
        for (int k = 1; k <= 2000; k++) {
            IExpr term = F.Times(F.ZZ(k), F.Sin(F.Times(F.ZZ(k), X)), F.Power(Y, F.ZZ(k % 5)));
            terms.add(term);
            expectedSum += k * Math.sin(k * x[0]) * Math.pow(x[1], k % 5);
            if (k % 10 == 0) {
                outputs.add(F.Plus(F.Cos(F.Times(F.ZZ(k), Z)), F.Sin(F.Times(F.ZZ(k), X))));
            }
        }
        outputs.add(0, F.Plus(terms.toArray(new IExpr[0])));
        CompiledFunction f = new ExpressionCompiler(LAYOUT).compile(outputs);
        assertTrue(f.source().contains("part1("), "expected the code to be split");
        double[] out = f.evaluate(0, x, new double[2]);
        assertEquals(expectedSum, out[0], 1e-9 * Math.abs(expectedSum) + 1e-9);
        assertEquals(Math.cos(2000 * x[2]) + Math.sin(2000 * x[0]), out[200], 1e-12);
    }

    @Test
    void unknownSymbolIsNamed() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> new ExpressionCompiler(LAYOUT).compile(List.of(F.Plus(X, Symbols.user("gamma")))));
        assertEquals(NumericErrorCode.UNKNOWN_SYMBOL, e.code());
        assertEquals("gamma", e.arguments().get(0));
        assertEquals(Symbols.user("gamma"), e.offendingExpression());
    }

    @Test
    void complexNumbersAreRejected() {
        CompilationException e = assertThrows(CompilationException.class,
                () -> new ExpressionCompiler(LAYOUT).compile(List.of(F.Plus(X, F.Times(F.CI, Y)))));
        assertEquals(NumericErrorCode.COMPLEX_NUMBER, e.code());
        assertEquals(F.CI, e.offendingExpression());
    }

    @Test
    void unsupportedFunctionIsNamed() {
        IExpr gamma = F.Gamma(Y);
        CompilationException e = assertThrows(CompilationException.class,
                () -> new ExpressionCompiler(LAYOUT).compile(List.of(F.Plus(X, F.Sin(gamma)))));
        assertEquals(NumericErrorCode.UNSUPPORTED_FUNCTION, e.code());
        assertEquals(gamma, e.offendingExpression());
        assertTrue(e.getMessage().contains("Gamma"), e.getMessage());
    }

    @Test
    void duplicateInputsAreRejected() {
        NumericException e = assertThrows(NumericException.class,
                () -> InputLayout.of(List.of(X, Y), List.of(X)));
        assertEquals(NumericErrorCode.DUPLICATE_INPUT, e.code());
    }

    @Test
    void nonRealValuesBecomeNaN() {
        double[] out = new ExpressionCompiler(LAYOUT).compile(List.of(F.Sqrt(X), F.Log(X), F.Power(X, F.QQ(1, 3))))
                .evaluate(0, new double[] {-1, 0, 0}, new double[2]);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN}, out);
    }

    private static int occurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.kolmo.homogenization.montecarlo;

import java.util.List;
import java.util.Map;

import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Writes an expression as a Java double expression over an array {@code z} of variable values: sums, products,
 * integer powers (by repeated multiplication, through the helper {@code ipow}), square roots, the elementary
 * functions of the model language, rationals as double literals. Parameters must have been replaced by numbers
 * before.
 */
final class JavaExpressionWriter {
    private static final Map<ISymbol, String> FUNCTIONS = Map.of(S.Sin, "Math.sin", S.Cos, "Math.cos", S.Tan,
            "Math.tan", S.Sinh, "Math.sinh", S.Cosh, "Math.cosh", S.Tanh, "Math.tanh", S.Log, "Math.log", S.Abs,
            "Math.abs", S.Exp, "Math.exp", S.Sqrt, "Math.sqrt");

    private final List<ISymbol> variables;

    JavaExpressionWriter(List<ISymbol> variables) {
        this.variables = variables;
    }

    String write(IExpr e) {
        if (e instanceof IRational r) {
            return literal(r.doubleValue());
        }
        if (e.isNumber()) {
            if (!e.isReal()) {
                throw new IllegalArgumentException("a complex number cannot be simulated: " + e);
            }
            return literal(e.evalf());
        }
        if (e instanceof ISymbol s) {
            int i = variables.indexOf(s);
            if (i >= 0) {
                return "z[" + i + "]";
            }
            if (s.equals(S.Pi)) {
                return "Math.PI";
            }
            if (s.equals(S.E)) {
                return "Math.E";
            }
            throw new IllegalArgumentException("no value for " + s);
        }
        IAST ast = (IAST) e;
        if (ast.isPlus() || ast.isTimes()) {
            String op = ast.isPlus() ? " + " : " * ";
            StringBuilder sb = new StringBuilder("(");
            for (int i = 1; i < ast.size(); i++) {
                if (i > 1) {
                    sb.append(op);
                }
                sb.append(write(ast.get(i)));
            }
            return sb.append(')').toString();
        }
        if (ast.isPower()) {
            IExpr base = ast.base();
            IExpr exponent = ast.exponent();
            if (base.equals(S.E)) {
                return "Math.exp(" + write(exponent) + ")";
            }
            if (exponent.isInteger()) {
                return "ipow(" + write(base) + ", " + exponent.toIntDefault() + ")";
            }
            if (exponent instanceof IRational r && r.doubleValue() == 0.5) {
                return "Math.sqrt(" + write(base) + ")";
            }
            if (exponent instanceof IRational r && r.doubleValue() == -0.5) {
                return "(1.0 / Math.sqrt(" + write(base) + "))";
            }
            return "Math.pow(" + write(base) + ", " + write(exponent) + ")";
        }
        if (ast.head() instanceof ISymbol h && FUNCTIONS.containsKey(h) && ast.argSize() == 1) {
            return FUNCTIONS.get(h) + "(" + write(ast.arg1()) + ")";
        }
        throw new IllegalArgumentException("cannot compile " + e);
    }

    private static String literal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        return "(" + Double.toString(d) + ")";
    }
}

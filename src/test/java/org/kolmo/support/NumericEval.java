package org.kolmo.support;

import java.util.Map;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A small double-precision evaluator of Symja expressions (sums, products, powers, rationals, sqrt), written apart
 * from Symja so that tests can hold symbolic results against an independent numeric computation.
 */
public final class NumericEval {
    private NumericEval() {
    }

    public static double eval(IExpr e, Map<ISymbol, Double> values) {
        if (e.isNumber()) {
            return e.evalf();
        }
        if (e instanceof ISymbol s) {
            Double v = values.get(s);
            if (v == null) {
                throw new IllegalArgumentException("no value for " + s);
            }
            return v;
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            double sum = 0;
            for (int i = 1; i < ast.size(); i++) {
                sum += eval(ast.get(i), values);
            }
            return sum;
        }
        if (ast.isTimes()) {
            double prod = 1;
            for (int i = 1; i < ast.size(); i++) {
                prod *= eval(ast.get(i), values);
            }
            return prod;
        }
        if (ast.isPower()) {
            return Math.pow(eval(ast.arg1(), values), eval(ast.arg2(), values));
        }
        throw new IllegalArgumentException("cannot evaluate " + e);
    }
}

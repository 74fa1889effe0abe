package org.kolmo.support;

import java.util.List;
import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Numeric matrices from symbolic ones, and a matrix exponential written apart from the code under test. */
public final class Matrices {
    private Matrices() {
    }

    public static SimpleMatrix numeric(List<List<IExpr>> rows, Map<ISymbol, Double> values) {
        SimpleMatrix m = new SimpleMatrix(rows.size(), rows.get(0).size());
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                m.set(i, j, NumericEval.eval(rows.get(i).get(j), values));
            }
        }
        return m;
    }

    /** exp(A) by scaling and squaring of a 30-term Taylor series: plenty for the small, modest-norm tests here. */
    public static SimpleMatrix exp(SimpleMatrix a) {
        double norm = a.normF();
        int squarings = Math.max(0, (int) Math.ceil(Math.log(Math.max(norm, 1e-300)) / Math.log(2)) + 1);
        SimpleMatrix scaled = a.scale(Math.pow(2, -squarings));
        SimpleMatrix term = SimpleMatrix.identity(a.numRows());
        SimpleMatrix sum = term.copy();
        for (int k = 1; k <= 30; k++) {
            term = term.mult(scaled).scale(1.0 / k);
            sum = sum.plus(term);
        }
        for (int i = 0; i < squarings; i++) {
            sum = sum.mult(sum);
        }
        return sum;
    }
}

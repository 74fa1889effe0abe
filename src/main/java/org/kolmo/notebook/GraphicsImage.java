package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.plot.Figure;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's {@code Graphics} (what {@code Plot} and {@code ListLinePlot} return) drawn as a {@link Figure}: its
 * lines and points as curves over x. Other primitives are left out; a graphic with no curve gives null (shown as
 * text).
 */
final class GraphicsImage {
    private GraphicsImage() {
    }

    /** The curves of {@code graphics} as a figure, or null when it has none. */
    static Figure figure(IExpr graphics) {
        List<double[][]> curves = new ArrayList<>();
        collect(((IAST) graphics).arg1(), curves);
        if (curves.isEmpty()) {
            return null;
        }
        Figure plot = new Figure("", "", "");
        curves.forEach(c -> plot.line("", c[0], c[1]));
        return plot;
    }

    private static void collect(IExpr e, List<double[][]> out) {
        if (e.isAST(S.Line, 2) || e.isAST(S.Point, 2)) {
            IExpr pts = e.first();
            if (pts.isList() && pts.argSize() > 0 && pts.first().isList() && pts.first().argSize() > 0
                    && pts.first().first().isList()) {
                for (IExpr part : (IAST) pts) { // several lines in one primitive
                    add(part, out);
                }
            } else {
                add(pts, out);
            }
        } else if (e.isList()) {
            for (IExpr x : (IAST) e) {
                collect(x, out);
            }
        }
    }

    private static void add(IExpr points, List<double[][]> out) {
        if (!points.isList()) {
            return;
        }
        List<double[]> xy = new ArrayList<>();
        for (IExpr p : (IAST) points) {
            if (p.isList() && p.argSize() == 2 && p.first().isReal() && p.second().isReal()) {
                xy.add(new double[] {p.first().evalf(), p.second().evalf()});
            }
        }
        if (xy.size() < 2) {
            return;
        }
        double[] x = new double[xy.size()];
        double[] y = new double[xy.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy.get(i)[0];
            y[i] = xy.get(i)[1];
        }
        out.add(new double[][] {x, y});
    }
}

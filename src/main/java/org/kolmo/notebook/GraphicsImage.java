package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's {@code Graphics} (what {@code Plot} and {@code ListLinePlot} return) drawn as a PNG by {@link LinePlot}: its
 * lines and points as curves over x. Other primitives are left out; a graphic with no curve gives null (shown as
 * text).
 */
final class GraphicsImage {
    private GraphicsImage() {
    }

    static byte[] png(IExpr graphics, int width, int height) {
        List<LinePlot.Series> series = new ArrayList<>();
        collect(((IAST) graphics).arg1(), series);
        if (series.isEmpty()) {
            return null;
        }
        LinePlot plot = new LinePlot("", "");
        series.forEach(plot::add);
        return plot.png(width, height);
    }

    private static void collect(IExpr e, List<LinePlot.Series> out) {
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

    private static void add(IExpr points, List<LinePlot.Series> out) {
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
        out.add(new LinePlot.Series("", x, y, false));
    }
}

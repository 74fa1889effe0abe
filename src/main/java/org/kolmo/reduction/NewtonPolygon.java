package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

/**
 * The Newton polygon of a polynomial Σ c_i(ε) x^i in x with coefficients of known ε-orders: the slopes of its
 * lower convex hull give the orders of its roots as ε → 0 (Puiseux), one root per unit of horizontal length.
 */
final class NewtonPolygon {
    /** A group of roots x ~ c ε^order. */
    record RootOrder(double order, int count) {
    }

    private NewtonPolygon() {
    }

    /**
     * @param orders ε-order of c_i for i = 0..n, {@code Double.POSITIVE_INFINITY} where c_i = 0
     * @return the root orders from the lowest power up; zero roots (c_0 = 0 ...) come first with order +∞
     */
    static List<RootOrder> roots(double[] orders) {
        List<RootOrder> out = new ArrayList<>();
        int start = 0;
        while (start < orders.length && Double.isInfinite(orders[start])) {
            start++;
        }
        if (start > 0) {
            out.add(new RootOrder(Double.POSITIVE_INFINITY, start));
        }
        int i = start;
        while (i < orders.length - 1) {
            int best = -1;
            double bestSlope = Double.POSITIVE_INFINITY;
            for (int j = i + 1; j < orders.length; j++) {
                if (Double.isInfinite(orders[j])) {
                    continue;
                }
                double slope = (orders[j] - orders[i]) / (j - i);
                if (slope <= bestSlope) { // ties: the farthest point, so a segment counts all its roots
                    bestSlope = slope;
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            out.add(new RootOrder(-bestSlope, best - i));
            i = best;
        }
        return out;
    }
}

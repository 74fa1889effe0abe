package org.kolmo.stationary;

import java.util.ArrayList;
import java.util.List;

/**
 * Double-exponential quadrature (Takahasi and Mori 1974): the trapezoidal rule after a change of variable that makes
 * the integrand decay doubly exponentially, which gives close to double precision with a few hundred nodes even
 * for endpoint singularities such as the power laws of a density where the noise vanishes. Three maps: sinh-sinh
 * for the whole line, exp-sinh for a half-line, tanh-sinh for a finite interval. Each axis is shifted and scaled so
 * that the density's bulk sits at t of order one.
 */
final class DoubleExponential {
    /** Where an axis runs. */
    enum Kind {
        WHOLE_LINE, RIGHT_OF, LEFT_OF, BETWEEN
    }

    /**
     * One axis: {@code WHOLE_LINE} x = origin + scale sinh(π/2 sinh t); {@code RIGHT_OF} x = origin + scale
     * exp(π/2 sinh t); {@code LEFT_OF} x = origin - scale exp(π/2 sinh t); {@code BETWEEN} (origin, end) by
     * tanh-sinh.
     */
    record Axis(Kind kind, double origin, double scale, double end, double power) {
        static Axis wholeLine(double centre, double scale) {
            return new Axis(Kind.WHOLE_LINE, centre, scale, Double.NaN, 1);
        }

        /**
         * A half-line to the right of {@code left}; {@code power} = 1/(p + 1) for a density ~ u^p with -1 < p < 0 at
         * the end, so that x = left + scale exp(power y) makes the integrand decay like exp(y) there instead of
         * exp((p + 1) y), which is slow when p is near -1.
         */
        static Axis rightOf(double left, double scale, double power) {
            return new Axis(Kind.RIGHT_OF, left, scale, Double.NaN, power);
        }

        static Axis leftOf(double right, double scale, double power) {
            return new Axis(Kind.LEFT_OF, right, scale, Double.NaN, power);
        }

        static Axis between(double left, double right) {
            return new Axis(Kind.BETWEEN, left, right - left, right, 1);
        }

        /** The range of t: wide enough that the omitted tails are below double precision, narrow enough not to overflow. */
        double tMax() {
            return kind == Kind.WHOLE_LINE ? 4.0 : 4.5;
        }

        /** x(t) and dx/dt at t, as {x, w}. */
        double[] node(double t) {
            double y = Math.PI / 2 * Math.sinh(t);
            double dy = Math.PI / 2 * Math.cosh(t);
            switch (kind) {
                case WHOLE_LINE:
                    return new double[] {origin + scale * Math.sinh(y), scale * Math.cosh(y) * dy};
                case RIGHT_OF: {
                    double e = Math.exp(power * y);
                    return new double[] {origin + scale * e, scale * e * power * dy};
                }
                case LEFT_OF: {
                    double e = Math.exp(power * y);
                    return new double[] {origin - scale * e, scale * e * power * dy};
                }
                default: {
                    // distances to the nearer end computed directly, so that nodes next to an end stay distinct
                    double c = Math.cosh(y);
                    double w = scale / 2 * dy / (c * c);
                    double x = t >= 0 ? end - scale / (1 + Math.exp(2 * y)) : origin + scale / (1 + Math.exp(-2 * y));
                    return new double[] {x, w};
                }
            }
        }

        /** Nodes {x, weight} of the trapezoidal rule with step h, omitting those whose weight or place overflows. */
        List<double[]> nodes(double h) {
            List<double[]> out = new ArrayList<>();
            int n = (int) Math.ceil(tMax() / h);
            for (int i = -n; i <= n; i++) {
                double[] xw = node(i * h);
                if (Double.isFinite(xw[0]) && Double.isFinite(xw[1]) && xw[1] > 0) {
                    out.add(new double[] {xw[0], xw[1] * h});
                }
            }
            return out;
        }
    }

    /** A vector-valued integrand; {@code out} has the length given to {@link #integrate}. */
    interface Integrand {
        void evaluate(double[] x, double[] out);
    }

    /**
     * The integral and the last change between refinements (an error estimate), per component.
     *
     * @param values    integrals of the components
     * @param change    |difference| between the last two step sizes, per component
     * @param absolutes integrals of |component|, the scale of each component's rounding error
     * @param nodes     integrand evaluations of the last rule
     */
    record Result(double[] values, double[] change, double[] absolutes, int nodes) {
    }

    private DoubleExponential() {
    }

    /**
     * Integrates over the product of {@code axes} with tensor-product rules, halving the step from 1/2 until every
     * component changes by less than {@code tolerance} times its absolute integral or the step reaches
     * {@code minStep}.
     */
    static Result integrate(List<Axis> axes, int components, Integrand f, double tolerance, double minStep) {
        double[] previous = null;
        Result last = null;
        for (double h = 0.5; h >= minStep; h /= 2) {
            last = rule(axes, components, f, h);
            if (previous != null) {
                boolean done = true;
                for (int k = 0; k < components; k++) {
                    last.change()[k] = Math.abs(last.values()[k] - previous[k]);
                    if (!(last.change()[k] <= tolerance * last.absolutes()[k])) {
                        done = false;
                    }
                }
                if (done) {
                    return last;
                }
            } else {
                java.util.Arrays.fill(last.change(), Double.POSITIVE_INFINITY);
            }
            previous = last.values().clone();
        }
        return last;
    }

    private static Result rule(List<Axis> axes, int components, Integrand f, double h) {
        int d = axes.size();
        List<List<double[]>> nodes = new ArrayList<>();
        for (Axis a : axes) {
            nodes.add(a.nodes(h));
        }
        double[] sum = new double[components];
        double[] abs = new double[components];
        double[] out = new double[components];
        double[] x = new double[d];
        int[] index = new int[d];
        int count = 0;
        while (true) {
            double w = 1;
            for (int i = 0; i < d; i++) {
                double[] xw = nodes.get(i).get(index[i]);
                x[i] = xw[0];
                w *= xw[1];
            }
            f.evaluate(x, out);
            count++;
            for (int k = 0; k < components; k++) {
                // beyond the density's range the integrand underflows to 0 or meets inf - inf; both contribute 0
                if (Double.isFinite(out[k])) {
                    sum[k] += w * out[k];
                    abs[k] += w * Math.abs(out[k]);
                }
            }
            int i = 0;
            while (i < d && ++index[i] == nodes.get(i).size()) {
                index[i] = 0;
                i++;
            }
            if (i == d) {
                break;
            }
        }
        return new Result(sum, new double[components], abs, count);
    }
}

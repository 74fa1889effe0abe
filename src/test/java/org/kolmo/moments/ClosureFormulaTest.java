package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.simple.SimpleMatrix;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.kolmo.algebra.Monomial;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.support.Exact;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The closed systems against a second route: the exact hierarchy with each escaping moment replaced by the closure's
 * value computed here from its definition in the literature (power series of moments and cumulants, logs of a
 * log-normal law, gamma functions, an interpolating polynomial of log-moments), at random parameters and at the
 * moments of a random positive law. Also the one-variable formulas written out by hand.
 */
class ClosureFormulaTest {
    static final String LOGISTIC = """
            model logistic "stochastic logistic growth"
            ito
            param r positive
            param k positive
            param sg positive
            state x = 1
            noise W
            dx = (r*x - k*x^2)*dt + sg*x*dW
            """;
    static final String LOTKA_VOLTERRA = """
            model lv "Lotka-Volterra with multiplicative noise"
            ito
            param a positive
            param b positive
            param c positive
            param d positive
            param sx positive
            param sy positive
            state x = 1, y = 1
            noise W1, W2
            dx = (a*x - b*x*y)*dt + sx*x*dW1
            dy = (c*x*y - d*y)*dt + sy*y*dW2
            """;

    private static ISymbol u(String name) {
        return Symbols.internal(name);
    }

    @Test
    void oneVariableFormulasByHand() {
        List<String> x = List.of("x");
        IExpr m1 = u("m_x");
        IExpr m2 = u("p_xx");
        IExpr m3 = u("mu_xxx");
        IExpr m4 = u("mu_xxxx");
        // normal (Whittle 1957) at K = 2: the Gaussian with mean m1 and variance m2 - m1^2
        Exact.assertSame(F.Subtract(F.Times(F.C3, m1, m2), F.Times(F.C2, F.Power(m1, 3))),
                MomentClosure.formula(Closure.NORMAL, 2, x, Monomial.of(3)), "normal m3");
        Exact.assertSame(F.Subtract(F.Times(F.C3, F.Sqr(m2)), F.Times(F.C2, F.Power(m1, 4))),
                MomentClosure.formula(Closure.NORMAL, 2, x, Monomial.of(4)), "normal m4");
        // zero central moments above 2: m4 = m1^4 + 6 m1^2 (m2 - m1^2)
        Exact.assertSame(F.Subtract(F.Times(F.ZZ(6), F.Sqr(m1), m2), F.Times(F.C5, F.Power(m1, 4))),
                MomentClosure.formula(Closure.ZERO, 2, x, Monomial.of(4)), "zero m4");
        // log-normal (Keeling 2000) m3 = m2^3/m1^3, m4 = m2^6/m1^8
        Exact.assertSame(F.Divide(F.Power(m2, 3), F.Power(m1, 3)),
                MomentClosure.formula(Closure.LOGNORMAL, 2, x, Monomial.of(3)), "lognormal m3");
        Exact.assertSame(F.Divide(F.Power(m2, 6), F.Power(m1, 8)),
                MomentClosure.formula(Closure.LOGNORMAL, 2, x, Monomial.of(4)), "lognormal m4");
        // derivative matching (Singh & Hespanha 2007, 2011): at K = 2 the log-normal m3, at K = 3
        // m4 = m1^4 m3^4/m2^6, at K = 4 m5 = m2^10 m4^5/(m1^5 m3^10)
        Exact.assertSame(F.Divide(F.Power(m2, 3), F.Power(m1, 3)),
                MomentClosure.formula(Closure.DERIVATIVE_MATCHING, 2, x, Monomial.of(3)), "dm K=2");
        Exact.assertSame(F.Divide(F.Times(F.Power(m1, 4), F.Power(m3, 4)), F.Power(m2, 6)),
                MomentClosure.formula(Closure.DERIVATIVE_MATCHING, 3, x, Monomial.of(4)), "dm K=3");
        Exact.assertSame(F.Divide(F.Times(F.Power(m2, 10), F.Power(m4, 5)), F.Times(F.Power(m1, 5), F.Power(m3, 10))),
                MomentClosure.formula(Closure.DERIVATIVE_MATCHING, 4, x, Monomial.of(5)), "dm K=4");
        // gamma: m3 = m2 (2 m2 - m1^2)/m1
        Exact.assertSame(F.Divide(F.Times(m2, F.Subtract(F.Times(F.C2, m2), F.Sqr(m1))), m1),
                MomentClosure.formula(Closure.GAMMA, 2, x, Monomial.of(3)), "gamma m3");
    }

    @Test
    void twoVariableFormulasByHand() {
        List<String> xy = List.of("x", "y");
        // log-normal E[x^2 y] = p_xx p_xy^2/(m_x^2 m_y) (Keeling 2000: E[x x y] = E[xx] E[xy]^2 / (E[x]^2 E[y]))
        Exact.assertSame(F.Divide(F.Times(u("p_xx"), F.Sqr(u("p_xy"))), F.Times(F.Sqr(u("m_x")), u("m_y"))),
                MomentClosure.formula(Closure.LOGNORMAL, 2, xy, Monomial.of(2, 1)), "lognormal mu_xxy");
        // derivative matching E[x^2 y] at K = 2: the product formula gives the same
        Exact.assertSame(F.Divide(F.Times(u("p_xx"), F.Sqr(u("p_xy"))), F.Times(F.Sqr(u("m_x")), u("m_y"))),
                MomentClosure.formula(Closure.DERIVATIVE_MATCHING, 2, xy, Monomial.of(2, 1)), "dm mu_xxy");
        // normal E[x^2 y] = m_y p_xx + 2 m_x p_xy - 2 m_x^2 m_y (third cumulant 0)
        Exact.assertSame(F.Plus(F.Times(u("m_y"), u("p_xx")), F.Times(F.C2, u("m_x"), u("p_xy")),
                F.Times(F.CN2, F.Sqr(u("m_x")), u("m_y"))),
                MomentClosure.formula(Closure.NORMAL, 2, xy, Monomial.of(2, 1)), "normal mu_xxy");
    }

    @Test
    void closedSystemsEqualTheHierarchyWithTheClosureSubstituted() throws Exception {
        Random random = new Random(20261204L);
        for (String text : List.of(LOGISTIC, LOTKA_VOLTERRA)) {
            Sde sde = ModelReader.read("model.sde", text);
            for (Closure closure : Closure.values()) {
                for (int order = 2; order <= 4; order++) {
                    if (closure == Closure.GAMMA && sde.dimension() > 1) {
                        int k = order;
                        MomentsException e = assertThrows(MomentsException.class,
                                () -> MomentClosure.derive(sde, k, Closure.GAMMA));
                        assertEquals(MomentsErrorCode.CLOSURE_UNIVARIATE, e.code());
                        continue;
                    }
                    compare(sde, closure, order, random);
                }
            }
        }
    }

    /** The closed right sides against the hierarchy with this test's closure values, at two random points. */
    private static void compare(Sde sde, Closure closure, int order, Random random) throws Exception {
        ClosedMomentSystem closed = MomentClosure.derive(sde, order, closure);
        assertTrue(closed.closureUsed(), sde.name() + " needs a closure");
        MomentEquations.Hierarchy h = MomentEquations.hierarchy(sde, order);
        int n = sde.dimension();
        List<String> varNames = sde.variables().stream().map(Variable::name).toList();
        for (int trial = 0; trial < 2; trial++) {
            Map<ISymbol, Double> values = new HashMap<>();
            for (Parameter p : sde.parameters()) {
                values.put(p.symbol(), 0.5 + random.nextDouble());
            }
            Map<Monomial, Double> law = randomLaw(n, order + 2, random);
            for (Monomial m : h.moments()) {
                values.put(u(MomentNames.of(m, varNames)), law.get(m));
            }
            for (int i = 0; i < h.moments().size(); i++) {
                double expected = 0;
                for (Map.Entry<Monomial, IExpr> t : h.terms().get(i).entrySet()) {
                    Monomial m = t.getKey();
                    double moment = m.degree() == 0 ? 1 : m.degree() <= order ? law.get(m)
                            : closureValue(closure, order, law, m);
                    expected += NumericEval.eval(t.getValue(), values) * moment;
                }
                double actual = NumericEval.eval(closed.rhs().get(i), values);
                String what = sde.name() + ", " + closure.cliName() + ", order " + order + ", d/dt "
                        + closed.names().get(i);
                assertEquals(expected, actual, 1e-8 * (1 + Math.abs(expected)), what);
            }
        }
    }

    /** The moments up to {@code degree} of a law on four random points of (0.5, 2)^n with random weights. */
    private static Map<Monomial, Double> randomLaw(int n, int degree, Random random) {
        int atoms = 4;
        double[][] x = new double[atoms][n];
        double[] w = new double[atoms];
        double total = 0;
        for (int k = 0; k < atoms; k++) {
            for (int i = 0; i < n; i++) {
                x[k][i] = 0.5 + 1.5 * random.nextDouble();
            }
            w[k] = 0.2 + random.nextDouble();
            total += w[k];
        }
        Map<Monomial, Double> out = new HashMap<>();
        for (int d = 0; d <= degree; d++) {
            for (Monomial m : Monomial.ofDegree(n, d)) {
                double sum = 0;
                for (int k = 0; k < atoms; k++) {
                    double p = w[k] / total;
                    for (int i = 0; i < n; i++) {
                        p *= Math.pow(x[k][i], m.exponent(i));
                    }
                    sum += p;
                }
                out.put(m, sum);
            }
        }
        return out;
    }

    /** The closure's value of E[x^a] from the moments of orders 1..K of {@code law}, by its definition. */
    private static double closureValue(Closure closure, int order, Map<Monomial, Double> law, Monomial a) {
        int n = a.size();
        int top = a.degree();
        return switch (closure) {
            case ZERO -> {
                // central moment series exp(-m.t) M(t), cut above degree K, times exp(m.t)
                Series m = Series.moments(law, order, top);
                Series mean = Series.linear(law, n, top);
                Series central = mean.negate().exp().times(m).truncate(order);
                yield central.times(mean.exp()).moment(a);
            }
            case NORMAL -> Series.moments(law, order, top).log().truncate(order).exp().moment(a);
            case LOGNORMAL -> {
                // x = exp(z), z normal: log E[x^a] = a.mu + a^T S a/2, mu and S from the means and second moments
                double[] mu = new double[n];
                double[][] s = new double[n][n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        Monomial ij = Monomial.variable(n, i).multiplyBy(j);
                        s[i][j] = Math.log(law.get(ij) / (law.get(Monomial.variable(n, i))
                                * law.get(Monomial.variable(n, j))));
                    }
                }
                for (int i = 0; i < n; i++) {
                    mu[i] = Math.log(law.get(Monomial.variable(n, i))) - s[i][i] / 2;
                }
                double log = 0;
                for (int i = 0; i < n; i++) {
                    log += a.exponent(i) * mu[i];
                    for (int j = 0; j < n; j++) {
                        log += a.exponent(i) * a.exponent(j) * s[i][j] / 2;
                    }
                }
                yield Math.exp(log);
            }
            case GAMMA -> {
                double m1 = law.get(Monomial.of(1));
                double theta = (law.get(Monomial.of(2)) - m1 * m1) / m1;
                double alpha = m1 / theta;
                yield Math.exp(Gamma.logGamma(alpha + top) - Gamma.logGamma(alpha) + top * Math.log(theta));
            }
            case DERIVATIVE_MATCHING -> {
                // log E[x^b] as the polynomial of degree K in b through the points |b| <= K (log E[x^0] = 0)
                List<Monomial> points = new ArrayList<>();
                for (int d = 0; d <= order; d++) {
                    points.addAll(Monomial.ofDegree(n, d));
                }
                SimpleMatrix v = new SimpleMatrix(points.size(), points.size());
                SimpleMatrix rhs = new SimpleMatrix(points.size(), 1);
                for (int r = 0; r < points.size(); r++) {
                    for (int c = 0; c < points.size(); c++) {
                        v.set(r, c, power(points.get(r), points.get(c)));
                    }
                    rhs.set(r, 0, points.get(r).degree() == 0 ? 0 : Math.log(law.get(points.get(r))));
                }
                SimpleMatrix coefficients = v.solve(rhs);
                double log = 0;
                for (int c = 0; c < points.size(); c++) {
                    log += coefficients.get(c, 0) * power(a, points.get(c));
                }
                yield Math.exp(log);
            }
        };
    }

    /** prod_i b_i^(e_i), with 0^0 = 1. */
    private static double power(Monomial b, Monomial e) {
        double p = 1;
        for (int i = 0; i < b.size(); i++) {
            p *= Math.pow(b.exponent(i), e.exponent(i));
        }
        return p;
    }

    /** Truncated power series in t_1..t_n with double coefficients. */
    private record Series(int n, int top, Map<Monomial, Double> c) {
        static Series moments(Map<Monomial, Double> law, int upTo, int top) {
            Map<Monomial, Double> c = new HashMap<>();
            int n = law.keySet().iterator().next().size();
            for (Map.Entry<Monomial, Double> e : law.entrySet()) {
                if (e.getKey().degree() <= upTo) {
                    c.put(e.getKey(), e.getValue() / factorial(e.getKey()));
                }
            }
            return new Series(n, top, c);
        }

        static Series linear(Map<Monomial, Double> law, int n, int top) {
            Map<Monomial, Double> c = new HashMap<>();
            for (int i = 0; i < n; i++) {
                c.put(Monomial.variable(n, i), law.get(Monomial.variable(n, i)));
            }
            return new Series(n, top, c);
        }

        static double factorial(Monomial a) {
            double f = 1;
            for (int i = 0; i < a.size(); i++) {
                for (int k = 2; k <= a.exponent(i); k++) {
                    f *= k;
                }
            }
            return f;
        }

        Series times(Series o) {
            Map<Monomial, Double> out = new HashMap<>();
            c.forEach((a, x) -> o.c.forEach((b, y) -> {
                Monomial ab = a.times(b);
                if (ab.degree() <= top) {
                    out.merge(ab, x * y, Double::sum);
                }
            }));
            return new Series(n, top, out);
        }

        Series plus(Series o, double scale) {
            Map<Monomial, Double> out = new HashMap<>(c);
            o.c.forEach((b, y) -> out.merge(b, scale * y, Double::sum));
            return new Series(n, top, out);
        }

        Series negate() {
            return new Series(n, top, new HashMap<>()).plus(this, -1);
        }

        Series truncate(int degree) {
            Map<Monomial, Double> out = new HashMap<>();
            c.forEach((a, x) -> {
                if (a.degree() <= degree) {
                    out.put(a, x);
                }
            });
            return new Series(n, top, out);
        }

        Series one() {
            return new Series(n, top, new HashMap<>(Map.of(Monomial.one(n), 1.0)));
        }

        /** exp of a series: exp(c0) times the exponential series of the rest. */
        Series exp() {
            double c0 = c.getOrDefault(Monomial.one(n), 0.0);
            Series rest = plus(one(), -c0);
            Series sum = one();
            Series power = one();
            for (int j = 1; j <= top; j++) {
                power = power.times(rest);
                sum = sum.plus(power, 1.0 / factorial(Monomial.of(j)));
            }
            return new Series(n, top, new HashMap<>()).plus(sum, Math.exp(c0));
        }

        /** log of a series with constant term 1. */
        Series log() {
            Series rest = plus(one(), -1);
            Series sum = new Series(n, top, new HashMap<>());
            Series power = one();
            for (int j = 1; j <= top; j++) {
                power = power.times(rest);
                sum = sum.plus(power, (j % 2 == 1 ? 1.0 : -1.0) / j);
            }
            return sum;
        }

        double moment(Monomial a) {
            return c.getOrDefault(a, 0.0) * factorial(a);
        }
    }
}

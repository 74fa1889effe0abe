package org.kolmo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A given {@code PARAM = EXPR} fixes the parameter for the whole check (issue 11, item 4): in the model's
 * coefficients and initial values, hence its moment system, as well as in the claim, and the test points never draw
 * it. Claims that hold only under the given hold with it and fail without it; the verdicts are held against an
 * integration of the moment equations at the fixed values, apart from the checker.
 */
class GivenParametersTest {
    /** A linear model with other names than the two-state model: q is driven by r only through c. */
    static final String LINEAR = "model linear \"linear pair\"\nito\n"
            + "param k positive = 1\nparam c real = 2\nparam g positive = 3\nparam s positive = 1\n"
            + "state q = 1, r = 1\nnoise W1\n"
            + "dq = (-k*q + c*r)*dt + s*dW1\ndr = -g*r*dt\n";

    /** The same model without parameter values, so that every test point is drawn at random. */
    static final String LINEAR_NO_VALUES = LINEAR.replaceAll("(param \\w+ \\w+) = \\d+", "$1");

    /** Holds when c = 0: q then relaxes on its own. */
    static final String DECOUPLED = "m_q' == -k*m_q";

    /** The mean of q solves u'' + (k + g) u' + k g u = 0; with g = 2k that is this claim. */
    static final String RATES_ONE_TO_TWO = "m_q'' + 3*k*m_q' + 2*k^2*m_q == 0";

    static Sde twoState;
    static Sde linear;
    static Sde linearNoValues;

    @BeforeAll
    static void load() throws Exception {
        twoState = TestModels.load("two_state.sde");
        linear = ModelReader.read("linear.sde", LINEAR);
        linearNoValues = ModelReader.read("linear_no_values.sde", LINEAR_NO_VALUES);
        assertTrue(linearNoValues.parameters().stream().allMatch(p -> p.value().isEmpty()), LINEAR_NO_VALUES);
    }

    static ClaimResult check(Sde model, String claim, String... givens) throws Exception {
        return check(model, ClaimChecker.DEFAULT_SEED, claim, givens);
    }

    static ClaimResult check(Sde model, long seed, String claim, String... givens) throws Exception {
        return new ClaimChecker(model, List.of(givens), seed).check(claim);
    }

    static IExpr eval(IExpr e) {
        return CasSession.get().evaluate(e);
    }

    // ---------------------------------------------------------------- the two-state model of the issue

    @Test
    void theMeanOfZStaysOneOnlyWhenAlphaIsGivenZero() throws Exception {
        ClaimResult with = check(twoState, "m_z == 1", "alpha = 0");
        assertTrue(with.holds(), "dz = 2 alpha y dt vanishes at alpha = 0");
        assertEquals(ClaimResult.Kind.MOMENTS, with.kind());
        assertEquals(ClaimResult.Method.SYMBOLIC, with.method());
        assertEquals(Map.of("alpha", F.C0), with.given());

        ClaimResult without = check(twoState, "m_z == 1");
        assertFalse(without.holds());
        ClaimResult.Counterexample c = without.counterexample();
        assertEquals(F.fraction(1, 2), c.point().get("alpha"), "the model's alpha");
        assertTrue(c.modelPoint());
        assertEquals(2, c.derivative(), "m_z''(0) = -4 alpha^2 is the first to differ");
        assertTrue(without.given().isEmpty());
    }

    @Test
    void aGivenNonZeroAlphaIsUsedAtTheCounterexampleNotTheModelsValue() throws Exception {
        ClaimResult r = check(twoState, "m_z == 1", "alpha = 1/3");
        assertFalse(r.holds());
        ClaimResult.Counterexample c = r.counterexample();
        assertEquals(F.fraction(1, 3), c.point().get("alpha"));
        assertEquals(List.of("alpha", "beta"), List.copyOf(c.point().keySet()), "the given comes first");
        // m_z''(0) = -4 alpha^2 m_z(0) = -4/9 at the given alpha (the model's alpha = 1/2 would give -1)
        assertEquals(2, c.derivative());
        assertEquals(F.fraction(-4, 9), c.leftValue());
        assertEquals(F.C0, c.rightValue());
        assertEquals(F.fraction(-4, 9), eval(c.difference()), "the difference has no alpha left in it");
        assertTrue(c.modelPoint(), "beta, the only parameter drawn, is at the model's value");
    }

    @Test
    void stateClaimsAndTheGeneratorUseTheFixedModel() throws Exception {
        assertTrue(check(twoState, "drift(y) == -2*beta^2*y", "alpha = 0").holds());
        assertFalse(check(twoState, "drift(y) == -2*beta^2*y").holds());
        assertTrue(check(twoState, "L(z) == 0", "alpha = 0").holds());
        ClaimResult r = check(twoState, "L(z) == 0", "alpha = 2");
        assertFalse(r.holds());
        assertEquals(F.C2, r.counterexample().point().get("alpha"));
        IExpr y = r.counterexample().point().get("y");
        assertEquals(eval(F.Times(F.C4, y)), r.counterexample().leftValue(), "L(z) = 2 alpha y at alpha = 2");
    }

    @Test
    void abbreviationsAndFixedParametersTogether() throws Exception {
        // seed 003, eq. (41) with k = 2 beta^2 and beta fixed: the abbreviation's beta is fixed too
        assertTrue(check(twoState, "m_z'' + k*m_z' + 4*alpha^2*m_z == 0", "k = 2*beta^2", "beta = 3").holds());
        assertTrue(check(twoState, "m_z'' + 18*m_z' + 4*alpha^2*m_z == 0", "beta = 3").holds());
        assertFalse(check(twoState, "m_z'' + 2*m_z' + 4*alpha^2*m_z == 0", "beta = 3").holds());
        // a parameter given by one fixed later takes that value everywhere
        ClaimResult r = check(twoState, "m_z == 1", "alpha = beta", "beta = 2");
        assertEquals(Map.of("alpha", F.C2, "beta", F.C2), r.given());
        assertFalse(r.holds());
        assertEquals(Map.of("alpha", F.C2, "beta", F.C2), r.counterexample().point());
        assertEquals(F.ZZ(-16), r.counterexample().leftValue(), "m_z''(0) = -4 alpha^2 at alpha = 2");
    }

    // ---------------------------------------------------------------- the linear model: other names

    @Test
    void theDecouplingClaimHoldsOnlyWithCGivenZero() throws Exception {
        ClaimResult with = check(linear, DECOUPLED, "c = 0");
        assertTrue(with.holds());
        assertEquals(ClaimResult.Method.SYMBOLIC, with.method());

        ClaimResult without = check(linear, DECOUPLED);
        assertFalse(without.holds());
        ClaimResult.Counterexample c = without.counterexample();
        // at t = 0: m_q' = -k + c, against -k: they differ by c = 2 at the model's values
        assertEquals(0, c.derivative());
        assertEquals(F.C2, c.point().get("c"));
        assertEquals(F.C1, c.leftValue());
        assertEquals(F.CN1, c.rightValue());
    }

    @Test
    void aGivenNonZeroCIsNeverResampled() throws Exception {
        for (Sde model : List.of(linear, linearNoValues)) {
            for (long seed = 1; seed <= 5; seed++) {
                ClaimResult r = check(model, seed, DECOUPLED, "c = 1/2");
                assertFalse(r.holds());
                ClaimResult.Counterexample c = r.counterexample();
                assertEquals(F.fraction(1, 2), c.point().get("c"), model.name() + ", seed " + seed);
                assertEquals(F.fraction(1, 2), eval(F.Subtract(c.leftValue(), c.rightValue())),
                        "the two sides differ by c m_r(0) = c");
                assertTrue(c.point().containsKey("k"), "k is drawn");
            }
        }
    }

    @Test
    void aParameterGivenAsAnExpressionOfAnother() throws Exception {
        ClaimResult with = check(linear, RATES_ONE_TO_TWO, "g = 2*k");
        assertTrue(with.holds(), "with g = 2k the mean's equation is u'' + 3k u' + 2k^2 u = 0");
        assertEquals(ClaimResult.Method.SYMBOLIC, with.method());
        assertEquals(Map.of("g", eval(F.Times(F.C2, TestModels.s("k")))), with.given());

        ClaimResult without = check(linear, RATES_ONE_TO_TWO);
        assertFalse(without.holds(), "the model's g = 3 is not 2k = 2");
        assertEquals(F.ZZ(3), without.counterexample().point().get("g"));

        // g = 4k: the counterexample's g is always 4k at the drawn k, never a value drawn for g itself (nor the
        // model's g = 3)
        for (Sde model : List.of(linear, linearNoValues)) {
            for (long seed = 1; seed <= 5; seed++) {
                ClaimResult r = check(model, seed, RATES_ONE_TO_TWO, "g = 4*k");
                assertFalse(r.holds(), model.name() + ", seed " + seed);
                Map<String, IExpr> point = r.counterexample().point();
                IExpr k = point.get("k");
                assertEquals(eval(F.Times(F.C4, k)), point.get("g"), model.name() + ", seed " + seed + ": " + point);
            }
        }
    }

    @Test
    void aGivenInTheInitialValuesOnly() throws Exception {
        // q0 appears only in the initial value: the claim m_q == 0 needs q0 = 0 (and c = 0)
        Sde started = ModelReader.read("started.sde", LINEAR.replace("param s positive = 1\n",
                "param s positive = 1\nparam q0 real = 1\n").replace("state q = 1", "state q = q0"));
        assertTrue(check(started, "m_q == 0", "q0 = 0", "c = 0").holds());
        ClaimResult r = check(started, "m_q == 0", "c = 0");
        assertFalse(r.holds());
        assertEquals(F.C1, r.counterexample().leftValue(), "m_q(0) = q0 = 1");
        r = check(started, "m_q == 0", "q0 = 0");
        assertFalse(r.holds());
        assertEquals(1, r.counterexample().derivative(), "m_q'(0) = c r(0) = c");
    }

    @Test
    void badGivensAreBadInput() {
        assertBad("already given", "c = 0", "c = 1");
        assertBad("in terms of itself", "c = c + 1");
        assertBad("through the earlier givens", "c = k", "k = c");
        assertBad("which is no parameter", "c = q");
        assertBad("declares 'k' positive", "k = -1");
        assertBad("declares 'k' positive", "k = 0");
        assertBad("undefined", "c = 1/0");
        assertBad("a variable or a moment", "q = 1");
        assertBad("may not refer to moments", "c = m_q");
        // the value of an earlier given becomes undefined, or breaks its parameter's assumption
        assertBad("the value of 'g'", "g = 1/c", "c = 0");
        assertBad("declares 'g' positive", "g = c", "c = -1");
    }

    @Test
    void givensThatLeaveTheModelOrTheClaimUndefinedAreBadInput() throws Exception {
        Sde divided = ModelReader.read("divided.sde", "param a real = 1\nparam b real = 2\nstate x = 1/b\nnoise W\n"
                + "dx = -x/a*dt + dW\n");
        ModelException e = assertThrows(ModelException.class, () -> check(divided, "m_x == 1", "a = 0"));
        assertTrue(e.format().contains("the drift of x is undefined"), e.format());
        e = assertThrows(ModelException.class, () -> check(divided, "m_x == 1", "b = 0"));
        assertTrue(e.format().contains("the initial value of x is undefined"), e.format());
        e = assertThrows(ModelException.class, () -> check(linear, "1/c == 1", "c = 0"));
        assertEquals("--claim", e.diagnostics().get(0).position().file());
        assertTrue(e.format().contains("the left side is undefined"), e.format());
        assertTrue(check(divided, "m_x' == -m_x/a", "b = 1/a").holds());
    }

    private static void assertBad(String fragment, String... givens) {
        ModelException e = assertThrows(ModelException.class, () -> check(linear, DECOUPLED, givens),
                String.join("; ", givens));
        assertEquals(ModelErrorCode.BAD_ARGUMENT, e.diagnostics().get(0).code(), e.format());
        assertEquals("--given", e.diagnostics().get(0).position().file());
        assertTrue(e.format().contains(fragment), e.format());
    }

    // ---------------------------------------------------------------- numerics apart from the checker

    /**
     * The claims that hold only under a given, held against the moment equations integrated numerically (Hipparchus,
     * Dormand-Prince 8(5,3)) at the fixed values: the sides agree at several times with the given and differ without
     * it. The moment system is the model's own, unfixed, evaluated at the values, so nothing of the checker's
     * substitution is used.
     */
    @Test
    void theHoldingClaimsAgreeNumericallyAlongTheTrajectory() throws Exception {
        // two-state: m_z(t) = 1 at alpha = 0; at alpha = 1/2 it leaves 1
        Map<String, Double> twoStateAt = new HashMap<>(Map.of("alpha", 0.0, "beta", 1.0));
        for (double t : new double[] {0.5, 1, 2}) {
            Trajectory u = Trajectory.integrate(twoState, twoStateAt, t);
            assertEquals(1, u.value("m_z"), 1e-10, "alpha = 0, t = " + t);
        }
        twoStateAt.put("alpha", 0.5);
        assertTrue(Math.abs(Trajectory.integrate(twoState, twoStateAt, 1).value("m_z") - 1) > 1e-2);

        // linear, c = 0: m_q' = -k m_q at several k and times; with c = 2 it is not
        for (double k : new double[] {0.5, 1, 2.5}) {
            Map<String, Double> at = new HashMap<>(Map.of("k", k, "c", 0.0, "g", 3.0, "s", 1.0));
            for (double t : new double[] {0.5, 1, 2}) {
                Trajectory u = Trajectory.integrate(linear, at, t);
                assertEquals(-k * u.value("m_q"), u.derivative("m_q", 1), 1e-9, "c = 0, k = " + k + ", t = " + t);
                assertEquals(Math.exp(-k * t), u.value("m_q"), 1e-9, "m_q = exp(-k t) when q is decoupled");
            }
            at.put("c", 2.0);
            Trajectory u = Trajectory.integrate(linear, at, 1);
            assertTrue(Math.abs(u.derivative("m_q", 1) + k * u.value("m_q")) > 1e-3, "c = 2, k = " + k);
        }

        // linear, g = 2k: m_q'' + 3k m_q' + 2k^2 m_q = 0. With g = 3k it is not: m_q = A e^{-kt} + B e^{-gt} with
        // B = c/(k - g), and the claim's left side leaves (g^2 - 3kg + 2k^2) B e^{-gt} = -c k e^{-3kt}
        double c = 2;
        for (double k : new double[] {0.5, 1, 2.5}) {
            for (double t : new double[] {0.5, 1, 2}) {
                Trajectory u = Trajectory.integrate(linear, Map.of("k", k, "c", c, "g", 2 * k, "s", 1.0), t);
                double lhs = u.derivative("m_q", 2) + 3 * k * u.derivative("m_q", 1) + 2 * k * k * u.value("m_q");
                double scale = Math.abs(u.derivative("m_q", 2)) + 3 * k * Math.abs(u.derivative("m_q", 1)) + 1;
                assertEquals(0, lhs / scale, 1e-9, "g = 2k, k = " + k + ", t = " + t);
                Trajectory v = Trajectory.integrate(linear, Map.of("k", k, "c", c, "g", 3 * k, "s", 1.0), t);
                double off = v.derivative("m_q", 2) + 3 * k * v.derivative("m_q", 1) + 2 * k * k * v.value("m_q");
                double expected = -c * k * Math.exp(-3 * k * t);
                assertEquals(expected, off, 1e-7 * Math.abs(expected), "g = 3k, k = " + k + ", t = " + t);
            }
        }
    }

    /** The first moments U(t) of a model at numeric parameter values, integrated from the model's start. */
    private record Trajectory(MomentSystem system, double[][] f, double[] h, double[] u) {
        static Trajectory integrate(Sde model, Map<String, Double> values, double time) throws Exception {
            MomentSystem system = MomentEquations.derive(model, 1);
            Map<ISymbol, Double> at = new HashMap<>();
            values.forEach((name, v) -> at.put(TestModels.s(name), v));
            int n = system.size();
            double[][] f = new double[n][n];
            double[] h = new double[n];
            double[] u0 = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    f[i][j] = NumericEval.eval(system.matrix().get(i).get(j), at);
                }
                h[i] = NumericEval.eval(system.constant().get(i), at);
                u0[i] = NumericEval.eval(system.initialValues().get(i), at);
            }
            OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
                public int getDimension() {
                    return n;
                }

                public double[] computeDerivatives(double t, double[] y) {
                    return affine(f, h, y);
                }
            };
            double[] u = new DormandPrince853Integrator(1e-8, 0.1, 1e-13, 1e-13)
                    .integrate(ode, new ODEState(0, u0), time).getPrimaryState();
            return new Trajectory(system, f, h, u);
        }

        static double[] affine(double[][] f, double[] h, double[] y) {
            double[] out = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                out[i] = h == null ? 0 : h[i];
                for (int j = 0; j < y.length; j++) {
                    out[i] += f[i][j] * y[j];
                }
            }
            return out;
        }

        double value(String moment) {
            return u[system.indexOf(moment)];
        }

        /** The k-th time derivative: U' = F U + h, and U^(k) = F U^(k-1) for k >= 2. */
        double derivative(String moment, int k) {
            double[] d = affine(f, h, u);
            for (int i = 1; i < k; i++) {
                d = affine(f, null, d);
            }
            return d[system.indexOf(moment)];
        }
    }
}

package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.support.Exact.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Issue 12: the generator route on slow-fast models outside Lim's eqs. (5)-(7), where the fast process is still an
 * Ornstein-Uhlenbeck process for frozen slow variables. Each expected effective SDE is derived by hand in the comment
 * of its test (Hermite eigenfunctions of the fast generator, or an exact integration of the slow equation), with
 * symbols renamed and parameters left free so that the algebra, not one number, is checked. The default route
 * ({@link Homogenization.Route#AUTO}) runs the generator route alone and says why the closed forms do not apply.
 */
class WidenedClassTest {
    private static Homogenization.Result homogenize(String name, String text) throws Exception {
        Sde sde = ModelReader.read(name + ".sde", text);
        Homogenization.Result r = Homogenization.homogenize(sde, name + ".sde", Homogenization.Route.AUTO);
        assertTrue(r.checksPass(), () -> "numeric self-checks: " + r.checks());
        return r;
    }

    private static IExpr expr(Homogenization.Result r, String text) throws Exception {
        return ModelReader.readExpression("test", text, r.model());
    }

    /** The one-dimensional effective SDE has the drift and the diffusion given in the model's syntax. */
    private static void assertEffective(Homogenization.Result r, String drift, String diffusion) throws Exception {
        assertSame(expr(r, drift), r.effective().drift().get(0), "drift");
        assertSame(expr(r, diffusion), r.effective().diffusionMatrix().get(0).get(0), "diffusion");
    }

    private static HomogenizationException refused(Sde sde, String file) {
        return assertThrows(HomogenizationException.class,
                () -> Homogenization.homogenize(sde, file, Homogenization.Route.AUTO));
    }

    private static void outsideClosedForms(Homogenization.Result r, HomogenizationErrorCode why) {
        assertEquals(Homogenization.Route.GENERATOR, r.route());
        assertEquals(why, r.closedFormOutside().orElseThrow().code());
    }

    @Test
    void orderOneSlowDriftDependingOnTheFastVariable() throws Exception {
        // the issue's example: dX = (-X Y^2 + Y/eps) dt, dY = -Y/eps^2 dt + sqrt(2)/eps dW gives dX = -X dt + sqrt(2) dB
        Homogenization.Result issue = homogenize("issue", """
                param eps small = 0.05
                slow X = 1
                fast Y
                noise W
                dX = (-X*Y^2 + Y/eps)*dt
                dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                """);
        outsideClosedForms(issue, HomogenizationErrorCode.DEPENDS_ON_FAST);
        assertEffective(issue, "-X", "2");

        // renamed, with rates: L0 = -k Z d/dZ + (s^2/2) d^2/dZ^2, J = s^2/(2k); avg(-U Z^2) = -U s^2/(2k); the cell
        // problem -L0 Phi = a Z has Phi = a Z/k, so the diffusion is 2 avg(a Z Phi) = 2 a^2 J/k = a^2 s^2/k^2 and
        // Phi, free of U, adds no drift
        Homogenization.Result r = homogenize("renamed", """
                param e small = 0.02
                param k positive = 3
                param s positive = 1/2
                param a real = 2
                slow U = 1
                fast Z
                noise V
                dU = (-U*Z^2 + a*Z/e)*dt
                dZ = -k*Z/e^2*dt + s/e*dV
                """);
        assertEffective(r, "-U*s^2/(2*k)", "a^2*s^2/k^2");
    }

    @Test
    void polynomialSingularDriftWithItsCenteringCondition() throws Exception {
        // f1 = He3(Y) + X He2(Y) with He2 = Y^2 - 1, He3 = Y^3 - 3Y, eigenfunctions of L0 = -Y d/dY + d^2/dY^2
        // (L0 He_n = -n He_n, E[He_n He_m] = n! delta_nm under N(0, 1)): avg f1 = 0 and Phi = He3/3 + X He2/2.
        // Drift: -X + avg(f1 dPhi/dX) = -X + X E[He2^2]/2 = 0; diffusion: 2 avg(f1 Phi) = 2 (6/3 + X^2 2/2) = 4 + 2 X^2
        Homogenization.Result r = homogenize("hermite", """
                param eps small = 0.05
                slow X = 1
                fast Y
                noise W
                dX = (-X + (Y^3 - 3*Y + X*(Y^2 - 1))/eps)*dt
                dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                """);
        outsideClosedForms(r, HomogenizationErrorCode.SLOW_SINGULAR_DRIFT_NOT_LINEAR);
        assertEffective(r, "0", "4 + 2*X^2");

        // not centred: avg(X Y^2) = X s^2/2 under N(0, s^2/2); the error names the term and the average
        Sde bad = ModelReader.read("bad.sde", """
                param eps small = 0.05
                param s positive = 1
                slow X = 1
                fast Y
                noise W
                dX = (Y + X*Y^2)/eps*dt
                dY = -Y/eps^2*dt + s/eps*dW
                """);
        HomogenizationException e = refused(bad, "bad.sde");
        assertEquals(HomogenizationErrorCode.CENTERING, e.code());
        assertEquals("X", e.variable());
        assertTrue(e.getMessage().contains("X*Y^2") && e.getMessage().contains("is s^2*X/2, not 0")
                || e.getMessage().contains("is X*s^2/2, not 0"), e.getMessage());
    }

    @Test
    void averagingWithAFastMeanDependingOnTheSlowVariable() throws Exception {
        // Pavliotis & Stuart, linear averaging: for frozen X the fast law is N(a21 X/k, q^2/(2k)), so the averaged
        // drift is a11 X + a12 a21 X/k and the diffusion s^2
        Homogenization.Result r = homogenize("linear", """
                param a11 real = -1
                param a12 real = 1
                param a21 real = 1
                param k positive = 2
                param q positive = 1
                param s positive = 1
                param eps small = 0.05
                slow X = 1
                fast Y
                noise V, W
                dX = (a11*X + a12*Y)*dt + s*dV
                dY = (a21*X - k*Y)/eps*dt + q/sqrt(eps)*dW
                """);
        assertEquals(Regime.AVERAGING, r.regime());
        outsideClosedForms(r, HomogenizationErrorCode.EXTRA_FAST_TERM);
        assertEffective(r, "(a11 + a12*a21/k)*X", "s^2");
        CellProblem cell = r.generator().orElseThrow().cellProblem();
        assertSame(expr(r, "a21*X/k"), cell.field().toExpr(cell.mean().get(0)), "fast mean");

        // nonlinear in the fast variable: avg(Y^2) = (a21 X/k)^2 + q^2/(2k)
        Homogenization.Result sq = homogenize("square", """
                param a21 real = 1
                param k positive = 2
                param q positive = 1
                param eps small = 0.05
                slow X = 1
                fast Y
                noise W
                dX = (-X + Y^2)*dt
                dY = (a21*X - k*Y)/eps*dt + q/sqrt(eps)*dW
                """);
        assertSame(expr(sq, "-X + a21^2*X^2/k^2 + q^2/(2*k)"), sq.effective().drift().get(0), "drift");
    }

    @Test
    void homogenizationWithAFastMeanDependingOnTheSlowVariable() throws Exception {
        // dX = c (Y - X)/eps dt, dY = k (X - Y)/eps^2 dt + s/eps dW: centred (the fast mean is X), and
        // d(X + c eps Y/k) = (c s/k) dW exactly, so the limit is dX = (c s/k) dB, without drift
        Homogenization.Result r = homogenize("moving", """
                param eps small = 0.05
                param c positive = 3/2
                param k positive = 2
                param s positive = 1
                slow X = 1
                fast Y
                noise W
                dX = c*(Y - X)/eps*dt
                dY = k*(X - Y)/eps^2*dt + s/eps*dW
                """);
        assertEquals(Regime.HOMOGENIZATION, r.regime());
        assertEffective(r, "0", "c^2*s^2/k^2");
    }

    @Test
    void noiseSharedBySlowAndFastVariables() throws Exception {
        // dX = (-X + a Y/eps) dt + b dW + g dV, dY = -k Y/eps^2 dt + s/eps dW: a Y/eps dt = (a/k)(s dW - eps dY),
        // so dX -> -X dt + (b + a s/k) dW + g dV and the diffusion is (b + a s/k)^2 + g^2
        Homogenization.Result r = homogenize("shared", """
                param eps small = 0.05
                param a real = 1
                param b real = 1/2
                param g real = 1/3
                param k positive = 2
                param s positive = 1
                slow X = 1
                fast Y
                noise W, V
                dX = (-X + a*Y/eps)*dt + b*dW + g*dV
                dY = -k*Y/eps^2*dt + s/eps*dW
                """);
        outsideClosedForms(r, HomogenizationErrorCode.SHARED_NOISE);
        assertEffective(r, "-X", "(b + a*s/k)^2 + g^2");
    }

    @Test
    void modelsInsideTheClosedFormsRunBothRoutes() throws Exception {
        Homogenization.Result r = homogenize("lim", """
                param eps small = 0.05
                param g real = 1
                slow X = 1
                fast Y
                noise W
                dX = (-X + g*X*Y/eps)*dt
                dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                """);
        assertEquals(Homogenization.Route.BOTH, r.route());
        assertTrue(r.closedFormOutside().isEmpty());
        assertTrue(r.routesAgree() && !r.agreements().isEmpty(), () -> r.agreements().toString());
    }

    @Test
    void whatStaysOutsideIsRefusedWithItsCode() throws Exception {
        String head = "param eps small = 0.05\nslow X = 1\nfast Y\nnoise W\ndX = Y/eps*dt\n";
        Sde nonlinear = ModelReader.read("n.sde", head + "dY = (-Y - Y^3)/eps^2*dt + sqrt(2)/eps*dW\n");
        HomogenizationException e = refused(nonlinear, "n.sde");
        assertEquals(HomogenizationErrorCode.FAST_DRIFT_NONLINEAR, e.code());
        assertEquals("Y", e.variable());
        Sde multiplicative = ModelReader.read("m.sde", head + "dY = -Y/eps^2*dt + sqrt(2)*Y/eps*dW\n");
        e = refused(multiplicative, "m.sde");
        assertEquals(HomogenizationErrorCode.DEPENDS_ON_FAST, e.code());
        assertEquals("Y", e.variable());
        List.of(nonlinear, multiplicative).forEach(m -> assertEquals(1, m.noiseCount()));
    }
}

package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/** Models outside the class: each rejected with the equation and the offending term named. */
class ErrorCaseTest {
    private static final String HEAD = "param eps small = 0.05\nparam k real = -1\nslow X1 = 0, X2 = 0\n"
            + "fast Y1, Y2\nnoise W1, W2, V\n";

    private static HomogenizationException reject(String equations, Homogenization.Route route) throws Exception {
        return refused(ModelReader.read("bad.sde", HEAD + equations), "bad.sde", route);
    }

    private static HomogenizationException refused(Sde sde, String file, Homogenization.Route route) {
        return assertThrows(HomogenizationException.class, () -> Homogenization.homogenize(sde, file, route));
    }

    /** A model with the good slow and fast equations and the functional {@code A} given by its equation. */
    private static HomogenizationException rejectFunctional(String equationOfA) throws Exception {
        Sde sde = ModelReader.read("f.sde", HEAD + "functional A\n" + GOOD_X + GOOD_Y + equationOfA);
        return refused(sde, "f.sde", Homogenization.Route.CLOSED_FORM);
    }

    private static void assertRefused(HomogenizationException e, HomogenizationErrorCode code, String variable) {
        assertEquals(code, e.code());
        assertEquals(variable, e.variable());
    }

    private static void assertMessageContains(HomogenizationException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    private static HomogenizationException reject(String equations) throws Exception {
        return reject(equations, Homogenization.Route.BOTH);
    }

    private static final String GOOD_X = "dX1 = Y1/eps*dt\ndX2 = Y2/eps*dt\n";
    private static final String GOOD_Y = "dY1 = -Y1/eps^2*dt + dW1/eps\ndY2 = -Y2/eps^2*dt + dW2/eps\n";

    @Test
    void fastDriftNonlinearInY() throws Exception {
        HomogenizationException e = reject(GOOD_X
                + "dY1 = (-Y1 + Y1^2)/eps^2*dt + dW1/eps\ndY2 = -Y2/eps^2*dt + dW2/eps\n");
        assertRefused(e, HomogenizationErrorCode.FAST_DRIFT_NONLINEAR, "Y1");
        assertTrue(e.getMessage().startsWith("bad.sde: error[E705]: equation of Y1: the fast drift is nonlinear in Y "
                + "(term Y1^2/eps^2)"), e.getMessage());
    }

    @Test
    void termOfOrderEpsToTheMinusThree() throws Exception {
        HomogenizationException e = reject(GOOD_X
                + "dY1 = (-Y1/eps^2 + X1/eps^3)*dt + dW1/eps\ndY2 = -Y2/eps^2*dt + dW2/eps\n");
        assertRefused(e, HomogenizationErrorCode.ORDER_TOO_SINGULAR, "Y1");
        assertMessageContains(e, "order 1/eps^3", "(term X1/eps^3)");
    }

    @Test
    void slowDriftOfOrderEpsToTheMinusTwo() throws Exception {
        HomogenizationException e = reject("dX1 = Y1/eps^2*dt\ndX2 = Y2/eps*dt\n" + GOOD_Y);
        assertRefused(e, HomogenizationErrorCode.ORDER_TOO_SINGULAR, "X1");
    }

    @Test
    void b2NotPositiveStableSymbolically() throws Exception {
        // B2 = [[1, 2], [2, 1]] has the eigenvalue -1: det(l I + B2) = l^2 + 2 l - 3, Hurwitz determinant 2 * (-3)
        HomogenizationException e = reject(GOOD_X
                + "dY1 = -(Y1 + 2*Y2)/eps^2*dt + dW1/eps\ndY2 = -(2*Y1 + Y2)/eps^2*dt + dW2/eps\n");
        assertEquals(HomogenizationErrorCode.NOT_POSITIVE_STABLE, e.code());
        assertMessageContains(e, "D2 of det(l I + B2) is -6");
    }

    @Test
    void b2NotPositiveStableAtTheParameterValues() throws Exception {
        // B2 = diag(1, k): undecided for a real k, negative at k = -1
        HomogenizationException e = reject(GOOD_X
                + "dY1 = -Y1/eps^2*dt + dW1/eps\ndY2 = -k*Y2/eps^2*dt + dW2/eps\n");
        assertEquals(HomogenizationErrorCode.NOT_POSITIVE_STABLE, e.code());
        assertMessageContains(e, "k = -1");
    }

    @Test
    void positiveStabilityProvedForAllParameters() throws Exception {
        Sde sde = ModelReader.read("rot.sde", HEAD.replace("param k real = -1", "param k real")
                + GOOD_X + "dY1 = -(Y1 - k*Y2)/eps^2*dt + dW1/eps\ndY2 = -(k*Y1 + Y2)/eps^2*dt + dW2/eps\n");
        PositiveStability st = SlowFastSystem.recognize(sde, "rot.sde").stability();
        assertTrue(st.proved(), st.toString()); // trace 2 and det 1 + k^2: positive for every real k
    }

    @Test
    void centeringConditionChecked() throws Exception {
        // a 1/eps drift Y1^2 - 1/2... with J = 1/2: Y1^2 averages to 1/2, so Y1^2 alone is not centred
        String fast = "dY1 = -Y1/eps^2*dt + dW1/eps\ndY2 = -Y2/eps^2*dt + dW2/eps\n";
        HomogenizationException e = reject("dX1 = Y1^2/eps*dt\ndX2 = Y2/eps*dt\n" + fast,
                Homogenization.Route.GENERATOR);
        assertRefused(e, HomogenizationErrorCode.CENTERING, "X1");
        assertMessageContains(e, "is 1/2, not 0");
        // centred, the same drift is fine for the generator route, which is not limited to U1 Y
        Sde centred = ModelReader.read("ok.sde", HEAD + "dX1 = (Y1^2 - 1/2)/eps*dt\ndX2 = Y2/eps*dt\n" + fast);
        Homogenization.Result r = Homogenization.homogenize(centred, "ok.sde", Homogenization.Route.GENERATOR);
        assertTrue(r.checksPass());
        // while the closed form names the term that takes it outside eq. (5)
        HomogenizationException c = reject("dX1 = (Y1^2 - 1/2)/eps*dt\ndX2 = Y2/eps*dt\n" + fast,
                Homogenization.Route.CLOSED_FORM);
        assertEquals(HomogenizationErrorCode.SLOW_SINGULAR_DRIFT_NOT_LINEAR, c.code());
        assertMessageContains(c, "term Y1^2/eps");
    }

    @Test
    void functionalNotCentred() throws Exception {
        HomogenizationException e = rejectFunctional("dA = Y1^2/eps*dt\n");
        assertRefused(e, HomogenizationErrorCode.CENTERING, "A");
    }

    @Test
    void noiseSharedBySlowAndFast() throws Exception {
        HomogenizationException e = reject("dX1 = Y1/eps*dt + dW1\ndX2 = Y2/eps*dt\n" + GOOD_Y,
                Homogenization.Route.CLOSED_FORM);
        assertEquals(HomogenizationErrorCode.SHARED_NOISE, e.code());
        assertMessageContains(e, "noise W1");
    }

    @Test
    void uZeroDependingOnY() throws Exception {
        HomogenizationException e = reject("dX1 = (Y1/eps + Y2)*dt\ndX2 = Y2/eps*dt\n" + GOOD_Y,
                Homogenization.Route.CLOSED_FORM);
        assertEquals(HomogenizationErrorCode.DEPENDS_ON_FAST, e.code());
        assertMessageContains(e, "u0 (eq. 5)", "term Y2");
    }

    @Test
    void fastNoiseOfTheWrongOrder() throws Exception {
        HomogenizationException e = reject(GOOD_X + "dY1 = -Y1/eps^2*dt + dW1\ndY2 = -Y2/eps^2*dt + dW2/eps\n");
        assertRefused(e, HomogenizationErrorCode.FAST_NOISE_ORDER, "Y1");
    }

    @Test
    void functionalWithItsOwnNoiseOrAFastDifferential() throws Exception {
        assertEquals(HomogenizationErrorCode.FUNCTIONAL_NOISE, rejectFunctional("dA = X1*dX1 + dV\n").code());
        assertEquals(HomogenizationErrorCode.FUNCTIONAL_FAST_DIFFERENTIAL,
                rejectFunctional("dA = X1*dY1\n").code());
    }

    @Test
    void notAFiniteSumOfPowersOfEps() throws Exception {
        HomogenizationException e = reject("dX1 = Y1/(eps + eps^2)*dt\ndX2 = Y2/eps*dt\n" + GOOD_Y);
        assertRefused(e, HomogenizationErrorCode.NOT_LAURENT, "X1");
    }

    @Test
    void notPolynomialInY() throws Exception {
        HomogenizationException e = reject("dX1 = sin(Y1)/eps*dt\ndX2 = Y2/eps*dt\n" + GOOD_Y);
        assertEquals(HomogenizationErrorCode.NOT_POLYNOMIAL_IN_FAST, e.code());
    }

    @Test
    void noFastRelaxation() throws Exception {
        HomogenizationException e = reject(GOOD_X + "dY1 = -Y1*dt + dW1\ndY2 = -Y2*dt + dW2\n");
        assertEquals(HomogenizationErrorCode.FAST_DRIFT_MISSING, e.code());
    }

    @Test
    void ordinarySdeIsNotSlowFast() throws Exception {
        Sde sde = ModelReader.read("x.sde", "state x\nnoise W\ndx = -x*dt + dW\n");
        assertEquals(HomogenizationErrorCode.NOT_SLOW_FAST, refused(sde, "x.sde", Homogenization.Route.BOTH).code());
    }

    @Test
    void lineIsAddedForTheCommandLine() throws Exception {
        HomogenizationException e = reject(GOOD_X
                + "dY1 = (-Y1 + Y1^2)/eps^2*dt + dW1/eps\ndY2 = -Y2/eps^2*dt + dW2/eps\n");
        String located = e.at(new int[] {8, 1}, "dY1 = (-Y1 + Y1^2)/eps^2*dt + dW1/eps").getMessage();
        assertTrue(located.startsWith("bad.sde:8:1: error[E705]: equation of Y1:"), located);
        assertTrue(located.endsWith("\n    dY1 = (-Y1 + Y1^2)/eps^2*dt + dW1/eps\n    ^"), located);
    }
}

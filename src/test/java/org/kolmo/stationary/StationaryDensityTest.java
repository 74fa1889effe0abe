package org.kolmo.stationary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.stationary.StationaryDensity.Moment;
import org.kolmo.stationary.StationaryDensity.Result;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Stationary densities against hand results (Gamma-function moments, the Gaussian of the Ornstein-Uhlenbeck process,
 * the Gamma law of stochastic logistic growth) and against an independent composite Simpson rule written here.
 */
class StationaryDensityTest {
    private static Result derive(String text, Map<String, Double> values, int order) throws Exception {
        Sde sde = ModelReader.read("m.sde", text);
        return StationaryDensity.derive(sde, "m.sde", values, order);
    }

    private static StationaryException reject(String text) throws Exception {
        Sde sde = ModelReader.read("m.sde", text);
        return assertThrows(StationaryException.class, () -> StationaryDensity.derive(sde, "m.sde", Map.of(), 2));
    }

    /** True when the two expressions are equal under the model's assumptions (stated by the derivation). */
    private static boolean same(IExpr a, IExpr b) {
        CasSession cas = CasSession.get();
        IExpr d = cas.evaluate(F.Together(F.Subtract(a, b)));
        return d.isZero() || cas.call("test", "KoSimplify", d).isZero();
    }

    private static IExpr s() {
        return Symbols.user("s");
    }

    private static Moment moment(Result r, String variable, int k) {
        return r.moments().stream().filter(m -> m.variable().equals(variable) && m.order() == k).findFirst()
                .orElseThrow();
    }

    /** Composite Simpson rule with n (even) panels. */
    private static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    /** E[x^k] of the unnormalised density rho on [a, b] by Simpson's rule. */
    private static double simpsonMoment(DoubleUnaryOperator rho, double a, double b, int k) {
        double z = simpson(rho, a, b, 40000);
        return simpson(x -> Math.pow(x, k) * rho.applyAsDouble(x), a, b, 40000) / z;
    }

    private static final String QUARTIC = "model quartic\nparam s positive = 1\nstate x = 0\nnoise W\n"
            + "dx = -x^3*dt + s*dW\n";

    @Test
    void quarticPotentialHasGammaFunctionMoments() throws Exception {
        Result r = derive(QUARTIC, Map.of(), 4);
        assertEquals(StationaryDensity.Method.ONE_DIMENSIONAL, r.method());
        // rho ~ exp(-x^4/(2 s^2))
        IExpr x = Symbols.user("x");
        assertTrue(same(r.closedForm().orElseThrow(),
                F.Exp(F.Times(F.CN1, F.Power(x, F.C4), F.Power(F.Times(F.C2, F.Sqr(s())), F.CN1)))));
        // E[x^2] = sqrt(2) s Gamma(3/4)/Gamma(1/4), E[x^4] = s^2/2, odd moments 0
        IExpr second = F.Times(F.Sqrt(F.C2), s(), F.Gamma(F.QQ(3, 4)), F.Power(F.Gamma(F.QQ(1, 4)), F.CN1));
        assertTrue(same(moment(r, "x", 2).exact().orElseThrow(), second), moment(r, "x", 2).toString());
        assertTrue(same(moment(r, "x", 4).exact().orElseThrow(), F.Times(F.C1D2, F.Sqr(s()))));
        assertTrue(moment(r, "x", 1).exact().orElseThrow().isZero());
        assertTrue(moment(r, "x", 3).exact().orElseThrow().isZero());
        assertEquals(0.477988797, moment(r, "x", 2).exactValue(), 1e-9);
        // Z = integral of exp(-x^4/2) = 2 Gamma(5/4) 2^(1/4)
        assertEquals(2 * 0.9064024770554771 * Math.pow(2, 0.25), r.normaliserValue(), 1e-12);
    }

    @Test
    void quarticMomentsAtRandomNoiseAgainstSimpson() throws Exception {
        Random random = new Random(3);
        for (int trial = 0; trial < 3; trial++) {
            double s = 0.2 + 2.8 * random.nextDouble();
            Result r = derive(QUARTIC, Map.of("s", s), 4);
            double width = 10 * Math.sqrt(s);
            DoubleUnaryOperator rho = x -> Math.exp(-Math.pow(x, 4) / (2 * s * s));
            for (int k : new int[] {2, 4}) {
                double expected = simpsonMoment(rho, -width, width, k);
                Moment m = moment(r, "x", k);
                assertEquals(expected, m.exactValue(), 1e-10 * expected, "s = " + s + ", k = " + k);
                assertEquals(expected, m.quadrature(), 1e-10 * expected, "s = " + s + ", k = " + k);
            }
            assertEquals(Math.sqrt(2) * s * 1.2254167024651776 / 3.6256099082219083, moment(r, "x", 2).exactValue(),
                    1e-12);
        }
    }

    @Test
    void ornsteinUhlenbeckIsGaussianExactly() throws Exception {
        Result r = derive("model ou\nparam k positive = 2\nparam s positive = 1/2\nstate x\nnoise W\n"
                + "dx = -k*x*dt + s*dW\n", Map.of(), 4);
        IExpr k = Symbols.user("k");
        assertTrue(same(moment(r, "x", 2).exact().orElseThrow(),
                F.Times(F.Sqr(s()), F.Power(F.Times(F.C2, k), F.CN1))), moment(r, "x", 2).toString());
        assertTrue(same(moment(r, "x", 4).exact().orElseThrow(),
                F.Times(F.C3, F.Power(F.Times(F.Sqr(s()), F.Power(F.Times(F.C2, k), F.CN1)), F.C2))));
        assertEquals(0.0625, moment(r, "x", 2).quadrature(), 1e-14);
        // shifted mean: E[x] = m, E[x^2] = m^2 + s^2/(2k)
        Result shifted = derive("model ou\nparam k positive = 2\nparam s positive = 1/2\nparam m real = 3\n"
                + "state x\nnoise W\ndx = -k*(x - m)*dt + s*dW\n", Map.of("m", -1.5), 2);
        assertTrue(same(moment(shifted, "x", 1).exact().orElseThrow(), Symbols.user("m")));
        assertEquals(2.25 + 0.0625, moment(shifted, "x", 2).exactValue(), 1e-14);
        assertEquals(2.25 + 0.0625, moment(shifted, "x", 2).quadrature(), 1e-12);
    }

    @Test
    void doubleWellByQuadratureAgainstSimpson() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 2; trial++) {
            double s = 0.3 + 0.7 * random.nextDouble();
            Result r = derive("model dw\nparam s positive = 1/2\nstate x\nnoise W\ndx = (x - x^3)*dt + s*dW\n",
                    Map.of("s", s), 4);
            assertTrue(r.closedForm().isEmpty());
            DoubleUnaryOperator rho = x -> Math.exp((x * x - x * x * x * x / 2) / (s * s));
            for (int k = 1; k <= 4; k++) {
                double expected = simpsonMoment(rho, -5, 5, k);
                assertEquals(expected, moment(r, "x", k).quadrature(), 1e-10 * Math.max(1, Math.abs(expected)),
                        "s = " + s + ", k = " + k);
            }
        }
    }

    @Test
    void logisticGrowthHasAGammaDensityOnTheHalfLine() throws Exception {
        Result r = derive("model logistic\nparam r positive = 1\nparam s positive = 1/2\nstate x = 1/2\nnoise W\n"
                + "dx = r*x*(1 - x)*dt + s*x*dW\n", Map.of(), 3);
        assertEquals(0.0, r.ends().get(0).get(0).value());
        assertEquals(Double.POSITIVE_INFINITY, r.ends().get(0).get(1).value());
        // rho ~ x^(2r/s^2 - 2) exp(-2 r x/s^2), E[x] = 1 - s^2/(2 r)
        IExpr rr = Symbols.user("r");
        assertTrue(same(moment(r, "x", 1).exact().orElseThrow(),
                F.Subtract(F.C1, F.Times(F.Sqr(s()), F.Power(F.Times(F.C2, rr), F.CN1)))),
                moment(r, "x", 1).toString());
        Random random = new Random(11);
        for (int trial = 0; trial < 2; trial++) {
            double s = 0.3 + 0.5 * random.nextDouble();
            double g = 1.5;
            Result at = derive("model logistic\nparam r positive = 1\nparam s positive = 1/2\nstate x = 1/2\n"
                    + "noise W\ndx = r*x*(1 - x)*dt + s*x*dW\n", Map.of("s", s, "r", g), 3);
            double p = 2 * g / (s * s) - 2;
            double c = 2 * g / (s * s);
            DoubleUnaryOperator rho = x -> x <= 0 ? 0 : Math.exp(p * Math.log(x) - c * x);
            for (int k = 1; k <= 3; k++) {
                double expected = simpsonMoment(rho, 0, 12, k);
                assertEquals(expected, moment(at, "x", k).exactValue(), 1e-7 * expected);
                assertEquals(moment(at, "x", k).exactValue(), moment(at, "x", k).quadrature(),
                        1e-11 * expected);
            }
            assertEquals(1 - s * s / (2 * g), moment(at, "x", 1).exactValue(), 1e-13);
        }
    }

    @Test
    void stratonovichModelIsConvertedFirst() throws Exception {
        // Ito drift -k x + s^2 x/2; rho ~ (1 + x^2)^(-k/s^2 - 1/2), E[x^2] = 1/(2 k/s^2 - 2) = 1/6 here
        Result r = derive("model strat\nstratonovich\nparam k positive = 1\nparam s positive = 1/2\nstate x\n"
                + "noise W\ndx = -k*x*dt + s*sqrt(1 + x^2)*dW\n", Map.of(), 4);
        assertEquals(1.0 / 6, moment(r, "x", 2).quadrature(), 1e-13);
        DoubleUnaryOperator rho = x -> Math.pow(1 + x * x, -4.5);
        assertEquals(simpsonMoment(rho, -200, 200, 4), moment(r, "x", 4).quadrature(), 1e-8);
    }

    @Test
    void heavyTailsLeaveHighMomentsInfinite() throws Exception {
        Result r = derive("model heavy\nstate X\nnoise B\ndX = -2*X*dt + sqrt(2*X^2 + 4)*dB\n", Map.of(), 4);
        assertTrue(moment(r, "X", 2).finite());
        assertEquals(2.0, moment(r, "X", 2).quadrature(), 1e-12);
        assertFalse(moment(r, "X", 3).finite());
        assertFalse(moment(r, "X", 4).finite());
    }

    @Test
    void gradientSystemInTwoDimensionsAgainstSimpson() throws Exception {
        Result r = derive("model g2\nparam s positive = 1\nstate x, y\nnoise W1, W2\n"
                + "dx = (-x^3 + x*y - x)*dt + s*dW1\ndy = (x^2/2 - y - y^3)*dt + s*dW2\n", Map.of("s", 0.9), 2);
        assertEquals(StationaryDensity.Method.GRADIENT, r.method());
        double s2 = 0.81;
        // V = x^4/4 + x^2/2 - x^2 y/2 + y^2/2 + y^4/4; rho = exp(-2 V/s^2) by a 2-D Simpson rule
        int n = 800;
        double a = -5;
        double h = 10.0 / n;
        double z = 0;
        double[] m = new double[4];
        for (int i = 0; i <= n; i++) {
            double wi = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            double x = a + i * h;
            for (int j = 0; j <= n; j++) {
                double wj = (j == 0 || j == n) ? 1 : (j % 2 == 1 ? 4 : 2);
                double y = a + j * h;
                double v = x * x * x * x / 4 + x * x / 2 - x * x * y / 2 + y * y / 2 + y * y * y * y / 4;
                double w = wi * wj * Math.exp(-2 * v / s2);
                z += w;
                m[0] += w * x;
                m[1] += w * x * x;
                m[2] += w * y;
                m[3] += w * y * y;
            }
        }
        z *= h * h / 9;
        assertEquals(z, r.normaliserQuadrature(), 1e-9 * z);
        assertEquals(m[1] * h * h / 9 / z, moment(r, "x", 2).quadrature(), 1e-9);
        assertEquals(m[2] * h * h / 9 / z, moment(r, "y", 1).quadrature(), 1e-9);
        assertEquals(m[3] * h * h / 9 / z, moment(r, "y", 2).quadrature(), 1e-9);
        assertEquals(0, moment(r, "x", 1).quadrature(), 1e-12);
    }

    @Test
    void coupledGradientSystemInThreeDimensions() throws Exception {
        // V = x^4/4 + (y - x)^2/2 + z^2/2, s = 1: x has the quartic marginal, y given x is N(x, 1/2)
        Result r = derive("model g3\nparam s positive = 1\nstate x, y, z\nnoise W1, W2, W3\n"
                + "dx = (-x^3 + y - x)*dt + s*dW1\ndy = -(y - x)*dt + s*dW2\ndz = -z*dt + s*dW3\n", Map.of(), 2);
        double quartic = Math.sqrt(2) * 1.2254167024651776 / 3.6256099082219083;
        assertEquals(quartic, moment(r, "x", 2).quadrature(), 1e-10);
        assertEquals(quartic + 0.5, moment(r, "y", 2).quadrature(), 1e-10);
        assertEquals(0.5, moment(r, "z", 2).quadrature(), 1e-10);
    }

    @Test
    void separableGradientSystemInClosedForm() throws Exception {
        Result r = derive("model sep\nparam s positive = 1/2\nstate x, y\nnoise W1, W2\n"
                + "dx = -x^3*dt + s*dW1\ndy = -(y - 1)*dt + s*dW2\n", Map.of(), 2);
        assertTrue(r.normaliser().isPresent());
        assertTrue(same(moment(r, "y", 2).exact().orElseThrow(), F.Plus(F.C1, F.Times(F.C1D2, F.Sqr(s())))));
        assertTrue(same(moment(r, "x", 2).exact().orElseThrow(),
                F.Times(F.Sqrt(F.C2), s(), F.Gamma(F.QQ(3, 4)), F.Power(F.Gamma(F.QQ(1, 4)), F.CN1))));
        assertEquals(moment(r, "x", 2).exactValue(), moment(r, "x", 2).quadrature(), 1e-12);
        assertEquals(r.normaliserValue(), r.normaliserQuadrature(), 1e-12 * r.normaliserValue());
    }

    @Test
    void wrightFisherDiffusionHasABetaDensityBetweenTheZerosOfItsNoise() throws Exception {
        Result r = derive("model wf\nparam a positive = 1\nparam b positive = 1/2\nparam s positive = 1\n"
                + "state x = 1/2\nnoise W\ndx = (a*(1 - x) - b*x)*dt + s*sqrt(x*(1 - x))*dW\n",
                Map.of("a", 0.7, "b", 1.3, "s", 0.9), 3);
        assertEquals(0.0, r.ends().get(0).get(0).value());
        assertEquals(1.0, r.ends().get(0).get(1).value());
        // rho ~ x^(2a/s^2 - 1) (1 - x)^(2b/s^2 - 1): E[x] = a/(a + b)
        IExpr a = Symbols.user("a");
        assertTrue(same(moment(r, "x", 1).exact().orElseThrow(), F.Divide(a, F.Plus(a, Symbols.user("b")))));
        double p = 2 * 0.7 / 0.81 - 1;
        double q = 2 * 1.3 / 0.81 - 1;
        DoubleUnaryOperator rho = x -> Math.pow(x, p) * Math.pow(1 - x, q);
        for (int k = 1; k <= 3; k++) {
            double expected = simpsonMoment(rho, 0, 1, k);
            assertEquals(expected, moment(r, "x", k).exactValue(), 1e-6 * expected);
            assertEquals(moment(r, "x", k).exactValue(), moment(r, "x", k).quadrature(), 1e-11);
        }
        assertEquals(r.normaliserValue(), r.normaliserQuadrature(), 1e-11 * r.normaliserValue());
    }

    @Test
    void densityLeftOfAZeroOfTheNoise() throws Exception {
        // the mirror image of logistic growth, x -> -x: moments change sign with odd k
        Result r = derive("model left\nparam r positive = 1\nparam s positive = 1/2\nstate x = -1/2\nnoise W\n"
                + "dx = r*x*(1 + x)*dt + s*x*dW\n", Map.of(), 2);
        assertEquals(Double.NEGATIVE_INFINITY, r.ends().get(0).get(0).value());
        assertEquals(-0.875, moment(r, "x", 1).exactValue(), 1e-14);
        assertEquals(-0.875, moment(r, "x", 1).quadrature(), 1e-12);
        assertEquals(0.875, moment(r, "x", 2).quadrature(), 1e-12);
    }

    @Test
    void oscillatingDriftIsDecidedFarOutAndIntegratedNumerically() throws Exception {
        // Symja leaves the limit of x (x + sin x) undecided; rho ~ exp(-x^2/s^2 + 2 cos(x)/s^2)
        Result r = derive("model sinpot\nparam s positive = 1\nstate x\nnoise W\ndx = (-x - sin(x))*dt + s*dW\n",
                Map.of("s", 0.8), 2);
        DoubleUnaryOperator rho = x -> Math.exp((-x * x + 2 * Math.cos(x)) / 0.64);
        assertEquals(simpsonMoment(rho, -8, 8, 2), moment(r, "x", 2).quadrature(), 1e-11);
    }

    @Test
    void theInitialValueChoosesBetweenTwoIntegrableIntervals() throws Exception {
        // a = x^2 vanishes at 0; rho ~ exp(-x^2) on either side: a half-Gaussian, E[x] = -1/sqrt(Pi) on (-inf, 0)
        String eq = "noise W\ndx = x*(1 - x^2)*dt + x*dW\n";
        assertEquals(StationaryErrorCode.AMBIGUOUS_SUPPORT, reject("model amb\nstate x\n" + eq).code());
        Result r = derive("model amb\nstate x = -1\n" + eq, Map.of(), 2);
        assertEquals(-1 / Math.sqrt(Math.PI), moment(r, "x", 1).exactValue(), 1e-14);
        assertEquals(-1 / Math.sqrt(Math.PI), moment(r, "x", 1).quadrature(), 1e-12);
        assertEquals(0.5, moment(derive("model amb\nstate x = 2\n" + eq, Map.of(), 2), "x", 2).quadrature(),
                1e-12);
    }

    @Test
    void aPowerLawNearMinusOneAtAZeroOfTheNoiseIsResolvedAndFlagged() throws Exception {
        // 2r/s^2 = 50/49: rho ~ x^(-48/49) at 0, its mass spread over hundreds of decades of x
        Result r = derive("model logistic\nparam r positive = 1\nparam s positive = 1/2\nstate x = 1/2\nnoise W\n"
                + "dx = r*x*(1 - x)*dt + s*x*dW\n", Map.of("s", 1.4), 1);
        assertEquals(0.02, moment(r, "x", 1).exactValue(), 1e-15);
        assertEquals(0.02, moment(r, "x", 1).quadrature(), 1e-6 * 0.02);
        assertEquals(1, r.notes().size(), r.notes().toString());
        assertTrue(derive("model logistic\nparam r positive = 1\nparam s positive = 1/2\nstate x = 1/2\nnoise W\n"
                + "dx = r*x*(1 - x)*dt + s*x*dW\n", Map.of(), 1).notes().isEmpty());
    }

    @Test
    void unstableDriftIsNotNormalisable() throws Exception {
        StationaryException e = reject("model u\nstate x\nnoise W\ndx = x*dt + dW\n");
        assertEquals(StationaryErrorCode.NOT_NORMALISABLE, e.code());
        assertEquals("x", e.variable());
        assertTrue(e.getMessage().startsWith("m.sde: error[E901]: equation of x:"), e.getMessage());
    }

    @Test
    void geometricBrownianMotionIsNotNormalisable() throws Exception {
        for (String mu : List.of("-1/2", "1/2", "1")) {
            StationaryException e = reject("model gbm\nparam mu real = " + mu + "\nparam s positive = 1\n"
                    + "state x = 1\nnoise W\ndx = mu*x*dt + s*x*dW\n");
            assertEquals(StationaryErrorCode.NOT_NORMALISABLE, e.code(), mu);
        }
    }

    @Test
    void modelsOutsideTheClassAreRefused() throws Exception {
        assertEquals(StationaryErrorCode.NOT_GRADIENT, reject("model rot\nstate x, y\nnoise W1, W2\n"
                + "dx = (-x - y)*dt + dW1\ndy = (x - y)*dt + dW2\n").code());
        StationaryException aniso = reject("model an\nstate x, y\nnoise W1, W2\ndx = -x*dt + dW1\n"
                + "dy = -y*dt + 2*dW2\n");
        assertEquals(StationaryErrorCode.NOT_GRADIENT_NOISE, aniso.code());
        assertEquals("y", aniso.variable());
        assertEquals(StationaryErrorCode.NOT_GRADIENT_NOISE, reject("model mult\nstate x, y\nnoise W1, W2\n"
                + "dx = -x*dt + x*dW1\ndy = -y*dt + dW2\n").code());
        assertEquals(StationaryErrorCode.NOT_NORMALISABLE, reject("model saddle\nstate x, y\nnoise W1, W2\n"
                + "dx = -x*dt + dW1\ndy = y*dt + dW2\n").code());
        assertEquals(StationaryErrorCode.NO_NOISE, reject("model det\nstate x\nnoise W\ndx = -x*dt + 0*dW\n")
                .code());
        assertEquals(StationaryErrorCode.NOT_AN_ORDINARY_SDE, reject("model sf\nparam eps small = 0.1\nslow X\n"
                + "fast Y\nnoise W\ndX = Y/eps*dt\ndY = -Y/eps^2*dt + sqrt(2)/eps*dW\n").code());
    }
}

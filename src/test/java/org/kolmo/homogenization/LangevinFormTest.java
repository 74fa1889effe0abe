package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.support.Exact.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Issue 12, item 5: models in Langevin form dx = v dt, dv = (F(x) - γ(x) v)/m dt + σ(x)/m dW with a small mass m,
 * recognised, rescaled (ε = √m, Y = √m v) and homogenized. The limit is held against the Smoluchowski-Kramers formula
 * of Hottovy, McDaniel, Volpe and Wehr (2015), dx = (γ⁻¹F + S) dt + γ⁻¹σ dW with S_i = ∂_l (γ⁻¹)_ij J_jl and
 * γJ + Jγᵀ = σσᵀ, evaluated here independently (finite differences of γ⁻¹, the Lyapunov equation as a Kronecker
 * system), and against a Monte Carlo of the full second-order model.
 */
class LangevinFormTest {
    @Test
    void oneDimensionWithStateDependentFrictionAndNoise() throws Exception {
        // 1-D: J = σ²/(2γ), S = (1/γ)' J = -γ' σ²/(2γ³); here γ = g0 + g1 q^2, σ² = 2 T γ (fluctuation-dissipation),
        // so the drift is F/γ - T γ'/γ² and the diffusion σ²/γ² = 2 T/γ
        Sde sde = ModelReader.read("brownian.sde", """
                param mu small = 1/100
                param g0 positive = 1
                param g1 positive = 1/2
                param T positive = 3/4
                param c real = 1
                slow q = 1/2
                fast p = 0
                noise B
                dq = p*dt
                dp = (-c*q^3 - (g0 + g1*q^2)*p)/mu*dt + sqrt(2*T*(g0 + g1*q^2))/mu*dB
                """);
        Homogenization.Result r = Homogenization.homogenize(sde, "brownian.sde", Homogenization.Route.AUTO);
        LangevinForm l = r.langevin().orElseThrow();
        assertEquals("mu", l.mass().name());
        assertEquals("p", l.velocities().get(0).name());
        assertTrue(r.checksPass(), () -> r.checks().toString());
        assertTrue(r.routesAgree());
        IExpr drift = ModelReader.readExpression("t", "-c*q^3/(g0 + g1*q^2) - T*2*g1*q/(g0 + g1*q^2)^2", sde);
        IExpr diffusion = ModelReader.readExpression("t", "2*T/(g0 + g1*q^2)", sde);
        assertSame(drift, r.effective().drift().get(0), "drift");
        assertSame(diffusion, r.effective().diffusionMatrix().get(0).get(0), "diffusion");
    }

    @Test
    void twoDimensionsWithAMatrixFrictionAgainstTheKramersFormula() throws Exception {
        // γ(x) = [[1 + x1^2, a], [-a, 2 + x2^2]] (not symmetric; its symmetric part is positive definite, so γ is
        // positive stable), σ = s I
        Sde sde = ModelReader.read("matrix.sde", """
                param m small = 1/400
                param a real = 1/2
                param s positive = 1
                slow x1 = 1/2, x2 = -1/2
                fast v1 = 0, v2 = 0
                noise W1, W2
                dx1 = v1*dt
                dx2 = v2*dt
                dv1 = (-x1 - (1 + x1^2)*v1 - a*v2)/m*dt + s/m*dW1
                dv2 = (-x2^3 + a*v1 - (2 + x2^2)*v2)/m*dt + s/m*dW2
                """);
        Homogenization.Result r = Homogenization.homogenize(sde, "matrix.sde", Homogenization.Route.AUTO);
        assertTrue(r.langevin().isPresent());
        assertTrue(r.checksPass(), () -> r.checks().toString());
        Random random = new Random(20261204);
        for (int trial = 0; trial < 5; trial++) {
            double x1 = 2 * random.nextDouble() - 1;
            double x2 = 2 * random.nextDouble() - 1;
            double a = random.nextDouble();
            double s = 0.5 + random.nextDouble();
            Map<ISymbol, Double> at = new HashMap<>();
            at.put(Sde.symbol("x1"), x1);
            at.put(Sde.symbol("x2"), x2);
            at.put(Sde.symbol("a"), a);
            at.put(Sde.symbol("s"), s);
            double[] expected = kramersDrift(x1, x2, a, s);
            SimpleMatrix gInv = gamma(x1, x2, a).invert();
            SimpleMatrix expectedDiffusion = gInv.mult(gInv.transpose()).scale(s * s);
            for (int i = 0; i < 2; i++) {
                double got = NumericEval.eval(r.effective().drift().get(i), at);
                assertEquals(expected[i], got, 1e-6 * (1 + Math.abs(expected[i])), "drift " + i);
                for (int j = 0; j < 2; j++) {
                    double d = NumericEval.eval(r.effective().diffusionMatrix().get(i).get(j), at);
                    assertEquals(expectedDiffusion.get(i, j), d, 1e-9, "diffusion " + i + j);
                }
            }
        }
        MonteCarloCheck.Result mc = MonteCarloCheck.run(r, MonteCarloCheck.Settings.of(4000).withSeed(7)
                .withHorizon(0.5));
        assertTrue(mc.passed(), () -> mc.errors().toString());
    }

    private static SimpleMatrix gamma(double x1, double x2, double a) {
        return new SimpleMatrix(new double[][] {{1 + x1 * x1, a}, {-a, 2 + x2 * x2}});
    }

    /** γ⁻¹F + S with S_i = Σ_jl ∂_l(γ⁻¹)_ij J_jl, by central differences and a Kronecker solve for J. */
    private static double[] kramersDrift(double x1, double x2, double a, double s) {
        SimpleMatrix g = gamma(x1, x2, a);
        SimpleMatrix f = new SimpleMatrix(new double[][] {{-x1}, {-x2 * x2 * x2}});
        SimpleMatrix base = g.invert().mult(f);
        // (I ⊗ γ + γ ⊗ I) vec(J) = vec(σσᵀ)
        SimpleMatrix eye = SimpleMatrix.identity(2);
        SimpleMatrix k = eye.kron(g).plus(g.kron(eye));
        SimpleMatrix rhs = new SimpleMatrix(new double[][] {{s * s}, {0}, {0}, {s * s}});
        SimpleMatrix vecJ = k.solve(rhs);
        double h = 1e-5;
        SimpleMatrix[] dInv = new SimpleMatrix[2];
        dInv[0] = gamma(x1 + h, x2, a).invert().minus(gamma(x1 - h, x2, a).invert()).divide(2 * h);
        dInv[1] = gamma(x1, x2 + h, a).invert().minus(gamma(x1, x2 - h, a).invert()).divide(2 * h);
        double[] out = new double[2];
        for (int i = 0; i < 2; i++) {
            double sum = base.get(i, 0);
            for (int j = 0; j < 2; j++) {
                for (int l = 0; l < 2; l++) {
                    sum += dInv[l].get(i, j) * vecJ.get(j + 2 * l, 0); // column-major vec: J_jl at j + 2 l
                }
            }
            out[i] = sum;
        }
        return out;
    }

    @Test
    void anErrorInTheVelocityEquationNamesTheVelocity() throws Exception {
        // friction nonlinear in the velocity: outside the class, reported on the user's v, not on the scaled Y
        Sde sde = ModelReader.read("bad.sde", """
                param m small = 1/100
                slow x = 0
                fast v = 0
                noise W
                dx = v*dt
                dv = (-x - v - v^3)/m*dt + 1/m*dW
                """);
        HomogenizationException e = assertThrows(HomogenizationException.class,
                () -> Homogenization.homogenize(sde, "bad.sde", Homogenization.Route.AUTO));
        assertEquals("v", e.variable());
    }

    @Test
    void userNamesThatTheRescalingWouldTakeAreLeftAlone() throws Exception {
        // the position is called Y and a parameter eps: the scaled velocity and the new small parameter get other
        // names, and the limit is the one of the 1-D formula with γ = eps (a constant friction named eps)
        Sde sde = ModelReader.read("names.sde", """
                param M small = 1/100
                param eps positive = 2
                slow Y = 1
                fast Y_1 = 0
                noise W
                dY = Y_1*dt
                dY_1 = (-Y - eps*Y_1)/M*dt + sqrt(2)/M*dW
                """);
        Homogenization.Result r = Homogenization.homogenize(sde, "names.sde", Homogenization.Route.AUTO);
        LangevinForm l = r.langevin().orElseThrow();
        assertTrue(!l.epsilon().name().equals("eps") && !l.scaledVelocities().get(0).name().equals("Y")
                && !l.scaledVelocities().get(0).name().equals("Y_1"), l.summary());
        assertSame(ModelReader.readExpression("t", "-Y/eps", sde), r.effective().drift().get(0), "drift");
        assertSame(ModelReader.readExpression("t", "2/eps^2", sde), r.effective().diffusionMatrix().get(0).get(0),
                "diffusion");
    }
}

package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.ejml.data.Complex_F64;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Random stable linear slow-fast models in random regimes: the reduced models' equilibria and rates against the
 * full model's, computed independently (the Lyapunov equation and the eigenvalues of the drift matrix, in doubles
 * with EJML), as ε → 0. The equilibrium is taken in the regime, so it is the full model's at every ε; the adiabatic
 * rate converges at the rate O(ε) the method promises; the invariant manifold's rate is exact.
 *
 * <p>Each model: dx = (-c x + k y) dt + s dW1, dy = (m x - g y) dt + q dW2, regime g -> g/eps (and, for some,
 * q -> q/sqrt(eps), a fast variable of O(1) variance) with t -> eps t; c, g > 0 and |k m| < c g keep it stable at
 * every ε. The stationary second moment of x reads g, and q when it is scaled: the case where an equilibrium taken
 * at ε = 1 is wrong by O(1).
 */
class RegimeConsistencyTest {

    private record Case(String text, double c, double k, double h, double s, double m, double g, double q,
            boolean noiseScaled) {
    }

    private static Case randomCase(Random r) {
        double c = 1 + r.nextInt(5) / 2.0; // c g >= 1 > |k m|: stable at every eps <= 1
        double g = 1 + r.nextInt(5) / 2.0;
        double k = (r.nextInt(5) - 2) / 2.0;
        double m = (r.nextInt(5) - 2) / 4.0;
        if (k == 0) {
            k = 1;
        }
        // no constant drift: with one, E[x²] reads the slow mean too, two slow modes that adiabatic elimination of
        // one component does not separate (it says so); h stays in the record for the Lyapunov solve
        double h = 0;
        double s = 0.5 + r.nextInt(3) / 2.0;
        double q = 0.5 + r.nextInt(3) / 2.0;
        boolean noiseScaled = r.nextBoolean();
        String regime = "regime g -> g/eps" + (noiseScaled ? ", q -> q/sqrt(eps)" : "") + ", t -> eps*t";
        String text = String.format(Locale.ROOT, """
                model random_linear
                ito
                param c positive = %s
                param k real = %s
                param s positive = %s
                param m real = %s
                param g positive = %s
                param q positive = %s
                state x = 1, y = 0
                noise W1, W2
                %s
                dx = (-c*x + k*y)*dt + s*dW1
                dy = (m*x - g*y)*dt + q*dW2
                """, c, k, s, m, g, q, regime);
        return new Case(text, c, k, h, s, m, g, q, noiseScaled);
    }

    /** E[x²] of the full model at ε, from the mean and the Lyapunov equation A Σ + Σ Aᵀ + B Bᵀ = 0. */
    private static double stationarySecondMoment(Case cs, double eps) {
        double g = cs.g / eps;
        double q = cs.noiseScaled ? cs.q / Math.sqrt(eps) : cs.q;
        SimpleMatrix a = new SimpleMatrix(new double[][] {{-cs.c, cs.k}, {cs.m, -g}});
        SimpleMatrix mean = a.solve(new SimpleMatrix(new double[][] {{-cs.h}, {0}}));
        // vec(A Σ + Σ Aᵀ) = (I ⊗ A + A ⊗ I) vec Σ
        SimpleMatrix i2 = SimpleMatrix.identity(2);
        SimpleMatrix lyap = i2.kron(a).plus(a.kron(i2));
        SimpleMatrix bbt = new SimpleMatrix(new double[][] {{-cs.s * cs.s}, {0}, {0}, {-q * q}});
        SimpleMatrix sigma = lyap.solve(bbt);
        return sigma.get(0) + mean.get(0) * mean.get(0);
    }

    /** The slow eigenvalue (closest to 0) of the full mean drift matrix at ε, in the original time. */
    private static double slowRate(Case cs, double eps) {
        SimpleMatrix a = new SimpleMatrix(new double[][] {{-cs.c, cs.k}, {cs.m, -cs.g / eps}});
        double best = Double.NEGATIVE_INFINITY;
        var evd = a.eig();
        for (int i = 0; i < 2; i++) {
            Complex_F64 z = evd.getEigenvalue(i);
            best = Math.max(best, z.real);
        }
        return best;
    }

    @Test
    void reducedEquilibriaAndRatesConvergeToTheFullModels() throws Exception {
        long seed = 31415L;
        Random r = new Random(seed);
        int scaledNoise = 0;
        int sensitive = 0;
        for (int trial = 0; trial < 6; trial++) {
            Case cs = randomCase(r);
            String where = "seed " + seed + ", trial " + trial + ":\n" + cs.text;
            Sde model = ModelReader.read("random_linear.sde", cs.text);
            Regime regime = Regime.fromStatement(model, model.regime().orElseThrow());
            double[] epsValues = {1e-2, 1e-3};
            Reduction red;
            try {
                red = Reduction.derive(model, "x", regime, Reduction.Method.BOTH, 3, null, epsValues,
                        new double[] {0, 1});
            } catch (ReductionException e) {
                throw new AssertionError(where + "\n" + e.getMessage(), e);
            }
            Numeric values = Numeric.of(model);
            double[] adiabaticError = new double[epsValues.length];
            for (int e = 0; e < epsValues.length; e++) {
                double eps = epsValues[e];
                Numeric at = values.with(regime.eps(), eps);
                double full = stationarySecondMoment(cs, eps);
                // the equilibrium of both reductions is the full model's at this ε, not at ε = 1
                assertEquals(full, at.eval(red.adiabaticSecond().equilibrium()), 1e-9 * Math.max(1, full), where);
                assertEquals(full, at.eval(slowEquilibrium(red.manifoldSecond())), 1e-9 * Math.max(1, full), where);
                double rate = slowRate(cs, eps);
                assertEquals(rate, red.manifoldMean().rate(values, eps), 1e-7 * Math.abs(rate), where);
                adiabaticError[e] = Math.abs(at.eval(red.adiabaticMean().rate()) - rate) / Math.abs(rate);
            }
            // O(ε): ten times smaller ε, at least five times smaller error (or already at rounding)
            assertTrue(adiabaticError[1] < adiabaticError[0] / 5 || adiabaticError[1] < 1e-10,
                    where + "\nrelative errors of the adiabatic rate " + adiabaticError[0] + ", " + adiabaticError[1]);
            if (cs.noiseScaled) {
                scaledNoise++;
            }
            // the equilibrium at ε = 1 differs from the limit whenever g enters it: the failure this test guards
            double atOne = stationarySecondMoment(cs, 1);
            double limit = stationarySecondMoment(cs, 1e-4);
            Numeric tiny = values.with(regime.eps(), 1e-4);
            assertEquals(limit, tiny.eval(red.adiabaticSecond().equilibrium()), 1e-6 * Math.max(1, limit), where);
            if (Math.abs(atOne - limit) > 1e-3) {
                sensitive++;
            }
        }
        assertTrue(scaledNoise > 0, "no case with a scaled fast noise");
        assertTrue(sensitive >= 3, "too few cases whose equilibrium at eps = 1 differs from the limit: " + sensitive);
    }

    @Test
    void rootsOfParametersInTheCoefficientsReduceLikeTheirValues() throws Exception {
        // the same models with the rate of x and the fast noise written through roots of parameters: c = C^2 in
        // -sqrt(c)*x, and q*dW2 as sqrt(2*Q)*dW2 with Q = q^2/2; the reductions must equal the full model's values
        long seed = 2718L;
        Random r = new Random(seed);
        for (int trial = 0; trial < 4; trial++) {
            Case cs = randomCase(r);
            String text = cs.text.replace("param c positive = " + cs.c, "param c positive = " + cs.c * cs.c)
                    .replace("-c*x", "-sqrt(c)*x")
                    .replace("param q positive = " + cs.q, "param q positive = " + cs.q * cs.q / 2)
                    .replace("q*dW2", "sqrt(2*q)*dW2").replace("q -> q/sqrt(eps)", "q -> q/eps");
            String where = "seed " + seed + ", trial " + trial + ":\n" + text;
            Sde model = ModelReader.read("roots.sde", text);
            Regime regime = Regime.fromStatement(model, model.regime().orElseThrow());
            Reduction red;
            try {
                red = Reduction.derive(model, "x", regime, Reduction.Method.BOTH, 3, null, new double[] {1e-2},
                        new double[] {0, 1});
            } catch (ReductionException e) {
                throw new AssertionError(where + "\n" + e.getMessage(), e);
            }
            Numeric at = Numeric.of(model).with(regime.eps(), 1e-2);
            double full = stationarySecondMoment(cs, 1e-2);
            assertEquals(full, at.eval(red.adiabaticSecond().equilibrium()), 1e-9 * Math.max(1, full), where);
            assertEquals(full, at.eval(slowEquilibrium(red.manifoldSecond())), 1e-9 * Math.max(1, full), where);
            double rate = slowRate(cs, 1e-2);
            assertEquals(rate, red.manifoldMean().rate(Numeric.of(model), 1e-2), 1e-7 * Math.abs(rate), where);
        }
    }

    /** The stationary value of the kept moment of a manifold reduction. */
    private static IExpr slowEquilibrium(InvariantManifold im) {
        return im.equilibrium().get(im.block().indexOf(im.slow()));
    }
}

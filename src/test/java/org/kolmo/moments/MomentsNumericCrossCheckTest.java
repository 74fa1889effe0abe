package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.hipparchus.complex.Complex;
import org.hipparchus.analysis.solvers.LaguerreSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.model.Sde;
import org.kolmo.support.Matrices;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The moment systems and closed ODEs held against independent numerics at random parameter values: characteristic
 * roots against EJML's eigenvalues, the closed ODE integrated by Hipparchus against exp(Ft) u(0), and the moment ODEs
 * against a Monte Carlo estimate of the model itself. Seeds are fixed and printed in failure messages.
 */
class MomentsNumericCrossCheckTest {
    private static final long SEED = 424242L;

    private static Map<ISymbol, Double> randomParameters(Sde sde, Random r) {
        Map<ISymbol, Double> values = new HashMap<>();
        for (ISymbol p : sde.parameterSymbols()) {
            values.put(p, (1 + r.nextInt(30)) / 10.0 * (r.nextBoolean() ? 1 : -1));
        }
        values.put(TestModelsSymbols.BETA, Math.abs(values.get(TestModelsSymbols.BETA)));
        return values;
    }

    @Test
    void characteristicRootsAreTheEigenvalues() throws Exception {
        Random r = new Random(SEED);
        Sde model = TestModels.load("two_state.sde");
        MomentSystem system = MomentEquations.derive(model, 2);
        MomentStructure st = MomentStructure.of(system);
        for (int trial = 0; trial < 10; trial++) {
            Map<ISymbol, Double> p = randomParameters(model, r);
            for (MomentStructure.Block block : st.blocks()) {
                MomentSystem sub = system.restrict(block.moments());
                String name = sub.names().get(sub.size() - 1);
                ClosedOde ode = ClosedOde.derive(system, name, false, false);
                if (ode.subsystem().size() != sub.size()) {
                    continue;
                }
                double[] coefficients = ode.coefficients().stream().mapToDouble(c -> NumericEval.eval(c, p)).toArray();
                Complex[] roots = coefficients.length == 2 ? new Complex[] {new Complex(-coefficients[0])}
                        : new LaguerreSolver(1e-14, 1e-14).solveAllComplex(coefficients, 0);
                SimpleEVD<SimpleMatrix> evd = Matrices.numeric(sub.matrix(), p).eig();
                List<Complex> eig = new ArrayList<>();
                for (int i = 0; i < evd.getNumberOfEigenvalues(); i++) {
                    eig.add(new Complex(evd.getEigenvalue(i).getReal(), evd.getEigenvalue(i).getImaginary()));
                }
                String label = "seed " + SEED + ", trial " + trial + ", block " + sub.names() + ", " + p;
                assertEquals(eig.size(), roots.length, label);
                for (Complex root : roots) {
                    double best = eig.stream().mapToDouble(e -> e.subtract(root).norm()).min().orElseThrow();
                    assertTrue(best < 1e-6 * Math.max(1, root.norm()), label + ": root " + root + " vs " + eig);
                }
            }
        }
    }

    @Test
    void closedOdeSolutionIsTheComponentOfTheMatrixExponential() throws Exception {
        Random r = new Random(SEED + 1);
        Sde model = TestModels.load("two_state.sde");
        MomentSystem system = MomentEquations.derive(model, 2);
        for (boolean withConstant : new boolean[] {false, true}) {
            ClosedOde ode = ClosedOde.derive(system, "p_zz", false, withConstant);
            MomentSystem sub = ode.subsystem();
            for (int trial = 0; trial < 3; trial++) {
                Map<ISymbol, Double> p = randomParameters(model, r);
                double[] a = ode.coefficients().stream().mapToDouble(c -> NumericEval.eval(c, p)).toArray();
                double constant = ode.constant() == null ? 0 : NumericEval.eval(ode.constant(), p);
                double[] y0 = ode.initialDerivatives().stream().mapToDouble(c -> NumericEval.eval(c, p)).toArray();
                int n = a.length - 1;
                // u^(n) = C - sum_{k<n} a_k u^(k), as a first-order system
                OrdinaryDifferentialEquation closed = new OrdinaryDifferentialEquation() {
                    public int getDimension() {
                        return n;
                    }

                    public double[] computeDerivatives(double t, double[] y) {
                        double[] dy = new double[n];
                        System.arraycopy(y, 1, dy, 0, n - 1);
                        double top = constant;
                        for (int k = 0; k < n; k++) {
                            top -= a[k] * y[k];
                        }
                        dy[n - 1] = top / a[n];
                        return dy;
                    }
                };
                SimpleMatrix f = Matrices.numeric(sub.matrix(), p);
                SimpleMatrix u0 = new SimpleMatrix(sub.size(), 1);
                for (int i = 0; i < sub.size(); i++) {
                    u0.set(i, NumericEval.eval(sub.initialValues().get(i), p));
                }
                int j = sub.indexOf("p_zz");
                for (double t : new double[] {0.5, 1, 2}) {
                    DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-8, 1, 1e-12, 1e-12);
                    double closedValue = integrator.integrate(closed, new ODEState(0, y0.clone()), t).getPrimaryState()[0];
                    double exact = Matrices.exp(f.scale(t)).mult(u0).get(j);
                    String label = "seed " + (SEED + 1) + ", constant " + withConstant + ", " + p + ", t = " + t;
                    assertEquals(exact, closedValue, 1e-7, label);
                }
            }
        }
    }

    /** Euler-Maruyama on the two-state model itself: E[z(T)] and E[z(T)^2] against m_z(T), p_zz(T). */
    @Test
    void momentOdesAgreeWithMonteCarlo() throws Exception {
        Sde model = TestModels.load("two_state.sde");
        MomentSystem system = MomentEquations.derive(model, 2);
        Map<ISymbol, Double> p = new HashMap<>();
        p.put(TestModelsSymbols.ALPHA, 0.5);
        p.put(TestModelsSymbols.BETA, 1.0);
        SimpleMatrix f = Matrices.numeric(system.matrix(), p);
        SimpleMatrix u0 = new SimpleMatrix(system.size(), 1);
        for (int i = 0; i < system.size(); i++) {
            u0.set(i, NumericEval.eval(system.initialValues().get(i), p));
        }
        int paths = 4000;
        double dt = 1e-3;
        double horizon = 1.0;
        Random r = new Random(SEED + 2);
        double sum = 0;
        double sumSq = 0;
        double sum2 = 0;
        double sum2Sq = 0;
        double a = 0.5;
        double b = 1.0;
        for (int path = 0; path < paths; path++) {
            double x = 0;
            double y = 0;
            double z = 1;
            for (int step = 0; step < Math.round(horizon / dt); step++) {
                double dw = r.nextGaussian() * Math.sqrt(dt);
                double nx = x - 2 * b * b * x * dt - 2 * b * y * dw;
                double ny = y + (-2 * b * b * y - 2 * a * z) * dt + 2 * b * x * dw;
                double nz = z + 2 * a * y * dt;
                x = nx;
                y = ny;
                z = nz;
            }
            sum += z;
            sumSq += z * z;
            sum2 += z * z;
            sum2Sq += z * z * z * z;
        }
        SimpleMatrix exact = Matrices.exp(f.scale(horizon)).mult(u0);
        double mean = sum / paths;
        double se = Math.sqrt((sumSq / paths - mean * mean) / paths);
        double mean2 = sum2 / paths;
        double se2 = Math.sqrt((sum2Sq / paths - mean2 * mean2) / paths);
        double mz = exact.get(system.indexOf("m_z"));
        double pzz = exact.get(system.indexOf("p_zz"));
        assertTrue(Math.abs(mean - mz) < 4 * se, "E[z(1)]: MC " + mean + " +- " + se + " vs exact " + mz);
        assertTrue(Math.abs(mean2 - pzz) < 4 * se2, "E[z(1)^2]: MC " + mean2 + " +- " + se2 + " vs exact " + pzz);
        assertTrue(Arrays.stream(new double[] {mz, pzz}).allMatch(Double::isFinite));
    }

    /** Symbols of the two-state model's parameters. */
    static final class TestModelsSymbols {
        static final ISymbol ALPHA = TestModels.s("alpha");
        static final ISymbol BETA = TestModels.s("beta");
    }
}

package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Reference problems with analytic solutions, run through both integrators where they apply. */
class OdeSolversTest {
    private static final double[] TIMES = {0, 0.1, 0.5, 1, 1, 2.5, 5, 10};

    private static void assertMatches(Trajectory solution, java.util.function.BiFunction<Double, Integer, Double> exact,
            double tolerance) {
        for (int k = 0; k < solution.size(); k++) {
            double t = solution.time(k);
            for (int i = 0; i < solution.state(k).length; i++) {
                double expected = exact.apply(t, i);
                assertEquals(expected, solution.component(k, i), tolerance * Math.max(1, Math.abs(expected)),
                        "t=" + t + " component " + i);
            }
        }
    }

    /** u' = -a u + b: u = b/a + (u0 - b/a) e^{-at}. */
    @Test
    void scalarRelaxation() {
        double a = 1.7;
        double b = 0.6;
        double u0 = 3;
        java.util.function.BiFunction<Double, Integer, Double> exact = (t, i) -> b / a + (u0 - b / a) * Math.exp(-a * t);
        assertMatches(new LinearOde(new double[][] {{-a}}, new double[] {b}).solve(0, new double[] {u0}, TIMES), exact,
                1e-14);
        assertMatches(new AdaptiveOdeSolver().solve((t, u, du) -> du[0] = -a * u[0] + b, 0, new double[] {u0}, TIMES),
                exact, 1e-9);
    }

    /** The mean of the two-state model, seed 003 eq. 28 with α = 1/2, β = 1: z = (1 + t) e^{-t}, y = -t e^{-t}. */
    @Test
    void twoStateMeanIsCriticallyDamped() {
        double alpha = 0.5;
        double beta = 1;
        double[][] a = {{-2 * beta * beta, 0, 0}, {0, -2 * beta * beta, -2 * alpha}, {0, 2 * alpha, 0}};
        double[] m0 = {0.3, 0, 1};
        java.util.function.BiFunction<Double, Integer, Double> exact = (t, i) -> switch (i) {
            case 0 -> 0.3 * Math.exp(-2 * t);
            case 1 -> -t * Math.exp(-t);
            default -> (1 + t) * Math.exp(-t);
        };
        assertMatches(new LinearOde(a).solve(0, m0, TIMES), exact, 1e-14);
        OdeRightHandSide rhs = (t, u, du) -> {
            for (int i = 0; i < 3; i++) {
                du[i] = a[i][0] * u[0] + a[i][1] * u[1] + a[i][2] * u[2];
            }
        };
        assertMatches(new AdaptiveOdeSolver().solve(rhs, 0, m0, TIMES), exact, 1e-9);
    }

    /** Logistic growth, compiled from Symja: u' = r u (1 - u), u = 1 / (1 + (1/u0 - 1) e^{-rt}). */
    @Test
    void compiledLogisticEquation() {
        ISymbol u = Symbols.user("u");
        ISymbol r = Symbols.user("r");
        IExpr rhs = F.Times(r, u, F.Subtract(F.C1, u));
        CompiledBoundFunction f = new ExpressionCompiler(InputLayout.of(List.of(u), List.of(r)))
                .compileBound(List.of(rhs), new double[] {1.3});
        double u0 = 0.05;
        Trajectory s = new AdaptiveOdeSolver(1e-11, 1e-13, 1_000_000).solve(OdeRightHandSide.of(f), 0,
                new double[] {u0}, TIMES);
        assertMatches(s, (t, i) -> 1 / (1 + (1 / u0 - 1) * Math.exp(-1.3 * t)), 1e-9);
    }

    /** Time-dependent linear: u' = cos(t) u, u = u0 e^{sin t}, with dense output between steps. */
    @Test
    void timeDependentCoefficient() {
        double[] times = new double[101];
        for (int k = 0; k < times.length; k++) {
            times[k] = 0.1 * k;
        }
        Trajectory s = new AdaptiveOdeSolver(1e-12, 1e-14, 1_000_000)
                .solve((t, u, du) -> du[0] = Math.cos(t) * u[0], 0, new double[] {2}, times);
        assertMatches(s, (t, i) -> 2 * Math.exp(Math.sin(t)), 1e-10);
    }

    /** Harmonic oscillator with forcing constant: x'' = -w^2 x + c, by the augmented exponential. */
    @Test
    void forcedOscillatorByAugmentedExponential() {
        double w = 3;
        double c = 2;
        LinearOde ode = new LinearOde(new double[][] {{0, 1}, {-w * w, 0}}, new double[] {0, c});
        Trajectory s = ode.solve(0, new double[] {1, 0}, TIMES);
        double rest = c / (w * w);
        assertMatches(s, (t, i) -> i == 0 ? rest + (1 - rest) * Math.cos(w * t) : -(1 - rest) * w * Math.sin(w * t),
                1e-13);
    }

    @Test
    void badTimesAreRejected() {
        NumericException e = assertThrows(NumericException.class,
                () -> new LinearOde(new double[][] {{1}}).solve(0, new double[] {1}, new double[] {1, 0.5}));
        assertEquals(NumericErrorCode.BAD_TIMES, e.code());
        e = assertThrows(NumericException.class,
                () -> new AdaptiveOdeSolver().solve((t, u, du) -> du[0] = u[0], 1, new double[] {1}, new double[] {0}));
        assertEquals(NumericErrorCode.BAD_TIMES, e.code());
    }

    @Test
    void blowUpIsReported() {
        // u' = u^2, u(0) = 1 blows up at t = 1
        NumericException e = assertThrows(NumericException.class,
                () -> new AdaptiveOdeSolver().solve((t, u, du) -> du[0] = u[0] * u[0], 0, new double[] {1},
                        new double[] {0.5, 2}));
        assertEquals(NumericErrorCode.ODE_FAILED, e.code());
    }
}

package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Monte Carlo estimates against exact moments, always with confidence intervals of 4 standard errors. */
class MonteCarloTest {
    private static final double Z_SCORE = 4;

    private static Observables zMoments(CompiledSde sde) {
        ISymbol z = Sde.symbol("z");
        return Observables.of(sde, List.of("z", "z^2"), List.of(z, F.Sqr(z)));
    }

    private static void assertWithin(double expected, double estimate, double standardError, String what) {
        assertTrue(Math.abs(estimate - expected) <= Z_SCORE * standardError,
                what + ": estimate " + estimate + " ± " + standardError + " vs exact " + expected);
    }

    @Test
    void twoStateEulerMaruyamaMatchesExactMoments() {
        long seed = 3;
        System.out.println("MonteCarloTest two-state: seed " + seed);
        CompiledSde sde = CompiledSde.compile(TestModels.twoStateIto());
        double[] times = {1, 5};
        MonteCarloSettings settings = MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 20_000, 1e-3, times, seed);
        MonteCarloResult r = MonteCarlo.run(sde, sde.initialState(), zMoments(sde), settings, MonteCarloProgress.NONE);
        double[][] exact = TestModels.twoStateExactZMoments(times);
        for (int k = 0; k < times.length; k++) {
            assertWithin(exact[k][0], r.mean(k, 0), r.standardError(k, 0), "E z(" + times[k] + ")");
            assertWithin(exact[k][1], r.mean(k, 1), r.standardError(k, 1), "E z^2(" + times[k] + ")");
        }
        assertEquals(20_000L * 5000, r.pathSteps());
    }

    @Test
    void exactTwoStateMeanIsCriticallyDamped() {
        // independent check of the reference: with α = 1/2, β = 1, E z = (1 + t) e^{-t}
        double[][] exact = TestModels.twoStateExactZMoments(new double[] {1, 5});
        assertEquals(2 * Math.exp(-1), exact[0][0], 1e-14);
        assertEquals(6 * Math.exp(-5), exact[1][0], 1e-14);
    }

    @Test
    void stochasticHeunOnStratonovichFormAgreesWithEulerMaruyamaOnItoForm() {
        long seed = 11;
        System.out.println("MonteCarloTest Heun vs Euler-Maruyama: seed " + seed);
        double[] times = {1, 2};
        CompiledSde ito = CompiledSde.compile(TestModels.twoStateIto());
        CompiledSde stratonovich = CompiledSde.compile(TestModels.twoStateStratonovich());
        MonteCarloSettings settings = MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 20_000, 2e-3, times, seed);
        MonteCarloResult em = MonteCarlo.run(ito, ito.initialState(), zMoments(ito), settings,
                MonteCarloProgress.NONE);
        MonteCarloResult heun = MonteCarlo.run(stratonovich, stratonovich.initialState(), zMoments(stratonovich),
                settings.withScheme(Scheme.STOCHASTIC_HEUN).withSeed(seed + 1), MonteCarloProgress.NONE);
        double[][] exact = TestModels.twoStateExactZMoments(times);
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < 2; i++) {
                double se = Math.hypot(em.standardError(k, i), heun.standardError(k, i));
                assertWithin(em.mean(k, i), heun.mean(k, i), se, "Heun vs EM, observable " + i + " at " + times[k]);
                assertWithin(exact[k][i], heun.mean(k, i), heun.standardError(k, i), "Heun vs exact");
            }
        }
    }

    @Test
    void stochasticHeunAndMilsteinOnGeometricBrownianMotion() {
        long seed = 5;
        System.out.println("MonteCarloTest GBM Heun/Milstein: seed " + seed);
        double a = 0.3;
        double b = 0.6;
        double t = 1;
        IExpr qa = F.QQ(3, 10);
        IExpr qb = F.QQ(3, 5);
        CompiledSde ito = CompiledSde.compile(TestModels.gbm(qa, qb));
        CompiledSde stratonovich = CompiledSde.compile(TestModels.gbmStratonovich(qa, qb));
        ISymbol x = Sde.symbol("X");
        MonteCarloSettings settings = MonteCarloSettings.of(Scheme.MILSTEIN, 100_000, 1e-2, new double[] {t}, seed);
        for (MonteCarloResult r : List.of(
                MonteCarlo.run(ito, ito.initialState(), Observables.of(ito, List.of("X", "X^2"), List.of(x, F.Sqr(x))),
                        settings, MonteCarloProgress.NONE),
                MonteCarlo.run(stratonovich, stratonovich.initialState(),
                        Observables.of(stratonovich, List.of("X", "X^2"), List.of(x, F.Sqr(x))),
                        settings.withScheme(Scheme.STOCHASTIC_HEUN), MonteCarloProgress.NONE))) {
            String scheme = r.settings().scheme().keyword();
            assertWithin(Math.exp(a * t), r.mean(0, 0), r.standardError(0, 0), scheme + " E X");
            assertWithin(Math.exp((2 * a + b * b) * t), r.mean(0, 1), r.standardError(0, 1), scheme + " E X^2");
        }
    }

    @Test
    void milsteinCoefficientsOfGeometricBrownianMotion() {
        // σ = b X: G = σ ∂σ/∂X = b² X
        CompiledSde sde = CompiledSde.compile(TestModels.gbm(F.C1, F.C3));
        assertEquals(9 * 1.5, sde.milsteinCoefficients().evaluate(0, new double[] {1.5})[0], 1e-15);
    }

    /**
     * Weak order 1 of Euler-Maruyama on dX = aX dt + bX dW: the bias of E X_T halves when the step halves. Here
     * E X_T = e^{aT} exactly, and the Euler-Maruyama mean is exactly (1 + aΔ)^{T/Δ}, which the estimates must also
     * match.
     */
    @Test
    void eulerMaruyamaHasWeakOrderOne() {
        long seed = 17;
        System.out.println("MonteCarloTest weak order: seed " + seed);
        double a = 1;
        double t = 1;
        CompiledSde sde = CompiledSde.compile(TestModels.gbm(F.C1, F.QQ(1, 5)));
        Observables x = Observables.variables(sde);
        double[] steps = {0.1, 0.05, 0.025};
        double[] error = new double[steps.length];
        double[] se = new double[steps.length];
        for (int s = 0; s < steps.length; s++) {
            MonteCarloSettings settings = MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 200_000, steps[s],
                    new double[] {t}, seed + s);
            MonteCarloResult r = MonteCarlo.run(sde, sde.initialState(), x, settings, MonteCarloProgress.NONE);
            error[s] = Math.exp(a * t) - r.mean(0, 0);
            se[s] = r.standardError(0, 0);
            assertWithin(Math.pow(1 + a * steps[s], t / steps[s]), r.mean(0, 0), se[s], "EM mean at dt=" + steps[s]);
        }
        assertTrue(error[2] > Z_SCORE * se[2], "bias must be resolved at the finest step");
        for (int s = 0; s + 1 < steps.length; s++) {
            double ratio = error[s] / error[s + 1];
            double ratioSe = ratio * Math.hypot(se[s] / error[s], se[s + 1] / error[s + 1]);
            System.out.println("dt " + steps[s] + " -> " + steps[s + 1] + ": error ratio " + ratio + " ± " + ratioSe);
            assertTrue(Math.abs(ratio - 2) <= 0.2 + Z_SCORE * ratioSe, "error ratio " + ratio + " ± " + ratioSe);
        }
    }

    @Test
    void sameSeedGivesIdenticalBitsForAnyThreadCount() {
        CompiledSde sde = CompiledSde.compile(TestModels.twoStateIto());
        Observables moments = Observables.firstAndSecondMoments(sde);
        MonteCarloSettings base = new MonteCarloSettings(Scheme.EULER_MARUYAMA, 3_000, 1e-2, 0, new double[] {0.5, 1},
                99, 1, 250);
        List<MonteCarloResult> results = new ArrayList<>();
        for (int threads : new int[] {1, 2, 4}) {
            results.add(MonteCarlo.run(sde, sde.initialState(), moments, base.withThreads(threads),
                    MonteCarloProgress.NONE));
        }
        for (MonteCarloResult r : results.subList(1, results.size())) {
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < moments.size(); i++) {
                    assertEquals(Double.doubleToRawLongBits(results.get(0).mean(k, i)),
                            Double.doubleToRawLongBits(r.mean(k, i)), "mean " + i);
                    for (int j = 0; j < moments.size(); j++) {
                        assertEquals(Double.doubleToRawLongBits(results.get(0).covariance(k, i, j)),
                                Double.doubleToRawLongBits(r.covariance(k, i, j)), "covariance " + i + "," + j);
                    }
                }
            }
        }
        MonteCarloResult other = MonteCarlo.run(sde, sde.initialState(), moments, base.withSeed(100),
                MonteCarloProgress.NONE);
        assertNotEquals(results.get(0).mean(1, 2), other.mean(1, 2));
    }

    /** dX = X² dt + dW from 0, compiled. */
    private static CompiledSde blowUp() {
        ISymbol x = Sde.symbol("x");
        Sde model = new Sde("blowup", "", Convention.ITO, List.of(), List.of(TestModels.state("x", F.C0)),
                List.of("W"), List.of(F.Sqr(x)), List.of(List.of(F.C1)));
        return CompiledSde.compile(model);
    }

    /** A run from the model's initial state observing its variables, without progress reports. */
    private static MonteCarloResult runVariables(CompiledSde sde, MonteCarloSettings settings) {
        return MonteCarlo.run(sde, sde.initialState(), Observables.variables(sde), settings, MonteCarloProgress.NONE);
    }

    /**
     * dX = X² dt + dW from 0 explodes on a few paths before t = 0.8; the lowest failing path is reported for any
     * thread count and block size.
     */
    @Test
    void explodingPathsAreReportedDeterministically() {
        CompiledSde sde = blowUp();
        MonteCarloSettings settings = new MonteCarloSettings(Scheme.EULER_MARUYAMA, 2_000, 1e-3, 0,
                new double[] {0.8}, 7, 1, 100);
        NonFiniteValueException one = assertThrows(NonFiniteValueException.class,
                () -> runVariables(sde, settings));
        NonFiniteValueException four = assertThrows(NonFiniteValueException.class,
                () -> runVariables(sde, settings.withThreads(4)));
        // a path's stream depends on the seed and its index only, so other blocks find the same first failure
        MonteCarloSettings smallBlocks = new MonteCarloSettings(Scheme.EULER_MARUYAMA, 2_000, 1e-3, 0,
                new double[] {0.8}, 7, 3, 7);
        NonFiniteValueException small = assertThrows(NonFiniteValueException.class,
                () -> runVariables(sde, smallBlocks));
        assertEquals(NumericErrorCode.NON_FINITE_STATE, one.code());
        assertEquals(one.pathIndex(), four.pathIndex());
        assertEquals(one.pathIndex(), small.pathIndex());
        assertEquals(one.time(), small.time());
        assertEquals(one.time(), four.time());
        assertEquals("variable 'x'", one.quantity());
        assertTrue(one.time() > 0 && one.time() <= 0.8, "time " + one.time());
        System.out.println("explosion: " + one.getMessage());
    }

    /**
     * The same blowing-up model with non-finite paths discarded: the run completes, the discarded paths are counted
     * (the same ones for any block size), and the numbers are the same bits for any thread count.
     */
    @Test
    void explodingPathsCanBeDiscardedDeterministically() {
        CompiledSde sde = blowUp();
        MonteCarloSettings settings = new MonteCarloSettings(Scheme.EULER_MARUYAMA, 2_000, 1e-3, 0,
                new double[] {0.4, 0.8}, 7, 1, 100).withNonFinite(MonteCarloSettings.NonFinitePaths.DISCARD);
        MonteCarloResult one = runVariables(sde, settings);
        MonteCarloResult three = runVariables(sde, settings.withThreads(3));
        MonteCarloResult smallBlocks = runVariables(sde, new MonteCarloSettings(Scheme.EULER_MARUYAMA, 2_000, 1e-3, 0,
                new double[] {0.4, 0.8}, 7, 3, 7, MonteCarloSettings.NonFinitePaths.DISCARD));
        assertTrue(one.discardedPaths() > 0, "some paths explode");
        assertEquals(2_000, one.paths() + one.discardedPaths());
        assertEquals(one.discardedPaths(), three.discardedPaths());
        assertEquals(one.discardedPaths(), smallBlocks.discardedPaths());
        for (int k = 0; k < 2; k++) {
            // a discarded path is left out at every output time, also at those it reached
            assertEquals(Double.doubleToRawLongBits(one.mean(k, 0)), Double.doubleToRawLongBits(three.mean(k, 0)));
            assertTrue(Double.isFinite(one.mean(k, 0)) && Double.isFinite(one.covariance(k, 0, 0)));
        }
        assertEquals(0, runVariables(sde, MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 100, 1e-3, new double[] {0.1}, 7))
                .discardedPaths());
    }

    /**
     * Initial states drawn per path: X(0) ~ N(1, 4) under dX = -X dt + √2 dW (an Ornstein-Uhlenbeck process),
     * E X(t) = e^{-t}, Var X(t) = 4 e^{-2t} + 1 - e^{-2t}; the same bits for any thread count.
     */
    @Test
    void randomInitialStatesFromEachPathsStream() {
        ISymbol x = Sde.symbol("x");
        Sde model = new Sde("ou", "", Convention.ITO, List.of(), List.of(TestModels.state("x", F.C0)),
                List.of("W"), List.of(F.Negate(x)), List.of(List.of(F.Sqrt(F.C2))));
        CompiledSde sde = CompiledSde.compile(model);
        InitialState normal = (random, z) -> z[0] = 1 + 2 * random.nextGaussian();
        double t = 0.5;
        MonteCarloSettings settings = new MonteCarloSettings(Scheme.EULER_MARUYAMA, 20_000, 1e-3, 0,
                new double[] {0, t}, 31, 1, 500);
        MonteCarloResult r = MonteCarlo.run(sde, normal, Observables.variables(sde), settings,
                MonteCarloProgress.NONE);
        assertWithin(1, r.mean(0, 0), r.standardError(0, 0), "E X(0)");
        assertWithin(4, r.covariance(0, 0, 0), Math.sqrt(2.0 * 16 / 20_000), "Var X(0)");
        double variance = 4 * Math.exp(-2 * t) + 1 - Math.exp(-2 * t);
        assertWithin(Math.exp(-t), r.mean(1, 0), r.standardError(1, 0), "E X(t)");
        assertWithin(variance, r.covariance(1, 0, 0), Math.sqrt(2.0 * variance * variance / 20_000), "Var X(t)");
        MonteCarloResult two = MonteCarlo.run(sde, normal, Observables.variables(sde), settings.withThreads(2),
                MonteCarloProgress.NONE);
        assertEquals(Double.doubleToRawLongBits(r.mean(1, 0)), Double.doubleToRawLongBits(two.mean(1, 0)));
        assertEquals(Double.doubleToRawLongBits(r.covariance(1, 0, 0)),
                Double.doubleToRawLongBits(two.covariance(1, 0, 0)));
    }

    /** dX = dW, dA = X dX (Itô): A_T = (W_T² - T)/2, so E A_T = 0 and E A_T² = T²/2. */
    @Test
    void functionalsWithDifferentialWeights() {
        ISymbol x = Sde.symbol("X");
        ISymbol a = Sde.symbol("A");
        Sde model = new Sde("functional", "", Convention.ITO, List.of(),
                List.of(TestModels.state("X", F.C0), new org.kolmo.model.Variable("A",
                        org.kolmo.model.Role.FUNCTIONAL, java.util.Optional.of(F.C0))),
                List.of("W"), List.of(F.C0, F.C0), List.of(List.of(F.C1), List.of(F.C0)),
                List.of(List.of(F.C0, F.C0), List.of(x, F.C0)));
        CompiledSde sde = CompiledSde.compile(model);
        double t = 2;
        MonteCarloResult r = MonteCarlo.run(sde, sde.initialState(),
                Observables.of(sde, List.of("A", "A^2"), List.of(a, F.Sqr(a))),
                MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 20_000, 1e-2, new double[] {t}, 23),
                MonteCarloProgress.NONE);
        assertWithin(0, r.mean(0, 0), r.standardError(0, 0), "E A");
        assertWithin(t * t / 2, r.mean(0, 1), r.standardError(0, 1), "E A^2");
    }

    @Test
    void progressIsReportedUpToTheTotal() {
        CompiledSde sde = CompiledSde.compile(TestModels.gbm(F.C0, F.C1));
        List<long[]> calls = new ArrayList<>();
        MonteCarlo.run(sde, sde.initialState(), Observables.variables(sde),
                new MonteCarloSettings(Scheme.EULER_MARUYAMA, 1_050, 0.1, 0, new double[] {1}, 1, 2, 100),
                (done, total) -> calls.add(new long[] {done, total}));
        assertEquals(11, calls.size());
        for (int i = 1; i < calls.size(); i++) {
            assertTrue(calls.get(i)[0] > calls.get(i - 1)[0]);
        }
        assertEquals(1_050, calls.get(calls.size() - 1)[0]);
        assertEquals(1_050, calls.get(0)[1]);
    }

    @Test
    void schemeMustMatchConvention() {
        CompiledSde sde = CompiledSde.compile(TestModels.twoStateStratonovich());
        NumericException e = assertThrows(NumericException.class,
                () -> runVariables(sde, MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 10, 0.1, new double[] {1}, 1)));
        assertEquals(NumericErrorCode.SCHEME_CONVENTION, e.code());
    }

    @Test
    void parameterValuesAreResolved() {
        Sde model = TestModels.gbm(null, F.C1);
        NumericException missing = assertThrows(NumericException.class, () -> CompiledSde.compile(model));
        assertEquals(NumericErrorCode.MISSING_PARAMETER_VALUE, missing.code());
        assertEquals("a", missing.arguments().get(0));
        NumericException unknown = assertThrows(NumericException.class,
                () -> CompiledSde.compile(model, Map.of("a", 1.0, "c", 2.0)));
        assertEquals(NumericErrorCode.UNKNOWN_NAME, unknown.code());
        CompiledSde sde = CompiledSde.compile(model, Map.of("a", 0.25));
        assertEquals(0.25 * 2, sde.drift().evaluate(0, new double[] {2})[0], 0);
        assertEquals(2.0, sde.initialState(Map.of("X", 2.0))[0], 0);
    }
}

package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;

/**
 * The effective SDEs against Monte Carlo of the full models at their file's eps, fixed seeds, 4 standard errors;
 * and a wrong effective SDE (the noise-induced drift left out) is caught.
 */
class MonteCarloTest {
    private static MonteCarloCheck.Result check(Homogenization.Result h, MonteCarloCheck.Settings s) {
        MonteCarloCheck.Result mc = MonteCarloCheck.run(h, s);
        assertEquals(0, mc.failedPaths()[0] + mc.failedPaths()[1], "no path may diverge");
        return mc;
    }

    private static String table(MonteCarloCheck.Result mc) {
        return org.kolmo.report.HomogenizationReport.monteCarloText(mc, "");
    }

    @Test
    void areaAtEpsFiveHundredthsIncludingTheDriftOfTheArea() {
        Homogenization.Result h = Homogenization.homogenize(TestModels.load("area.sde"), "area.sde",
                Homogenization.Route.BOTH);
        MonteCarloCheck.Result mc = check(h, MonteCarloCheck.Settings.of(3000).withSeed(11L));
        assertTrue(mc.passed(), () -> table(mc));
        assertEquals(0.05, mc.eps(), 1e-15);
        // E[A(T)] = -g T/(1 + g^2) = -1/2 at g = 1, T = 1: the drift of the area is seen, not only matched
        MonteCarloCheck.WeakError area = mc.errors().get(2);
        assertEquals("E[A(T)]", area.observable());
        assertTrue(Math.abs(area.full() + 0.5) < 4 * area.fullStandardError() + 0.02, () -> table(mc));
        assertTrue(mc.seconds() < 20, "keep the check under 20 s: " + mc.seconds());
    }

    @Test
    void twoSlowTwoFastDriftAndDiffusion() {
        Homogenization.Result h = Homogenization.homogenize(TestModels.load("slow_fast_2x2.sde"),
                "slow_fast_2x2.sde", Homogenization.Route.BOTH);
        MonteCarloCheck.Result mc = check(h, MonteCarloCheck.Settings.of(3000).withSeed(12L));
        assertTrue(mc.passed(), () -> table(mc));
        assertEquals(9, mc.errors().size()); // 3 means and 6 second moments of (X1, X2, A)
    }

    @Test
    void noiseInducedDriftAndTheCheckHasPower() {
        Homogenization.Result h = Homogenization.homogenize(TestModels.load("noise_induced_drift.sde"),
                "noise_induced_drift.sde", Homogenization.Route.BOTH);
        MonteCarloCheck.Settings s = MonteCarloCheck.Settings.of(4000).withHorizon(0.5).withSeed(13L);
        MonteCarloCheck.Result mc = check(h, s);
        assertTrue(mc.passed(), () -> table(mc));
        // E[X(T)] = X0 e^T for dX = X dt + sqrt(2) X dB
        assertEquals(Math.exp(0.5), mc.errors().get(0).effective(), 4 * mc.errors().get(0).effectiveStandardError());

        // the same SDE without its noise-induced drift, dX = sqrt(2) X dB, must be rejected
        EffectiveSde e = h.effective();
        Sde wrongIto = e.ito().withCoefficients(e.ito().convention(), List.of(F.C0), e.ito().diffusion());
        EffectiveSde wrong = new EffectiveSde(e.regime(), e.variables(), List.of(F.C0), e.averagedDrift(),
                e.fastDrift(), List.of(F.C0), e.diffusionMatrix(), e.factor(), e.stratonovichCorrection(), wrongIto,
                e.stratonovich(), e.functionalIto(), e.functionalStratonovich());
        Homogenization.Result tampered = new Homogenization.Result(h.model(), h.source(), h.route(),
                h.closedFormOutside(), h.langevin(), h.regime(), h.split(), h.system(), h.generator(), h.closedForm(), h.agreements(), wrong, h.checks(), h.millis());
        MonteCarloCheck.Result bad = check(tampered, s);
        assertFalse(bad.passed(), () -> table(bad));
    }

    @Test
    void averagingAgainstMonteCarlo() throws Exception {
        Sde avg = ModelReader.read("avg.sde", "param eps small = 0.01\nslow X = 1\nfast Y\nnoise W, V\n"
                + "dX = (1 - X*Y^2)*dt + Y*dV\ndY = -Y/eps*dt + sqrt(2/eps)*dW\n");
        Homogenization.Result h = Homogenization.homogenize(avg, "avg.sde", Homogenization.Route.BOTH);
        MonteCarloCheck.Result mc = check(h, MonteCarloCheck.Settings.of(3000).withSeed(14L));
        assertTrue(mc.passed(), () -> table(mc));
    }
}

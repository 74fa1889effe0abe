package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.TestModels.s;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The acceptance examples of seed 000 that the homogenization package already derives: both routes (generator
 * expansion and the closed form of Result 2.1) agree, and the effective SDEs are the ones MATH.md §5 states.
 */
class SeedHomogenizationTest {
    private static IExpr e(IExpr x) {
        return CasSession.get().evaluate(F.Expand(x));
    }

    @Test
    void integratedOrnsteinUhlenbeckGivesBrownianMotion() {
        // dX = Y/eps dt, dY = -Y/eps^2 dt + sqrt(2)/eps dW  =>  dX = sqrt(2) dW
        Homogenization.Result r = Homogenization.homogenize(TestModels.load("integrated_ou.sde"), "integrated_ou.sde",
                Homogenization.Route.BOTH);
        assertTrue(r.routesAgree(), () -> r.agreements().toString());
        assertEquals(List.of(F.C0), r.effective().drift());
        assertEquals(List.of(List.of(F.C2)), r.effective().diffusionMatrix());
    }

    @Test
    void multiplicativeFastNoiseGivesTheNoiseInducedDrift() {
        // dX = X Y/eps dt  =>  dX = X dt + sqrt(2) X dW: the drift X is noise-induced (eq. 11)
        Homogenization.Result r = Homogenization.homogenize(TestModels.load("noise_induced_drift.sde"),
                "noise_induced_drift.sde", Homogenization.Route.BOTH);
        assertTrue(r.routesAgree(), () -> r.agreements().toString());
        IExpr x = s("X");
        assertEquals(List.of(x), r.effective().drift());
        assertEquals(List.of(x), r.effective().noiseInducedDrift());
        assertEquals(List.of(List.of(e(F.Times(F.C2, F.Sqr(x))))), r.effective().diffusionMatrix());
    }

    @Test
    void areaFunctionalBothRoutesAgree() {
        Homogenization.Result r = Homogenization.homogenize(TestModels.load("area.sde"), "area.sde",
                Homogenization.Route.BOTH);
        assertTrue(r.routesAgree(), () -> r.agreements().toString());
        assertTrue(!r.checks().isEmpty() && r.checksPass(), () -> r.checks().toString());
        assertEquals(3, r.effective().drift().size()); // X1, X2 and the functional A
    }
}

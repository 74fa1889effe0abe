package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.reduction.SeedFixtures.ALPHA;
import static org.kolmo.reduction.SeedFixtures.BETA;
import static org.kolmo.reduction.SeedFixtures.EPS;
import static org.kolmo.reduction.SeedFixtures.assertSame;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentSystem;
import org.matheclipse.core.expression.F;

/** Adiabatic elimination derived from two_state.sde in the regime of eq. 50 (seed 003, eqs. 42, 46-49, 61). */
class AdiabaticEliminationTest {

    @Test
    void meansGiveEq42() throws Exception {
        Sde model = SeedFixtures.model();
        Regime regime = SeedFixtures.regime(model);
        MomentSystem m = SeedFixtures.moments(model, 1);
        // (42a) x̄' = -2β² x̄: already first order
        AdiabaticElimination x = AdiabaticElimination.derive(m, "m_x", regime);
        assertSame(F.Times(F.CN2, F.Sqr(BETA)), x.rateOriginal());
        // (42b, c) ȳ' = -(2α²/β²) ȳ, z̄' = -(2α²/β²) z̄
        for (String c : new String[] {"m_y", "m_z"}) {
            AdiabaticElimination r = AdiabaticElimination.derive(m, c, regime);
            assertSame(F.Times(F.CN2, F.Sqr(ALPHA), F.Power(BETA, F.CN2)), r.rateOriginal());
            assertSame(F.C0, r.equilibrium());
        }
        AdiabaticElimination z = AdiabaticElimination.derive(m, "m_z", regime);
        // z̄(t) = z̄(0) e^{-2α² t/β²} with z(0) = 1
        assertSame(F.Exp(F.Times(F.CN2, F.Sqr(ALPHA), F.Power(BETA, F.CN2), z.time())), z.solution());
    }

    @Test
    void covarianceGivesEqs46To49And61() throws Exception {
        Sde model = SeedFixtures.model();
        Regime regime = SeedFixtures.regime(model);
        AdiabaticElimination p = AdiabaticElimination.derive(SeedFixtures.moments(model, 2), "p_zz", regime);
        // (48) p̃' = -(6α²/β²)(p̃ - 1/3)
        assertSame(F.Times(F.ZZ(-6), F.Sqr(ALPHA), F.Power(BETA, F.CN2)), p.rateOriginal());
        assertSame(F.C1D3, p.equilibrium());
        // (61) in the regime: -6α²ε/β²
        assertSame(F.Times(F.ZZ(-6), F.Sqr(ALPHA), EPS, F.Power(BETA, F.CN2)), p.rate());
        // (46): 10β² u'' + 16(α²+β⁴) u' + 96α²β² (u - 1/3), i.e. twice the seed's form
        assertEquals(3, p.truncated().size());
        assertSame(F.Times(F.ZZ(10), F.Sqr(BETA)), p.truncated().get(2));
        assertSame(F.Times(F.ZZ(16), F.Plus(F.Sqr(ALPHA), F.Power(BETA, F.C4))), p.truncated().get(1));
        // (49) with p_zz(0) = 1
        assertSame(F.Plus(F.C1D3, F.Times(F.C2D3, F.Exp(F.Times(p.rateOriginal(), p.time())))), p.solution());
    }

    @Test
    void regimeWithoutSeparationIsRefused() throws Exception {
        Sde model = SeedFixtures.model();
        // α ↦ α/ε makes the rotation fast, not slow: the dropped second derivative dominates
        Regime wrong = TestModels.regime(model, "alpha -> alpha/eps", "", "eps");
        ReductionException e = assertThrows(ReductionException.class,
                () -> AdiabaticElimination.derive(SeedFixtures.moments(model, 1), "m_z", wrong));
        assertEquals(ReductionErrorCode.NO_SEPARATION, e.code());
        assertEquals("--scale", e.position().option());
    }

    @Test
    void scalingOfAnUnknownNameIsAnOptionError() {
        Sde model = SeedFixtures.model();
        // the same code as in a model file's regime statement, placed in the option's text
        ModelException e = assertThrows(ModelException.class,
                () -> TestModels.regime(model, "beta -> beta/sqrt(eps); gamma -> gamma/eps", "eps", "eps"));
        assertEquals(ModelErrorCode.REGIME_NOT_A_PARAMETER, e.code());
        assertTrue(e.getMessage().startsWith("--scale:1:25: error[E208]: 'gamma'"), e.getMessage());
        ModelException arrow = assertThrows(ModelException.class,
                () -> TestModels.regime(model, "beta beta/eps", "eps", "eps"));
        assertEquals(ModelErrorCode.REGIME_MISSING_ARROW, arrow.code());
        // a trailing separator is no rule
        assertEquals(TestModels.regime(model, "beta -> beta/sqrt(eps)", "eps", "eps"),
                TestModels.regime(model, "beta -> beta/sqrt(eps);", "eps", "eps"));
        ModelException small = assertThrows(ModelException.class,
                () -> TestModels.regime(model, "eps -> eps^2", "eps", "eps"));
        assertEquals(ModelErrorCode.REGIME_SMALL_RESCALED, small.code());
    }
}

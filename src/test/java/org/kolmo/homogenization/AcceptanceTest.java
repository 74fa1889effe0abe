package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.TestModels.s;
import static org.kolmo.support.Exact.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.io.ModelReader;
import org.kolmo.io.ModelWriter;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.support.Exact;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** The acceptance items of issue 5, asserted exactly (seed 000 and MATH.md sec. 5). */
class AcceptanceTest {
    static Sde model(String text) throws Exception {
        return ModelReader.read("inline.sde", text);
    }

    static Homogenization.Result both(Sde sde) {
        Homogenization.Result r = Homogenization.homogenize(sde, sde.name() + ".sde", Homogenization.Route.BOTH);
        assertTrue(r.routesAgree(), () -> "routes disagree: " + r.agreements());
        assertTrue(r.checksPass(), () -> "numeric checks: " + r.checks());
        return r;
    }

    @Test
    void fastOrnsteinUhlenbeckVelocityGivesBrownianMotion() throws Exception {
        // MATH.md sec. 5: dX = (1/eps) Y dt, dY = -(1/eps^2) Y dt + (sqrt(2)/eps) dW gives dX = sqrt(2) dW
        Homogenization.Result r = both(model("param eps small = 0.05\nslow X = 0\nfast Y\nnoise W\n"
                + "dX = Y/eps*dt\ndY = -Y/eps^2*dt + sqrt(2)/eps*dW\n"));
        EffectiveSde e = r.effective();
        assertEquals(Regime.HOMOGENIZATION, r.regime());
        assertEquals(List.of(F.C0), e.drift());
        assertEquals(List.of(List.of(F.C2)), e.diffusionMatrix());
        assertEquals(List.of(List.of(F.Sqrt(F.C2))), e.ito().diffusion());
        assertEquals(e.ito().drift(), e.stratonovich().drift()); // additive noise: no correction
    }

    @Test
    void multiplicativeCouplingGivesTheNoiseInducedDrift() {
        // with (1/eps) X Y dt: dX = X dt + sqrt(2) X dW, the drift X being noise-induced (eq. 11)
        Homogenization.Result r = both(TestModels.load("noise_induced_drift.sde"));
        EffectiveSde e = r.effective();
        IExpr x = s("X");
        assertEquals(List.of(x), e.drift());
        assertEquals(List.of(x), e.noiseInducedDrift());
        assertEquals(List.of(F.C0), e.averagedDrift());
        assertEquals(List.of(x), r.closedForm().orElseThrow().noiseInducedDrift()); // S of eq. 11
        assertSame(F.Times(F.C2, F.Sqr(x)), e.diffusionMatrix().get(0).get(0), "diffusion");
        // the symbolic square root keeps the sign: sqrt(2) X, not sqrt(2) |X|
        assertEquals(F.Times(F.Sqrt(F.C2), x), e.ito().diffusion().get(0).get(0).eval());
        // Stratonovich: the noise-induced drift is exactly the Ito correction, dX = sqrt(2) X o dB
        assertEquals(List.of(F.C0), e.stratonovich().drift());
        assertEquals(Convention.STRATONOVICH, e.stratonovich().convention());
    }

    @Test
    void areaFunctionalDriftsWhenTheFastProcessIsNotReversible() {
        Homogenization.Result r = both(TestModels.load("area.sde"));
        EffectiveSde e = r.effective();
        IExpr g = s("g");
        IExpr x1 = s("X1");
        IExpr x2 = s("X2");
        IExpr one = F.Plus(F.C1, F.Sqr(g));
        // drift of (X1, X2, A): the area drifts by -g/(1 + g^2) (eqs. 20-22: mu = B2^-1 J is not symmetric)
        assertSame(List.of(F.C0, F.C0, F.Times(F.CN1, g, F.Power(one, F.CN1))), e.drift(), "drift");
        List<List<IExpr>> sigma = List.of(
                List.of(F.Times(F.C2, F.Power(one, F.CN1)), F.C0, F.Times(F.CN1, x2, F.Power(one, F.CN1))),
                List.of(F.C0, F.Times(F.C2, F.Power(one, F.CN1)), F.Times(x1, F.Power(one, F.CN1))),
                List.of(F.Times(F.CN1, x2, F.Power(one, F.CN1)), F.Times(x1, F.Power(one, F.CN1)),
                        F.Times(F.C1D2, F.Plus(F.Sqr(x1), F.Sqr(x2)), F.Power(one, F.CN1))));
        for (int i = 0; i < 3; i++) {
            assertSame(sigma.get(i), e.diffusionMatrix().get(i), "diffusion row " + i);
        }
        assertEquals(12, r.agreements().size());
        ClosedFormRoute.Result22 r22 = r.closedForm().orElseThrow().result22().orElseThrow();
        assertSame(F.Times(F.CN1, g, F.Power(one, F.CN1)), r22.itoExtraDrift().get(0), "dA' (eq. 22)");
        // X has a diagonal diffusion, so the Ito and Stratonovich extra drifts coincide (eq. 24)
        assertSame(r22.itoExtraDrift().get(0), r22.stratonovichExtraDrift().get(0), "dA'' (eq. 24)");
        assertSame(F.Times(g, F.Power(one, F.CN1)), r22.muAntisymmetric().get(0).get(1), "mu_A");
        assertTrue(e.functionalIto().isPresent() && e.functionalStratonovich().isPresent());
    }

    @Test
    void areaFunctionalHasNoDriftForAReversibleFastProcess() throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("models", "area.sde"))
                .replace("param g real = 1", "param g real = 0");
        Sde reversible = ModelReader.read("area.sde", text.replace("g*Y", "0*Y"));
        Homogenization.Result r = both(reversible);
        assertEquals(List.of(F.C0, F.C0, F.C0), r.effective().drift());
    }

    @Test
    void twoSlowTwoFastRoutesAgreeSymbolically() {
        Homogenization.Result r = both(TestModels.load("slow_fast_2x2.sde"));
        // 3 drifts, 3 noise-induced drifts, 6 diffusion entries, each equal as an exact rational function
        assertEquals(12, r.agreements().size());
        assertTrue(r.agreements().stream().allMatch(Homogenization.Agreement::equal));
        SlowFastSystem sys = r.system().orElseThrow();
        // the class was recognised with every ingredient present
        assertFalse(sys.u1().get(0).get(1).isFree(s("X2"))); // X-dependent U1
        assertFalse(Exact.same(sys.b2().get(0).get(1), sys.b2().get(1).get(0))); // B2 not symmetric
        assertFalse(sys.b1().get(0).isZero());
        assertFalse(sys.u0().get(0).isZero());
        ClosedFormRoute.Result c = r.closedForm().orElseThrow();
        assertFalse(c.noiseInducedDrift().get(0).isZero());
        assertFalse(c.fastDrift().get(0).isZero());
        // erratum of eq. 17: with p depending on Y and sigma0 != 0, the square of the average differs from the
        // average of the square, and the generator route sides with the average
        IExpr printed = c.a1AsPrinted().get(0).get(0);
        IExpr used = c.a1().get(2).get(2);
        assertFalse(Exact.same(printed, used));
        assertSame(r.generator().orElseThrow().diffusion().get(2).get(2), c.diffusion().get(2).get(2), "A-A");
    }

    @Test
    void diffusionByTheProductRuleIsTheLiteralReadingOfTheEffectiveGenerator() {
        for (String name : List.of("noise_induced_drift.sde", "area.sde", "slow_fast_2x2.sde")) {
            Homogenization.Result r = both(TestModels.load(name));
            GeneratorRoute.Result g = r.generator().orElseThrow();
            var z = r.effective().variables();
            for (int i = 0; i < z.size(); i++) {
                assertSame(g.drift().get(i), g.apply(z.get(i)), name + ": Lbar z_" + i);
                for (int k = i; k < z.size(); k++) {
                    IExpr literal = F.Subtract(g.apply(F.Times(z.get(i), z.get(k))),
                            F.Plus(F.Times(z.get(i), g.drift().get(k)), F.Times(z.get(k), g.drift().get(i))));
                    assertSame(g.diffusion().get(i).get(k), literal.eval(), name + ": diffusion " + i + k);
                }
            }
        }
    }

    @Test
    void effectiveModelsReadBack() throws Exception {
        for (String name : List.of("noise_induced_drift.sde", "area.sde", "slow_fast_2x2.sde")) {
            EffectiveSde e = both(TestModels.load(name)).effective();
            for (Sde sde : List.of(e.ito(), e.stratonovich())) {
                String written = ModelWriter.write(sde);
                Sde again = ModelReader.read(name, written);
                for (int i = 0; i < sde.dimension(); i++) {
                    assertSame(sde.drift().get(i), again.drift().get(i), name + " drift, written as\n" + written);
                    // the written form has its denominators factored, and Symja, reading it back, merges a
                    // factor P of a denominator with a sqrt(P) of the numerator
                    Exact.assertSameValue(sde.diffusion().get(i), again.diffusion().get(i), name + " noise");
                }
            }
        }
    }

    @Test
    void resultTwoPointTwoFormsHaveTheSameLawAsTheItoForm() {
        EffectiveSde e = both(TestModels.load("area.sde")).effective();
        Sde functional = org.kolmo.calculus.Differentials.substitute(e.functionalIto().orElseThrow());
        assertSame(e.drift(), functional.drift(), "drift with p0.dX substituted");
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                IExpr aa = F.C0;
                for (int j = 0; j < functional.noiseCount(); j++) {
                    aa = F.Plus(aa, F.Times(functional.diffusion().get(i).get(j), functional.diffusion().get(k).get(j)));
                }
                assertSame(e.diffusionMatrix().get(i).get(k), aa.eval(), "AA^T " + i + k);
            }
        }
    }

    @Test
    void firstOrderAveragingUsesTheSameMachinery() throws Exception {
        // dX = (1 - X Y^2) dt + Y dV, dY = -(1/eps) Y dt + sqrt(2/eps) dW: Y ~ N(0, 1), so dX = (1 - X) dt + dB
        Homogenization.Result r = both(model("param eps small = 0.01\nslow X = 1\nfast Y\nnoise W, V\n"
                + "dX = (1 - X*Y^2)*dt + Y*dV\ndY = -Y/eps*dt + sqrt(2/eps)*dW\n"));
        assertEquals(Regime.AVERAGING, r.regime());
        assertSame(F.Subtract(F.C1, s("X")), r.effective().drift().get(0), "averaged drift");
        assertEquals(List.of(List.of(F.C1)), r.effective().diffusionMatrix());
    }

    @Test
    void stratonovichModelIsBroughtToItoFormFirst() throws Exception {
        // X o dV is X dV + X/2 dt in Ito form: drift X/2, diffusion 2 (from Y) + X^2 (from V)
        Homogenization.Result r = both(model("stratonovich\nparam eps small = 0.05\nslow X = 1\nfast Y\n"
                + "noise W, V\ndX = Y/eps*dt + X*dV\ndY = -Y/eps^2*dt + sqrt(2)/eps*dW\n"));
        assertSame(F.Times(F.C1D2, s("X")), r.effective().drift().get(0), "drift");
        assertSame(F.Plus(F.C2, F.Sqr(s("X"))), r.effective().diffusionMatrix().get(0).get(0), "diffusion");
    }

    @Test
    void eachRouteAloneGivesTheSameEffectiveSde() {
        Sde area = TestModels.load("area.sde");
        EffectiveSde g = Homogenization.homogenize(area, "area.sde", Homogenization.Route.GENERATOR).effective();
        EffectiveSde c = Homogenization.homogenize(area, "area.sde", Homogenization.Route.CLOSED_FORM).effective();
        assertSame(g.drift(), c.drift(), "drift");
        assertSame(g.noiseInducedDrift(), c.noiseInducedDrift(), "noise-induced drift");
        for (int i = 0; i < 3; i++) {
            assertSame(g.diffusionMatrix().get(i), c.diffusionMatrix().get(i), "diffusion");
        }
    }
}

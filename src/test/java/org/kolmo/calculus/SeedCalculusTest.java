package org.kolmo.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kolmo.TestModels.s;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** The acceptance results of the foundation issue, asserted exactly against seed 003. */
class SeedCalculusTest {
    private static IExpr eval(IExpr e) {
        return CasSession.get().evaluate(F.Expand(e));
    }

    @Test
    void twoStateStratonovichDriftIsARotation() {
        Sde ito = TestModels.load("two_state.sde");
        Sde strat = ItoStratonovich.toStratonovich(ito);
        assertEquals(Convention.STRATONOVICH, strat.convention());
        // seed 003, remark under eq. (24): drift (0, -2 alpha z, 2 alpha y)
        assertEquals(List.of(F.C0, eval(F.Times(F.CN2, s("alpha"), s("z"))), eval(F.Times(F.C2, s("alpha"), s("y")))),
                strat.drift());
        assertEquals(ito.diffusion(), strat.diffusion());
        Sde back = ItoStratonovich.toIto(strat);
        assertEquals(ito.drift(), back.drift());
        assertEquals(ito.diffusion(), back.diffusion());
    }

    @Test
    void generatorAnnihilatesTheSpinLength() {
        Sde sde = TestModels.load("two_state.sde");
        IExpr r2 = F.Plus(F.Sqr(s("x")), F.Sqr(s("y")), F.Sqr(s("z")));
        assertEquals(F.C0, Generator.apply(sde, r2)); // seed 003, eq. (29)
    }

    @Test
    void itoFormulaReproducesEquations28And30() {
        Sde sde = TestModels.load("two_state.sde");
        IExpr x = s("x"), y = s("y"), z = s("z"), a = s("alpha"), b = s("beta");
        // eq. (28): d x^2 = -4 beta^2 x^2 dt + 4 beta^2 y^2 dt - 4 beta x y dW
        ItoFormula.Result x2 = ItoFormula.apply(sde, F.Sqr(x));
        assertEquals(eval(F.Plus(F.Times(F.ZZ(-4), F.Sqr(b), F.Sqr(x)), F.Times(F.C4, F.Sqr(b), F.Sqr(y)))), x2.drift());
        assertEquals(List.of(eval(F.Times(F.ZZ(-4), b, x, y))), x2.noise());
        // d y^2 = (-4 beta^2 y^2 - 4 alpha y z + 4 beta^2 x^2) dt + 4 beta x y dW
        ItoFormula.Result y2 = ItoFormula.apply(sde, F.Sqr(y));
        assertEquals(eval(F.Plus(F.Times(F.ZZ(-4), F.Sqr(b), F.Sqr(y)), F.Times(F.ZZ(-4), a, y, z),
                F.Times(F.C4, F.Sqr(b), F.Sqr(x)))), y2.drift());
        assertEquals(List.of(eval(F.Times(F.C4, b, x, y))), y2.noise());
        // d z^2 = 4 alpha y z dt
        ItoFormula.Result z2 = ItoFormula.apply(sde, F.Sqr(z));
        assertEquals(eval(F.Times(F.C4, a, y, z)), z2.drift());
        assertEquals(List.of(F.C0), z2.noise());
        // eq. (30): d(z y) = (2 alpha y^2 - 2 beta^2 y z - 2 alpha z^2) dt + 2 beta x z dW
        ItoFormula.Result zy = ItoFormula.apply(sde, F.Times(z, y));
        assertEquals(eval(F.Plus(F.Times(F.C2, a, F.Sqr(y)), F.Times(F.CN2, F.Sqr(b), y, z),
                F.Times(F.CN2, a, F.Sqr(z)))), zy.drift());
        assertEquals(List.of(eval(F.Times(F.C2, b, x, z))), zy.noise());
    }

    @Test
    void schroedingerLosesTheItoDamping() {
        Sde ito = TestModels.load("schroedinger.sde");
        Sde strat = ItoStratonovich.toStratonovich(ito);
        IExpr a = s("alpha");
        // the -beta^2/2 psi terms vanish: what is left is -i alpha sigma_x psi, a rotation
        assertEquals(List.of(eval(F.Times(a, s("b_r"))), eval(F.Times(F.CN1, a, s("a_r"))), eval(F.Times(a, s("b_l"))),
                eval(F.Times(F.CN1, a, s("a_l")))), strat.drift());
        assertEquals(ito.drift(), ItoStratonovich.toIto(strat).drift());
    }

    @Test
    void positiveParameterSimplifiesRadicals() {
        Sde sde = TestModels.load("two_state.sde");
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        assertEquals(F.Sqr(s("beta")), cas.call("test", "KoSimplify", F.Sqrt(F.Power(s("beta"), F.C4))));
    }
}

package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.TestModels.s;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Seed 003's moment equations and closed ODEs, derived from two_state.sde alone and asserted exactly. */
class SeedMomentsTest {
    private static Sde model;
    private static MomentSystem system;
    private static final IExpr A = s("alpha");
    private static final IExpr B = s("beta");

    @BeforeAll
    static void derive() throws Exception {
        model = TestModels.load("two_state.sde");
        system = MomentEquations.derive(model, 2);
    }

    private static IExpr e(IExpr x) {
        return CasSession.get().evaluate(F.Expand(x));
    }

    private static IExpr b2(long k) {
        return e(F.Times(F.ZZ(k), F.Sqr(B)));
    }

    private static IExpr al(long k) {
        return e(F.Times(F.ZZ(k), A));
    }

    private static List<IExpr> row(String moment) {
        return system.matrix().get(system.indexOf(moment));
    }

    /** The row of d/dt moment as {name: coefficient} in a fixed order, zero entries left out. */
    private static String equation(String moment) {
        List<IExpr> r = row(moment);
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < r.size(); j++) {
            if (!r.get(j).isZero()) {
                parts.add(system.names().get(j) + ":" + r.get(j));
            }
        }
        return String.join(", ", parts);
    }

    private static String expected(Object... nameCoefficient) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nameCoefficient.length; i += 2) {
            parts.add(nameCoefficient[i] + ":" + nameCoefficient[i + 1]);
        }
        return String.join(", ", parts);
    }

    @Test
    void meansEquation31() {
        // seed 003 eq. (31), with its misprint corrected: d/dt E[y] = -2 beta^2 E[y] - 2 alpha E[z] (MATH.md §3)
        assertEquals(List.of("m_x", "m_y", "m_z", "p_xx", "p_xy", "p_xz", "p_yy", "p_yz", "p_zz"), system.names());
        assertEquals(expected("m_x", b2(-2)), equation("m_x"));
        assertEquals(expected("m_y", b2(-2), "m_z", al(-2)), equation("m_y"));
        assertEquals(expected("m_y", al(2)), equation("m_z"));
        assertTrue(system.isHomogeneous());
    }

    @Test
    void sixSecondMomentEquations35() {
        assertEquals(expected("p_xx", b2(-4), "p_yy", b2(4)), equation("p_xx"));
        assertEquals(expected("p_xy", b2(-8), "p_xz", al(-2)), equation("p_xy"));
        assertEquals(expected("p_xy", al(2), "p_xz", b2(-2)), equation("p_xz"));
        assertEquals(expected("p_xx", b2(4), "p_yy", b2(-4), "p_yz", al(-4)), equation("p_yy"));
        assertEquals(expected("p_yy", al(2), "p_yz", b2(-2), "p_zz", al(-2)), equation("p_yz"));
        assertEquals(expected("p_yz", al(4)), equation("p_zz"));
    }

    @Test
    void blocks36And37AndMatrixM38() {
        MomentStructure st = MomentStructure.of(system);
        List<List<String>> blocks = st.blocks().stream()
                .map(b -> b.moments().stream().map(system.names()::get).collect(Collectors.toList())).toList();
        assertEquals(List.of(List.of("m_x"), List.of("m_y", "m_z"), List.of("p_xx", "p_yy", "p_yz", "p_zz"),
                List.of("p_xy", "p_xz")), blocks);
        MomentSystem m = system.restrict(st.blocks().get(2).moments());
        IExpr z = F.C0;
        assertEquals(List.of(List.of(b2(-4), b2(4), z, z), List.of(b2(4), b2(-4), al(-4), z),
                List.of(z, al(2), b2(-2), al(-2)), List.of(z, z, al(4), z)), m.matrix()); // eq. (38)
        MomentSystem pxy = system.restrict(st.blocks().get(3).moments());
        assertEquals(List.of(List.of(b2(-8), al(-2)), List.of(al(2), b2(-2))), pxy.matrix()); // eq. (36)
    }

    @Test
    void conservationLawAndStationaryValues() {
        MomentStructure st = MomentStructure.of(system);
        assertEquals(1, st.conservationLaws().size());
        MomentStructure.ConservationLaw law = st.conservationLaws().get(0);
        List<IExpr> w = new ArrayList<>();
        for (String n : system.names()) {
            w.add(n.equals("p_xx") || n.equals("p_yy") || n.equals("p_zz") ? F.C1 : F.C0);
        }
        assertEquals(w, law.weights()); // p_xx + p_yy + p_zz, seed 003 eq. (29)
        assertEquals(F.C1, law.value());
        IExpr third = F.QQ(1, 3);
        assertEquals(List.of(F.C0, F.C0, F.C0, third, F.C0, F.C0, third, F.C0, third), st.stationary()); // sec. 3.5
    }

    @Test
    void meanClosedOde41() throws Exception {
        ClosedOde ode = ClosedOde.derive(system, "m_z", false, false);
        assertEquals(List.of(e(F.Times(F.C4, F.Sqr(A))), b2(2), F.C1), ode.coefficients()); // u'' + 2b^2 u' + 4a^2 u
        assertEquals(List.of("m_y", "m_z"), ode.subsystem().names());
        assertEquals(List.of(F.C1, F.C0), ode.initialDerivatives()); // m_z(0) = 1, m_z'(0) = 2 alpha m_y(0) = 0
    }

    @Test
    void covarianceClosedOdes43_45_86() throws Exception {
        ClosedOde quartic = ClosedOde.derive(system, "p_zz", false, false);
        IExpr c2 = e(F.Plus(F.Times(F.ZZ(16), F.Power(B, F.C4)), F.Times(F.ZZ(16), F.Sqr(A))));
        IExpr c1 = e(F.Times(F.ZZ(96), F.Sqr(A), F.Sqr(B)));
        assertEquals(List.of(F.C0, c1, c2, b2(10), F.C1), quartic.coefficients()); // eq. (43), eq. (82)
        assertNull(quartic.constant());

        ClosedOde reduced = ClosedOde.derive(system, "p_zz", false, true);
        assertEquals(List.of(c1, c2, b2(10), F.C1), reduced.coefficients()); // eq. (44)
        assertEquals(e(F.Times(F.ZZ(32), F.Sqr(A), F.Sqr(B))), reduced.constant()); // eq. (86): C = 32 a^2 b^2
        assertEquals(F.QQ(1, 3), reduced.equilibrium()); // eq. (45): (u - 1/3)
        // p_zz(0) = 1, p_zz'(0) = 4 alpha p_yz(0) = 0, p_zz''(0) = 4 alpha (2 alpha p_yy - 2 beta^2 p_yz - 2 alpha p_zz)
        assertEquals(List.of(F.C1, F.C0, e(F.Times(F.ZZ(-8), F.Sqr(A)))), reduced.initialDerivatives());

        ClosedOde minimal = ClosedOde.derive(system, "p_zz", true, true);
        assertEquals(reduced.coefficients(), minimal.coefficients()); // p_zz needs the whole quartic
    }

    @Test
    void badComponentAndBadOrder() {
        MomentsException noSuch = assertThrows(MomentsException.class,
                () -> ClosedOde.derive(system, "p_ww", false, false));
        assertTrue(noSuch.getMessage().contains("p_ww") && noSuch.getMessage().contains("p_zz"), noSuch.getMessage());
        MomentsException order = assertThrows(MomentsException.class, () -> MomentEquations.derive(model, 0));
        assertTrue(order.getMessage().startsWith("--order"), order.getMessage());
    }

    @Test
    void integratedOuHasOneConservationLaw() throws Exception {
        // w^T F = 0 leaves m_X + eps m_Y and p_XX + 2 eps p_XY + eps^2 p_YY, which grows at the rate 2; Symja's
        // NullSpace also returned p_XX alone, which is not conserved (d/dt p_XX = 2 p_XY/eps)
        MomentSystem ou = MomentEquations.derive(TestModels.load("integrated_ou.sde"), 2);
        MomentStructure st = MomentStructure.of(ou);
        assertEquals(1, st.conservationLaws().size());
        List<IExpr> w = st.conservationLaws().get(0).weights();
        List<IExpr> expected = new ArrayList<>();
        for (String n : ou.names()) {
            expected.add(n.equals("m_X") ? F.C1 : n.equals("m_Y") ? s("eps") : F.C0);
        }
        assertEquals(expected, w);
    }
}

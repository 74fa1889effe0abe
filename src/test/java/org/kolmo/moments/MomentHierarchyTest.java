package org.kolmo.moments;

import org.kolmo.cas.Symbols;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.TestModels.s;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Hierarchies that close, with additive noise (constant terms), and ones that do not. */
class MomentHierarchyTest {
    private static IExpr e(IExpr x) {
        return CasSession.get().evaluate(F.Expand(x));
    }

    @Test
    void ornsteinUhlenbeckHasConstantTermAndClosedCovariance() throws Exception {
        Sde ou = ModelReader.read("ou.sde", """
                param k positive
                param s positive
                state x = 1
                noise W
                dx = -k*x*dt + s*dW
                """);
        MomentSystem m = MomentEquations.derive(ou, 2);
        assertEquals(List.of("m_x", "p_xx"), m.names());
        assertEquals(List.of(F.C0, e(F.Sqr(s("s")))), m.constant()); // vec(D D^T), the erratum of eq. (5)
        MomentStructure st = MomentStructure.of(m);
        assertEquals(List.of(F.C0, e(F.Divide(F.Sqr(s("s")), F.Times(F.C2, s("k"))))), st.stationary());
        Map<String, IExpr> central = CentralMoments.derive(m);
        // c' = -2 k c + s^2: the covariance closes by itself for additive noise
        assertEquals(e(F.Plus(F.Times(F.CN2, s("k"), Symbols.internal("c_xx")), F.Sqr(s("s")))), central.get("c_xx"));
        ClosedOde ode = ClosedOde.derive(m, "p_xx", false, true);
        assertEquals(List.of(e(F.Times(F.C2, s("k"))), F.C1), ode.coefficients()); // p' + 2k (p - s^2/2k) = 0
        assertEquals(e(F.Divide(F.Sqr(s("s")), F.Times(F.C2, s("k")))), ode.equilibrium());
    }

    @Test
    void cubicDriftDoesNotCloseAndNamesTheEscapingMoments() throws Exception {
        Sde cubic = ModelReader.read("cubic.sde", """
                state x = 0
                noise W
                dx = -x^3*dt + dW
                """);
        MomentsException ex = assertThrows(MomentsException.class, () -> MomentEquations.derive(cubic, 2));
        assertEquals(MomentsErrorCode.NOT_CLOSED, ex.code());
        assertTrue(ex.getMessage().contains("do not close at order 2"), ex.getMessage());
        assertTrue(ex.getMessage().contains("mu_xxx (in d/dt m_x)"), ex.getMessage());
        assertTrue(ex.getMessage().contains("mu_xxxx (in d/dt p_xx)"), ex.getMessage());
    }

    @Test
    void nonPolynomialCoefficientIsRefused() throws Exception {
        Sde sine = ModelReader.read("sine.sde", "state x\nnoise W\ndx = sin(x)*dt + dW\n");
        MomentsException ex = assertThrows(MomentsException.class, () -> MomentEquations.derive(sine, 1));
        assertEquals(MomentsErrorCode.NOT_POLYNOMIAL, ex.code());
        assertEquals("x", ex.variable());
        assertTrue(ex.getMessage().contains("(term sin(x), "), ex.getMessage());
        assertFalse(ex.getMessage().contains("ko$"), ex.getMessage());
    }

    @Test
    void thirdOrderMomentsOfAGbmClose() throws Exception {
        Sde gbm = ModelReader.read("gbm.sde", "param a real\nparam b real\nstate x = 1\nnoise W\ndx = a*x*dt + b*x*dW\n");
        MomentSystem m = MomentEquations.derive(gbm, 3);
        assertEquals(List.of("m_x", "p_xx", "mu_xxx"), m.names());
        // d/dt E[x^3] = (3a + 3b^2) E[x^3]
        assertEquals(e(F.Plus(F.Times(F.C3, s("a")), F.Times(F.C3, F.Sqr(s("b"))))), m.matrix().get(2).get(2));
    }
}

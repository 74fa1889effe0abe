package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.support.Exact;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Stationary points of closed moment systems: exact by a Gröbner basis, numeric by Newton. */
class ClosureStationaryTest {
    private static Sde cubic(String value) throws Exception {
        return ModelReader.read("cubic.sde", "model cubic\nito\nparam s positive" + value + "\nstate x = 0\nnoise W\n"
                + "dx = -x^3*dt + s*dW\n");
    }

    @Test
    void normalClosureOfTheCubicGivesSecondMomentSOverSqrt6Exactly() throws Exception {
        Sde sde = cubic("");
        ClosedMomentSystem closed = MomentClosure.derive(sde, 2, Closure.NORMAL);
        assertEquals(List.of("m_x", "p_xx"), closed.names());
        ClosedStationary.Result r = ClosedStationary.of(closed, null);
        assertTrue(r.method().startsWith("exact"), r.method());
        assertEquals(2, r.branches().size(), "m = 0, p = +-s/sqrt(6) are the real branches");
        assertTrue(r.physical() >= 0);
        ClosedStationary.Branch physical = r.branches().get(r.physical());
        IExpr s = sde.parameters().get(0).symbol();
        Exact.assertSame(F.C0, physical.exact().get(0), "m_x");
        Exact.assertSame(F.Divide(s, F.Sqrt(F.ZZ(6))), physical.exact().get(1), "p_xx");
        // the other branch, -s/sqrt(6), has a negative variance
        ClosedStationary.Branch other = r.branches().get(1 - r.physical());
        assertTrue(!other.positiveVariances());
        // the exact value at random s, and Newton's method on the closed system with that s
        Random random = new Random(6);
        for (int k = 0; k < 3; k++) {
            double sv = 0.2 + 3 * random.nextDouble();
            assertEquals(sv / Math.sqrt(6), NumericEval.eval(physical.exact().get(1), Map.of(
                    sde.parameters().get(0).symbol(), sv)), 1e-12);
            ClosedMomentSystem numeric = MomentClosure.derive(cubic(String.format(Locale.ROOT, " = %.15g", sv)), 2,
                    Closure.NORMAL);
            ClosedStationary.Result n = ClosedStationary.of(numeric, new double[] {0.1, 0.5});
            assertTrue(n.method().startsWith("numeric"), n.method());
            ClosedStationary.Branch b = n.branches().get(0);
            assertNull(b.exact());
            assertEquals(0, b.values()[0], 1e-10);
            assertEquals(sv / Math.sqrt(6), b.values()[1], 1e-10);
            assertTrue(b.physical());
        }
    }

    @Test
    void numericRouteAfterALongIntegrationAgreesWithTheExactRoute() throws Exception {
        // two independent cubic variables at order 3: nine moments, beyond the exact route, integrated then Newton;
        // each variable's moments must be the one-variable system's exact stationary values
        Sde pair = ModelReader.read("pair.sde", "model pair\nito\nparam s positive = 3/2\nstate x = 0, y = 0\n"
                + "noise W1, W2\ndx = -x^3*dt + s*dW1\ndy = -y^3*dt + s*dW2\n");
        ClosedMomentSystem closed = MomentClosure.derive(pair, 3, Closure.NORMAL);
        assertEquals(9, closed.size());
        ClosedStationary.Result numeric = ClosedStationary.of(closed, null);
        assertTrue(numeric.method().contains("long-time integration"), numeric.method());
        ClosedStationary.Branch b = numeric.branches().get(0);
        assertTrue(b.physical());
        ClosedMomentSystem single = MomentClosure.derive(cubic(" = 3/2"), 3, Closure.NORMAL);
        ClosedStationary.Result exact = ClosedStationary.of(single, null);
        assertTrue(exact.method().startsWith("exact"), exact.method());
        ClosedStationary.Branch e = exact.branches().get(exact.physical());
        for (String name : List.of("m_x", "p_xx", "mu_xxx")) {
            assertEquals(e.values()[single.names().indexOf(name)], b.values()[closed.names().indexOf(name)], 1e-8,
                    name);
        }
        assertEquals(b.values()[closed.names().indexOf("p_xx")], b.values()[closed.names().indexOf("p_yy")], 1e-8);
        assertEquals(0, b.values()[closed.names().indexOf("p_xy")], 1e-8);
    }
}

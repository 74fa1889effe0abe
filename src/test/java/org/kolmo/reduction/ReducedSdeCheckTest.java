package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;

/**
 * The Monte Carlo check of the reduced SDE on seed 003's model (from z = 1, where Euler-Maruyama's bias on the
 * second moments of the stiff full model stays below the statistical error): both simulations against the exact
 * moments, the verdict with a fixed and with the predicted tolerance, and a wrong reduced SDE caught.
 */
class ReducedSdeCheckTest {
    static final double[] TIMES = {0.5, 1};
    static Reduction reduction;

    @BeforeAll
    static void derive() throws Exception {
        Sde model = SeedFixtures.model();
        reduction = Reduction.derive(model, "z", SeedFixtures.regime(model), Reduction.Method.ADIABATIC, 2, null,
                new double[] {0.05}, new double[] {0, 1});
    }

    static ReducedSdeCheck.Settings settings(double tolerance) {
        return new ReducedSdeCheck.Settings(2000, 0.05, TIMES, 7L, tolerance, Double.NaN);
    }

    @Test
    void simulationsMatchTheExactMomentsAndTheCheckPasses() throws Exception {
        // a fixed tolerance of 0, as in verify: at eps = 0.05 the reduced SDE's weak errors (eq. 67 relaxes the
        // variance at 2A instead of 3A) are below the statistical resolution of 2000 paths
        ReducedSdeCheck.Result r = ReducedSdeCheck.run(reduction, null, settings(0));
        assertTrue(r.passed(), r.summary());
        ReducedSdeCheck.MethodCheck m = r.methods().get(0);
        assertEquals("adiabatic", m.method());
        // eq. 67 at eps = 0.05, beta = 1, alpha = 1/2: A = -2 alpha^2 eps / beta^2 / eps = -1/40, B = 0,
        // D = sqrt(-2A/3)
        assertEquals(-0.025, m.a(), 1e-12);
        assertEquals(0, m.b(), 0);
        assertEquals(Math.sqrt(0.05 / 3), m.d(), 1e-12);
        assertEquals(2 * TIMES.length, m.rows().size());
        for (ReducedSdeCheck.Row row : m.rows()) {
            // each Monte Carlo estimate within 4 of its standard errors of the exact moment (plus a small allowance
            // for the time stepping of the full model)
            assertEquals(row.exactFull(), row.full(), 4 * row.fullStandardError() + 1e-3, row.toString());
            assertEquals(row.exactReduced(), row.reduced(), 4 * row.reducedStandardError(), row.toString());
            assertEquals(0, row.tolerance(), 0);
        }
        ReducedSdeCheck.Result predicted = ReducedSdeCheck.run(reduction, null, settings(Double.NaN));
        assertTrue(predicted.passed(), predicted.summary());
        for (ReducedSdeCheck.Row row : predicted.methods().get(0).rows()) {
            assertEquals(Math.abs(row.predicted()), row.tolerance(), 1e-15);
        }
        // the same seed gives the same numbers
        ReducedSdeCheck.Result again = ReducedSdeCheck.run(reduction, null, settings(0));
        assertEquals(m.rows().get(3).full(), again.methods().get(0).rows().get(3).full(), 0);
        assertEquals(m.rows().get(3).reduced(), again.methods().get(0).rows().get(3).reduced(), 0);
    }

    @Test
    void aWrongReducedSdeFails() throws Exception {
        ReducedSde right = reduction.sdes().get("adiabatic");
        // the noise of the reduced SDE three times too large: its second moment relaxes to 3 instead of 1/3
        ReducedSde wrong = new ReducedSde(right.drift(), right.varianceRate(), right.stationary(),
                right.multiplicative(), F.Times(F.C3, right.additive()), right.boundary(), right.supDistance(),
                right.l2Distance());
        Map<String, ReducedSde> sdes = new LinkedHashMap<>();
        sdes.put("adiabatic", wrong);
        Reduction tampered = new Reduction(reduction.model(), reduction.variable(), reduction.regime(),
                reduction.methods(), reduction.adiabaticMean(), reduction.adiabaticSecond(), null, null, null, null,
                sdes, reduction.comparisons());
        ReducedSdeCheck.Result r = ReducedSdeCheck.run(tampered, null, settings(0));
        assertFalse(r.passed());
        // E[z] is unchanged by the noise: only the second moments fail
        for (ReducedSdeCheck.Row row : r.methods().get(0).rows()) {
            assertEquals(row.observable().equals("z"), row.passed(), row.toString());
        }
    }
}

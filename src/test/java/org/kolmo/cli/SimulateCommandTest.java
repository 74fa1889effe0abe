package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * simulate on slow-fast models: functionals observed, fast variables started in their invariant law, the step a
 * fraction of the fast relaxation time. Every run has a fixed seed; estimates are held to 4 standard errors.
 */
class SimulateCommandTest {
    /** A fast Ornstein-Uhlenbeck process dY = -Y/eps^2 dt + sqrt(2)/eps dW: its invariant law is N(0, 1). */
    private static final String UNIT_OU = "model unit_ou \"a fast OU process of unit variance\"\n"
            + "param eps small = 0.05\nslow X = 0\nfast Y\nnoise W\ndX = Y/eps*dt\ndY = -Y/eps^2*dt + sqrt(2)/eps*dW\n";

    private static JsonNode json(CommandLineTest.Run r) throws Exception {
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    /** The estimate of {@code observable} at the last output time: {mean, standard error}. */
    private static double[] estimate(JsonNode run, String observable) {
        double[] found = null;
        for (JsonNode row : run.get("estimates")) {
            if (row.get("observable").asText().equals(observable)) {
                found = new double[] {row.get("mean").asDouble(), row.get("standardError").asDouble()};
            }
        }
        assertTrue(found != null, "no estimate of " + observable + " in " + run);
        return found;
    }

    private static List<String> observables(JsonNode run) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : run.get("estimates")) {
            if (!out.contains(row.get("observable").asText())) {
                out.add(row.get("observable").asText());
            }
        }
        return out;
    }

    private static void assertWithin(double expected, double[] estimate, double standardErrors, String what) {
        assertTrue(Math.abs(estimate[0] - expected) <= standardErrors * estimate[1],
                () -> what + " = " + estimate[0] + " +- " + estimate[1] + ", expected " + expected);
    }

    @Test
    void areaIsSimulatedWithItsFunctionalAndTheLimitDrift() throws Exception {
        JsonNode run = json(CommandLineTest.kolmo("simulate", "models/area.sde", "--paths", "2000", "--times", "0.5,1",
                "--format", "json"));
        // the default observables of a slow-fast model: its slow variables and functionals, not the fast ones
        assertEquals(List.of("X1", "X2", "A"), observables(run));
        assertWithin(0, estimate(run, "X1"), 4, "E[X1(1)]");
        // E[A(t)] = -g/(1 + g^2) t = -t/2 up to O(eps^2) (Lim, Result 2.2); Euler-Maruyama at eps^2/K keeps this fast
        // process stationary with covariance J/(1 - 1/K) (B2 = I + g rotation), and A's drift scales with it
        assertWithin(-0.5 / (1 - 1.0 / 20), estimate(run, "A"), 4, "E[A(1)]");
        assertTrue(run.get("start").asText().startsWith("fast Y1, Y2 drawn from their invariant law N(0, J(X0))"),
                run.get("start").asText());
    }

    @Test
    void slowFast2x2StartsInTheCovarianceOfTheLyapunovEquation() throws Exception {
        CommandLineTest.Run text = CommandLineTest.kolmo("simulate", "models/slow_fast_2x2.sde", "--paths", "200",
                "--times", "0.5,1");
        assertEquals(0, text.status(), text.err());
        text.assertOutContains("\n     1.000  A ");
        assertFalse(text.out().contains(" Y1 "), "fast variables are not observed by default: " + text.out());
        // B2 = [[2, g], [-g, 1]], sigma1 sigma1^T = I at g = 1: B2 J + J B2^T = I gives J = [[5, -1], [-1, 8]]/18
        text.assertOutContains("start: fast Y1, Y2 drawn from their invariant law N(0, J(X0)) for the slow "
                + "variables frozen at the initial state, J = [[0.2778, -0.05556], [-0.05556, 0.4444]]");

        // one step after the start the fast second moments are J's (to O(dt/eps^2)^2 and the O(eps) mean)
        JsonNode run = json(CommandLineTest.kolmo("simulate", "models/slow_fast_2x2.sde", "--paths", "20000",
                "--times", "0.000125", "--observe", "Y1^2, Y1*Y2, Y2^2", "--format", "json"));
        assertWithin(5.0 / 18, estimate(run, "Y1^2"), 4, "E[Y1^2]");
        assertWithin(-1.0 / 18, estimate(run, "Y1*Y2"), 4, "E[Y1*Y2]");
        assertWithin(8.0 / 18, estimate(run, "Y2^2"), 4, "E[Y2^2]");
    }

    @Test
    void fastVariableStartsInItsInvariantLaw(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("unit_ou.sde");
        Files.writeString(model, UNIT_OU);
        // 20000 paths, one step of eps^2/20: E[Y^2] = 1 + (1/20)^2 after it; the standard error is about 0.01
        JsonNode run = json(CommandLineTest.kolmo("simulate", model.toString(), "--paths", "20000", "--times",
                "0.000125", "--observe", "Y, Y^2", "--format", "json", "--seed", "7"));
        assertWithin(1, estimate(run, "Y^2"), 4, "E[Y^2]");
        assertWithin(0, estimate(run, "Y"), 4, "E[Y]");
        assertTrue(estimate(run, "Y^2")[1] < 0.02, "the interval must be narrow enough to mean something");
        assertTrue(run.get("start").asText().startsWith("fast Y drawn from its invariant law N(0, J(X0)) for the "
                + "slow variables frozen at the initial state, J = 1 "), run.get("start").asText());

        // the control: started at Y = 0, one step has E[Y^2] = 2/20, far outside that interval
        Path fixed = dir.resolve("unit_ou_at_0.sde");
        Files.writeString(fixed, UNIT_OU.replace("fast Y\n", "fast Y = 0\n"));
        JsonNode atZero = json(CommandLineTest.kolmo("simulate", fixed.toString(), "--paths", "20000", "--times",
                "0.000125", "--observe", "Y^2", "--format", "json", "--seed", "7"));
        assertWithin(0.1, estimate(atZero, "Y^2"), 4, "E[Y^2] from Y = 0");
        assertEquals("fast Y = 0 (its initial value in the model)", atZero.get("start").asText());
    }

    @Test
    void theDefaultStepIsATwentiethOfTheFastRelaxationTime(@TempDir Path dir) throws Exception {
        JsonNode run = json(CommandLineTest.kolmo("simulate", "models/noise_induced_drift.sde", "--paths", "100",
                "--times", "0.01", "--format", "json"));
        assertEquals(0.05 * 0.05 / 20, run.get("dt").asDouble(), 1e-18);
        assertEquals("eps^2/20", run.get("dtRule").asText());
        CommandLineTest.Run text = CommandLineTest.kolmo("simulate", "models/noise_induced_drift.sde", "--paths",
                "100", "--times", "0.01");
        assertTrue(text.out().contains(", dt = 0.000125, ") && text.out().contains(
                "time step: dt = eps^2/20, 20 steps per fast relaxation time eps^2\n"), text.out());

        // K, and eps from --param, change it; a given --dt wins; a model without fast variables keeps 0.001
        assertEquals(0.05 * 0.05 / 80, json(CommandLineTest.kolmo("simulate", "models/noise_induced_drift.sde",
                "--paths", "100", "--times", "0.01", "--steps-per-fast-time", "80", "--format", "json"))
                .get("dt").asDouble(), 1e-18);
        assertEquals(0.1 * 0.1 / 20, json(CommandLineTest.kolmo("simulate", "models/noise_induced_drift.sde",
                "--paths", "100", "--times", "0.01", "--param", "eps=0.1", "--format", "json"))
                .get("dt").asDouble(), 1e-18);
        JsonNode given = json(CommandLineTest.kolmo("simulate", "models/noise_induced_drift.sde", "--paths", "100",
                "--times", "0.01", "--dt", "0.0001", "--format", "json"));
        assertEquals(0.0001, given.get("dt").asDouble());
        assertFalse(given.has("dtRule"), given.toString());
        assertEquals(0.001, json(CommandLineTest.kolmo("simulate", "models/two_state.sde", "--paths", "100",
                "--times", "0.1", "--format", "json")).get("dt").asDouble());

        // averaging (fast drift of order 1/eps): eps/20
        Path averaging = dir.resolve("averaging.sde");
        Files.writeString(averaging, "param eps small = 0.05\nslow X = 1\nfast Y\nnoise W, V\n"
                + "dX = -X*Y^2*dt + dV\ndY = -Y/eps*dt + sqrt(2)/sqrt(eps)*dW\n");
        JsonNode avg = json(CommandLineTest.kolmo("simulate", averaging.toString(), "--paths", "100", "--times",
                "0.1", "--format", "json"));
        assertEquals(0.05 / 20, avg.get("dt").asDouble(), 1e-18);
        assertEquals("eps/20", avg.get("dtRule").asText());
    }

    @Test
    void slowFastMistakesNameTheOption(@TempDir Path dir) throws Exception {
        assertBad("--steps-per-fast-time", "simulate", "models/area.sde", "--steps-per-fast-time", "0");
        assertBad("--param", "simulate", "models/area.sde", "--param", "k=1");
        // a fast variable without initial value in a model whose fast process is no OU process
        Path cubic = dir.resolve("cubic.sde");
        Files.writeString(cubic, "param eps small = 0.1\nslow X = 1\nfast Y\nnoise W\ndX = Y/eps*dt\n"
                + "dY = -Y^3/eps^2*dt + sqrt(2)/eps*dW\n");
        CommandLineTest.Run r = assertBad(cubic + ": error[E002]", "simulate", cubic.toString(), "--paths", "10");
        assertTrue(r.err().contains("fast Y has no initial value") && r.err().contains("error[E705]"), r.err());
        // given an initial value it runs, with the step of its 1/eps^2 drift
        Files.writeString(cubic, Files.readString(cubic).replace("fast Y\n", "fast Y = 0\n"));
        assertEquals(0, CommandLineTest.kolmo("simulate", cubic.toString(), "--paths", "10", "--times", "0.01")
                .status());
        // no order of eps in the fast drift: no fast time scale, so no default step
        Path slow = dir.resolve("noeps.sde");
        Files.writeString(slow, "param eps small = 0.1\nslow X = 1\nfast Y = 0\nnoise W\ndX = Y*dt\ndY = -Y*dt + dW\n");
        assertBad("--dt", "simulate", slow.toString(), "--paths", "10");
        assertEquals(0, CommandLineTest.kolmo("simulate", slow.toString(), "--paths", "10", "--dt", "0.01").status());
    }

    static CommandLineTest.Run assertBad(String option, String... args) {
        CommandLineTest.Run r = CommandLineTest.kolmo(args);
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(option), option + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r;
    }
}

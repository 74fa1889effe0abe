package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * verify of a slow-fast model against the effective SDE that {@code homogenize -o} writes: fixed seeds, the verdict
 * at 4 standard errors, each model with its own step, and the mistakes a user makes reported with the option.
 */
class VerifyCommandTest {
    /** Writes the effective SDE of {@code models/NAME.sde} as homogenize -o does. */
    private static Path effective(String name, Path dir) {
        Path out = dir.resolve(name + "_effective.sde");
        CommandLineTest.Run r = CommandLineTest.kolmo("homogenize", "models/" + name + ".sde", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        return out;
    }

    @Test
    void slowFast2x2AgreesWithItsHomogenizedLimit(@TempDir Path dir) throws Exception {
        Path eff = effective("slow_fast_2x2", dir);
        CommandLineTest.Run r = CommandLineTest.kolmo("verify", "models/slow_fast_2x2.sde", "--reduced",
                eff.toString(), "--paths", "2000", "--times", "0.5,1", "--seed", "3", "--format", "json");
        assertEquals(0, r.status(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("passed").asBoolean());
        // the observables are the variables the two models share: the slow ones and the functional
        List<String> observed = new ArrayList<>();
        for (JsonNode e : json.get("errors")) {
            if (!observed.contains(e.get("observable").asText())) {
                observed.add(e.get("observable").asText());
            }
            // a verdict with an interval of some use: the weak errors of the means are resolved to about 0.02
            assertTrue(e.get("standardError").asDouble() < 0.03, e.toString());
        }
        assertEquals(List.of("X1", "X2", "A"), observed);
        // each model its own step: the full one a twentieth of eps^2, the effective SDE the usual 0.001
        assertEquals(0.05 * 0.05 / 20, json.get("fullRun").get("dt").asDouble(), 1e-18);
        assertEquals("eps^2/20", json.get("fullRun").get("dtRule").asText());
        assertTrue(json.get("fullRun").get("start").asText().contains("invariant law"), json.toString());
        assertEquals(0.001, json.get("reducedRun").get("dt").asDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"area", "noise_induced_drift"})
    void otherSlowFastModelsAgreeWithTheirLimits(String name, @TempDir Path dir) {
        CommandLineTest.Run r = CommandLineTest.kolmo("verify", "models/" + name + ".sde", "--reduced",
                effective(name, dir).toString(), "--paths", "1000", "--times", "0.5,1", "--seed", "5");
        assertEquals(0, r.status(), r.out() + r.err());
        r.assertOutContains("verdict: the reduced model agrees",
                "full model " + name + ": euler-maruyama, dt = 0.000125 = eps^2/20");
    }

    @Test
    void aLimitWithoutItsNoiseInducedDriftIsRejected(@TempDir Path dir) throws Exception {
        // dX = sqrt(2) X dB lacks the noise-induced drift X dt: E[X(1)] = 1 instead of e
        Path wrong = dir.resolve("no_induced_drift.sde");
        Files.writeString(wrong, "state X = 1\nnoise B\ndX = sqrt(2)*X*dB\n");
        CommandLineTest.Run r = CommandLineTest.kolmo("verify", "models/noise_induced_drift.sde", "--reduced",
                wrong.toString(), "--paths", "1000", "--times", "1", "--seed", "5");
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL") && r.out().contains("DIFFERS"), r.out());
    }

    @Test
    void mistakesNameTheOption(@TempDir Path dir) throws Exception {
        String eff = effective("slow_fast_2x2", dir).toString();
        String full = "models/slow_fast_2x2.sde";
        CommandLineTest.Run fast = SimulateCommandTest.assertBad("--observe", "verify", full, "--reduced", eff,
                "--paths", "10", "--observe", "X1, Y1^2");
        fast.assertErrContains("Y1 is a fast variable of the full model, which the reduced model " + eff
                + " does not have (its variables: X1, X2, A)");
        assertTrue(fast.err().lines().count() == 1, "one message: " + fast.err());
        SimulateCommandTest.assertBad("--observe", "verify", full, "--reduced", eff, "--paths", "10", "--observe",
                "Z");
        SimulateCommandTest.assertBad("--param", "verify", full, "--reduced", eff, "--paths", "10", "--param",
                "k=2");
        SimulateCommandTest.assertBad("--dt", "verify", full, "--reduced", eff, "--dt", "-1");
        SimulateCommandTest.assertBad("--observe", "verify", full, "--reduced", "models/two_state.sde", "--paths",
                "10");
        // eps belongs to the full model only: given, it changes the full model's step and nothing else
        CommandLineTest.Run eps = CommandLineTest.kolmo("verify", full, "--reduced", eff, "--paths", "100",
                "--times", "0.1", "--param", "eps=0.1", "--format", "json");
        assertEquals(0, eps.status(), eps.err());
        JsonNode json = new ObjectMapper().readTree(eps.out());
        assertEquals(0.1 * 0.1 / 20, json.get("fullRun").get("dt").asDouble(), 1e-18);
        assertEquals(0.001, json.get("reducedRun").get("dt").asDouble());
    }
}

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.support.Pdflatex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code kolmo stationary} as a user meets it: text, JSON, LaTeX documents, errors with exit status 2. */
class StationaryCommandTest {
    private static final String QUARTIC = "model quartic \"Quartic potential\"\nparam s positive = 1\nstate x = 0\n"
            + "noise W\n\ndx = -x^3*dt + s*dW\n";

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void textNamesTheMethodAndPrintsTheGammaMoments(@TempDir Path dir) throws Exception {
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", write(dir, "q.sde", QUARTIC).toString());
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("stationary Fokker-Planck equation with zero probability flux",
                "rho(x) ~ exp(-x^4/(2*s^2))/s^2\n", "E[x^2] = sqrt(2)*Gamma(3/4)*s/Gamma(1/4) = 0.477988797",
                "E[x^4] = s^2/2 = 0.500000000000");
        assertFalse(r.out().toLowerCase().contains("seed"), r.out());
    }

    @Test
    void jsonHoldsExpressionsAndValuesAtTheGivenParameters(@TempDir Path dir) throws Exception {
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", write(dir, "q.sde", QUARTIC).toString(),
                "--param", "s=2", "--order", "2", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("stationary", json.get("command").asText());
        assertEquals("stationary Fokker-Planck equation with zero probability flux", json.get("method").asText());
        assertEquals(2.0, json.get("parameters").get("s").asDouble());
        JsonNode second = json.get("moments").get(1);
        assertEquals(2, second.get("order").asInt());
        assertEquals("sqrt(2)*Gamma(3/4)*s/Gamma(1/4)", second.get("exact").get("text").asText());
        assertEquals(2 * 0.477988797486, second.get("value").asDouble(), 1e-10);
        assertEquals(second.get("value").asDouble(), second.get("quadrature").asDouble(), 1e-12);
        assertEquals(2, json.get("moments").size());
    }

    @Test
    void latexDocumentCompiles(@TempDir Path dir) throws Exception {
        Path logistic = write(dir, "logistic.sde", "model logistic\nparam r positive = 1\nparam s positive = 1/2\n"
                + "state x = 1/2\nnoise W\ndx = r*x*(1 - x)*dt + s*x*dW\n");
        Path gradient = write(dir, "g.sde", "model g2\nparam s positive = 1\nstate x, y\nnoise W1, W2\n"
                + "dx = (-x^3 + x*y - x)*dt + s*dW1\ndy = (x^2/2 - y - y^3)*dt + s*dW2\n");
        Path q = write(dir, "q.sde", QUARTIC);
        for (Path model : new Path[] {q, logistic, gradient}) {
            CommandLineTest.Run r = CommandLineTest.kolmo("stationary", model.toString(), "--format", "latex-doc");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().startsWith("\\documentclass"), r.out());
            r.assertOutContains("zero probability flux");
            Pdflatex.assertCompiles(r.out(), Files.createDirectories(dir.resolve("doc-" + model.getFileName())));
        }
        CommandLineTest.Run fragment = CommandLineTest.kolmo("stationary", q.toString(), "--format", "latex");
        assertEquals(0, fragment.status(), fragment.err());
        fragment.assertOutContains("\\Gamma");
    }

    @Test
    void notNormalisableModelsExitWithTwoAtTheEquation(@TempDir Path dir) throws Exception {
        Path unstable = write(dir, "unstable.sde", "model u\nstate x\nnoise W\n\ndx = x*dt + dW\n");
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", unstable.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(unstable + ":5:1: error[E901]: equation of x:"), r.err());
        assertEquals("", r.out());
        Path gbm = write(dir, "gbm.sde", "model gbm\nparam mu real = -1/2\nparam s positive = 1\nstate x = 1\n"
                + "noise W\ndx = mu*x*dt + s*x*dW\n");
        CommandLineTest.Run g = CommandLineTest.kolmo("stationary", gbm.toString());
        assertEquals(2, g.status(), g.err());
        assertTrue(g.err().startsWith(gbm + ":6:1: error[E901]"), g.err());
        // one message, no stack trace
        assertFalse(g.err().contains("Exception"), g.err());
        Path rot = write(dir, "rot.sde", "model rot\nstate x, y\nnoise W1, W2\ndx = (-x - y)*dt + dW1\n"
                + "dy = (x - y)*dt + dW2\n");
        CommandLineTest.Run n = CommandLineTest.kolmo("stationary", rot.toString());
        assertEquals(2, n.status());
        n.assertErrContains("error[E903]");
    }

    @Test
    void badOptionsExitWithTwo(@TempDir Path dir) throws Exception {
        Path q = write(dir, "q.sde", QUARTIC);
        assertEquals(2, CommandLineTest.kolmo("stationary", q.toString(), "--param", "k=1").status());
        assertEquals(2, CommandLineTest.kolmo("stationary", q.toString(), "--order", "0").status());
        Path free = write(dir, "free.sde", "model f\nparam s positive\nstate x\nnoise W\ndx = -x*dt + s*dW\n");
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", free.toString());
        assertEquals(2, r.status());
        r.assertErrContains("--param s=VALUE");
    }

    @Test
    void readsTheEffectiveSdeThatHomogenizeWrites(@TempDir Path dir) throws Exception {
        // the slow variable's limit dX = -2 X dt + sqrt(2 X^2 + 4) dB has rho ~ (X^2 + 2)^-2: E[X^2] = 2
        Path full = write(dir, "cubic.sde", "model cubic\nparam eps small = 0.05\nslow X = 0\nfast Y = 0\nnoise W\n"
                + "dX = (-3*X + (Y^3 - 3*Y + X*(Y^2 - 1))/eps)*dt\ndY = -Y/eps^2*dt + sqrt(2)/eps*dW\n");
        Path effective = dir.resolve("effective.sde");
        CommandLineTest.Run h = CommandLineTest.kolmo("homogenize", full.toString(), "-o", effective.toString());
        assertEquals(0, h.status(), h.err());
        assertTrue(Files.readString(effective).contains("sqrt(2*X^2 + 4)"), Files.readString(effective));
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", effective.toString(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2.0, json.get("moments").get(1).get("value").asDouble(), 1e-12);
        assertFalse(json.get("moments").get(2).get("finite").asBoolean());
        // the full model's stationary law is out of scope: its fast variable is refused with a pointer to homogenize
        CommandLineTest.Run f = CommandLineTest.kolmo("stationary", full.toString());
        assertEquals(2, f.status());
        assertTrue(f.err().contains("error[E905]") && f.err().contains("homogenize"), f.err());
    }

    @Test
    void noiseInducedDriftLimitIsAGeometricBrownianMotionWithoutStationaryDensity(@TempDir Path dir)
            throws Exception {
        Path effective = dir.resolve("nid.sde");
        CommandLineTest.Run h = CommandLineTest.kolmo("homogenize", "models/noise_induced_drift.sde", "-o",
                effective.toString());
        assertEquals(0, h.status(), h.err());
        CommandLineTest.Run r = CommandLineTest.kolmo("stationary", effective.toString());
        assertEquals(2, r.status(), r.out());
        // dX = X dt + sqrt(2) X dB: rho ~ X^-1 on (0, inf), integrable at neither end
        assertTrue(r.err().contains("error[E901]") && r.err().contains("p = -1"), r.err());
    }
}

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.TestModels;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.support.Matrices;
import org.kolmo.support.NumericEval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** simulate and verify as a user runs them: estimates against exact moments, verdicts, bad arguments. */
class SimulationCommandTest {
    private static JsonNode json(CommandLineTest.Run r) throws Exception {
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void simulateAgreesWithTheExactMomentsAndIgnoresTheThreadCount() throws Exception {
        String[] args = {"simulate", "models/two_state.sde", "--paths", "4000", "--dt", "0.002", "--times", "1",
                "--observe", "z, z^2", "--format", "json", "--threads", "1"};
        JsonNode one = json(CommandLineTest.kolmo(args));
        args[args.length - 1] = "2";
        JsonNode two = json(CommandLineTest.kolmo(args));
        assertEquals(one.get("estimates"), two.get("estimates"), "same seed, same numbers, whatever the threads");

        MomentSystem m = MomentEquations.derive(TestModels.load("two_state.sde"), 2);
        var p = new java.util.HashMap<org.matheclipse.core.interfaces.ISymbol, Double>();
        p.put(TestModels.s("alpha"), 0.5);
        p.put(TestModels.s("beta"), 1.0);
        var u0 = new org.ejml.simple.SimpleMatrix(m.size(), 1);
        for (int i = 0; i < m.size(); i++) {
            u0.set(i, NumericEval.eval(m.initialValues().get(i), p));
        }
        var exact = Matrices.exp(Matrices.numeric(m.matrix(), p)).mult(u0);
        double[] expected = {exact.get(m.indexOf("m_z")), exact.get(m.indexOf("p_zz"))};
        for (int i = 0; i < 2; i++) {
            JsonNode row = one.get("estimates").get(i);
            double diff = Math.abs(row.get("mean").asDouble() - expected[i]);
            // Euler-Maruyama's bias at dt = 0.002 is far below the statistical error of 4000 paths
            assertTrue(diff < 4 * row.get("standardError").asDouble(), row + " vs exact " + expected[i]);
        }
    }

    @Test
    void tablesAndPlotsAreWritten(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("z.csv");
        Path png = dir.resolve("z.png");
        Path svg = dir.resolve("z.svg");
        CommandLineTest.Run r = CommandLineTest.kolmo("simulate", "models/two_state.sde", "--paths", "200", "--dt",
                "0.01", "--observe", "z", "--csv", csv.toString(), "--plot", png.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(csv).startsWith("time,observable,mean,standard_error,ci95_low,ci95_high"));
        assertEquals(11, Files.readAllLines(csv).size()); // header + 10 output times
        assertTrue(Files.size(png) > 1000);
        assertEquals(0, CommandLineTest.kolmo("simulate", "models/two_state.sde", "--paths", "200", "--dt", "0.01",
                "--plot", svg.toString()).status());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void verifyAcceptsTheStratonovichFormAndRejectsAWrongModel(@TempDir Path dir) throws Exception {
        Path strat = dir.resolve("strat.sde");
        assertEquals(0, CommandLineTest.kolmo("convert", "models/two_state.sde", "--to", "stratonovich", "-o",
                strat.toString()).status());
        CommandLineTest.Run same = CommandLineTest.kolmo("verify", "models/two_state.sde", "--reduced",
                strat.toString(), "--paths", "2000", "--dt", "0.002", "--times", "0.5,1", "--observe", "z, z^2");
        assertEquals(0, same.status(), same.out() + same.err());
        same.assertOutContains("verdict: the reduced model agrees");

        Path wrong = dir.resolve("wrong.sde");
        Files.writeString(wrong, Files.readString(Path.of("models/two_state.sde")).replace("alpha real = 0.5",
                "alpha real = 1.5"));
        CommandLineTest.Run differs = CommandLineTest.kolmo("verify", "models/two_state.sde", "--reduced",
                wrong.toString(), "--paths", "2000", "--dt", "0.002", "--times", "1", "--observe", "z");
        assertEquals(1, differs.status(), differs.out() + differs.err());
        differs.assertOutContains("FAIL");
    }

    @Test
    void badArgumentsNameTheOption(@TempDir Path dir) throws Exception {
        String model = "models/two_state.sde";
        assertBad("--dt", "simulate", model, "--dt", "0");
        assertBad("--dt", "simulate", model, "--dt", "-1");
        assertBad("--paths", "simulate", model, "--paths", "0");
        assertBad("--observe", "simulate", model, "--observe", "z, w");
        assertBad("--scheme", "simulate", model, "--scheme", "heun");
        assertBad("--times", "simulate", model, "--times", "1,0.5");
        Path noValue = dir.resolve("novalue.sde");
        Files.writeString(noValue, "param k positive\nstate x = 1\nnoise W\ndx = -k*x*dt + dW\n");
        CommandLineTest.Run r = CommandLineTest.kolmo("simulate", noValue.toString());
        assertEquals(2, r.status());
        r.assertErrContains("k");
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(0, CommandLineTest.kolmo("simulate", noValue.toString(), "--param", "k=2", "--paths", "100",
                "--dt", "0.01").status());
    }

    private static void assertBad(String option, String... args) {
        CommandLineTest.Run r = CommandLineTest.kolmo(args);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(option), option + ": " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}

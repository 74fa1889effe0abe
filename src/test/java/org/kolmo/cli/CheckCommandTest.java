package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code kolmo check}: the verdicts as printed, and the exit statuses 0 holds, 1 fails, 2 bad input. */
class CheckCommandTest {
    static final String EQ45 = "p_zz''' + 10*beta^2*p_zz'' + 16*(alpha^2 + beta^4)*p_zz' "
            + "+ 96*alpha^2*beta^2*(p_zz - 1/3) == 0";

    @Test
    void theSeedsEquation45Holds() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", EQ45);
        assertEquals(ExitCode.OK, r.status(), r.err());
        assertTrue(r.out().startsWith("holds: " + EQ45 + "\n"), r.out());
    }

    @Test
    void aWrongCoefficientFailsWithTheTwoSidesValues() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim",
                EQ45.replace("96*", "90*"));
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        // at t = 0 the true left side is 0; 90 instead of 96 leaves -6 alpha^2 beta^2 * 2/3 = -1 at the model's values
        r.assertOutContains("counterexample: at alpha = 1/2, beta = 1 (parameters at the model's values), t = 0",
                "left side = -1, right side = 0");
    }

    @Test
    void oneFailingClaimAmongSeveralFailsTheRun() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde",
                "--claim", "stratonovich_drift(y) == -2*alpha*z", "--claim", "stratonovich_drift(z) == -2*alpha*y");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        assertTrue(r.out().startsWith("holds: stratonovich_drift(y)"), r.out());
        r.assertOutContains("fails: stratonovich_drift(z)");
    }

    @Test
    void badClaimsAndGivensAreBadInput() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "p_zz = 1");
        assertEquals(ExitCode.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("--claim:1:6: error[E501]"), r.err());
        r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "k == 1", "--given", "k 2");
        assertEquals(ExitCode.BAD_INPUT, r.status());
        r.assertErrContains("error[E503]");
        r = CommandLineTest.kolmo("check", "models/two_state.sde");
        assertEquals(ExitCode.BAD_INPUT, r.status());
    }

    @Test
    void jsonCarriesTheCounterexample() throws Exception {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim",
                "p_xx + p_yy + p_zz == 2", "--format", "json");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("check", json.get("command").asText());
        assertEquals(false, json.get("holds").asBoolean());
        JsonNode c = json.get("claims").get(0).get("counterexample");
        assertEquals("1", c.get("leftValue").get("text").asText());
        assertEquals("2", c.get("rightValue").get("text").asText());
    }

    // ---------------------------------------------------------------- givens that fix a parameter (issue 11, item 4)

    @Test
    void aGivenParameterFixesTheMomentSystemNotOnlyTheClaim() {
        // alpha = 0 stops dz = 2 alpha y dt, so m_z stays 1; the given must reach the moment equations
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1",
                "--given", "alpha = 0");
        assertEquals(ExitCode.OK, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("holds: m_z == 1\n"), r.out());
        r.assertOutContains("simplifies to 0 (along the moment trajectory from the model's initial values), "
                + "given alpha = 0\n");

        r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        r.assertOutContains("counterexample: at alpha = 1/2, beta = 1 (parameters at the model's values), t = 0, "
                + "the second time derivatives of the two sides",
                "left side = -1, right side = 0");
    }

    @Test
    void aCounterexampleShowsTheGivenValueMarked() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1",
                "--given", "alpha = 1/3");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        r.assertOutContains("counterexample: at alpha = 1/3 (given), beta = 1 (the other parameters at the "
                + "model's values), t = 0");
        assertTrue(r.out().contains("left side = -4/9, right side = 0"), r.out()); // -4 alpha^2 at alpha = 1/3
        assertFalse(r.out().contains("alpha = 1/2"), r.out());
    }

    static final String LINEAR = "model linear \"linear pair\"\nito\n"
            + "param k positive\nparam c real\nparam g positive\nparam s positive\n"
            + "state q = 1, r = 1\nnoise W1\n"
            + "dq = (-k*q + c*r)*dt + s*dW1\ndr = -g*r*dt\n";

    @Test
    void aLinearModelWithOtherNamesAndAGivenExpression(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("linear.sde");
        Files.writeString(file, LINEAR); // no parameter values: every point is drawn
        String decoupled = "m_q' == -k*m_q";
        CommandLineTest.Run r = CommandLineTest.kolmo("check", file.toString(), "--claim", decoupled, "--given", "c = 0");
        assertEquals(ExitCode.OK, r.status(), r.out() + r.err());
        r.assertOutContains("given c = 0");
        r = CommandLineTest.kolmo("check", file.toString(), "--claim", decoupled);
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.out() + r.err());

        String rates = "m_q'' + 3*k*m_q' + 2*k^2*m_q == 0";
        r = CommandLineTest.kolmo("check", file.toString(), "--claim", rates, "--given", "g = 2*k");
        assertEquals(ExitCode.OK, r.status(), r.out() + r.err());
        r.assertOutContains("given g = 2*k");
        r = CommandLineTest.kolmo("check", file.toString(), "--claim", rates);
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.out() + r.err());

        // failing with givens, over several seeds: c is printed at its given value, g as 4k at the drawn k
        for (int seed = 1; seed <= 4; seed++) {
            r = CommandLineTest.kolmo("check", file.toString(), "--claim", decoupled, "--given", "c = 1/2",
                    "--seed", String.valueOf(seed));
            assertEquals(ExitCode.CHECK_FAILED, r.status(), r.out() + r.err());
            r.assertOutContains("counterexample: at c = 1/2 (given), ");
            assertEquals(1, count(r.out(), "c = "), r.out());

            r = CommandLineTest.kolmo("check", file.toString(), "--claim", rates, "--given", "g = 4*k",
                    "--seed", String.valueOf(seed));
            assertEquals(ExitCode.CHECK_FAILED, r.status(), r.out() + r.err());
            Matcher g = Pattern.compile("counterexample: at g = 4\\*k = (\\d+(?:/\\d+)?) \\(given\\), ").matcher(r.out());
            Matcher k = Pattern.compile(", k = (\\d+(?:/\\d+)?)[,( ]").matcher(r.out());
            assertTrue(g.find() && k.find(), r.out());
            assertEquals(4 * fraction(k.group(1)), fraction(g.group(1)), 1e-12, r.out());
            assertEquals(1, count(r.out(), "g = "), r.out());
        }
    }

    @Test
    void jsonNamesTheGivens() throws Exception {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1",
                "--given", "alpha = 1/3", "--format", "json");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        JsonNode claim = new ObjectMapper().readTree(r.out()).get("claims").get(0);
        assertEquals("1/3", claim.get("given").get("alpha").get("text").asText());
        assertEquals("1/3", claim.get("counterexample").get("point").get("alpha").get("text").asText());
        assertEquals("-4/9", claim.get("counterexample").get("leftValue").get("text").asText());
    }

    @Test
    void givensThatContradictTheModelAreBadInput() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1",
                "--given", "beta = -1");
        assertEquals(ExitCode.BAD_INPUT, r.status(), r.out());
        assertTrue(r.err().startsWith("--given:1:1: error[E502]: the model declares 'beta' positive"), r.err());
        r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "m_z == 1", "--given", "alpha = x");
        assertEquals(ExitCode.BAD_INPUT, r.status(), r.out());
        r.assertErrContains("a parameter's value may use only the other parameters");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static double fraction(String text) {
        String[] p = text.split("/");
        return p.length == 1 ? Double.parseDouble(p[0]) : Double.parseDouble(p[0]) / Double.parseDouble(p[1]);
    }
}

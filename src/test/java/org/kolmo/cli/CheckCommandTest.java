package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
        assertTrue(r.out().contains("counterexample: at alpha = 1/2, beta = 1 (parameters at the model's values), t = 0"), r.out());
        assertTrue(r.out().contains("left side = -1, right side = 0"), r.out());
    }

    @Test
    void oneFailingClaimAmongSeveralFailsTheRun() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde",
                "--claim", "stratonovich_drift(y) == -2*alpha*z", "--claim", "stratonovich_drift(z) == -2*alpha*y");
        assertEquals(ExitCode.CHECK_FAILED, r.status(), r.err());
        assertTrue(r.out().startsWith("holds: stratonovich_drift(y)"), r.out());
        assertTrue(r.out().contains("fails: stratonovich_drift(z)"), r.out());
    }

    @Test
    void badClaimsAndGivensAreBadInput() {
        CommandLineTest.Run r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "p_zz = 1");
        assertEquals(ExitCode.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("--claim:1:6: error[E501]"), r.err());
        r = CommandLineTest.kolmo("check", "models/two_state.sde", "--claim", "k == 1", "--given", "k 2");
        assertEquals(ExitCode.BAD_INPUT, r.status());
        assertTrue(r.err().contains("error[E503]"), r.err());
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
}

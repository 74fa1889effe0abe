package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every command that runs a Monte Carlo takes --quiet (issue 13, item 6); without a console (as here, under the test
 * runner, or with output sent to a file) no progress bar reaches stderr in any case.
 */
class QuietOptionTest {
    @Test
    void longCommandsTakeQuietAndPrintNoProgressWithoutAConsole() {
        String[][] runs = {
            {"simulate", "models/two_state.sde", "--paths", "100", "--T", "0.1", "--dt", "0.01", "--quiet"},
            {"homogenize", "models/noise_induced_drift.sde", "--check", "200", "--quiet"},
            {"reduce", "models/two_state.sde", "--keep", "z", "--check", "200", "--quiet"},
        };
        for (String[] args : runs) {
            CommandLineTest.Run r = CommandLineTest.kolmo(args);
            assertEquals(0, r.status(), () -> String.join(" ", args) + ": " + r.err());
            assertTrue(!r.err().contains("%") && !r.err().contains("paths"), r.err());
        }
    }
}

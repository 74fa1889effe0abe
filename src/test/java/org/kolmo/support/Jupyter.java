package org.kolmo.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Jupyter in tests. Where {@code jupyter} is missing the test is skipped, unless the environment sets
 * {@code KOLMO_REQUIRE_JUPYTER=1} (CI does), which turns the skip into a failure.
 */
public final class Jupyter {
    private Jupyter() {
    }

    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "jupyter")) && Files.isExecutable(Path.of(dir, "jupyter-nbconvert"))) {
                return true;
            }
        }
        return false;
    }

    /** Skips (or, in CI, fails) when Jupyter's nbconvert is not installed. */
    public static void assumeAvailable() {
        if ("1".equals(System.getenv("KOLMO_REQUIRE_JUPYTER"))) {
            assertTrue(available(), "KOLMO_REQUIRE_JUPYTER=1 but jupyter nbconvert is not on the PATH");
        }
        Assumptions.assumeTrue(available(), "jupyter nbconvert is not installed");
    }
}

package org.kolmo.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A Python 3 with SymPy, for tests that read Kolmo's JSON as a program would. Where none is found the test is
 * skipped, unless the environment sets {@code KOLMO_REQUIRE_SYMPY=1} (CI does), which turns the skip into a failure.
 */
public final class Sympy {
    private Sympy() {
    }

    /** The first of Debian's python3 and the one on the PATH that imports sympy, or null. */
    public static String python() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (candidate.startsWith("/") && !Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import sympy").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (Exception e) {
                // not this one
            }
        }
        return null;
    }

    /** The python to use; skips (or, in CI, fails) when none imports sympy. */
    public static String assumeAvailable() {
        String python = python();
        if ("1".equals(System.getenv("KOLMO_REQUIRE_SYMPY"))) {
            assertTrue(python != null, "KOLMO_REQUIRE_SYMPY=1 but no python3 imports sympy");
        }
        Assumptions.assumeTrue(python != null, "no python3 with sympy");
        return python;
    }
}

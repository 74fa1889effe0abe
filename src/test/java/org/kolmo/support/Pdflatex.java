package org.kolmo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Compiles LaTeX documents with pdflatex in tests. Where pdflatex is missing the test is skipped, unless the
 * environment sets {@code KOLMO_REQUIRE_PDFLATEX=1} (CI does), which turns the skip into a failure.
 */
public final class Pdflatex {
    private Pdflatex() {
    }

    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pdflatex"))) {
                return true;
            }
        }
        return false;
    }

    /** Skips (or, in CI, fails) when pdflatex is not installed. */
    public static void assumeAvailable() {
        boolean required = "1".equals(System.getenv("KOLMO_REQUIRE_PDFLATEX"));
        if (required) {
            assertTrue(available(), "KOLMO_REQUIRE_PDFLATEX=1 but pdflatex is not on the PATH");
        }
        Assumptions.assumeTrue(available(), "pdflatex is not installed");
    }

    /** Compiles {@code source} in {@code dir}; asserts exit status 0 and a non-empty PDF. */
    public static void assertCompiles(String source, Path dir) throws IOException, InterruptedException {
        assumeAvailable();
        Files.writeString(dir.resolve("doc.tex"), source, StandardCharsets.UTF_8);
        Path log = dir.resolve("pdflatex-output.txt");
        Process proc = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
        assertEquals(0, proc.exitValue(), () -> read(log) + "\n--- source ---\n" + source);
        assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
    }

    /**
     * Compiles {@code source} in {@code dir} as {@link #assertCompiles} does and returns pdflatex's log
     * ({@code doc.log}), where overfull boxes are reported.
     */
    public static String compileLog(String source, Path dir) throws IOException, InterruptedException {
        assertCompiles(source, dir);
        return Files.readString(dir.resolve("doc.log"), StandardCharsets.ISO_8859_1);
    }

    /**
     * Compiles {@code source} twice in {@code dir} (the second run resolves the references that the first wrote to
     * {@code doc.aux}) and returns the log of the second run.
     */
    public static String compileLogTwice(String source, Path dir) throws IOException, InterruptedException {
        assertCompiles(source, dir);
        return compileLog(source, dir);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

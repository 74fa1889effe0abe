package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.support.Pdflatex;

/** Every command's {@code --format latex-doc} output is a document that pdflatex compiles. */
class LatexDocumentCommandTest {
    private static void compiles(Path dir, String... args) throws Exception {
        CommandLineTest.Run r = CommandLineTest.kolmo(args);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("\\documentclass"), r.out());
        Pdflatex.assertCompiles(r.out(), Files.createDirectories(dir.resolve(args[0])));
    }

    @Test
    void convertDocument(@TempDir Path dir) throws Exception {
        compiles(dir, "convert", "models/area.sde", "--to", "stratonovich", "--format", "latex-doc");
    }

    @Test
    void generatorDocument(@TempDir Path dir) throws Exception {
        compiles(dir, "generator", "models/two_state.sde", "--apply", "x^2 + y^2 + z^2", "--format", "latex-doc");
    }

    @Test
    void itoFormulaDocument(@TempDir Path dir) throws Exception {
        compiles(dir, "ito-formula", "models/schroedinger.sde", "--f", "a_l^2 + b_l^2", "--format", "latex-doc");
    }

    @Test
    void momentsDocument(@TempDir Path dir) throws Exception {
        compiles(dir, "moments", "models/two_state.sde", "--format", "latex-doc");
    }

    @Test
    void closedOdeDocument(@TempDir Path dir) throws Exception {
        compiles(dir, "closed-ode", "models/two_state.sde", "--of", "p_zz", "--with-constant", "--format", "latex-doc");
    }
}

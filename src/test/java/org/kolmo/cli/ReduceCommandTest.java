package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.cli.CommandLineTest.Run;
import org.kolmo.support.Pdflatex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** kolmo reduce on Chen et al. 2025's model: every format, figures, and the errors that name their option. */
class ReduceCommandTest {
    static Run run(String... args) {
        return CommandLineTest.kolmo(args);
    }

    static final String[] SEED = {"reduce", "models/two_state.sde", "--keep", "z", "--scale", "beta -> beta/sqrt(eps)",
        "--time-scale", "eps", "--initial", "x=1, y=0, z=0"};

    static String[] seed(String... more) {
        String[] all = new String[SEED.length + more.length];
        System.arraycopy(SEED, 0, all, 0, SEED.length);
        System.arraycopy(more, 0, all, SEED.length, more.length);
        return all;
    }

    @Test
    void textJsonAndFigures(@TempDir Path dir) throws Exception {
        Run text = run(seed("--plot", dir.toString()));
        assertEquals(0, text.status(), text.err());
        text.assertOutContains("CHOSEN", "0.59185");
        for (String f : new String[] {"figure1_eps0_5.png", "figure1_eps0_5.svg", "figure2.png", "figure2.svg",
            "figure3_eps0_01.png", "figure3_eps0_01.csv", "figure2.csv"}) {
            assertTrue(Files.size(dir.resolve(f)) > 100, f);
        }
        // a PDF for a paper beside every figure; each figure's table holds its own curves; the W2 bounds plotted
        for (String f : new String[] {"figure1_eps0_5", "figure2", "figure3_eps0_01", "figure4_eps0_01"}) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(dir.resolve(f + ".pdf")), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII), f);
        }
        assertTrue(Files.readString(dir.resolve("figure1_eps0_5.csv")).startsWith("t,full,adiabatic\n"));
        assertTrue(Files.readString(dir.resolve("figure3_eps0_5.csv")).startsWith("t,full,adiabatic,manifold\n"));
        assertTrue(Files.readString(dir.resolve("figure4_eps0_5.csv")).startsWith("t,w2_lower,w2_upper"));
        Run json = run(seed("--format", "json"));
        assertEquals(0, json.status(), json.err());
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals(0.59185, node.get("epsCriticalSecond").asDouble(), 5e-6);
        assertEquals(1.0, node.get("epsCriticalMean").asDouble(), 1e-9);
    }

    @Test
    void latexDocumentCompiles(@TempDir Path dir) throws Exception {
        Run doc = run(seed("--format", "latex-doc"));
        assertEquals(0, doc.status(), doc.err());
        assertTrue(doc.out().contains("\\begin{document}"));
        // the reduced SDE without its zero term B z dw (B = 0, Lemmas 1-2): dz = A z dt + D du
        assertTrue(!doc.out().contains("0\\, z\\, dw") && doc.out().contains("\\, z\\, dt + "), doc.out());
        Pdflatex.assertCompiles(doc.out(), dir);
        Run latex = run(seed("--format", "latex", "--method", "adiabatic"));
        assertEquals(0, latex.status(), latex.err());
    }

    @Test
    void userErrorsNameTheirOption(@TempDir Path dir) throws Exception {
        Run method = run(seed("--method", "galerkin"));
        assertEquals(2, method.status());
        method.assertErrContains("--method");
        Run keep = run("reduce", "models/two_state.sde", "--keep", "w", "--scale", "beta -> beta/sqrt(eps)",
                "--time-scale", "eps");
        assertEquals(2, keep.status());
        assertTrue(keep.err().startsWith("kolmo reduce: --keep: error[R201]: "), keep.err());
        Run noGap = run("reduce", "models/two_state.sde", "--keep", "z", "--scale", "alpha -> alpha/eps");
        assertEquals(2, noGap.status());
        noGap.assertErrContains("no separation of time scales");
        Path cubic = dir.resolve("cubic.sde");
        Files.writeString(cubic, "model cubic\nparam beta positive = 1\nstate x = 1\nnoise W\n"
                + "dx = -beta*x^3*dt + dW\n");
        Run nonlinear = run("reduce", cubic.toString(), "--keep", "x", "--scale", "beta -> beta/eps");
        assertEquals(2, nonlinear.status());
        nonlinear.assertErrContains("do not close");
        // the model file is named by its path, and the small parameter by its own name
        assertTrue(nonlinear.err().startsWith(cubic + ": error[R203]: "), nonlinear.err());
        Run fast = run("reduce", "models/langevin.sde", "--keep", "v");
        assertEquals(2, fast.status());
        fast.assertErrContains("terms of order 1 at eps = 0");
    }

    /** models/two_state.sde without its regime statement. */
    static Path withoutRegime(Path dir) throws Exception {
        String text = Files.readString(Path.of("models/two_state.sde")).lines()
                .filter(l -> !l.startsWith("regime ")).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Path copy = dir.resolve("two_state_plain.sde");
        Files.writeString(copy, text);
        return copy;
    }

    @Test
    void regimeStatementOfTheFileIsTheDefault(@TempDir Path dir) throws Exception {
        Run explicit = run(SEED);
        Run fromFile = run("reduce", "models/two_state.sde", "--keep", "z", "--initial", "x=1, y=0, z=0");
        assertEquals(0, fromFile.status(), fromFile.err());
        assertEquals(explicit.out(), fromFile.out());
        // the same options on a file without the statement give the same text as well
        Path plain = withoutRegime(dir);
        Run plainExplicit = run("reduce", plain.toString(), "--keep", "z", "--scale", "beta -> beta/sqrt(eps)",
                "--time-scale", "eps", "--initial", "x=1, y=0, z=0");
        assertEquals(explicit.out(), plainExplicit.out());
        // without the statement and without options the error is today's
        Run none = run("reduce", plain.toString(), "--keep", "z");
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("kolmo reduce: --scale: error[R105]: a reduction needs a regime"),
                none.err());
    }

    @Test
    void commandLineOverridesTheFile() {
        Run written = run("reduce", "models/two_state.sde", "--keep", "z", "--scale", "beta -> beta/eps^(1/2)",
                "--time-scale", "eps", "--method", "adiabatic");
        assertEquals(0, written.status(), written.err());
        assertTrue(written.out().lines().findFirst().orElse("").contains("beta -> beta/eps^(1/2)"), written.out());
        // --scale alone replaces the whole statement, time rule included: this regime has no gap
        Run noGap = run("reduce", "models/two_state.sde", "--keep", "z", "--scale", "alpha -> alpha/eps");
        assertEquals(2, noGap.status());
        noGap.assertErrContains("no separation of time scales");
    }

    @Test
    void badRegimeStatementIsReportedAtItsPosition(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("models/two_state.sde")).replace(
                "regime beta -> beta/sqrt(eps), t -> eps*t", "regime beta -> 2*beta/sqrt(eps), t -> eps*t");
        Path bad = dir.resolve("bad.sde");
        Files.writeString(bad, text);
        Run r = run("reduce", bad.toString(), "--keep", "z");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(bad + ":11:16: error[E407]"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        Path twice = dir.resolve("twice.sde");
        Files.writeString(twice, Files.readString(Path.of("models/two_state.sde")) + "regime t -> eps*t\n");
        Run again = run("reduce", twice.toString(), "--keep", "z", "--scale", "beta -> beta/sqrt(eps)");
        assertEquals(2, again.status());
        assertTrue(again.err().startsWith(twice + ":16:1: error[E106]"), again.err());
    }

    @Test
    void severalKeptVariables(@TempDir Path dir) throws Exception {
        String[] pair = {"reduce", "models/slow_pair.sde", "--keep", "x,z", "--scale", "g -> g/eps", "--eps", "0.01",
            "--times", "0,1"};
        Run text = run(pair);
        assertEquals(0, text.status(), text.err());
        text.assertOutContains("m_x' = m_x*(-a + 1) - m_z   [regime]", "Gelbrich");
        Run repeated = run("reduce", "models/slow_pair.sde", "--keep", "x", "--keep", "z", "--scale", "g -> g/eps",
                "--eps", "0.01", "--times", "0,1");
        assertEquals(text.out(), repeated.out());
        String[] json = java.util.Arrays.copyOf(pair, pair.length + 2);
        json[pair.length] = "--format";
        json[pair.length + 1] = "json";
        Run j = run(json);
        assertEquals(0, j.status(), j.err());
        JsonNode node = new ObjectMapper().readTree(j.out());
        assertEquals("x", node.get("keep").get(0).asText());
        assertEquals(2, node.get("comparison").get(0).get("rows").size());
        String[] f = java.util.Arrays.copyOf(json, json.length);
        f[f.length - 1] = "latex";
        assertEquals(0, run(f).status());
        f[f.length - 1] = "latex-doc";
        Run doc = run(f);
        assertEquals(0, doc.status(), doc.err());
        Pdflatex.assertCompiles(doc.out(), dir);
        // what needs one kept variable says so, with status 2
        Run plot = run("reduce", "models/slow_pair.sde", "--keep", "x,z", "--scale", "g -> g/eps", "--plot", "/tmp");
        assertEquals(2, plot.status());
        assertTrue(plot.err().contains("--plot") && plot.err().contains("one kept variable"), plot.err());
        Run graph = run(seed("--keep", "x,z", "--method", "invariant-manifold", "--eps", "0.01"));
        assertEquals(2, graph.status());
        assertTrue(graph.err().contains("--keep") && !graph.err().contains("Exception"), graph.err());
    }

    @Test
    void monteCarloCheck() throws Exception {
        // far from the limit (eps = 0.5) the reduced SDE's second moment is visibly off: status 1 at tolerance 0
        String[] far = {"reduce", "models/two_state.sde", "--keep", "z", "--scale", "beta -> beta/sqrt(eps)",
            "--time-scale", "eps", "--method", "adiabatic", "--eps", "0.5", "--check", "1000", "--check-times", "1,2",
            "--format", "json"};
        Run strict = run(far);
        assertEquals(1, strict.status(), strict.err());
        strict.assertErrContains("check failed");
        JsonNode node = new ObjectMapper().readTree(strict.out());
        assertEquals(false, node.get("check").get("passed").asBoolean());
        assertEquals(4, node.get("check").get("adiabatic").get("rows").size());
        // ... by as much as its moment equations predict
        String[] predicted = java.util.Arrays.copyOf(far, far.length + 2);
        predicted[far.length] = "--tolerance";
        predicted[far.length + 1] = "predicted";
        Run lenient = run(predicted);
        assertEquals(0, lenient.status(), lenient.err());
        // options of the check
        Run paths = run(seed("--check", "1"));
        assertEquals(2, paths.status());
        paths.assertErrContains("--check");
        Run tol = run(seed("--check", "100", "--tolerance", "loose"));
        assertEquals(2, tol.status());
        tol.assertErrContains("--tolerance");
        Run several = run("reduce", "models/slow_pair.sde", "--keep", "x,z", "--scale", "g -> g/eps", "--check",
                "100");
        assertEquals(2, several.status());
        several.assertErrContains("one kept variable");
    }
}

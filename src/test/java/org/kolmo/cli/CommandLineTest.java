package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The command line as a user meets it: outputs, exit statuses, one-line errors without stack traces. */
class CommandLineTest {
    record Run(int status, String out, String err) {
        /** The standard output contains each of the parts. */
        void assertOutContains(String... parts) {
            for (String part : parts) {
                assertTrue(out.contains(part), out);
            }
        }

        /** The standard error contains each of the parts. */
        void assertErrContains(String... parts) {
            for (String part : parts) {
                assertTrue(err.contains(part), err);
            }
        }
    }

    static Run kolmo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * A run of each command over the bundled models: convert, generator and moments of every model, homogenize of
     * each of the given slow-fast models, each closure, stationary, reduce, closed-ode, check and ito-formula.
     */
    static List<List<String>> commandsOnTheBundledModels(String... slowFast) throws IOException {
        List<String> models;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            models = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sde")).sorted().toList();
        }
        List<List<String>> runs = new ArrayList<>();
        for (String m : models) {
            runs.add(List.of("convert", "models/" + m, "--to", "stratonovich"));
            runs.add(List.of("generator", "models/" + m));
            runs.add(List.of("moments", "models/" + m, "--order", "2"));
        }
        for (String m : slowFast) {
            runs.add(List.of("homogenize", "models/" + m + ".sde"));
        }
        for (String closure : new String[] {"zero", "normal", "lognormal", "gamma", "derivative-matching"}) {
            runs.add(List.of("moments", "models/logistic.sde", "--order", "2", "--closure", closure));
        }
        runs.add(List.of("moments", "models/cubic.sde", "--order", "2", "--closure", "normal", "--stationary"));
        runs.add(List.of("moments", "models/brusselator.sde", "--order", "2", "--closure", "normal"));
        runs.add(List.of("stationary", "models/cubic.sde"));
        runs.add(List.of("stationary", "models/logistic.sde"));
        runs.add(List.of("reduce", "models/two_state.sde", "--keep", "z"));
        runs.add(List.of("reduce", "models/langevin.sde", "--keep", "x"));
        runs.add(List.of("closed-ode", "models/two_state.sde", "--of", "p_zz", "--with-constant"));
        runs.add(List.of("check", "models/two_state.sde", "--claim", "m_z' == 2*alpha*m_y"));
        runs.add(List.of("ito-formula", "models/schroedinger.sde", "--f", "a_l^2 + b_l^2"));
        return runs;
    }

    @Test
    void convertPrintsAModelFileInTheOtherConvention() {
        Run r = kolmo("convert", "models/two_state.sde", "--to", "stratonovich");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("\nstratonovich\n", "dx = -2*beta*y*dW\n", "dy = -2*alpha*z*dt + 2*beta*x*dW\n",
                "dz = 2*alpha*y*dt\n");
    }

    @Test
    void convertCancelsTheFactorsThatARootsSquareBrings(@TempDir Path dir) throws Exception {
        // σ = sqrt(2 a) sqrt((y^2 + 1)^3)/(y^2 + 1) has σ^2 = 2 a (y^2 + 1): the Itô drift of the Stratonovich
        // model with u = 0 is ½ σ σ' = a y, printed as such, not as a sum over (y^2 + 1)^3 (issue 11, item 6)
        Path file = dir.resolve("root.sde");
        Files.writeString(file, "model root \"a root whose square cancels\"\nstratonovich\nparam a real = 1\n"
                + "state y = 0\nnoise W\ndy = 0*dt + sqrt(2*a)*sqrt((y^2 + 1)^3)/(y^2 + 1)*dW\n");
        Run r = kolmo("convert", file.toString(), "--to", "ito");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("\ndy = a*y*dt + sqrt(2)*sqrt(a)*sqrt((y^2 + 1)^3)/(y^2 + 1)*dW\n");
        // and back to the model's own drift
        Path ito = dir.resolve("root_ito.sde");
        Files.writeString(ito, r.out());
        Run back = kolmo("convert", ito.toString(), "--to", "stratonovich");
        assertEquals(0, back.status(), back.err());
        back.assertOutContains("\ndy = sqrt(2)*sqrt(a)*sqrt((y^2 + 1)^3)/(y^2 + 1)*dW\n");
    }

    @Test
    void convertLatexUsesCircForStratonovich() {
        Run r = kolmo("convert", "models/two_state.sde", "--to", "stratonovich", "--format", "latex");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("\\mathrm{d}x &= -2\\beta y\\circ\\,\\mathrm{d}W_t");
    }

    @Test
    void generatorAppliedToTheSpinLengthIsZero() {
        Run r = kolmo("generator", "models/two_state.sde", "--apply", "x^2 + y^2 + z^2");
        assertEquals(0, r.status(), r.err());
        assertEquals("L(x^2 + y^2 + z^2) = 0\n", r.out());
    }

    @Test
    void itoFormulaInJson() throws Exception {
        Run r = kolmo("ito-formula", "models/two_state.sde", "--f", "z*y", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ito-formula", json.get("command").asText());
        assertEquals("2*alpha*y^2 - 2*beta^2*y*z - 2*alpha*z^2", json.get("drift").get("text").asText());
        assertEquals("2*beta*x*z", json.get("noise").get(0).get("text").asText());
    }

    @Test
    void badModelFileGivesPositionedErrorAndStatus2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.sde");
        Files.writeString(bad, "state x\nnoise W\ndx = -x + dW\n");
        Run r = kolmo("convert", bad.toString(), "--to", "ito");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(bad + ":3:6: error[E301]"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badOptionValueNamesTheOption() {
        Run r = kolmo("convert", "models/two_state.sde", "--to", "strato");
        assertEquals(2, r.status());
        r.assertErrContains("--to");
        Run f = kolmo("convert", "models/two_state.sde", "--to", "ito", "--format", "pdf");
        assertEquals(2, f.status());
        f.assertErrContains("--format");
    }

    @Test
    void badExpressionOptionIsPositioned() {
        Run r = kolmo("ito-formula", "models/two_state.sde", "--f", "x*q");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--f:1:3: error[E201]: unknown symbol 'q'"), r.err());
    }

    @Test
    void missingFileAndMissingOption() {
        assertEquals(2, kolmo("convert", "models/nope.sde", "--to", "ito").status());
        Run r = kolmo("convert", "models/two_state.sde");
        assertEquals(2, r.status());
        r.assertErrContains("--to");
        assertEquals(2, kolmo("frobnicate").status());
    }

    @Test
    void helpListsTheCommands() {
        Run r = kolmo("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("convert") && r.out().contains("generator") && r.out().contains("ito-formula"));
        Run sub = kolmo("generator", "--help");
        assertEquals(0, sub.status());
        assertTrue(sub.out().contains("--apply"));
    }

    @Test
    void outputFileIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.sde");
        Run ok = kolmo("convert", "models/two_state.sde", "--to", "stratonovich", "-o", target.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(Files.readString(target).contains("stratonovich"));
        Path untouched = dir.resolve("untouched.sde");
        Run bad = kolmo("ito-formula", "models/two_state.sde", "--f", "x*", "-o", untouched.toString());
        assertEquals(2, bad.status());
        assertFalse(Files.exists(untouched));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void otherRuleFolderIsUsedAndItsErrorsNameFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.m"), "(* a rule file with a syntax error *)\nKoBroken(x_) := x +;\n");
        try {
            Run r = kolmo("generator", "models/two_state.sde", "--rules", dir.toString());
            assertEquals(70, r.status());
            r.assertErrContains("broken.m:2: rule does not parse");
        } finally {
            org.kolmo.cas.CasSession.useRules(org.kolmo.cas.RuleSource.bundled()); // for the tests that follow
        }
    }

    @Test
    void momentsAndClosedOde() {
        Run m = kolmo("moments", "models/two_state.sde");
        assertEquals(0, m.status(), m.err());
        m.assertOutContains("d/dt p_zz = 4*alpha*p_yz\n", "p_xx + p_yy + p_zz = 1\n");
        Run c = kolmo("closed-ode", "models/two_state.sde", "--of", "p_zz", "--with-constant", "--format", "latex");
        assertEquals(0, c.status(), c.err());
        assertEquals("p_{zz}^{(3)} + 10\\beta^{2}\\,\\ddot{p}_{zz} + 16 (\\alpha^{2} + \\beta^{4})\\,\\dot{p}_{zz}"
                + " + 96\\alpha^{2}\\beta^{2}\\,\\left(p_{zz} - \\frac{1}{3}\\right) = 0\n", c.out());
    }

    /**
     * A coefficient outside what the moment derivations handle (here not polynomial in the state) is the user's error:
     * exit status 2, its code, the equation's position with the source line, the user's names (issue 14, item 2).
     */
    @Test
    void closedOdeOfACoefficientOutsideTheAlgebraIsPlacedAtItsEquation(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("exp.sde");
        Files.writeString(model, "model expo\nparam beta positive = 1\nstate x = 1, y = 0\nnoise W\n"
                + "dx = -exp(beta*x)*x*dt + y*dW\ndy = -beta*y*dt\n");
        Run r = kolmo("closed-ode", model.toString(), "--of", "m_x");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(model + ":5:1: error[E804]: equation of x: "), r.err());
        r.assertErrContains("\n    dx = -exp(beta*x)*x*dt + y*dW\n    ^");
        assertFalse(r.err().contains("ko$"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void momentErrorsAreBadInput(@TempDir Path dir) throws Exception {
        Run order = kolmo("moments", "models/two_state.sde", "--order", "0");
        assertEquals(2, order.status());
        order.assertErrContains("--order");
        Run component = kolmo("closed-ode", "models/two_state.sde", "--of", "p_ww");
        assertEquals(2, component.status());
        assertTrue(component.err().startsWith("kolmo closed-ode: --of: error[E807]: no moment named 'p_ww'"),
                component.err());
        Path cubic = dir.resolve("cubic.sde");
        Files.writeString(cubic, "state x\nnoise W\ndx = -x^3*dt + dW\n");
        Run open = kolmo("moments", cubic.toString());
        assertEquals(2, open.status());
        open.assertErrContains("mu_xxx", "error[E805]");
        assertFalse(open.err().contains("Exception"), open.err());
    }
}

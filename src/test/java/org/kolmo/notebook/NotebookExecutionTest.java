package org.kolmo.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.support.Jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Executes every notebook of {@code notebooks/} headless, as a newcomer's "run all" would, on the kernel installed by
 * {@code kolmo kernel install} into a temporary Jupyter data folder; fails on any error cell and checks that the
 * outputs hold the key results, derived by the engine when the cells ran.
 */
class NotebookExecutionTest {
    static final String[] NOTEBOOKS = {"two_state_reduction", "homogenization", "checking_a_hand_derivation",
        "moment_closures"};

    @TempDir
    static Path tmp;

    static Path executed;

    @BeforeAll
    static void execute() throws Exception {
        Jupyter.assumeAvailable();
        Path data = tmp.resolve("jupyter-data");
        KernelSpec.install(data, Path.of("").toAbsolutePath());
        executed = tmp.resolve("executed");
        Files.createDirectories(executed);
        List<String> command = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=900", "--output-dir=" + executed));
        for (String n : NOTEBOOKS) {
            command.add("notebooks/" + n + ".ipynb");
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("nbconvert.log").toFile());
        pb.environment().put("JUPYTER_DATA_DIR", data.toString()); // this build's kernel, not one installed before
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "nbconvert timed out");
        assertEquals(0, p.exitValue(), () -> read(tmp.resolve("nbconvert.log")));
    }

    /** Every output of a notebook as (mime type -> text) pairs, and no error output. */
    static List<String[]> outputs(String notebook) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(executed.resolve(notebook + ".ipynb").toFile());
        List<String[]> out = new ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            for (JsonNode o : cell.path("outputs")) {
                assertTrue(!o.get("output_type").asText().equals("error"),
                        notebook + ": error cell: " + o.path("evalue").asText());
                o.path("data").fields().forEachRemaining(e -> out.add(new String[] {e.getKey(), join(e.getValue())}));
            }
        }
        return out;
    }

    private static String join(JsonNode v) {
        if (v.isArray()) {
            StringBuilder s = new StringBuilder();
            v.forEach(line -> s.append(line.asText()));
            return s.toString();
        }
        return v.asText();
    }

    /** Each expected text is contained in some output of the given MIME type. */
    static void assertShows(List<String[]> outputs, String mime, String... expected) {
        for (String e : expected) {
            assertTrue(outputs.stream().anyMatch(o -> o[0].equals(mime) && o[1].contains(e)),
                    () -> "no " + mime + " output contains: " + e);
        }
    }

    static long count(List<String[]> outputs, String mime) {
        return outputs.stream().filter(o -> o[0].equals(mime)).count();
    }

    @Test
    void twoStateReductionShowsTheSeedsEquationsAndFigures() throws IOException {
        List<String[]> out = outputs("two_state_reduction");
        // eq. 27 in Stratonovich form: a rotation
        assertShows(out, "text/plain", "dy = -2*alpha*z*dt + 2*beta*x*dW", "L(x^2 + y^2 + z^2) = 0");
        assertShows(out, "text/latex", "\\mathrm{d}z &= 2\\alpha y\\,\\mathrm{d}t",
                // eqs. 41 and 45, rendered
                "\\ddot{m}_z + 2\\beta^{2}\\,\\dot{m}_z + 4\\alpha^{2}\\,m_z = 0",
                "p_{zz}^{(3)} + 10\\beta^{2}\\,\\ddot{p}_{zz} + 16 (\\alpha^{2} + \\beta^{4})"
                + "\\,\\dot{p}_{zz} + 96\\alpha^{2}\\beta^{2}\\,\\left(p_{zz} - \\frac{1}{3}\\right) = 0");
        assertEquals(2, count(out, "image/png"));
        assertShows(out, "text/plain", "left side = -1, right side = 0");
        // the reduction: eq. 48 in the original parameters, the chosen branch, eps_c'' (Figure 2)
        assertShows(out, "text/plain", "p_zz' = -6*alpha^2/beta^2 * (p_zz - 1/3)   [original parameters]",
                "CHOSEN (rate -> 0 as eps -> 0, eq. 59)", "eps_c = 0.591852");
        assertShows(out, "text/markdown", "<details><summary>the whole report</summary>");
        // the reduction's result composes: the adiabatic solution of p_zz (eq. 49) expanded by Series in a next cell
        assertShows(out, "text/plain", "12*alpha^4*t^2/beta^4 - 4*alpha^2*t/beta^2 + 1");
        // Monte Carlo of E[z(1)] at alpha = 1/2, beta = 1: the closed ODE m_z'' + 2 m_z' + m_z = 0 with m_z(0) = 1,
        // m_z'(0) = 0 has the double root -1, so E[z(1)] = 2/e
        Matcher row = Pattern.compile("(?m)^\\s*1\\.000\\s+z\\s+(\\S+)\\s+(\\S+)").matcher(
                        outputs(out, "text/plain").filter(t -> t.startsWith("Monte Carlo of two_state"))
                                .findFirst().orElseThrow());
        assertTrue(row.find(), "no row for z at t = 1");
        double mean = Double.parseDouble(row.group(1));
        double se = Double.parseDouble(row.group(2));
        assertTrue(Math.abs(mean - 2 / Math.E) < 4 * se + 2e-3,
                () -> "E[z(1)] = " + mean + " +- " + se + " against 2/e = " + 2 / Math.E);
    }

    @Test
    void homogenizationChecksTheCorrectorsOfResult21() throws IOException {
        List<String[]> out = outputs("homogenization");
        assertShows(out, "text/plain", "holds: L((X + eps*Y)^2) == 2", "holds: L(log(X) + eps*Y) == 0",
                "fails: L(X*exp(-eps*Y)) == 0", "b^A = X1*Y2/(2*eps) - X2*Y1/(2*eps)");
        assertEquals(1, count(out, "image/png"));
        // the effective SDEs of both examples and the area's drift, both routes agreeing, and the Monte Carlo verdict
        assertShows(out, "text/plain", "dX = sqrt(2)*dB", "dX = X*dt + sqrt(2)*X*dB", "drift of A = -g/(g^2 + 1)",
                "generator route and closed form: 12 of 12 entries equal",
                "verdict: every difference within 4 standard errors");
    }

    @Test
    void checkingAHandDerivationCatchesTheWrongCoefficients() throws IOException {
        List<String[]> out = outputs("checking_a_hand_derivation");
        assertShows(out, "text/plain", "holds: stratonovich_drift(y) == -2*alpha*z",
                "fails: drift(y) == -2*beta*y - 2*alpha*z", "holds: p_zz''' + 10*beta^2*p_zz''",
                "left side = -4, right side = 0", "difference of the first derivatives at t = 0: 8*alpha^2*beta^4",
                "holds: m_z'' + k*m_z' + 4*alpha^2*m_z == 0");
    }

    private static Stream<String> outputs(List<String[]> outputs, String mime) {
        return outputs.stream().filter(o -> o[0].equals(mime)).map(o -> o[1]);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void momentClosuresMeasureTheNormalClosureOfTheCubic() throws IOException {
        List<String[]> out = outputs("moment_closures");
        assertShows(out, "text/plain", "mu_xxxx = -2*m_x^4 + 3*p_xx^2", "sqrt(6)", "Gamma(3/4)",
                "p_xx: exact stationary 0.477989", "Closure: lognormal");
    }
}

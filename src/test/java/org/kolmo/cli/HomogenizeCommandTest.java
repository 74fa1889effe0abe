package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.support.Pdflatex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code kolmo homogenize} as a user meets it. */
class HomogenizeCommandTest {
    private static CommandLineTest.Run kolmo(String... args) {
        return CommandLineTest.kolmo(args);
    }

    @Test
    void textIsAModelFileThatReadsBack() throws Exception {
        CommandLineTest.Run r = kolmo("homogenize", "models/noise_induced_drift.sde");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("dX = X*dt + sqrt(2)*X*dB\n", "# drift of X = X  [noise-induced X]",
                "3 of 3 entries equal");
        Sde back = ModelReader.read("effective.sde", r.out());
        assertEquals("noise_induced_drift_homogenized", back.name());
    }

    @Test
    void areaShowsTheFunctionalDriftAndResultTwoPointTwo() {
        CommandLineTest.Run r = kolmo("homogenize", "models/area.sde");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("dA = -g/(g^2 + 1)*dt", "#   dA = -g/(g^2 + 1)*dt - X2/2*dX1 + X1/2*dX2",
                "12 of 12 entries equal");
    }

    @Test
    void jsonCarriesTheClassTheRoutesAndTheMonteCarlo() throws Exception {
        CommandLineTest.Run r = kolmo("homogenize", "models/area.sde", "--format", "json", "--check", "500",
                "--seed", "3");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("homogenize", json.get("command").asText());
        assertEquals("homogenization", json.get("regime").asText());
        assertTrue(json.get("routesAgree").asBoolean());
        assertEquals("-g/(g^2 + 1)", json.get("drift").get(2).get("text").asText());
        assertEquals("-g/(g^2 + 1)", json.get("noiseInducedDrift").get(2).get("text").asText());
        assertEquals("1", json.get("class").get("B2").get(0).get(0).get("text").asText());
        assertEquals(9, json.get("monteCarlo").get("weakErrors").size());
        assertTrue(json.get("monteCarlo").get("passed").asBoolean());
    }

    @Test
    void checkPrintsWeakErrorsWithConfidenceIntervals() {
        CommandLineTest.Run r = kolmo("homogenize", "models/noise_induced_drift.sde", "--check", "1000",
                "--horizon", "0.5", "--route", "generator");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("# Monte Carlo: 1000 paths per model, T = 0.5, seed 1, full model at eps = 0.05",
                "95% CI of difference", "# E[X(T)]", "# verdict: every difference within 4 standard errors");
    }

    @Test
    void checkFailsWithStatusOneFarFromTheLimit(@TempDir Path dir) throws Exception {
        // at eps = 0.7 the fast process is not fast: E[X(T)] is far from its limit X0 e^T
        Path file = dir.resolve("slow.sde");
        Files.writeString(file, Files.readString(Path.of("models/noise_induced_drift.sde"))
                .replace("param eps small = 0.05", "param eps small = 0.7"));
        CommandLineTest.Run r = kolmo("homogenize", file.toString(), "--check", "2000", "--horizon", "0.5");
        assertEquals(1, r.status(), r.out());
        r.assertOutContains("# verdict: FAILED");
        r.assertErrContains("exceeds the tolerance plus 4 standard errors");
        // the same run accepted once the user allows for the distance to the limit: every |difference| of the
        // JSON is then within the tolerance plus 4 standard errors, and the verdict names that bound
        CommandLineTest.Run tolerant = kolmo("homogenize", file.toString(), "--check", "2000", "--horizon", "0.5",
                "--tolerance", "100");
        assertEquals(0, tolerant.status(), tolerant.out());
        tolerant.assertOutContains("# verdict: every difference within 100 + 4 standard errors");
        CommandLineTest.Run negative = kolmo("homogenize", file.toString(), "--check", "10", "--tolerance", "-1");
        assertEquals(2, negative.status());
        negative.assertErrContains("--tolerance");
    }

    /** {@code homogenize --format latex-doc} of models/{@code model}.sde has each section and compiles. */
    private static void assertDocumentHasSectionsAndCompiles(String model, Path dir, String... sections)
            throws Exception {
        CommandLineTest.Run r = kolmo("homogenize", "models/" + model + ".sde", "--format", "latex-doc");
        assertEquals(0, r.status(), r.err());
        for (String section : sections) {
            assertTrue(r.out().contains("\\section{" + section + "}"), model);
        }
        Pdflatex.assertCompiles(r.out(), Files.createDirectories(dir.resolve(model)));
    }

    @Test
    void derivationDocumentCompiles(@TempDir Path dir) throws Exception {
        for (String model : new String[] {"area", "slow_fast_2x2"}) {
            assertDocumentHasSectionsAndCompiles(model, dir, "Cell problems", "Hierarchy",
                    "Solvability and the effective generator", "Closed form (Result 2.1)");
        }
    }

    @Test
    void derivationDocumentsOutsideTheClosedFormsCompile(@TempDir Path dir) throws Exception {
        // the generator route alone: the class section says why, the fast mean and the Langevin rescaling are shown
        for (String model : new String[] {"slow_fast_general", "kramers"}) {
            assertDocumentHasSectionsAndCompiles(model, dir, "Cell problems", "Solvability and the effective generator");
        }
        String general = kolmo("homogenize", "models/slow_fast_general.sde", "--format", "latex-doc").out();
        assertTrue(general.contains("\\section{Class}") && general.contains("E707"), general);
        assertTrue(general.contains("B_2 \\mu = c"), general);
        String kramers = kolmo("homogenize", "models/kramers.sde", "--format", "latex-doc").out();
        assertTrue(kramers.contains("\\section{Langevin form}"), kramers);
    }

    @Test
    void modelOutsideTheClassIsBadInputNamingEquationAndTerm(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.sde");
        Files.writeString(bad, "param eps small = 0.1\nslow X\nfast Y\nnoise W\n\ndX = Y/eps*dt\n"
                + "  dY = (-Y + Y^2)/eps^2*dt + dW/eps\n");
        CommandLineTest.Run r = kolmo("homogenize", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(bad + ":7:3: error[E705]: equation of Y: the fast drift is nonlinear in Y "
                + "(term Y^2/eps^2)"), r.err());
        r.assertErrContains("\n      dY = (-Y + Y^2)/eps^2*dt + dW/eps\n      ^");
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void optionErrors() {
        CommandLineTest.Run route = kolmo("homogenize", "models/area.sde", "--route", "fast");
        assertEquals(2, route.status());
        route.assertErrContains("--route");
        CommandLineTest.Run paths = kolmo("homogenize", "models/area.sde", "--check", "1");
        assertEquals(2, paths.status());
        CommandLineTest.Run help = kolmo("--help");
        help.assertOutContains("homogenize");
    }

    @Test
    void monteCarloNeedsParameterValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("novalue.sde");
        Files.writeString(file, "param eps small\nslow X = 0\nfast Y\nnoise W\ndX = Y/eps*dt\n"
                + "dY = -Y/eps^2*dt + dW/eps\n");
        CommandLineTest.Run ok = kolmo("homogenize", file.toString());
        assertEquals(0, ok.status(), ok.err());
        CommandLineTest.Run r = kolmo("homogenize", file.toString(), "--check", "100");
        assertEquals(2, r.status());
        r.assertErrContains("--check");
    }

    @Test
    void stabilityThatIsNotProvedIsStatedAsACondition(@TempDir Path dir) throws Exception {
        // B2 = g: positive stable only for g > 0, which a real g without a value leaves open
        Path file = dir.resolve("open.sde");
        String text = "param eps small = 0.1\nparam g real\nslow X = 0\nfast Y\nnoise W\ndX = Y/eps*dt\n"
                + "dY = -g*Y/eps^2*dt + dW/eps\n";
        Files.writeString(file, text);
        CommandLineTest.Run open = kolmo("homogenize", file.toString());
        assertEquals(0, open.status(), open.err());
        open.assertOutContains("# condition: B2 positive stable needs g > 0: not decided");
        Files.writeString(file, text.replace("param g real", "param g real = 2"));
        CommandLineTest.Run valued = kolmo("homogenize", file.toString());
        valued.assertOutContains("# condition: B2 positive stable needs g > 0: checked at the model's "
                + "values only (2.00)");
        // a positive g is proved, and nothing is said
        Files.writeString(file, text.replace("param g real", "param g positive"));
        assertFalse(kolmo("homogenize", file.toString()).out().contains("# condition:"));
    }

    @Test
    void centredFunctionalWithAYFreeTermPassesTheSelfCheck(@TempDir Path dir) throws Exception {
        // issue 11, item 5: θ = X Y^2 - X is centred (E[Y^2] = 1) and its Y-free part -X is cancelled by the
        // constant X sqrt(2)^2/2 of -L0 Φ; the exact self-check used to see sqrt(2)^2/2 - 1 as non-zero and exit 1
        Path file = dir.resolve("ou_centred.sde");
        Files.writeString(file, org.kolmo.homogenization.CentredFunctionalTest.ISSUE);
        CommandLineTest.Run r = kolmo("homogenize", file.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        r.assertOutContains("# check: cell problems: -L0 Phi - theta = 0 (exact): 0.00 (passed)");
        assertFalse(r.out().contains("FAILED"), r.out());
        r.assertOutContains("#   (A, A) = 2*X^2\n", "\ndA = sqrt(2)*X*dB\n");
        // with σ1 = sqrt(s) the centering condition itself was refused ("is 0, not 0", status 2)
        Path scaled = dir.resolve("ou_scaled.sde");
        Files.writeString(scaled, org.kolmo.homogenization.CentredFunctionalTest.SCALED);
        CommandLineTest.Run q = kolmo("homogenize", scaled.toString());
        assertEquals(0, q.status(), q.out() + q.err());
        q.assertOutContains("# check: cell problems: -L0 Phi - theta = 0 (exact): 0.00 (passed)");
        assertFalse(q.out().contains("FAILED"), q.out());
    }
}

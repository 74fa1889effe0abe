package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.support.Pdflatex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code kolmo moments --closure}: outputs, the closure's formulas and source, and the errors it reports. */
class ClosureCommandTest {
    private static final String CUBIC = "model cubic \"cubic drift, additive noise\"\nito\nparam s positive\n"
            + "state x = 0\nnoise W\n\ndx = -x^3*dt + s*dW\n";

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static CommandLineTest.Run kolmo(String... args) {
        return CommandLineTest.kolmo(args);
    }

    /** {@code kolmo moments} of the file with the given options. */
    private static CommandLineTest.Run moments(Path file, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "moments";
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return kolmo(args);
    }

    @Test
    void textShowsTheClosureItsSourceTheClosedEquationsAndTheStationaryPoint(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cubic.sde", CUBIC);
        CommandLineTest.Run r = moments(file, "--closure", "normal", "--stationary");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("Closure: normal (Whittle 1957)", "  mu_xxx = -2*m_x^3 + 3*m_x*p_xx\n",
                "  mu_xxxx = -2*m_x^4 + 3*p_xx^2\n", "  d/dt m_x = 2*m_x^3 - 3*m_x*p_xx\n",
                "  d/dt p_xx = 4*m_x^4 - 6*p_xx^2 + s^2\n", "Stationary points, exact");
        assertTrue(r.out().matches("(?s).*m_x = 0 \\([^)]*\\), p_xx = s/sqrt\\(6\\) \\([^)]*\\)   \\[positive variances, "
                + "stable; physical\\].*"), r.out());
    }

    @Test
    void everyClosureNamesItsSource(@TempDir Path dir) throws Exception {
        Path file = write(dir, "logistic.sde", "model logistic\nito\nparam r positive\nparam k positive\n"
                + "param sg positive\nstate x = 1\nnoise W\ndx = (r*x - k*x^2)*dt + sg*x*dW\n");
        String[][] cases = {{"zero", "central-moment neglect"}, {"normal", "Whittle 1957"},
                {"lognormal", "Keeling 2000"}, {"gamma", "Lakatos et al. 2015"},
                {"derivative-matching", "Singh & Hespanha 2006, 2011"}};
        for (String[] c : cases) {
            CommandLineTest.Run r = moments(file, "--closure", c[0], "--order", "3");
            assertEquals(0, r.status(), r.err());
            r.assertOutContains("Closure: " + c[0] + " (" + c[1], "  mu_xxxx = ");
        }
        CommandLineTest.Run dm = moments(file, "--closure", "derivative-matching");
        dm.assertOutContains("  mu_xxx = p_xx^3/m_x^3\n");
    }

    @Test
    void jsonHoldsTheClosureTheClosedMomentsAndTheBranches(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cubic.sde", CUBIC);
        CommandLineTest.Run r = moments(file, "--closure", "normal", "--stationary", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("moments", json.get("command").asText());
        assertEquals("normal", json.get("closure").get("name").asText());
        assertEquals("Whittle 1957", json.get("closure").get("reference").asText());
        assertTrue(json.get("closure").get("used").asBoolean());
        assertEquals("-2*m_x^4 + 3*p_xx^2", json.get("closure").get("closedMoments").get("mu_xxxx").get("text")
                .asText());
        assertEquals("4*m_x^4 - 6*p_xx^2 + s^2", json.get("rhs").get(1).get("text").asText());
        JsonNode st = json.get("stationary");
        int physical = st.get("physical").asInt();
        JsonNode branch = st.get("branches").get(physical);
        assertEquals("s/sqrt(6)", branch.get("exact").get(1).get("text").asText());
        double s = st.get("sample").get("s").asDouble();
        assertEquals(s / Math.sqrt(6), branch.get("values").get(1).asDouble(), 1e-12);
        assertTrue(branch.get("stable").asBoolean() && branch.get("positiveVariances").asBoolean());
    }

    @Test
    void latexDocumentShowsTheRuleAndCompiles(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cubic.sde", CUBIC);
        CommandLineTest.Run r = moments(file, "--closure", "normal", "--stationary", "--format", "latex-doc");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("\\section{Closure}", "Whittle 1957",
                "\\kappa_{b} &= 0", // broken to the page width, one row per part
                "\\mu_{xxxx} &\\approx", "\\section{Stationary points}");
        Pdflatex.assertCompiles(r.out(), Files.createDirectories(dir.resolve("doc")));
        CommandLineTest.Run central = moments(file, "--closure", "lognormal", "--format", "latex-doc");
        assertEquals(2, central.status());
        CommandLineTest.Run c = moments(file, "--closure", "zero", "--central", "--format", "latex-doc");
        assertEquals(0, c.status(), c.err());
        c.assertOutContains("\\section{Means and covariances}");
        Pdflatex.assertCompiles(c.out(), Files.createDirectories(dir.resolve("central")));
    }

    @Test
    void lognormalOfAVariableThatCanBecomeNegativeIsAUserErrorAtItsEquation(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cubic.sde", CUBIC);
        for (String closure : new String[] {"lognormal", "gamma"}) {
            CommandLineTest.Run r = moments(file, "--closure", closure);
            assertEquals(2, r.status(), r.err());
            assertEquals("", r.out());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(file + ":7:1: error[E801]: equation of x: the " + closure
                    + " closure assumes x > 0"), r.err());
            r.assertErrContains("noise does not vanish at x = 0", "    dx = -x^3*dt + s*dW\n    ^");
            assertTrue(!r.err().contains("Exception") && !r.err().contains("internal error"), r.err());
        }
    }

    @Test
    void gammaOfSeveralVariablesAndUnknownNamesAreRefused(@TempDir Path dir) throws Exception {
        Path file = write(dir, "lv.sde", "model lv\nito\nparam a positive\nstate x = 1, y = 1\nnoise W1, W2\n"
                + "dx = (a*x - x*y)*dt + x*dW1\ndy = (x*y - y)*dt + y*dW2\n");
        CommandLineTest.Run r = moments(file, "--closure", "gamma");
        assertEquals(2, r.status());
        r.assertErrContains("error[E802]");
        CommandLineTest.Run unknown = moments(file, "--closure", "poisson");
        assertEquals(2, unknown.status());
        unknown.assertErrContains("unknown closure 'poisson'");
        CommandLineTest.Run noClosure = moments(file, "--stationary");
        assertEquals(2, noClosure.status());
    }

    @Test
    void aHierarchyThatClosesNeedsNoClosureAndKeepsItsOutputWithout(@TempDir Path dir) throws Exception {
        Path file = write(dir, "ou.sde", "model ou\nito\nparam k positive\nparam s positive\nstate x = 1\nnoise W\n"
                + "dx = -k*x*dt + s*dW\n");
        CommandLineTest.Run r = moments(file, "--closure", "zero");
        assertEquals(0, r.status(), r.err());
        r.assertOutContains("no moment needs the zero closure, the system is exact", "  d/dt p_xx = -2*k*p_xx + s^2\n");
        CommandLineTest.Run plain = moments(file);
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().startsWith("Moment equations of ou up to order 2"), plain.out());
        assertTrue(!plain.out().contains("losure"), plain.out());
        CommandLineTest.Run cubic = kolmo("moments", write(dir, "cubic.sde", CUBIC).toString());
        assertEquals(2, cubic.status());
        cubic.assertErrContains("do not close at order 2");
    }

    @Test
    void newtonFromAGivenStartAndTheHelpNamesThePapers(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cubic.sde", CUBIC.replace("param s positive", "param s positive = 2"));
        CommandLineTest.Run r = moments(file, "--closure", "normal", "--stationary", "--start",
                "0.1,0.5", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode st = new ObjectMapper().readTree(r.out()).get("stationary");
        assertTrue(st.get("method").asText().startsWith("numeric (Newton from the given start"), r.out());
        assertEquals(2 / Math.sqrt(6), st.get("branches").get(0).get("values").get(1).asDouble(), 1e-10);
        CommandLineTest.Run wrong = moments(file, "--closure", "normal", "--stationary", "--start", "0.1");
        assertEquals(2, wrong.status());
        wrong.assertErrContains("--start");
        CommandLineTest.Run help = kolmo("moments", "--help");
        assertEquals(0, help.status());
        for (String paper : new String[] {"Whittle 1957", "Keeling 2000", "Singh & Hespanha 2006, 2011",
                "Lakatos et al. 2015"}) {
            assertTrue(help.out().replaceAll("\\s+", " ").contains(paper), paper + " in " + help.out());
        }
    }
}

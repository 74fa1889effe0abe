package org.kolmo.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cells as a notebook evaluates them: derivations shown as LaTeX and text, plots as PNG, errors as one message. */
class CellEvaluatorTest {
    static CellEvaluator cells;

    @BeforeAll
    static void start() {
        cells = new CellEvaluator(Path.of("").toAbsolutePath());
    }

    static String text(DisplayData d) {
        return (String) d.getData(MIMEType.TEXT_PLAIN);
    }

    static String latex(DisplayData d) {
        return (String) d.getData(MIMEType.TEXT_LATEX);
    }

    @Test
    void aModelLoadsAndShowsItsEquations() {
        List<DisplayData> out = cells.evaluate("tsm = LoadModel(\"models/two_state.sde\")");
        assertEquals(1, out.size());
        assertTrue(text(out.get(0)).contains("dz = 2*alpha*y*dt"), text(out.get(0)));
        assertTrue(latex(out.get(0)).startsWith("$$\\begin{aligned}"), latex(out.get(0)));
    }

    @Test
    void derivationsChainAndShowEveryUnterminatedStatement() {
        List<DisplayData> out = cells.evaluate("""
                tsm = LoadModel("models/two_state.sde");
                strat = Convert(tsm, "stratonovich")
                ClosedOde(strat, "p_zz",
                          WithConstant -> True)
                """);
        assertEquals(2, out.size());
        assertTrue(text(out.get(0)).contains("dy = -2*alpha*z*dt + 2*beta*x*dW"), text(out.get(0)));
        assertTrue(text(out.get(1)).startsWith("p_zz''' + 10*beta^2*p_zz'' + 16*(alpha^2 + beta^4)*p_zz' "
                + "+ 96*alpha^2*beta^2*(p_zz - 1/3) = 0"), text(out.get(1)));
        assertTrue(latex(out.get(1)).contains("p_{zz}^{(3)} + 10\\beta^{2}\\,\\ddot{p}_{zz}"), latex(out.get(1)));
    }

    @Test
    void checkShowsAVerdictForEachClaim() {
        List<DisplayData> out = cells.evaluate("""
                tsm = LoadModel("models/two_state.sde");
                Check({"m_z'' + k*m_z' + 4*alpha^2*m_z == 0", "m_z'' + k*m_z' + 2*alpha^2*m_z == 0"}, tsm,
                      Given -> "k = 2*beta^2")
                """);
        assertEquals(1, out.size());
        String t = text(out.get(0));
        assertTrue(t.startsWith("holds: m_z'' + k*m_z' + 4*alpha^2*m_z == 0"), t);
        assertTrue(t.contains("fails: m_z'' + k*m_z' + 2*alpha^2*m_z == 0"), t);
    }

    @Test
    void plainSymjaStillWorksAndShowsLatex() {
        List<DisplayData> out = cells.evaluate("Expand((a + b)^2)");
        assertEquals(1, out.size());
        assertEquals("a^2+2*a*b+b^2", text(out.get(0)).replace(" ", ""));
        assertTrue(latex(out.get(0)).startsWith("$$"), latex(out.get(0)));
    }

    @Test
    void plotsArePngImages() {
        List<DisplayData> out = cells.evaluate("""
                tsm = LoadModel("models/two_state.sde");
                PlotMoments(tsm, {"p_zz", "m_z"}, 5, Values -> {"beta" -> 2})
                """);
        assertEquals(1, out.size());
        String png = (String) out.get(0).getData(MIMEType.IMAGE_PNG);
        byte[] bytes = java.util.Base64.getDecoder().decode(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    @Test
    void errorsAreOneMessage() {
        NotebookException e = assertThrows(NotebookException.class,
                () -> cells.evaluate("ClosedOde(LoadModel(\"models/two_state.sde\"), \"p_qq\")"));
        assertTrue(e.getMessage().contains("no moment named 'p_qq'"), e.getMessage());
        e = assertThrows(NotebookException.class, () -> cells.evaluate("LoadModel(\"models/none.sde\")"));
        assertTrue(e.getMessage().contains("none.sde"), e.getMessage());
        e = assertThrows(NotebookException.class, () -> cells.evaluate("tsm = LoadModel(\"models/two_state.sde\");"
                + "\nCheck(\"p_zz = 1\", tsm)"));
        assertTrue(e.getMessage().startsWith("--claim:1:6: error[E501]"), e.getMessage());
        assertEquals(org.kolmo.io.ModelErrorCode.CLAIM_WITHOUT_EQUALITY, e.code());
        e = assertThrows(NotebookException.class, () -> cells.evaluate("Expand((a+b)^2"));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
        e = assertThrows(NotebookException.class,
                () -> cells.evaluate("ClosedOde(LoadModel(\"models/two_state.sde\"), \"p_zz\", Bogus -> 1)"));
        assertTrue(e.getMessage().contains("has no option 'bogus'"), e.getMessage());
        assertEquals(NotebookErrorCode.BAD_CALL, e.code());
    }

    static double number(List<DisplayData> out) {
        return Double.parseDouble(text(out.get(out.size() - 1)).strip());
    }

    @Test
    void theHomogenizedDriftIsAnExpressionThatDCanDifferentiate() {
        // slow_fast_2x2 (its golden effective SDE): drift of X2 = (... + 2*a^2*g^3*X2 + 7*a^2*g*X2 - 6*g^4*X2
        // - 24*g^2*X2 - 24*X2 ...)/(6*(g^4 + 4*g^2 + 4)); c is also Symja's constant C, a plain symbol here
        List<DisplayData> out = cells.evaluate("""
                h = Homogenize(LoadModel("models/slow_fast_2x2.sde"));
                dr = "drift" /. h;
                N(D(dr[[2]], X2) /. {a -> 1/2, g -> 1, c -> 1})
                N(D(dr[[2]], c) /. {a -> 1/2, g -> 1, c -> 1, X1 -> 2})
                """);
        assertEquals(2, out.size());
        double a = 0.5, g = 1;
        double hand = (2 * a * a * g * g * g + 7 * a * a * g - 6 * Math.pow(g, 4) - 24 * g * g - 24)
                / (6 * (Math.pow(g, 4) + 4 * g * g + 4));
        assertEquals(hand, Double.parseDouble(text(out.get(0)).strip()), 1e-6); // N shows 6 digits
        // d/dc: (-6*a*g^2*X1 - 12*a*X1 + 6*g^3 + 12*g)/(6*(g^2 + 2)^2) at X1 = 2
        assertEquals((-6 * a * g * g * 2 - 12 * a * 2 + 6 * g * g * g + 12 * g) / (6 * 9.0),
                Double.parseDouble(text(out.get(1)).strip()), 1e-6);
    }

    @Test
    void momentsAreRulesWhoseRightSidesComposeWithTheUsersNames() {
        // d/dt m_y = -2*beta^2*m_y - 2*alpha*m_z; beta is the model's parameter, not Symja's Beta function
        List<DisplayData> out = cells.evaluate("""
                mom = Moments(LoadModel("models/two_state.sde"));
                D(D(mom[[2, 2]], beta), mom[[2, 1]]) /. beta -> 3
                Simplify(mom[[3, 2]] - 2*alpha*mom[[2, 1]])
                """);
        assertEquals(-12, Double.parseDouble(text(out.get(0)).strip()), 0);
        assertEquals("0", text(out.get(1)).strip());
        List<DisplayData> shown = cells.evaluate("FullForm(mom)");
        String full = text(shown.get(0));
        assertTrue(full.contains("beta") && !full.contains("ko$") && !full.contains("kx$"), full);
    }

    @Test
    void theAdiabaticRateHasASeriesInEps() {
        // eq. 48 in the regime: p_zz' = -6*alpha^2*eps/beta^2 * (p_zz - 1/3)
        List<DisplayData> out = cells.evaluate("""
                r = ReduceModel(LoadModel("models/two_state.sde"), Keep -> "z", Method -> "adiabatic");
                rate = "rate" /. ("p_zz" /. r);
                s = Normal(Series(rate, {eps, 0, 2}));
                N(Coefficient(s, eps) /. {alpha -> 1/2, beta -> 1})
                """);
        assertEquals(-1.5, number(out), 1e-6);
        String full = text(cells.evaluate("FullForm(r)").get(0));
        assertTrue(!full.contains("ko$") && !full.contains("kx$"), full);
    }

    @Test
    void aReturnedExpressionPlotsAsAnImage() {
        List<DisplayData> out = cells.evaluate("""
                h = Homogenize(LoadModel("models/noise_induced_drift.sde"));
                Plot(Evaluate(("diffusion" /. h)[[1, 1]]), {X, 0, 2})
                """);
        assertEquals(1, out.size());
        byte[] bytes = java.util.Base64.getDecoder().decode((String) out.get(0).getData(MIMEType.IMAGE_PNG));
        assertEquals('P', bytes[1]);
        // the effective SDE dX = X dt + sqrt(2) X dB: drift X, diffusion 2 X^2
        assertEquals(12, Double.parseDouble(text(cells.evaluate("D((\"diffusion\" /. h)[[1, 1]], X) /. X -> 3")
                .get(0)).strip()), 0);
    }

    @Test
    void aResultShowsAsItsReportAndAStoredOneAsAnExpression() {
        List<DisplayData> out = cells.evaluate("""
                ts = LoadModel("models/two_state.sde");
                ode = ClosedOde(ts, "m_z", Minimal -> True)
                ode
                Report(ode)
                g = Generator(ts, "z")
                D(g, alpha)
                """);
        assertEquals(5, out.size());
        assertTrue(text(out.get(0)).startsWith("m_z'' + 2*beta^2*m_z' + 4*alpha^2*m_z = 0"), text(out.get(0)));
        // stored, it is the equation itself, in the user's names
        assertTrue(text(out.get(1)).contains("Derivative(2)(m_z)(t)") && text(out.get(1)).contains("beta")
                && !text(out.get(1)).contains("$"), text(out.get(1)));
        assertEquals(text(out.get(0)), text(out.get(2)));
        assertEquals("2*y", text(out.get(4)).replace(" ", ""));
    }

    @Test
    void checkShowsTheClaimAsWritten() {
        String claim = "m_z''  + k*m_z' + 4*alpha^2*m_z == 0";
        List<DisplayData> out = cells.evaluate("Check(\"" + claim + "\", LoadModel(\"models/two_state.sde\"), "
                + "Given -> \"k = 2*beta^2\")");
        String md = (String) out.get(0).getData(MIMEType.TEXT_MARKDOWN);
        assertTrue(md.contains("**holds**: <code>" + claim + "</code>"), md);
        // the verdict is a value: True or False
        assertEquals("1", text(cells.evaluate("Boole(Check(\"" + claim + "\", \"models/two_state.sde\", "
                + "Given -> \"k = 2*beta^2\"))").get(0)));
    }

    @Test
    void simulateWithPlotShowsTheImageInline() {
        List<DisplayData> out = cells.evaluate("sim = Simulate(LoadModel(\"models/two_state.sde\"), Paths -> 200, "
                + "T -> 0.2, Observe -> \"z\", Seed -> 3, Plot -> True)");
        assertEquals(2, out.size());
        assertTrue(text(out.get(0)).startsWith("Monte Carlo of two_state"), text(out.get(0)));
        byte[] bytes = java.util.Base64.getDecoder().decode((String) out.get(1).getData(MIMEType.IMAGE_PNG));
        assertEquals('P', bytes[1]);
        // the means are {t, E[z(t)]} pairs; E[z(0.2)] near (1 + 0.2) exp(-0.2) = 0.982
        double last = number(cells.evaluate("N((\"z\" /. sim)[[-1, 2]])"));
        assertEquals(1.2 * Math.exp(-0.2), last, 0.05);
    }

    @Test
    void theFacadesErrorsAreTheMessagesOfTheCommandLine() {
        NotebookException e = assertThrows(NotebookException.class,
                () -> cells.evaluate("Homogenize(LoadModel(\"models/two_state.sde\"))"));
        assertTrue(e.getMessage().endsWith("two_state.sde: error[E701]: the model has no fast variables (declare them "
                + "with 'fast')"), e.getMessage());
        e = assertThrows(NotebookException.class, () -> cells.evaluate("Moments(\"models/two_state.sde\", 0)"));
        assertEquals("--order: error[E002]: the moment order must be at least 1 (got 0)", e.getMessage());
    }
}

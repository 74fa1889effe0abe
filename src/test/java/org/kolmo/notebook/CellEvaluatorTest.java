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
        assertTrue(latex(out.get(1)).contains("\\dddot{p}_{zz} + 10\\beta^{2}\\,\\ddot{p}_{zz}"), latex(out.get(1)));
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
        e = assertThrows(NotebookException.class, () -> cells.evaluate("Expand((a+b)^2"));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
        e = assertThrows(NotebookException.class,
                () -> cells.evaluate("ClosedOde(LoadModel(\"models/two_state.sde\"), \"p_zz\", Bogus -> 1)"));
        assertTrue(e.getMessage().contains("has no option 'bogus'"), e.getMessage());
    }
}

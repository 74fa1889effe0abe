package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;

/** The "Names in output" rules of MODEL_LANGUAGE.md. */
class LatexNamesTest {
    @Test
    void greekLetters() {
        assertEquals("\\alpha", LatexNames.of("alpha"));
        assertEquals("\\beta", LatexNames.of("beta"));
        assertEquals("\\omega", LatexNames.of("omega"));
        assertEquals("\\Gamma", LatexNames.of("Gamma"));
        assertEquals("\\Omega", LatexNames.of("Omega"));
        assertEquals("\\varepsilon", LatexNames.of("eps"));
        assertEquals("\\varepsilon", LatexNames.of("epsilon"));
        assertEquals("\\varphi", LatexNames.of("phi"));
        assertEquals("\\lambda", LatexNames.of("lambda"));
        assertTrue(LatexNames.isGreek("sigma"));
        assertFalse(LatexNames.isGreek("Alpha"));
    }

    @Test
    void trailingDigitsBecomeSubscripts() {
        assertEquals("X_1", LatexNames.of("X1"));
        assertEquals("X_{12}", LatexNames.of("X12"));
        assertEquals("\\beta_2", LatexNames.of("beta2"));
        assertEquals("k_1", LatexNames.of("k1"));
        assertEquals("\\mathrm{rate}_2", LatexNames.of("rate2"));
    }

    @Test
    void underscoresStartSubscripts() {
        assertEquals("p_{xz}", LatexNames.of("p_xz"));
        assertEquals("p_{xx}", LatexNames.of("p_xx"));
        assertEquals("m_z", LatexNames.of("m_z"));
        assertEquals("\\sigma_{xy}", LatexNames.of("sigma_xy"));
        assertEquals("m_{\\varepsilon}", LatexNames.of("m_eps"));
        assertEquals("p_{x,y}", LatexNames.of("p_x_y"));
    }

    @Test
    void otherNames() {
        assertEquals("x", LatexNames.of("x"));
        assertEquals("A", LatexNames.of("A"));
        assertEquals("\\mathrm{rate}", LatexNames.of("rate"));
        assertEquals("\\mathrm{Alpha}", LatexNames.of("Alpha"));
    }

    @Test
    void processes() {
        assertEquals("W_t", LatexNames.ofProcess("W"));
        assertEquals("W_{1,t}", LatexNames.ofProcess("W1"));
        assertEquals("B_{12,t}", LatexNames.ofProcess("B12"));
        assertEquals("\\eta_t", LatexNames.ofProcess("eta"));
        assertEquals("U_t", LatexNames.ofProcess("U"));
        assertEquals("B_{x,t}", LatexNames.ofProcess("B_x"));
    }

    @Test
    void notationRestoresDeclaredCapitals() {
        Notation n = Notation.of(List.of("Gamma"), List.of("Y1"));
        // Symbols keeps the case through Symja's lower-casing, and the notation gives the declared spelling
        assertEquals("Y1", Symbols.displayName(Symbols.user("Y1")));
        assertEquals("Y1", n.name(Symbols.user("Y1")));
        assertEquals("\\Gamma Y_1", new LatexPrinter(n).latex(F.Times(Symbols.user("Y1"), Symbols.user("Gamma"))));
    }

    @Test
    void overrides() {
        Notation n = Notation.of(List.of("D"), List.of("x")).withLatex("D", "\\mathcal{D}");
        assertEquals("\\mathcal{D} x", new LatexPrinter(n).latex(F.Times(Symbols.user("x"), Symbols.user("D"))));
    }
}

package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;

/** The "Names in output" rules of MODEL_LANGUAGE.md. */
class LatexNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            alpha    | \\alpha
            beta     | \\beta
            omega    | \\omega
            Gamma    | \\Gamma
            Omega    | \\Omega
            eps      | \\varepsilon
            epsilon  | \\varepsilon
            phi      | \\varphi
            lambda   | \\lambda
            """)
    void greekLetters(String name, String latex) {
        assertEquals(latex, LatexNames.of(name));
    }

    @Test
    void isGreek() {
        assertTrue(LatexNames.isGreek("sigma"));
        assertFalse(LatexNames.isGreek("Alpha"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X1       | X_1
            X12      | X_{12}
            beta2    | \\beta_2
            k1       | k_1
            rate2    | \\mathrm{rate}_2
            """)
    void trailingDigitsBecomeSubscripts(String name, String latex) {
        assertEquals(latex, LatexNames.of(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            p_xz     | p_{xz}
            p_xx     | p_{xx}
            m_z      | m_z
            sigma_xy | \\sigma_{xy}
            m_eps    | m_{\\varepsilon}
            p_x_y    | p_{x,y}
            """)
    void underscoresStartSubscripts(String name, String latex) {
        assertEquals(latex, LatexNames.of(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            x        | x
            A        | A
            rate     | \\mathrm{rate}
            Alpha    | \\mathrm{Alpha}
            """)
    void otherNames(String name, String latex) {
        assertEquals(latex, LatexNames.of(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            W        | W_t
            W1       | W_{1,t}
            B12      | B_{12,t}
            eta      | \\eta_t
            U        | U_t
            B_x      | B_{x,t}
            """)
    void processes(String name, String latex) {
        assertEquals(latex, LatexNames.ofProcess(name));
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

package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Breaking long displays: short ones untouched, long sums broken at their terms without losing or adding any. */
class LineBreakerTest {
    private static String sum(int terms) {
        List<String> t = new ArrayList<>();
        for (int k = 1; k <= terms; k++) {
            t.add(k + " a^{" + k + "} X_1^{2}");
        }
        return String.join(" + ", t);
    }

    /** The display with its layout removed: what remains must be the formula. */
    private static String content(String display) {
        return display.replace("\\begin{align}", "").replace("\\end{align}", "").replace("\\notag", "")
                .replace("\\\\", "").replace("&\\quad", "").replace("&", "").replaceAll("\\s+", "");
    }

    @Test
    void aShortEquationStaysOneLine() {
        assertEquals("\\begin{equation}\nx = a + b\n\\end{equation}", LineBreaker.display("x = a + b"));
    }

    @Test
    void aLongSumBreaksAtItsTermsAndKeepsThemAll() {
        String eq = "F = " + sum(30);
        String display = LineBreaker.display(eq);
        assertTrue(display.startsWith("\\begin{align}\nF &= 1 a^{1}"), display);
        assertEquals(eq.replaceAll("\\s+", ""), content(display));
        for (String row : display.split("\n")) {
            assertTrue(LineBreaker.width(row.replace("\\notag\\\\", "")) <= LineBreaker.WIDTH + 1, row);
        }
        int rows = display.split("\n").length - 2;
        int untagged = display.split("\\\\notag", -1).length - 1;
        assertTrue(rows > 1, display);
        assertEquals(rows - 1, untagged, "one number, on the last row");
    }

    @Test
    void aLongFractionOpensItsNumeratorAndAMatrixGoesEntryByEntry() {
        String eq = "G = \\frac{" + sum(24) + "}{2 (g^{2} + 1)}";
        String display = LineBreaker.display(eq);
        assertTrue(display.contains("\\frac{1}{2 (g^{2} + 1)}\\Bigl(1 a^{1}"), display);
        assertTrue(display.contains("\\Bigr)"), display);
        String wide = "J = \\begin{pmatrix}" + sum(8) + " & " + sum(8) + " \\\\ 0 & 1\\end{pmatrix}";
        String entries = LineBreaker.display(wide);
        assertTrue(entries.contains("J_{11} &= ") && entries.contains("J_{12} &= ") && entries.contains("J_{22} &= 1"),
                entries);
    }
}

package org.kolmo.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TeX of figure labels, and figures that render with it in every format. */
class PlotTextTest {
    @Test
    void namesAndExpressionsBecomeMath() {
        assertEquals("p_{zz}", PlotText.name("p_zz"));
        assertEquals("\\varepsilon", PlotText.name("eps"));
        assertEquals("\\beta_2", PlotText.name("beta2"));
        assertEquals("\\beta^{2}", PlotText.math("beta^2"));
        assertEquals("\\mathbb{E}[z^{2}]", PlotText.math("E[z^2]"));
        assertEquals("\\mathbb{E}[x\\,y]", PlotText.math("E[x*y]"));
        assertEquals("\\sqrt{\\varepsilon}", PlotText.math("sqrt(eps)"));
        assertEquals("\\varepsilon = 0.5", PlotText.math("ε = 0.5"));
        assertEquals("\\beta^{2}", PlotText.math("β²"));
        assertEquals("m_z + p_{zz}", PlotText.math("m_z + p_zz"));
        assertEquals("x^{-1/2}", PlotText.math("x^(-1/2)"));
    }

    @Test
    void wordsAreTextWithTheirSpecialCharactersEscaped() {
        assertEquals("\\text{full model}", PlotText.text("full model"));
        assertEquals("\\text{two\\_state{:} 95\\% interval{,} t}", PlotText.text("two_state: 95% interval, t"));
        assertEquals("", PlotText.text(""));
    }

    @Test
    void numbersAreShort() {
        assertEquals("0.007891", PlotText.number(0.007891357329375, 4));
        assertEquals("0.5", PlotText.number(0.5, 4));
        assertEquals("1.25 \\cdot 10^{-5}", PlotText.number(0.0000125, 4));
    }

    @Test
    void tickPatternsFollowTheRange() {
        assertEquals("0.#", Figure.tickPattern(0, 10));
        assertEquals("0.##", Figure.tickPattern(0, 1));
        assertEquals("0.###", Figure.tickPattern(0.2, 0.25));
        assertEquals("0.##E0", Figure.tickPattern(0, 0.0007891357329375));
        assertEquals("0", Figure.tickPattern(0, 0));
        assertEquals("0", Figure.tickPattern(0, 1000));
    }

    @Test
    void rangesAreRoundedOutward() {
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 10}, Figure.niceRange(0, 10), 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.3, 1}, Figure.niceRange(0.333, 1), 1e-12);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {-8, 0}, Figure.niceRange(-7.99, 0), 1e-12);
        assertEquals(null, Figure.niceRange(Double.NaN, 1));
    }

    @Test
    void aFigureRendersInEveryFormat(@TempDir Path dir) throws Exception {
        double[] t = new double[50];
        double[] y = new double[50];
        double[] band = new double[50];
        for (int k = 0; k < t.length; k++) {
            t[k] = 0.1 * k;
            y[k] = Math.exp(-t[k]) * 0.007891357329375;
            band[k] = 0.0001;
        }
        Figure f = TimeSeriesPlot.figure(PlotText.name("p_zz") + PlotText.text(", full model and adiabatic "
                + "elimination, a title long enough to have to be set smaller than the others, ")
                + PlotText.math("eps = 0.5"), PlotText.name("p_zz"), t,
                List.of(new TimeSeriesPlot.Curve(PlotText.math("E[z^2]"), y, band),
                        new TimeSeriesPlot.Curve(PlotText.math("beta^2") + PlotText.text(", exact"), y, null)));
        for (String ext : List.of("png", "svg", "pdf")) {
            Path file = dir.resolve("figure." + ext);
            f.write(file);
            assertTrue(Files.size(file) > 1000, ext);
        }
        BufferedImage png = ImageIO.read(dir.resolve("figure.png").toFile());
        assertEquals(Figure.WIDTH * Figure.PNG_SCALE, png.getWidth());
        assertEquals(Figure.HEIGHT * Figure.PNG_SCALE, png.getHeight());
        String pdf = Files.readString(dir.resolve("figure.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF"));
        assertFalse(pdf.contains("jlm_"), "the PDF names a JLaTeXMath font, which its reader does not have");
        String svg = Files.readString(dir.resolve("figure.svg"));
        assertTrue(svg.contains("<svg"));
        // the TeX is drawn as outlines, so no raw label text is left in the file
        assertFalse(svg.contains("p_zz") || svg.contains("p_{zz}"), "raw TeX in the SVG");
        assertFalse(svg.contains("jlm_"), "the SVG names a JLaTeXMath font, which its reader does not have");
        // no temporary file left behind
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
        Path out = Path.of("target", "plot-text-test");
        Files.createDirectories(out);
        f.write(out.resolve("figure.png"));
        f.write(out.resolve("figure.svg"));
    }

    @Test
    void otherExtensionsAreRefused(@TempDir Path dir) {
        Figure f = new Figure("x", "t", "y").line("y", new double[] {0, 1}, new double[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> f.write(dir.resolve("figure.jpg")));
    }
}

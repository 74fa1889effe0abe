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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TeX of figure labels, and figures that render with it in every format. */
class PlotTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            p_zz  | p_{zz}
            eps   | \\varepsilon
            beta2 | \\beta_2
            """)
    void namesBecomeMath(String name, String tex) {
        assertEquals(tex, PlotText.name(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            beta^2      | \\beta^{2}
            E[z^2]      | \\mathbb{E}[z^{2}]
            E[x*y]      | \\mathbb{E}[x\\,y]
            sqrt(eps)   | \\sqrt{\\varepsilon}
            ε = 0.5     | \\varepsilon = 0.5
            β²          | \\beta^{2}
            m_z + p_zz  | m_z + p_{zz}
            x^(-1/2)    | x^{-1/2}
            """)
    void expressionsBecomeMath(String expression, String tex) {
        assertEquals(tex, PlotText.math(expression));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            full model                 | \\text{full model}
            two_state: 95% interval, t | \\text{two\\_state{:} 95\\% interval{,} t}
            ""                         | ""
            """)
    void wordsAreTextWithTheirSpecialCharactersEscaped(String words, String tex) {
        assertEquals(tex, PlotText.text(words));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.007891357329375 | 0.007891
            0.5               | 0.5
            0.0000125         | 1.25 \\cdot 10^{-5}
            """)
    void numbersAreShort(double x, String tex) {
        assertEquals(tex, PlotText.number(x, 4));
    }

    @ParameterizedTest(name = "[{0}, {1}] -> {2}")
    @CsvSource({"0, 10, 0.#", "0, 1, 0.##", "0.2, 0.25, 0.###", "0, 0.0007891357329375, 0.##E0", "0, 0, 0",
            "0, 1000, 0"})
    void tickPatternsFollowTheRange(double low, double high, String pattern) {
        assertEquals(pattern, Figure.tickPattern(low, high));
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

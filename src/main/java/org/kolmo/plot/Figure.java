package org.kolmo.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kolmo.io.OutputFiles;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * A figure for a paper: curves drawn by XChart (axes, ticks, grid, curves, bands), and the title, the axis titles
 * and the legend typeset from TeX by JLaTeXMath ({@link PlotText} makes the TeX), so that a label reads p_{zz} or
 * \varepsilon as in the text of the paper, not p_zz or eps.
 *
 * <p>The figure is {@value #WIDTH} × {@value #HEIGHT} units: a PNG at twice that many pixels, a PDF or SVG of
 * that size in points with the TeX glyphs as outlines. Tick labels have as many decimals as the tick spacing needs,
 * and switch to scientific notation for very small or large values; a title too wide for the figure is set smaller.
 * Files are written through a temporary file beside the target, created with the default permissions (the user's
 * umask decides), and moved over it when whole.
 */
public final class Figure {
    /** The width of a figure, in points (PDF, SVG) or half-pixels (PNG). */
    public static final int WIDTH = 800;
    /** Its height. */
    public static final int HEIGHT = 500;
    /** PNG pixels per unit. */
    public static final int PNG_SCALE = 2;

    /** Colours that stay apart for colour-blind readers (Okabe and Ito), black last. */
    private static final Color[] COLORS = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999933)};

    private static final BasicStroke[] STROKES = {new BasicStroke(2f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 5f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 4f, 1f, 4f},
                    0f)};

    private static final int PAD = 10;

    /**
     * The tick labels' font: a physical sans-serif family where the machine has one. A logical font (SansSerif) is
     * resolved to a physical one by VectorGraphics2D for every string it writes into a PDF, which made a figure's
     * PDF take most of its time.
     */
    private static final java.awt.Font TICK_FONT = tickFont();

    private static java.awt.Font tickFont() {
        java.util.Set<String> families = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT));
        for (String family : List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")) {
            if (families.contains(family)) {
                return new java.awt.Font(family, java.awt.Font.PLAIN, 12);
            }
        }
        return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
    }

    private record Entry(String tex, Color color, BasicStroke stroke, boolean marker) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final XYChart chart;
    private final List<Entry> legend = new ArrayList<>();
    private boolean tickSeries;
    private double xMin = Double.POSITIVE_INFINITY;
    private double xMax = Double.NEGATIVE_INFINITY;
    private double yMin = Double.POSITIVE_INFINITY;
    private double yMax = Double.NEGATIVE_INFINITY;

    /** A figure with a title and axis titles in TeX (math mode; words in {@code \text{}}, see {@link PlotText}). */
    public Figure(String titleTex, String xLabelTex, String yLabelTex) {
        this.title = titleTex;
        this.xLabel = xLabelTex;
        this.yLabel = yLabelTex;
        this.chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).build();
        var s = chart.getStyler();
        s.setChartTitleVisible(false);
        s.setLegendVisible(false);
        s.setAxisTitlesVisible(false);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(Color.DARK_GRAY);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setChartPadding(4);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTickLabelsColor(Color.BLACK);
        s.setErrorBarsColorSeriesColor(true);
        s.setMarkerSize(5);
        // room for each tick label (XChart's default packs them edge to edge on a wide axis)
        s.setXAxisTickMarkSpacingHint(90);
        s.setYAxisTickMarkSpacingHint(60);
    }

    /** The chart, for its axes' ranges (the styler); its title, axis titles and legend are this figure's. */
    public XYChart chart() {
        return chart;
    }

    /** A curve without markers. */
    public Figure line(String labelTex, double[] x, double[] y) {
        add(labelTex, x, y, null, false);
        return this;
    }

    /** A curve with a marker at each point, and a symmetric band (error bars) of half-widths {@code band} if given. */
    public Figure points(String labelTex, double[] x, double[] y, double[] band) {
        add(labelTex, x, y, band, true);
        return this;
    }

    private void add(String tex, double[] x, double[] y, double[] band, boolean marker) {
        int k = legend.size();
        // XChart keys series by name: the legend is ours, so the name only has to be unique
        String key = "s" + k;
        XYSeries s = band == null ? chart.addSeries(key, x, y) : chart.addSeries(key, x, y, band);
        Color color = COLORS[k % COLORS.length];
        BasicStroke stroke = marker ? STROKES[0] : STROKES[k % STROKES.length];
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setLineStyle(stroke);
        s.setMarker(marker ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        legend.add(new Entry(tex, color, stroke, marker));
        for (int i = 0; i < x.length; i++) {
            double b = band == null || Double.isNaN(band[i]) ? 0 : band[i];
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
                yMin = Math.min(yMin, y[i] - b);
                yMax = Math.max(yMax, y[i] + b);
            }
        }
    }

    /**
     * A DecimalFormat pattern for ticks over [min, max]: as many decimals as a twentieth of the range needs (so 0.25,
     * not 0.2500000001 or 0), scientific notation below 10^-3 or from 10^6 in magnitude.
     */
    static String tickPattern(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return "0.###";
        }
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        double span = max - min;
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude < 1e-3 || magnitude >= 1e6) {
            return "0.##E0";
        }
        double step = (span > magnitude * 1e-9 ? span : magnitude) / 20;
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step)));
        decimals = Math.min(decimals, 8);
        return decimals == 0 ? "0" : "0." + "#".repeat(decimals);
    }

    /**
     * [min, max] widened to multiples of a round step (1, 2, 2.5 or 5 times a power of ten, about a twentieth of
     * the range); null when there is no finite range.
     */
    static double[] niceRange(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            return null;
        }
        if (min == max) {
            double d = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= d;
            max += d;
        }
        double raw = (max - min) / 20;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * power;
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        return new double[] {lo, hi};
    }

    /** Draws the figure into {@code g} at size w × h. */
    public void paint(Graphics2D g, int w, int h) {
        var s = chart.getStyler();
        // XChart's ticks are round only on a range with round ends, so the ranges are rounded outward here
        double[] xr = niceRange(s.getXAxisMin() != null ? s.getXAxisMin() : xMin,
                s.getXAxisMax() != null ? s.getXAxisMax() : xMax);
        double[] yr = niceRange(s.getYAxisMin() != null ? s.getYAxisMin() : yMin,
                s.getYAxisMax() != null ? s.getYAxisMax() : yMax);
        if (xr != null) {
            s.setXAxisMin(s.getXAxisMin() != null ? s.getXAxisMin() : xr[0]);
            s.setXAxisMax(s.getXAxisMax() != null ? s.getXAxisMax() : xr[1]);
        }
        if (yr != null) {
            s.setYAxisMin(s.getYAxisMin() != null ? s.getYAxisMin() : yr[0]);
            s.setYAxisMax(s.getYAxisMax() != null ? s.getYAxisMax() : yr[1]);
        }
        if (!tickSeries && xr != null && yr != null) {
            // XChart puts the ticks of an axis whose values are equally spaced (time grids) at every k-th value,
            // 0.45 apart on a grid of 0.05; one invisible point off the grid gives the round ticks of the range
            double off = xr[0] + (xr[1] - xr[0]) * 0.5000001;
            XYSeries t = chart.addSeries(" ticks", new double[] {off}, new double[] {yr[0]});
            t.setLineColor(new Color(0, 0, 0, 0));
            t.setMarkerColor(new Color(0, 0, 0, 0));
            t.setMarker(SeriesMarkers.NONE);
            tickSeries = true;
        }
        if (s.getXAxisDecimalPattern() == null) {
            s.setXAxisDecimalPattern(tickPattern(s.getXAxisMin() != null ? s.getXAxisMin() : xMin,
                    s.getXAxisMax() != null ? s.getXAxisMax() : xMax));
        }
        if (s.getYAxisDecimalPattern() == null) {
            s.setYAxisDecimalPattern(tickPattern(yMin, yMax));
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);

        TexLabel titleLabel = TexLabel.fitting(title, 17f, 9f, w - 2.0 * PAD);
        TexLabel x = TexLabel.fitting(xLabel, 16f, 9f, w * 0.8);
        TexLabel y = TexLabel.fitting(yLabel, 16f, 9f, h * 0.8);
        List<TexLabel> entries = new ArrayList<>();
        int legendWidth = 0;
        int entryHeight = 18;
        for (Entry e : legend) {
            TexLabel l = TexLabel.fitting(e.tex(), 14f, 8f, w * 0.3);
            entries.add(l);
            legendWidth = Math.max(legendWidth, l.width());
            entryHeight = Math.max(entryHeight, l.height() + 6);
        }
        int sample = 30;
        int legendStrip = legend.isEmpty() ? PAD : legendWidth + sample + 4 * PAD;

        int top = PAD + titleLabel.height() + PAD / 2;
        int left = PAD + y.height() + PAD / 2;
        int bottom = PAD / 2 + x.height() + PAD;
        int cw = w - left - legendStrip;
        int ch = h - top - bottom;

        Graphics2D c = (Graphics2D) g.create();
        c.translate(left, top);
        c.setClip(0, 0, cw, ch);
        chart.paint(c, cw, ch);
        c.dispose();

        titleLabel.draw(g, Math.max(PAD, (w - titleLabel.width()) / 2), PAD);
        x.draw(g, left + (cw - x.width()) / 2, h - PAD - x.height());
        Graphics2D r = (Graphics2D) g.create();
        r.translate(PAD, top + (ch + y.width()) / 2);
        r.rotate(-Math.PI / 2);
        y.draw(r, 0, 0);
        r.dispose();

        if (!legend.isEmpty()) {
            int bx = w - legendStrip + PAD;
            int by = top + PAD;
            int bw = legendStrip - 2 * PAD;
            int bh = entryHeight * legend.size() + PAD;
            g.setColor(Color.WHITE);
            g.fillRect(bx, by, bw, bh);
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(bx, by, bw, bh);
            for (int i = 0; i < legend.size(); i++) {
                Entry e = legend.get(i);
                TexLabel l = entries.get(i);
                int rowTop = by + PAD / 2 + i * entryHeight;
                double mid = rowTop + entryHeight / 2.0;
                g.setColor(e.color());
                g.setStroke(e.stroke());
                g.draw(new Line2D.Double(bx + PAD / 2.0, mid, bx + PAD / 2.0 + sample, mid));
                if (e.marker()) {
                    g.fill(new Ellipse2D.Double(bx + PAD / 2.0 + sample / 2.0 - 3, mid - 3, 6, 6));
                }
                l.draw(g, bx + PAD + sample, (int) Math.round(mid - l.height() / 2.0));
            }
        }
    }

    /** The figure as an image, {@link #PNG_SCALE} pixels per unit. */
    public BufferedImage image() {
        return image(PNG_SCALE);
    }

    /** The figure as an image, {@code scale} pixels per unit (1 for a notebook cell, 2 for print). */
    public BufferedImage image(int scale) {
        BufferedImage img = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        paint(g, WIDTH, HEIGHT);
        g.dispose();
        return img;
    }

    /**
     * Writes the figure to {@code file}, PNG, SVG or PDF by its extension, through a temporary file so that none is
     * left half-written.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.endsWith(".pdf") ? "pdf" : name.endsWith(".svg") ? "svg" : name.endsWith(".png")
                ? "png" : null;
        if (extension == null) {
            throw new IllegalArgumentException("a figure file must end in .pdf, .svg or .png: " + file);
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = OutputFiles.newSibling(target, ".kolmo-plot-", "." + extension);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (extension.equals("png")) {
                    ImageIO.write(image(), "png", out);
                } else {
                    VectorGraphics2D g = new OutlineTextGraphics();
                    paint(g, WIDTH, HEIGHT);
                    Processors.get(extension).getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT))
                            .writeTo(out);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

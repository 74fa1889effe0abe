package org.kolmo.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * A line plot of a few curves over one axis, drawn with Java2D into a PNG: what the notebooks need to show moment
 * trajectories, without a plotting library.
 */
final class LinePlot {
    /** One curve: its legend label and its points (x ascending). */
    record Series(String label, double[] x, double[] y, boolean dashed) {
    }

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf)};

    private final String title;
    private final String xLabel;
    private final List<Series> series = new ArrayList<>();

    LinePlot(String title, String xLabel) {
        this.title = title;
        this.xLabel = xLabel;
    }

    LinePlot add(Series s) {
        series.add(s);
        return this;
    }

    List<Series> series() {
        return List.copyOf(series);
    }

    String title() {
        return title;
    }

    /** The plot as an image of the given size. */
    BufferedImage render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();

        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                xMin = Math.min(xMin, s.x()[i]);
                xMax = Math.max(xMax, s.x()[i]);
                yMin = Math.min(yMin, s.y()[i]);
                yMax = Math.max(yMax, s.y()[i]);
            }
        }
        if (!(yMax > yMin)) { // a constant curve still gets a visible range
            yMin -= 0.5;
            yMax += 0.5;
        }
        double[] xt = ticks(xMin, xMax);
        double[] yt = ticks(yMin, yMax);
        xMin = Math.min(xMin, xt[0]);
        xMax = Math.max(xMax, xt[xt.length - 1]);
        yMin = Math.min(yMin, yt[0]);
        yMax = Math.max(yMax, yt[yt.length - 1]);

        int left = 70, right = width - 20, top = 40, bottom = height - 50;
        g.setColor(Color.BLACK);
        g.drawString(title, (width - fm.stringWidth(title)) / 2, 22);
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2, height - 12);
        g.drawRect(left, top, right - left, bottom - top);
        for (double t : xt) {
            int px = (int) Math.round(left + (t - xMin) / (xMax - xMin) * (right - left));
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(px, top + 1, px, bottom - 1);
            g.setColor(Color.BLACK);
            g.drawLine(px, bottom, px, bottom + 4);
            String label = format(t);
            g.drawString(label, px - fm.stringWidth(label) / 2, bottom + 18);
        }
        for (double t : yt) {
            int py = (int) Math.round(bottom - (t - yMin) / (yMax - yMin) * (bottom - top));
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(left + 1, py, right - 1, py);
            g.setColor(Color.BLACK);
            g.drawLine(left - 4, py, left, py);
            String label = format(t);
            g.drawString(label, left - 8 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
        }
        g.setClip(left, top, right - left, bottom - top);
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            g.setColor(COLORS[k % COLORS.length]);
            g.setStroke(s.dashed() ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {8f, 6f}, 0f) : new BasicStroke(2f));
            Path2D path = new Path2D.Double();
            for (int i = 0; i < s.x().length; i++) {
                double px = left + (s.x()[i] - xMin) / (xMax - xMin) * (right - left);
                double py = bottom - (s.y()[i] - yMin) / (yMax - yMin) * (bottom - top);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            g.draw(path);
        }
        g.setClip(null);
        g.setStroke(new BasicStroke(2f));
        int ly = top + 16;
        for (int k = 0; k < series.size(); k++) {
            String label = series.get(k).label();
            int lx = right - 12 - fm.stringWidth(label) - 30;
            g.setColor(COLORS[k % COLORS.length]);
            g.drawLine(lx, ly - 4, lx + 24, ly - 4);
            g.setColor(Color.BLACK);
            g.drawString(label, lx + 30, ly);
            ly += 16;
        }
        g.dispose();
        return image;
    }

    /** The plot as PNG bytes. */
    byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Round tick values (steps of 1, 2 or 5 times a power of ten) covering [lo, hi], about five of them. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = first + i * step;
        }
        return out;
    }

    private static String format(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}

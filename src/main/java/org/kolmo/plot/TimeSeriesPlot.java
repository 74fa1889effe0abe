package org.kolmo.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Curves against time, written as PNG, SVG or PDF (by the file's extension) as a {@link Figure}. A curve may carry
 * a symmetric band (a confidence interval), drawn as an error bar at each point. Title, axis title and curve labels
 * are TeX (see {@link PlotText}).
 */
public final class TimeSeriesPlot {
    /** One curve: its label (TeX), values, and half-widths of its band (or null). */
    public record Curve(String label, double[] values, double[] band) {
    }

    private TimeSeriesPlot() {
    }

    /**
     * Writes the plot to {@code file} (.pdf, .svg or .png), through a temporary file so that none is left
     * half-written.
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static void write(Path file, String titleTex, String yLabelTex, double[] times, List<Curve> curves)
            throws IOException {
        figure(titleTex, yLabelTex, times, curves).write(file);
    }

    /** The figure that {@link #write} writes. */
    public static Figure figure(String titleTex, String yLabelTex, double[] times, List<Curve> curves) {
        Figure f = new Figure(titleTex, "t", yLabelTex);
        for (Curve c : curves) {
            f.points(c.label(), times, c.values(), c.band());
        }
        return f;
    }
}

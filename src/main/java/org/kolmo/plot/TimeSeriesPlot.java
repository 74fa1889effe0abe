package org.kolmo.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.kolmo.io.OutputFiles;

/**
 * Curves against time, written as PNG or SVG (by the file's extension) with XChart. A curve may carry a
 * symmetric band (a confidence interval), drawn as an error bar at each point.
 */
public final class TimeSeriesPlot {
    /** One curve: its label, values, and half-widths of its band (or null). */
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
    public static void write(Path file, String title, String yLabel, double[] times, List<Curve> curves)
            throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.endsWith(".pdf") ? ".pdf" : name.endsWith(".svg") ? ".svg" : name.endsWith(".png")
                ? ".png" : null;
        if (extension == null) {
            throw new IllegalArgumentException("a plot file must end in .pdf, .svg or .png: " + file);
        }
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle("t").yAxisTitle(yLabel)
                .build();
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setYAxisDecimalPattern("0.####");
        for (Curve c : curves) {
            XYSeries s = c.band() == null ? chart.addSeries(c.label(), times, c.values())
                    : chart.addSeries(c.label(), times, c.values(), c.band());
            s.setMarker(SeriesMarkers.CIRCLE);
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = OutputFiles.newSibling(target, ".kolmo-plot-", extension);
        try {
            // the encoders add the extension themselves, so give them the name without it
            String base = tmp.toString().substring(0, tmp.toString().length() - 4);
            switch (extension) {
                case ".pdf" -> VectorGraphicsEncoder.saveVectorGraphic(chart, base,
                        VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
                case ".svg" -> VectorGraphicsEncoder.saveVectorGraphic(chart, base,
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                default -> BitmapEncoder.saveBitmapWithDPI(chart, base, BitmapEncoder.BitmapFormat.PNG, 144);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

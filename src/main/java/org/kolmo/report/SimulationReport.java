package org.kolmo.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.plot.TimeSeriesPlot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Monte Carlo estimates of observables at output times: means, standard errors and 95% confidence intervals
 * (mean ± 1.96 standard errors), as a table, CSV, JSON, LaTeX or a plot.
 */
public final class SimulationReport implements Report {
    private static final double Z95 = 1.96;

    private final String model;
    private final MonteCarloResult result;

    public SimulationReport(String model, MonteCarloResult result) {
        this.model = model;
        this.result = result;
    }

    public MonteCarloResult result() {
        return result;
    }

    private String header() {
        return String.format(Locale.ROOT, "Monte Carlo of %s: %s, %d paths, dt = %s, seed %d", model,
                result.settings().scheme().keyword(), result.paths(), result.settings().timeStep(),
                result.settings().seed());
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder(header()).append('\n');
        out.append(String.format(Locale.ROOT, "%10s  %-16s %14s %12s   %s%n", "t", "observable", "mean", "std.err",
                "95% CI"));
        double[] times = result.times();
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < result.names().size(); i++) {
                double m = result.mean(k, i);
                double se = result.standardError(k, i);
                out.append(String.format(Locale.ROOT, "%10.4g  %-16s %14.6g %12.3g   [%.6g, %.6g]%n", times[k],
                        result.names().get(i), m, se, m - Z95 * se, m + Z95 * se));
            }
        }
        return out.toString();
    }

    /** time, observable, mean, standard_error, ci95_low, ci95_high: one row per time and observable. */
    public String csv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                .setHeader("time", "observable", "mean", "standard_error", "ci95_low", "ci95_high").build())) {
            double[] times = result.times();
            for (int k = 0; k < times.length; k++) {
                for (int i = 0; i < result.names().size(); i++) {
                    double m = result.mean(k, i);
                    double se = result.standardError(k, i);
                    p.printRecord(times[k], result.names().get(i), m, se, m - Z95 * se, m + Z95 * se);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Means against time with 95% bands, one curve per observable. */
    public void plot(java.nio.file.Path file) throws IOException {
        List<TimeSeriesPlot.Curve> curves = new ArrayList<>();
        for (int i = 0; i < result.names().size(); i++) {
            double[] m = new double[result.times().length];
            double[] band = new double[m.length];
            for (int k = 0; k < m.length; k++) {
                m[k] = result.mean(k, i);
                band[k] = Z95 * result.standardError(k, i);
            }
            curves.add(new TimeSeriesPlot.Curve("E[" + result.names().get(i) + "]", m, band));
        }
        TimeSeriesPlot.write(file, header(), "mean (95% CI)", result.times(), curves);
    }

    private String tabular() {
        StringBuilder t = new StringBuilder("\\begin{array}{rlrr}\nt & \\text{observable} & \\text{mean} & "
                + "\\text{std. err.}\\\\\n\\hline\n");
        double[] times = result.times();
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < result.names().size(); i++) {
                t.append(String.format(Locale.ROOT, "%.4g & \\texttt{%s} & %.6g & %.3g\\\\%n", times[k],
                        LatexDocument.escapeText(result.names().get(i)), result.mean(k, i),
                        result.standardError(k, i)));
            }
        }
        return t.append("\\end{array}").toString();
    }

    @Override
    public String latex() {
        return tabular();
    }

    @Override
    public String document() {
        return LatexDocument.of("Monte Carlo of " + model,
                LatexDocument.Section.of("Estimates", header() + ". Means with their standard errors.", tabular()))
                .render();
    }

    @Override
    public String json() {
        ObjectNode node = Json.object();
        node.put("command", "simulate");
        node.put("model", model);
        node.put("scheme", result.settings().scheme().keyword());
        node.put("paths", result.paths());
        node.put("dt", result.settings().timeStep());
        node.put("seed", result.settings().seed());
        ArrayNode rows = node.putArray("estimates");
        double[] times = result.times();
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < result.names().size(); i++) {
                ObjectNode r = rows.addObject();
                r.put("time", times[k]);
                r.put("observable", result.names().get(i));
                r.put("mean", result.mean(k, i));
                r.put("standardError", result.standardError(k, i));
            }
        }
        return Json.render(node);
    }
}

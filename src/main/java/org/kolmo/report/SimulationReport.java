package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.plot.PlotText;
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
    private final Setup setup;

    /**
     * How a run was set up beyond its settings, for a slow-fast model: why its step is what it is and where its fast
     * variables started.
     *
     * @param dtRule   the default step's rule, e.g. "eps^2/20", or "" when the step was given or is the plain default
     * @param dtReason why, e.g. "20 steps per fast relaxation time eps^2"
     * @param start    where the fast variables started, in words, or ""
     */
    public record Setup(String dtRule, String dtReason, String start) {
        public static final Setup NONE = new Setup("", "", "");

        /** The lines the text report adds below its header. */
        String lines(String indent) {
            StringBuilder out = new StringBuilder();
            if (!dtRule.isEmpty()) {
                out.append(indent).append("time step: dt = ").append(dtRule).append(", ").append(dtReason)
                        .append('\n');
            }
            if (!start.isEmpty()) {
                out.append(indent).append("start: ").append(start).append('\n');
            }
            return out.toString();
        }

        /** The same as sentences, for a document: "Time step: ... . Start: ... . " or "". */
        /** The same for a document, with the notation as math. */
        String documentProse() {
            StringBuilder out = new StringBuilder();
            if (!dtRule.isEmpty()) {
                out.append("Time step ").append(ruleMath("dt = " + dtRule)).append(", ").append(reasonMath(dtReason))
                        .append(". ");
            }
            if (!start.isEmpty()) {
                out.append("Start: ").append(startText(start)).append(". ");
            }
            return out.toString();
        }

        /** A step rule such as {@code eps^2/20} as math, or as code when it is not that simple. */
        static String ruleMath(String rule) {
            if (!rule.matches("[A-Za-z0-9^/*.()= ]+")) {
                return LatexDocument.code(rule);
            }
            return math(rule.replace("dt", "\\Delta t").replaceAll("\\beps\\b", "\\\\varepsilon")
                    .replaceAll("\\^([0-9]+)", "^{$1}").replace("*", " "));
        }

        /** "20 steps per fast relaxation time eps^2": the words as text, the last token as math. */
        static String reasonMath(String reason) {
            int space = reason.lastIndexOf(' ');
            String last = reason.substring(space + 1);
            return last.matches(".*[\\^/].*|eps") ? reason.substring(0, space + 1) + ruleMath(last)
                    : LatexDocument.escapeText(reason).equals(reason) ? reason : LatexDocument.code(reason);
        }

        /** Where the fast variables started, in words with math. */
        static String startText(String start) {
            if (start.contains("invariant law")) {
                return "the fast variables drawn from their invariant law " + math("N(0, J(X_0))") + " for the slow "
                        + "variables frozen at the initial state, " + math("B_2 J + J B_2^{T} = \\sigma_1\\sigma_1^{T}")
                        + " (Lim, eq. 39)";
            }
            return LatexDocument.code(start);
        }

        String prose() {
            StringBuilder out = new StringBuilder();
            for (String line : lines("").split("\n")) {
                if (!line.isEmpty()) {
                    out.append(Character.toUpperCase(line.charAt(0))).append(line.substring(1)).append(". ");
                }
            }
            return out.toString();
        }

        /** Adds dtRule and start to a JSON object, when there are any. */
        void put(ObjectNode node) {
            if (!dtRule.isEmpty()) {
                node.put("dtRule", dtRule);
            }
            if (!start.isEmpty()) {
                node.put("start", start);
            }
        }
    }

    public SimulationReport(String model, MonteCarloResult result) {
        this(model, result, Setup.NONE);
    }

    public SimulationReport(String model, MonteCarloResult result, Setup setup) {
        this.model = model;
        this.result = result;
        this.setup = setup;
    }

    public MonteCarloResult result() {
        return result;
    }

    private String header() {
        return String.format(Locale.ROOT, "Monte Carlo of %s: %s, %d paths, dt = %s, seed %d", model,
                result.settings().scheme().keyword(), result.paths(), step(result.settings().timeStep()),
                result.settings().seed());
    }

    /** A time step without the rounding noise of its computation: eps^2/20 at eps = 0.05 is 0.000125. */
    static String step(double dt) {
        return new BigDecimal(dt).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder(header()).append('\n').append(setup.lines(""));
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
            curves.add(new TimeSeriesPlot.Curve(PlotText.math("E[" + result.names().get(i) + "]"), m, band));
        }
        // a figure's title says what is drawn; the run's settings are in the text output
        String title = PlotText.text("Monte Carlo of " + model + ", " + result.paths() + " paths, ")
                + "\\Delta t = " + PlotText.number(result.settings().timeStep(), 6);
        TimeSeriesPlot.write(file, title, PlotText.text("mean (95% interval)"), result.times(), curves);
    }

    private LatexDocument.Table table() {
        List<List<String>> rows = new ArrayList<>();
        double[] times = result.times();
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < result.names().size(); i++) {
                double m = result.mean(k, i);
                double se = result.standardError(k, i);
                rows.add(List.of(String.format(Locale.ROOT, "%.4g", times[k]), code(result.names().get(i)),
                        String.format(Locale.ROOT, "%.6g", m), String.format(Locale.ROOT, "%.3g", se),
                        String.format(Locale.ROOT, "[%.6g, %.6g]", m - Z95 * se, m + Z95 * se)));
            }
        }
        return new LatexDocument.Table("tab:estimates", "Monte Carlo means of the observables", "rlrrl",
                List.of(math("t"), "observable", "mean", "standard error", "95% interval"), rows);
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
        return LatexDocument.of("Monte Carlo of " + code(model),
                new LatexDocument.Section("Estimates", String.format(Locale.ROOT, "Monte Carlo of %s (%s, %d paths, "
                        + "step %s, random stream %d). ", code(model), result.settings().scheme().keyword(),
                        result.paths(), math("\\Delta t = " + step(result.settings().timeStep())),
                        result.settings().seed()) + setup.documentProse() + "The means with their standard errors "
                        + "and 95% intervals are in " + tableref("tab:estimates") + ".", List.of()).with(table()))
                .render();
    }

    @Override
    public String json() {
        ObjectNode node = Json.forCommand("simulate", model);
        node.put("scheme", result.settings().scheme().keyword());
        node.put("paths", result.paths());
        node.put("dt", result.settings().timeStep());
        node.put("seed", result.settings().seed());
        setup.put(node);
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
        return Json.renderNumeric(node);
    }
}

package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kolmo.latex.LatexDocument;
import org.kolmo.moments.ClosureCheck;
import org.kolmo.plot.PlotText;
import org.kolmo.plot.TimeSeriesPlot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The measured error of moment closures ({@code moments --closure A,B --check N}): per moment and output time each
 * closure's value, the Monte Carlo mean of the full model with its 95% interval, and the exact stationary moment
 * where one is known, with each closure's error against the exact value (else against Monte Carlo) at the last time.
 */
public final class ClosureCheckReport implements Report {
    private final ClosureCheck.Result result;

    public ClosureCheckReport(ClosureCheck.Result result) {
        this.result = result;
    }

    private String documentSettings() {
        ClosureCheck.Settings s = result.settings();
        return String.format(Locale.ROOT, "closures at order %s against %d Monte Carlo paths of %s (step %s, %s)",
                math("K = " + result.order()), s.paths(), code(result.model().name()), math(num(s.step())),
                math("T = " + num(s.times()[s.times().length - 1])));
    }

    private String settings() {
        ClosureCheck.Settings s = result.settings();
        return String.format(Locale.ROOT, "closures at order %d against %d Monte Carlo paths of %s (step %s, seed %d, "
                + "T = %s)", result.order(), s.paths(), result.model().name(), num(s.step()), s.seed(),
                num(s.times()[s.times().length - 1]));
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder("Closure error: ").append(settings()).append('\n');
        List<String> heads = new ArrayList<>(List.of("moment", "t"));
        result.closures().forEach(c -> heads.add(c.closure().cliName()));
        heads.addAll(List.of("Monte Carlo", "95% CI"));
        out.append(String.format(Locale.ROOT, "%-10s %8s", heads.get(0), heads.get(1)));
        for (int k = 2; k < heads.size() - 2; k++) {
            out.append(String.format(Locale.ROOT, " %14s", heads.get(k)));
        }
        out.append(String.format(Locale.ROOT, " %14s  %s%n", "Monte Carlo", "95% CI"));
        double[] times = result.settings().times();
        for (int i = 0; i < result.names().size(); i++) {
            for (int t = 0; t < times.length; t++) {
                out.append(String.format(Locale.ROOT, "%-10s %8s", result.names().get(i), num(times[t])));
                for (ClosureCheck.ClosureRun c : result.closures()) {
                    out.append(String.format(Locale.ROOT, " %14s", c.values() == null ? "diverged"
                            : String.format(Locale.ROOT, "%.6g", c.values()[t][i])));
                }
                double[] ci = result.interval(t, i);
                out.append(String.format(Locale.ROOT, " %14.6g  [%.6g, %.6g]%n", result.monteCarlo()[t][i], ci[0],
                        ci[1]));
            }
        }
        out.append("At T, each closure's error:\n");
        int last = times.length - 1;
        for (int i = 0; i < result.names().size(); i++) {
            String name = result.names().get(i);
            Double exact = result.exact().get(name);
            out.append("  ").append(name).append(": ");
            if (exact != null) {
                out.append(String.format(Locale.ROOT, "exact stationary %.6g (Monte Carlo %s); ", exact,
                        within(last, i, exact) ? "inside its 95% interval" : "outside its 95% interval"));
            }
            List<String> errors = new ArrayList<>();
            for (ClosureCheck.ClosureRun c : result.closures()) {
                if (c.values() == null) {
                    errors.add(c.closure().cliName() + " diverged");
                    continue;
                }
                double ref = exact != null ? exact : result.monteCarlo()[last][i];
                errors.add(String.format(Locale.ROOT, "%s %+.4g", c.closure().cliName(), c.values()[last][i] - ref));
            }
            out.append(exact != null ? "closure - exact: " : "closure - Monte Carlo: ").append(String.join(", ",
                    errors)).append('\n');
        }
        if (result.discardedPaths() > 0) {
            out.append("paths that left the finite numbers (discarded): ").append(result.discardedPaths()).append('\n');
        }
        return out.toString();
    }

    private boolean within(int t, int i, double value) {
        double[] ci = result.interval(t, i);
        return value >= ci[0] && value <= ci[1];
    }

    private static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String latex() {
        return table();
    }

    /** The last time's values as an array (the fragment and the document). */
    private String table() {
        int last = result.settings().times().length - 1;
        StringBuilder sb = new StringBuilder("\\begin{array}{l");
        sb.append("r".repeat(result.closures().size() + 2)).append("}\n\\text{moment}");
        result.closures().forEach(c -> sb.append(" & \\text{").append(c.closure().cliName()).append('}'));
        sb.append(" & \\text{Monte Carlo (95\\%)} & \\text{exact}\\\\\n\\hline\n");
        for (int i = 0; i < result.names().size(); i++) {
            String name = result.names().get(i);
            sb.append("\\mathrm{").append(name.replace("_", "\\_")).append('}');
            for (ClosureCheck.ClosureRun c : result.closures()) {
                sb.append(" & ").append(c.values() == null ? "\\text{diverged}"
                        : String.format(Locale.ROOT, "%.4g", c.values()[last][i]));
            }
            double[] ci = result.interval(last, i);
            sb.append(String.format(Locale.ROOT, " & %.4g \\pm %.2g", result.monteCarlo()[last][i],
                    (ci[1] - ci[0]) / 2));
            Double exact = result.exact().get(name);
            sb.append(" & ").append(exact == null ? "" : String.format(Locale.ROOT, "%.4g", exact)).append("\\\\\n");
        }
        return sb.append("\\end{array}").toString();
    }

    @Override
    public String document() {
        return LatexDocument.of("Closure error of " + code(result.model().name()),
                new LatexDocument.Section("Measured error", "Each closed system of moment equations integrated from "
                        + "the model's initial moments and compared at " + math("T") + " with a Monte Carlo of the "
                        + "full model (95% intervals) and, where known, with the exact stationary moment from the "
                        + "stationary Fokker-Planck density, in " + tableref("tab:closure-error") + ": "
                        + documentSettings() + ".", List.of()).with(documentTable())).render();
    }

    /** The table of the document: each moment at T by every closure, the Monte Carlo mean with its interval. */
    private LatexDocument.Table documentTable() {
        int last = result.settings().times().length - 1;
        List<String> header = new ArrayList<>();
        header.add("moment");
        result.closures().forEach(c -> header.add(c.closure().cliName()));
        header.add("Monte Carlo");
        header.add("95% interval");
        header.add("exact");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < result.names().size(); i++) {
            String name = result.names().get(i);
            List<String> row = new ArrayList<>();
            int sub = name.indexOf('_');
            row.add(sub < 0 ? code(name) : math(name.substring(0, sub) + "_{" + name.substring(sub + 1).replace('_', ',')
                    + "}"));
            for (ClosureCheck.ClosureRun c : result.closures()) {
                row.add(c.values() == null ? "diverged" : math(LatexDocument.number(c.values()[last][i], 4)));
            }
            double[] ci = result.interval(last, i);
            row.add(math(LatexDocument.number(result.monteCarlo()[last][i], 4)));
            row.add(math("[" + LatexDocument.number(ci[0], 3) + ", " + LatexDocument.number(ci[1], 3) + "]"));
            Double exact = result.exact().get(name);
            row.add(exact == null ? "--" : math(LatexDocument.number(exact, 4)));
            rows.add(row);
        }
        return new LatexDocument.Table("tab:closure-error", "Moments at " + math("T") + " by closure and by Monte "
                + "Carlo", "l" + "r".repeat(result.closures().size() + 1) + "lr", header, rows);
    }

    @Override
    public String json() {
        ObjectNode node = Json.object();
        node.put("command", "moments");
        node.put("check", "closure error");
        node.put("model", result.model().name());
        node.put("order", result.order());
        node.put("paths", result.settings().paths());
        node.put("step", result.settings().step());
        node.put("seed", result.settings().seed());
        Json.addAll(node.putArray("times"), result.settings().times());
        ArrayNode moments = node.putArray("moments");
        for (int i = 0; i < result.names().size(); i++) {
            ObjectNode m = moments.addObject();
            m.put("name", result.names().get(i));
            Double exact = result.exact().get(result.names().get(i));
            if (exact != null) {
                m.put("exactStationary", exact);
            }
            ArrayNode mc = m.putArray("monteCarlo");
            for (int t = 0; t < result.settings().times().length; t++) {
                ObjectNode row = mc.addObject();
                double[] ci = result.interval(t, i);
                row.put("mean", result.monteCarlo()[t][i]);
                row.put("standardError", result.standardErrors()[t][i]);
                row.put("lower95", ci[0]);
                row.put("upper95", ci[1]);
            }
            ObjectNode closures = m.putObject("closures");
            for (ClosureCheck.ClosureRun c : result.closures()) {
                ArrayNode values = closures.putArray(c.closure().cliName());
                if (c.values() != null) {
                    for (double[] row : c.values()) {
                        values.add(row[i]);
                    }
                }
            }
        }
        node.put("seconds", result.seconds());
        return Json.renderNumeric(node);
    }

    /** One figure per moment in one file: the closures' curves and the Monte Carlo means with their 95% band. */
    public void plot(java.nio.file.Path file) throws java.io.IOException {
        double[] times = result.settings().times();
        List<TimeSeriesPlot.Curve> curves = new ArrayList<>();
        for (int i = 0; i < result.names().size(); i++) {
            String name = result.names().get(i);
            double[] mean = new double[times.length];
            double[] band = new double[times.length];
            for (int t = 0; t < times.length; t++) {
                mean[t] = result.monteCarlo()[t][i];
                band[t] = 1.96 * result.standardErrors()[t][i];
            }
            curves.add(new TimeSeriesPlot.Curve(PlotText.name(name) + PlotText.text(", Monte Carlo"), mean, band));
            for (ClosureCheck.ClosureRun c : result.closures()) {
                if (c.values() != null) {
                    double[] v = new double[times.length];
                    for (int t = 0; t < times.length; t++) {
                        v[t] = c.values()[t][i];
                    }
                    curves.add(new TimeSeriesPlot.Curve(PlotText.name(name) + PlotText.text(", " + c.closure().cliName()
                            + " closure"), v, null));
                }
            }
        }
        TimeSeriesPlot.write(file, PlotText.text("Moments of " + result.model().name()
                + ": closures against Monte Carlo"), PlotText.text("moment"), times, curves);
    }
}

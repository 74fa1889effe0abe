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
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.WeakErrorCheck;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Weak errors E[f(X_full(t))] - E[f(X_reduced(t))] of a reduced model against the full one, from two independent
 * Monte Carlo runs: the difference, its standard error sqrt(se_full² + se_reduced²), a 95% interval, and a verdict.
 * A difference fails when it exceeds the tolerance by more than four standard errors.
 */
public final class VerificationReport implements Report {

    private final String full;
    private final String reduced;
    private final MonteCarloResult a;
    private final MonteCarloResult b;
    private final double tolerance;
    private final SimulationReport.Setup fullSetup;
    private final SimulationReport.Setup reducedSetup;

    public VerificationReport(String full, MonteCarloResult a, String reduced, MonteCarloResult b, double tolerance) {
        this(full, a, SimulationReport.Setup.NONE, reduced, b, SimulationReport.Setup.NONE, tolerance);
    }

    /** With each model's set-up (its step rule and where its fast variables start), which may differ. */
    public VerificationReport(String full, MonteCarloResult a, SimulationReport.Setup fullSetup, String reduced,
            MonteCarloResult b, SimulationReport.Setup reducedSetup, double tolerance) {
        this.full = full;
        this.reduced = reduced;
        this.a = a;
        this.b = b;
        this.tolerance = tolerance;
        this.fullSetup = fullSetup;
        this.reducedSetup = reducedSetup;
    }

    /** "full model NAME: euler, dt = 0.000125 = eps^2/20, ..." and its start, one model's lines of the header. */
    private static String modelLines(String role, String name, MonteCarloResult r, SimulationReport.Setup setup) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s model %s: %s, dt = %s", role, name,
                r.settings().scheme().keyword(), SimulationReport.step(r.settings().timeStep())));
        if (!setup.dtRule().isEmpty()) {
            out.append(" = ").append(setup.dtRule()).append(", ").append(setup.dtReason());
        }
        out.append('\n');
        if (!setup.start().isEmpty()) {
            out.append("  start: ").append(setup.start()).append('\n');
        }
        return out.toString();
    }

    private static ObjectNode modelJson(ObjectNode node, MonteCarloResult r, SimulationReport.Setup setup) {
        node.put("scheme", r.settings().scheme().keyword());
        node.put("dt", r.settings().timeStep());
        node.put("seed", r.settings().seed());
        setup.put(node);
        return node;
    }

    private WeakErrorCheck check(int k, int i) {
        return WeakErrorCheck.of(a.mean(k, i), a.standardError(k, i), b.mean(k, i), b.standardError(k, i));
    }

    private double difference(int k, int i) {
        return check(k, i).difference();
    }

    private double error(int k, int i) {
        return check(k, i).standardError();
    }

    private boolean fails(int k, int i) {
        return !check(k, i).accepted(tolerance);
    }

    /** True when every observable at every time is within tolerance + 4 standard errors. */
    public boolean passed() {
        for (int k = 0; k < a.times().length; k++) {
            for (int i = 0; i < a.names().size(); i++) {
                if (fails(k, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String text() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Weak errors of %s against %s (%d paths each, seed %d, tolerance %s):%n", reduced, full, a.paths(),
                a.settings().seed(), tolerance));
        out.append(modelLines("full", full, a, fullSetup)).append(modelLines("reduced", reduced, b, reducedSetup));
        out.append(String.format(Locale.ROOT, "%10s  %-14s %13s %13s %13s   %-27s %s%n", "t", "observable", "full",
                "reduced", "difference", "95% CI", ""));
        for (int k = 0; k < a.times().length; k++) {
            for (int i = 0; i < a.names().size(); i++) {
                double d = difference(k, i);
                double e = error(k, i);
                out.append(String.format(Locale.ROOT, "%10.4g  %-14s %13.6g %13.6g %13.4g   [%11.4g, %11.4g] %s%n",
                        a.times()[k], a.names().get(i), a.mean(k, i), b.mean(k, i), d, d - WeakErrorCheck.Z95 * e, d + WeakErrorCheck.Z95 * e,
                        fails(k, i) ? "FAIL" : "ok"));
            }
        }
        out.append(passed() ? "verdict: the reduced model agrees with the full one\n"
                : "verdict: the reduced model DIFFERS from the full one (difference beyond tolerance + 4 standard "
                        + "errors)\n");
        return out.toString();
    }

    @Override
    public String latex() {
        StringBuilder t = new StringBuilder("\\begin{array}{rlrrr}\nt & \\text{observable} & \\text{full} & "
                + "\\text{reduced} & \\text{difference}\\\\\n\\hline\n");
        for (int k = 0; k < a.times().length; k++) {
            for (int i = 0; i < a.names().size(); i++) {
                t.append(String.format(Locale.ROOT, "%.4g & \\texttt{%s} & %.6g & %.6g & %.4g \\pm %.2g\\\\%n",
                        a.times()[k], LatexDocument.escapeText(a.names().get(i)), a.mean(k, i), b.mean(k, i),
                        difference(k, i), WeakErrorCheck.Z95 * error(k, i)));
            }
        }
        return t.append("\\end{array}").toString();
    }

    @Override
    public String document() {
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < a.times().length; k++) {
            for (int i = 0; i < a.names().size(); i++) {
                double d = difference(k, i);
                double e = error(k, i);
                rows.add(List.of(math(LatexDocument.number(a.times()[k], 3)), code(a.names().get(i)),
                        math(LatexDocument.number(d, 3)), math(LatexDocument.number(e, 2)),
                        math("[" + LatexDocument.number(d - WeakErrorCheck.Z95 * e, 3) + ", "
                                + LatexDocument.number(d + WeakErrorCheck.Z95 * e, 3) + "]"),
                        fails(k, i) ? "fails" : "ok"));
            }
        }
        LatexDocument.Table table = new LatexDocument.Table("tab:weak-errors", "Weak errors "
                + math("\\mathbb{E}_{\\mathrm{full}} - \\mathbb{E}_{\\mathrm{reduced}}") + " of the observables",
                "rlrrll", List.of(math("t"), "observable", "difference", "std. error", "95% interval", "verdict"),
                rows);
        String prose = "The full model " + code(full) + " (" + runText(a, fullSetup) + ") against the reduced model "
                + code(reduced) + " (" + runText(b, reducedSetup) + ") on the variables the two share. "
                + tableref("tab:weak-errors") + " lists the weak error of each observable, its standard error and "
                + "its 95% interval; a difference fails when it exceeds the tolerance "
                + math(LatexDocument.number(tolerance, 3)) + " by more than four standard errors. "
                + (passed() ? "The reduced model agrees with the full one." : "The reduced model differs from the "
                        + "full one.");
        return LatexDocument.of("Verification of " + code(reduced) + " against " + code(full),
                new LatexDocument.Section("Weak errors", prose, List.of()).with(table)).render();
    }

    /** One model's run in a document: scheme and step, its rule and start as code. */
    private static String runText(MonteCarloResult r, SimulationReport.Setup setup) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s, %d paths, step %s",
                r.settings().scheme().keyword(), r.paths(), math("\\Delta t = " + SimulationReport.step(
                        r.settings().timeStep()))));
        if (!setup.dtRule().isEmpty()) {
            out.append(" = ").append(SimulationReport.Setup.ruleMath(setup.dtRule()));
        }
        if (!setup.start().isEmpty()) {
            out.append("; start: ").append(SimulationReport.Setup.startText(setup.start()));
        }
        return out.toString();
    }

    @Override
    public String json() {
        ObjectNode node = Json.object();
        node.put("command", "verify");
        node.put("full", full);
        node.put("reduced", reduced);
        node.put("tolerance", tolerance);
        node.put("passed", passed());
        modelJson(node.putObject("fullRun"), a, fullSetup);
        modelJson(node.putObject("reducedRun"), b, reducedSetup);
        ArrayNode rows = node.putArray("errors");
        for (int k = 0; k < a.times().length; k++) {
            for (int i = 0; i < a.names().size(); i++) {
                ObjectNode r = rows.addObject();
                r.put("time", a.times()[k]);
                r.put("observable", a.names().get(i));
                r.put("full", a.mean(k, i));
                r.put("reduced", b.mean(k, i));
                r.put("difference", difference(k, i));
                r.put("standardError", error(k, i));
                r.put("passed", !fails(k, i));
            }
        }
        return Json.renderNumeric(node);
    }
}

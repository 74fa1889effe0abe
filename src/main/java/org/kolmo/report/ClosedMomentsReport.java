package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.aligned;
import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.ClosedStationary;
import org.kolmo.moments.Closure;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The moment equations of orders 1..K closed by a moment-closure approximation: the closure (its rule and source),
 * the value it gives each escaping moment, the closed equations (or means and covariances), and the stationary points
 * when asked for.
 */
public final class ClosedMomentsReport implements Report {
    private final ClosedMomentSystem system;
    private final Map<String, IExpr> central;
    private final ClosedStationary.Result stationary;
    private final Notation notation;

    /**
     * @param central    the means-and-covariances form, or null
     * @param stationary the stationary points, or null
     */
    public ClosedMomentsReport(ClosedMomentSystem system, Map<String, IExpr> central,
            ClosedStationary.Result stationary) {
        this.system = system;
        this.central = central;
        this.stationary = stationary;
        List<String> names = new ArrayList<>(system.names());
        names.addAll(system.closedMoments().keySet());
        if (central != null) {
            names.addAll(central.keySet());
        }
        this.notation = Notation.of(system.model().parameters().stream().map(p -> p.name()).toList(), List.of())
                .withInternal(names);
    }

    private Closure closure() {
        return system.closure();
    }

    /** One sentence on the closure and its source, or on its not being needed. */
    private String closureSentence() {
        if (!system.closureUsed()) {
            return "The hierarchy closes at order " + system.order() + ": no moment needs the " + closure().cliName()
                    + " closure, the system is exact.";
        }
        return "Closure: " + closure().cliName() + " (" + closure().reference() + "), " + closure().description()
                + ". Rule: " + closure().formula() + ".";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.12g", v);
    }

    /** The closed moment system. */
    public ClosedMomentSystem system() {
        return system;
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        StringBuilder out = new StringBuilder();
        out.append("Closed moment equations of ").append(system.model().name()).append(" up to order ")
                .append(system.order()).append(" (d/dt E[phi] = E[L phi]):\n");
        out.append(closureSentence()).append('\n');
        if (system.closureUsed()) {
            out.append("Closed moments:\n");
            system.closedMoments().forEach((n, v) -> out.append("  ").append(n).append(" = ").append(w.write(v))
                    .append('\n'));
        }
        if (central != null) {
            out.append("Means and covariances (c_ij = p_ij - m_i*m_j):\n");
            central.forEach((n, rhs) -> out.append("  d/dt ").append(n).append(" = ").append(w.write(rhs))
                    .append('\n'));
        } else {
            out.append("Equations:\n");
            for (int i = 0; i < system.size(); i++) {
                out.append("  d/dt ").append(system.names().get(i)).append(" = ")
                        .append(w.write(system.rhs().get(i))).append('\n');
            }
        }
        if (stationary != null) {
            out.append("Stationary points, ").append(stationary.method()).append(", judged at ")
                    .append(sample()).append(":\n");
            if (stationary.branches().isEmpty()) {
                out.append("  none real\n");
            }
            for (int b = 0; b < stationary.branches().size(); b++) {
                ClosedStationary.Branch br = stationary.branches().get(b);
                out.append("  ").append(b + 1).append(": ");
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < system.size(); i++) {
                    parts.add(system.names().get(i) + " = " + (br.exact() != null ? w.write(br.exact().get(i)) + " ("
                            + number(br.values()[i]) + ")" : number(br.values()[i])));
                }
                out.append(String.join(", ", parts)).append("   [").append(verdict(br))
                        .append(b == stationary.physical() ? "; physical" : "").append("]\n");
            }
            if (stationary.physical() < 0) {
                out.append("  no branch has positive variances and a stable linearisation\n");
            }
        }
        return out.toString();
    }

    /** The parameter values of the judgement, as inline math. */
    private String sampleMath() {
        if (stationary.sample().isEmpty()) {
            return "no parameters";
        }
        LatexPrinter p = new LatexPrinter(notation);
        List<String> parts = new ArrayList<>();
        stationary.sample().forEach((k, v) -> parts.add(p.name(k) + " = " + number(v)));
        return math(String.join(",\\ ", parts));
    }

    /** What the closure assumes, with its notation as math. */
    private String documentDescription() {
        return switch (closure()) {
            case ZERO -> "central-moment neglect, every central moment of order above " + math("K") + " is 0";
            case NORMAL -> "cumulant neglect, every cumulant of order above " + math("K") + " is 0 (at "
                    + math("K = 2") + " the multivariate normal law with the same means and covariances, moments by "
                    + "Isserlis' theorem)";
            case LOGNORMAL -> "the log-normal law (" + math("x = e^{z}") + ", " + math("z")
                    + " multivariate normal) with the same means and second moments";
            case GAMMA -> "the gamma law with the same mean and second moment (one variable)";
            case DERIVATIVE_MATCHING -> "derivative matching, " + math("\\log \\mathbb{E}[x^{n}]")
                    + " interpolated by a polynomial of degree " + math("K") + " in the exponent " + math("n")
                    + " (it matches the time derivatives at deterministic starts)";
        };
    }

    private String sample() {
        if (stationary.sample().isEmpty()) {
            return "no parameters";
        }
        List<String> parts = new ArrayList<>();
        stationary.sample().forEach((k, v) -> parts.add(k + " = " + number(v)));
        return String.join(", ", parts);
    }

    private static String verdict(ClosedStationary.Branch b) {
        return (b.positiveVariances() ? "positive variances" : "variances not positive") + ", "
                + (b.stable() ? "stable" : "not stable");
    }

    private String equations(LatexPrinter p) {
        List<String> lines = new ArrayList<>();
        if (central != null) {
            central.forEach((n, rhs) -> lines.add(LatexPrinter.dotted(p.name(n), 1) + " &= " + p.latex(rhs)));
        } else {
            for (int i = 0; i < system.size(); i++) {
                lines.add(LatexPrinter.dotted(p.name(system.names().get(i)), 1) + " &= "
                        + p.latex(system.rhs().get(i)));
            }
        }
        return aligned(lines);
    }

    private String closedMoments(LatexPrinter p) {
        List<String> lines = new ArrayList<>();
        system.closedMoments().forEach((n, v) -> lines.add(p.name(n) + " &\\approx " + p.latex(v)));
        return aligned(lines);
    }

    @Override
    public String latex() {
        return equations(new LatexPrinter(notation));
    }

    @Override
    public String document() {
        LatexPrinter p = new LatexPrinter(notation);
        LatexDocument doc = LatexDocument.of("Closed moment equations of " + code(system.model().name()),
                LatexDocument.Section.of("Model", "The model " + eqref("eq:model") + ".",
                        labelled("eq:model", LatexPrinter.of(system.model()).sde(system.model()))));
        if (system.closureUsed()) {
            doc = doc.with(LatexDocument.Section.of("Closure",
                    "The moment equations up to order " + math("K = " + system.order()) + " contain moments of "
                            + "higher order. The " + closure().cliName() + " closure (" + closure().reference()
                            + ") replaces them: " + documentDescription() + ". Its rule " + eqref("eq:closure-rule")
                            + ", with multi-indices " + math("a, b, n") + " (binomials and powers taken "
                            + "componentwise), means " + math("m_i") + " and second moments " + math("p_{ij}")
                            + ", gives " + eqref("eq:closed-moments") + " for this model.",
                    labelled("eq:closure-rule", closure().latexFormula()),
                    labelled("eq:closed-moments", closedMoments(p))));
        } else {
            doc = doc.with(LatexDocument.Section.of("Closure", "The hierarchy closes at order "
                    + math("K = " + system.order()) + ": no moment needs the " + closure().cliName()
                    + " closure, the system is exact."));
        }
        doc = doc.with(LatexDocument.Section.of(central == null ? "Closed moment equations" : "Means and covariances",
                "For each monomial " + math("\\phi") + " of the state, "
                        + math("\\frac{d}{dt}\\mathbb{E}[\\phi] = \\mathbb{E}[\\mathcal{L}\\phi]") + " with "
                        + math("\\mathcal{L}") + " the generator (Chen et al. 2025, eqs. 3-6 in general form), the "
                        + "higher moments replaced by the closure: " + eqref("eq:moments") + ".",
                labelled("eq:moments", equations(p))));
        if (stationary != null) {
            List<String> eqs = new ArrayList<>();
            for (int b = 0; b < stationary.branches().size(); b++) {
                ClosedStationary.Branch br = stationary.branches().get(b);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < system.size(); i++) {
                    String value = br.exact() != null ? p.latex(notation.fraction(br.exact().get(i)))
                            : number(br.values()[i]);
                    lines.add(p.name(system.names().get(i)) + "^{\\infty} &= " + value);
                }
                eqs.add(aligned(lines) + "\\quad\\text{("
                        + LatexDocument.escapeText(verdict(br) + (b == stationary.physical() ? "; physical" : ""))
                        + ")}");
            }
            doc = doc.with(LatexDocument.Section.of("Stationary points",
                    "The stationary points of " + eqref("eq:moments") + ", found " + (stationary.method().startsWith("exact")
                            ? "exactly (lexicographic Gr\u00f6bner basis over the rational functions of the "
                                    + "parameters, JAS)" : "numerically (Newton's method)")
                            + "; each branch judged at " + sampleMath() + ": real, positive "
                            + "variances (positive definite covariance matrix), stable linearisation (Jacobian "
                            + "eigenvalues with negative real parts)." + (stationary.branches().isEmpty()
                                    ? " No real branch." : ""),
                    eqs.toArray(new String[0])));
        }
        return doc.render();
    }

    @Override
    public String json() {
        Json json = new Json(notation, system.model());
        ObjectNode node = Json.forCommand("moments", system.model().name());
        node.put("order", system.order());
        ObjectNode c = node.putObject("closure");
        c.put("name", closure().cliName());
        c.put("reference", closure().reference());
        c.put("description", closure().description());
        c.put("rule", closure().formula());
        c.put("used", system.closureUsed());
        ObjectNode closed = c.putObject("closedMoments");
        system.closedMoments().forEach((n, v) -> closed.set(n, json.expression(v)));
        ArrayNode moments = node.putArray("moments");
        system.names().forEach(moments::add);
        if (central != null) {
            ObjectNode eqs = node.putObject("central");
            central.forEach((n, rhs) -> eqs.set(n, json.expression(rhs)));
        } else {
            node.set("rhs", json.vector(system.rhs()));
        }
        if (system.initialValues() != null) {
            node.set("initialValues", json.vector(system.initialValues()));
        }
        if (stationary != null) {
            ObjectNode st = node.putObject("stationary");
            st.put("method", stationary.method());
            ObjectNode sample = st.putObject("sample");
            stationary.sample().forEach(sample::put);
            ArrayNode branches = st.putArray("branches");
            for (ClosedStationary.Branch br : stationary.branches()) {
                ObjectNode b = branches.addObject();
                if (br.exact() != null) {
                    b.set("exact", json.vector(br.exact()));
                }
                Json.addAll(b.putArray("values"), br.values());
                b.put("positiveVariances", br.positiveVariances());
                b.put("stable", br.stable());
            }
            st.put("physical", stationary.physical());
        }
        node.put("latex", latex());
        return json.render(node);
    }
}

package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.io.ExpressionWriter;
import org.kolmo.io.ModelWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Sde;
import org.kolmo.stationary.StationaryDensity;
import org.kolmo.stationary.StationaryDensity.End;
import org.kolmo.stationary.StationaryDensity.Method;
import org.kolmo.stationary.StationaryDensity.Moment;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stationary density of a model, its normalising constant and moments (kolmo stationary). */
public final class StationaryReport implements Report {
    /** The method's name, as every format prints it. */
    public static final String METHOD = "stationary Fokker-Planck equation with zero probability flux";

    private static final String REFERENCES = "Risken 1989, The Fokker-Planck Equation, ch. 5; Gardiner 2009, "
            + "Stochastic Methods, sec. 6.2";

    private final StationaryDensity.Result r;
    private final Sde model;

    public StationaryReport(StationaryDensity.Result result) {
        this.r = result;
        this.model = result.model();
    }

    private List<String> names() {
        return model.variables().stream().map(v -> v.name()).toList();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format("%.12g", v);
    }

    private String values() {
        List<String> parts = new ArrayList<>();
        r.values().forEach((k, v) -> parts.add(k + " = " + number(v)));
        return parts.isEmpty() ? "" : String.join(", ", parts);
    }

    /** An end of the support as text: -inf and inf for the infinite ones. */
    private static String point(ExpressionWriter w, End e) {
        return Double.isInfinite(e.value()) ? (e.value() > 0 ? "inf" : "-inf") : w.write(e.point());
    }

    private static String point(LatexPrinter p, End e) {
        return Double.isInfinite(e.value()) ? (e.value() > 0 ? "\\infty" : "-\\infty") : p.latex(e.point());
    }

    private String endText(ExpressionWriter w, End e) {
        String where = point(w, e);
        if (!Double.isNaN(e.exponent())) {
            String x = names().get(0);
            String base = Double.isInfinite(e.value()) ? "|" + x + "|" : e.point().isZero() ? "|" + x + "|"
                    : "|" + x + " - " + where + "|";
            return where + ": rho ~ " + base + "^p, p = " + e.exponentText();
        }
        return where + ": " + e.exponentText();
    }

    /** The stationary density and its moments. */
    public StationaryDensity.Result result() {
        return r;
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(Notation.of(model));
        List<String> names = names();
        String x = names.get(0);
        StringBuilder out = new StringBuilder();
        out.append("Stationary density of ").append(model.name()).append(" (").append(METHOD).append("; ")
                .append(REFERENCES).append("; '~' reads 'proportional to')\n");
        if (r.method() == Method.ONE_DIMENSIONAL) {
            out.append("  J = b rho - 1/2 d(a rho)/d").append(x).append(" = 0 with a = sigma^2, so rho(").append(x)
                    .append(") ~ a^-1 exp(int 2 b/a d").append(x).append(")\n");
            out.append("Ito form: d").append(x).append(" = ").append(ModelWriter.rightHandSide(r.ito(), 0))
                    .append('\n');
            out.append("  b = ").append(w.write(r.ito().drift().get(0))).append('\n');
            out.append("  a = sigma^2 = ").append(w.write(r.diffusion())).append('\n');
            out.append("  int 2 b/a d").append(x).append(" = ").append(w.write(r.exponent())).append('\n');
        } else {
            out.append("  gradient system with constant isotropic noise: b = -grad V, sigma sigma^T = s^2 I; ")
                    .append("J = b rho - s^2/2 grad rho = 0, so rho ~ exp(-2 V/s^2)\n");
            out.append("Ito form:\n");
            for (int i = 0; i < names.size(); i++) {
                out.append("  d").append(names.get(i)).append(" = ").append(ModelWriter.rightHandSide(r.ito(), i))
                        .append('\n');
            }
            out.append("  V = ").append(w.write(r.potential())).append('\n');
            out.append("  s^2 = ").append(w.write(r.diffusion())).append('\n');
        }
        out.append("rho(").append(String.join(", ", names)).append(") ~ ").append(w.write(r.density())).append('\n');
        r.closedForm().ifPresent(c -> out.append("  = const * ").append(w.write(c)).append('\n'));
        out.append("support:");
        for (int i = 0; i < names.size(); i++) {
            List<End> e = r.ends().get(i);
            out.append(names.size() > 1 ? (i > 0 ? "," : "") + " " + names.get(i) + " in" : "").append(" (")
                    .append(point(w, e.get(0))).append(", ").append(point(w, e.get(1))).append(")");
        }
        out.append('\n');
        if (r.method() == Method.ONE_DIMENSIONAL) {
            for (End e : r.ends().get(0)) {
                out.append("  at ").append(endText(w, e)).append('\n');
            }
        }
        String printed = r.closedForm().isPresent() ? "the closed form" : "rho as written";
        out.append("normalising constant Z (integral of ").append(printed).append(")");
        r.normaliser().ifPresent(z -> out.append(" = ").append(w.write(z)));
        out.append('\n');
        out.append(values().isEmpty() ? "numerically:\n" : "at " + values() + ":\n");
        out.append("  Z = ").append(number(r.normaliserValue())).append(" (quadrature: ")
                .append(number(r.normaliserQuadrature())).append(")\n");
        out.append("moments (closed form where the density is u^p exp(-c u^n) or (x - e1)^p (e2 - x)^q, else "
                + "double-exponential quadrature, ")
                .append(r.quadratureNodes()).append(" nodes):\n");
        for (Moment m : r.moments()) {
            out.append("  E[").append(m.variable()).append(m.order() == 1 ? "" : "^" + m.order()).append("] = ");
            if (!m.finite()) {
                out.append("infinite (the density's tail is too heavy)\n");
                continue;
            }
            if (m.exact().isPresent()) {
                out.append(w.write(m.exact().get())).append(" = ").append(number(m.exactValue()))
                        .append(" (quadrature: ").append(number(m.quadrature())).append(")\n");
            } else {
                out.append(number(m.quadrature())).append(" (quadrature, change at the last refinement ")
                        .append(String.format("%.1e", m.error())).append(")\n");
            }
        }
        r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    private List<String> latexLines(LatexPrinter p) {
        List<String> names = names();
        String vars = String.join(", ", names.stream().map(p::name).toList());
        List<String> lines = new ArrayList<>();
        lines.add("\\rho(" + vars + ") \\propto " + p.latex(r.density()));
        r.closedForm().ifPresent(c -> lines.add("\\rho(" + vars + ") \\propto " + p.latex(c)));
        r.normaliser().ifPresent(z -> lines.add("Z = " + p.latex(z)));
        for (Moment m : r.moments()) {
            if (m.exact().isPresent()) {
                lines.add("\\mathbb{E}\\left[" + p.name(m.variable()) + (m.order() == 1 ? "" : "^{" + m.order() + "}")
                        + "\\right] = " + p.latex(m.exact().get()));
            }
        }
        return lines;
    }

    @Override
    public String latex() {
        return LatexPrinter.gathered(latexLines(LatexPrinter.of(model)));
    }

    private String momentTable(LatexPrinter p) {
        StringBuilder sb = new StringBuilder("\\begin{array}{lll}\n\\text{moment} & \\text{closed form} & "
                + "\\text{quadrature}\\\\\n");
        for (Moment m : r.moments()) {
            sb.append("\\mathbb{E}\\left[").append(p.name(m.variable()))
                    .append(m.order() == 1 ? "" : "^{" + m.order() + "}").append("\\right] & ");
            if (!m.finite()) {
                sb.append("\\infty & \\infty\\\\\n");
                continue;
            }
            sb.append(m.exact().isPresent() ? number(m.exactValue()) : "\\text{--}").append(" & ")
                    .append(number(m.quadrature())).append("\\\\\n");
        }
        return sb.append("\\end{array}").toString();
    }

    @Override
    public String document() {
        LatexPrinter p = LatexPrinter.of(model);
        String x = names().isEmpty() ? "x" : p.name(names().get(0));
        String flux = r.method() == Method.ONE_DIMENSIONAL
                ? "J = b\\rho - \\frac{1}{2}\\frac{\\mathrm{d}}{\\mathrm{d}" + x + "}\\left(a\\rho\\right) = 0,"
                        + "\\qquad \\rho(" + x + ") \\propto \\frac{1}{a(" + x + ")}\\exp\\left(\\int \\frac{2b}{a}"
                        + "\\,\\mathrm{d}" + x + "\\right)"
                : "J = -\\nabla V\\rho - \\frac{s^{2}}{2}\\nabla\\rho = 0,\\qquad \\rho \\propto "
                        + "\\exp\\left(-\\frac{2V}{s^{2}}\\right)";
        List<String> derivation = new ArrayList<>();
        if (r.method() == Method.ONE_DIMENSIONAL) {
            derivation.add("a = \\sigma^{2} = " + p.latex(r.diffusion()));
            derivation.add("\\int \\frac{2b}{a}\\,\\mathrm{d}" + x + " = " + p.latex(r.exponent()));
        } else {
            derivation.add("V = " + p.latex(r.potential()));
            derivation.add("s^{2} = " + p.latex(r.diffusion()));
        }
        derivation.addAll(latexLines(p));
        LatexDocument doc = LatexDocument.of("Stationary density of " + code(model.name()),
                LatexDocument.Section.of("Model", "The model in It\u00f4 form " + eqref("eq:model") + ".",
                        labelled("eq:model", p.sde(r.ito()))),
                LatexDocument.Section.of("Method", "The " + METHOD + " (" + REFERENCES + "), " + eqref("eq:flux")
                        + ". " + (r.method() == Method.GRADIENT ? "The drift is a gradient (its Jacobian is "
                                + "symmetric) and the noise constant and isotropic." : "One variable; " + math("a")
                                        + " is the squared noise."),
                        labelled("eq:flux", flux)),
                new LatexDocument.Section("Density", "The density " + eqref("eq:density") + " on the support "
                        + supportMath(p) + ".", labelledLast(derivation, "eq:density")),
                LatexDocument.Section.of("Values", "The moments " + eqref("eq:moment-values") + ", "
                        + (values().isEmpty() ? "" : "at " + valuesMath(p) + ", ") + "with the normalising constant "
                        + math("Z = " + LatexDocument.number(r.normaliserValue(), 9)) + " (quadrature "
                        + math(LatexDocument.number(r.normaliserQuadrature(), 9)) + ").", labelled("eq:moment-values", momentTable(p))));
        return doc.render();
    }

    /** The support as inline math: {@code x \in (0, \infty)}. */
    private String supportMath(LatexPrinter p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names().size(); i++) {
            List<End> e = r.ends().get(i);
            parts.add(math(p.name(names().get(i)) + " \\in (" + point(p, e.get(0)) + ", " + point(p, e.get(1)) + ")"));
        }
        return String.join(", ", parts);
    }

    /** The parameter values as inline math. */
    private String valuesMath(LatexPrinter p) {
        List<String> parts = new ArrayList<>();
        r.values().forEach((k, v) -> parts.add(math(p.name(k) + " = " + LatexDocument.number(v, 6))));
        return String.join(", ", parts);
    }

    /** {@code eqs} with the label {@code label} on the last one (the density itself). */
    private static List<String> labelledLast(List<String> eqs, String label) {
        List<String> out = new ArrayList<>(eqs);
        if (!out.isEmpty()) {
            out.set(out.size() - 1, labelled(label, out.get(out.size() - 1)));
        }
        return out;
    }

    private String supportText() {
        ExpressionWriter w = new ExpressionWriter(Notation.of(model));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names().size(); i++) {
            List<End> e = r.ends().get(i);
            parts.add(names().get(i) + " in (" + point(w, e.get(0)) + ", " + point(w, e.get(1)) + ")");
        }
        return String.join(", ", parts);
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    @Override
    public String json() {
        Json json = new Json(Notation.of(model), model);
        ObjectNode node = Json.forCommand("stationary", model.name());
        node.put("method", METHOD);
        node.put("class", r.method() == Method.ONE_DIMENSIONAL ? "one-dimensional" : "gradient");
        ArrayNode vars = node.putArray("variables");
        names().forEach(vars::add);
        node.set("drift", json.vector(r.ito().drift()));
        node.set(r.method() == Method.ONE_DIMENSIONAL ? "diffusion" : "noiseVariance", json.expression(r.diffusion()));
        if (r.potential() != null) {
            node.set("potential", json.expression(r.potential()));
        }
        node.set("exponent", json.expression(r.exponent()));
        node.set("density", json.expression(r.density()));
        r.closedForm().ifPresent(c -> node.set("closedForm", json.expression(c)));
        ArrayNode support = node.putArray("support");
        for (List<End> ends : r.ends()) {
            ArrayNode pair = support.addArray();
            for (End e : ends) {
                ObjectNode en = Json.object();
                en.put("text", point(new ExpressionWriter(Notation.of(model)), e));
                en.put("latex", point(LatexPrinter.of(model), e));
                putNumber(en, "value", e.value());
                putNumber(en, "exponent", e.exponent());
                en.put("behaviour", e.exponentText());
                pair.add(en);
            }
        }
        ObjectNode params = node.putObject("parameters");
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
            params.put(e.getKey(), e.getValue());
        }
        ObjectNode z = r.normaliser().map(json::expression).orElse(Json.object());
        putNumber(z, "value", r.normaliserValue());
        putNumber(z, "quadrature", r.normaliserQuadrature());
        node.set("normaliser", z);
        ArrayNode moments = node.putArray("moments");
        for (Moment m : r.moments()) {
            ObjectNode mn = moments.addObject();
            mn.put("variable", m.variable());
            mn.put("order", m.order());
            mn.put("finite", m.finite());
            m.exact().ifPresent(e -> mn.set("exact", json.expression(e)));
            putNumber(mn, "value", m.exact().isPresent() ? m.exactValue() : m.quadrature());
            putNumber(mn, "quadrature", m.quadrature());
            putNumber(mn, "quadratureChange", m.error());
        }
        node.put("quadratureNodes", r.quadratureNodes());
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        node.put("latex", latex());
        return json.render(node);
    }
}

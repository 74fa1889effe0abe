package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.aligned;
import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.Symbols;
import org.kolmo.check.ClaimResult;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The verdicts of {@code kolmo check}: for each claim "holds", or a counterexample with the two sides' values. */
public final class CheckReport implements Report {
    private final Sde model;
    private final List<ClaimResult> results;
    private final Notation notation;

    public CheckReport(Sde model, List<ClaimResult> results) {
        this.model = model;
        this.results = List.copyOf(results);
        this.notation = notation(model, results);
    }

    /** True when every claim holds. */
    public boolean allHold() {
        return results.stream().allMatch(ClaimResult::holds);
    }

    public List<ClaimResult> results() {
        return results;
    }

    /** The model's names, and the moments of the claims with their derivative marks shown as dots. */
    private static Notation notation(Sde model, List<ClaimResult> results) {
        List<String> moments = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (ClaimResult r : results) {
            collectMoments(r.left(), moments, marked);
            collectMoments(r.right(), moments, marked);
        }
        Notation n = Notation.of(model.parameters().stream().map(Parameter::name).toList(),
                model.variables().stream().map(Variable::name).toList()).withInternal(moments);
        LatexPrinter plain = new LatexPrinter(n);
        for (String m : marked) {
            String base = m.replace("'", "");
            n = n.withLatex(m, LatexPrinter.dotted(plain.name(base), m.length() - base.length()));
        }
        return n;
    }

    /** The moments a claim names (symbols of the derivation's namespace), and those with derivative marks. */
    private static void collectMoments(IExpr e, List<String> names, List<String> marked) {
        if (e instanceof ISymbol s && Symbols.isInternal(s)) {
            String name = Symbols.displayName(s);
            if (!names.contains(name)) {
                names.add(name);
            }
            if (name.endsWith("'") && !marked.contains(name)) {
                marked.add(name);
            }
        } else if (e instanceof IAST ast) {
            for (IExpr part : ast) {
                collectMoments(part, names, marked);
            }
        }
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        StringBuilder out = new StringBuilder();
        for (ClaimResult r : results) {
            out.append(r.holds() ? "holds: " : "fails: ").append(r.claim()).append('\n');
            if (r.holds()) {
                out.append("  ").append(r.method() == ClaimResult.Method.SYMBOLIC
                        ? "the difference of the two sides simplifies to 0"
                        : "the simplifier could not decide; the two sides agree at every random rational point tried")
                        .append(r.kind() == ClaimResult.Kind.MOMENTS ? " (along the moment trajectory"
                                + (hasInitialValues() ? " from the model's initial values)" : " from every initial value)")
                                : "")
                        .append(givenWords(r, w))
                        .append('\n');
                continue;
            }
            ClaimResult.Counterexample c = r.counterexample();
            out.append("  counterexample: ").append(where(r, w)).append('\n');
            out.append("    left side = ").append(w.write(c.leftValue())).append(", right side = ")
                    .append(w.write(c.rightValue())).append('\n');
            out.append("  difference").append(r.kind() == ClaimResult.Kind.MOMENTS ? " " + derivativeWords(c) : "")
                    .append(": ").append(w.write(c.difference())).append('\n');
        }
        return out.toString();
    }

    private boolean hasInitialValues() {
        return model.variables().stream().allMatch(v -> v.initialValue().isPresent());
    }

    /** The values the givens fix, for the line of a claim that holds: {@code , given alpha = 0}. */
    private static String givenWords(ClaimResult r, ExpressionWriter w) {
        List<String> parts = new ArrayList<>();
        r.given().forEach((name, v) -> parts.add(name + " = " + w.write(v)));
        return parts.isEmpty() ? "" : ", given " + String.join(", ", parts);
    }

    /**
     * Where a counterexample lies, in words; a parameter a given fixes is marked {@code (given)}, with its given
     * expression when that is not a number ({@code g = 2*k = 2/3 (given)}).
     */
    private String where(ClaimResult r, ExpressionWriter w) {
        ClaimResult.Counterexample c = r.counterexample();
        List<String> parts = new ArrayList<>();
        boolean drawnParameter = false;
        for (Map.Entry<String, IExpr> e : c.point().entrySet()) {
            IExpr given = r.given().get(e.getKey());
            if (given == null) {
                parts.add(e.getKey() + " = " + w.write(e.getValue()));
                drawnParameter |= model.parameter(e.getKey()).isPresent();
            } else {
                parts.add(e.getKey() + " = " + (given.equals(e.getValue()) ? "" : w.write(given) + " = ")
                        + w.write(e.getValue()) + " (given)");
            }
        }
        String at = parts.isEmpty() ? "for every parameter value" : "at " + String.join(", ", parts)
                + (c.modelPoint() && drawnParameter ? " (" + (r.given().isEmpty() ? "" : "the other ")
                        + "parameters at the model's values)" : "");
        if (r.kind() == ClaimResult.Kind.MOMENTS) {
            at += ", t = 0, " + (c.derivative() == 0 ? "the values of the two sides"
                    : "the " + ordinal(c.derivative()) + " time derivatives of the two sides");
        }
        return at;
    }

    private static String derivativeWords(ClaimResult.Counterexample c) {
        return c.derivative() == 0 ? "at t = 0" : "of the " + ordinal(c.derivative()) + " derivatives at t = 0";
    }

    private static String ordinal(int k) {
        return switch (k) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> k + "th";
        };
    }

    @Override
    public String latex() {
        LatexPrinter p = new LatexPrinter(notation);
        List<String> lines = new ArrayList<>();
        for (ClaimResult r : results) {
            String claim = p.latex(r.left()) + " &= " + p.latex(r.right());
            if (r.holds()) {
                lines.add(claim + " &&\\text{holds}");
            } else {
                ClaimResult.Counterexample c = r.counterexample();
                List<String> at = new ArrayList<>();
                c.point().forEach((name, v) -> at.add(p.name(name) + " = " + p.latex(v)
                        + (r.given().containsKey(name) ? "\\ (\\text{given})" : "")));
                String where = String.join(",\\ ", at) + (r.kind() == ClaimResult.Kind.MOMENTS ? ",\\ t = 0" : "");
                String k = r.kind() == ClaimResult.Kind.MOMENTS && c.derivative() > 0
                        ? "\\tfrac{d^{" + c.derivative() + "}}{dt^{" + c.derivative() + "}}" : "";
                lines.add(claim + " &&\\text{fails at } " + where + ":\\ " + k + "\\text{left} = "
                        + p.latex(c.leftValue()) + ",\\ " + k + "\\text{right} = " + p.latex(c.rightValue()));
            }
        }
        return aligned(lines);
    }

    @Override
    public String document() {
        return LatexDocument.of("Checking claims against " + code(model.name()),
                LatexDocument.Section.of("Claims",
                        "Each claim of " + eqref("eq:claims") + " is decided symbolically first and then at random "
                                + "rational points; a moment claim is decided along the moment trajectory, through "
                                + "the derivatives of both sides at " + math("t = 0") + " (Cayley-Hamilton bounds how "
                                + "many are needed).",
                        labelled("eq:claims", latex())))
                .render();
    }

    @Override
    public String json() {
        Json json = new Json(notation, model);
        ObjectNode node = Json.forCommand("check", model.name());
        node.put("holds", allHold());
        ArrayNode claims = node.putArray("claims");
        for (ClaimResult r : results) {
            ObjectNode c = claims.addObject();
            c.put("claim", r.claim());
            c.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            c.put("holds", r.holds());
            c.put("method", r.method().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            c.set("left", json.expression(r.left()));
            c.set("right", json.expression(r.right()));
            ObjectNode given = c.putObject("given");
            r.given().forEach((name, v) -> given.set(name, json.expression(v)));
            if (r.counterexample() != null) {
                ClaimResult.Counterexample x = r.counterexample();
                ObjectNode ce = c.putObject("counterexample");
                ObjectNode point = ce.putObject("point");
                x.point().forEach((name, v) -> point.set(name, json.expression(v)));
                ce.put("modelValues", x.modelPoint());
                ce.put("derivative", x.derivative());
                ce.set("leftValue", json.expression(x.leftValue()));
                ce.set("rightValue", json.expression(x.rightValue()));
                ce.set("difference", json.expression(x.difference()));
            }
        }
        node.put("latex", latex());
        return json.render(node);
    }
}

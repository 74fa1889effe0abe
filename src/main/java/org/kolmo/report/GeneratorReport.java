package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import org.kolmo.cas.CasSession;
import java.util.ArrayList;
import java.util.List;

import org.kolmo.calculus.Generator;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generator of a model as a differential operator (seed 000, eqs. 26-28) and the backward Kolmogorov equation,
 * or the generator applied to one function.
 */
public final class GeneratorReport implements Report {
    private final Sde model;
    private final Generator.Operator operator;
    private final IExpr f;
    private final IExpr lf;

    private GeneratorReport(Sde model, Generator.Operator operator, IExpr f, IExpr lf) {
        this.model = model;
        this.operator = operator;
        this.f = f;
        this.lf = lf;
    }

    public static GeneratorReport operator(Sde model) {
        return new GeneratorReport(model, Generator.operator(model), null, null);
    }

    public static GeneratorReport applied(Sde model, IExpr f, IExpr lf) {
        return new GeneratorReport(model, Generator.operator(model), f, lf);
    }

    /** L f when the report is of L applied to f. */
    public java.util.Optional<IExpr> applied() {
        return java.util.Optional.ofNullable(lf);
    }

    /** The operator's terms: coefficients of ∂_i, then of ∂_i² and ∂_i∂_j (i < j), the ½ and the symmetry folded in. */
    private record Terms(List<IExpr> coefficients, List<int[]> derivatives) {
    }

    private Terms terms() {
        List<IExpr> c = new ArrayList<>();
        List<int[]> d = new ArrayList<>();
        int n = model.dimension();
        for (int i = 0; i < n; i++) {
            c.add(operator.drift().get(i));
            d.add(new int[] {i});
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                IExpr a = operator.diffusionMatrix().get(i).get(j);
                c.add(i == j ? CasSession.get().evaluateNested(F.Times(F.C1D2, a)) : a);
                d.add(new int[] {i, j});
            }
        }
        return new Terms(c, d);
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(Notation.of(model));
        if (f != null) {
            return "L(" + w.write(f) + ") = " + w.write(lf) + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("Generator of ").append(model.name()).append(" (Ito form):\n");
        out.append("  L f = sum_i b^i df/dx^i + 1/2 sum_ij a^ij d2f/dx^i dx^j,  a = sigma sigma^T\n");
        out.append("Backward Kolmogorov equation: d rho/dt = L rho\n");
        List<String> names = model.variables().stream().map(v -> v.name()).toList();
        for (int i = 0; i < names.size(); i++) {
            out.append("  b^").append(names.get(i)).append(" = ").append(w.write(operator.drift().get(i))).append('\n');
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i; j < names.size(); j++) {
                out.append("  a^").append(names.get(i)).append(',').append(names.get(j)).append(" = ")
                        .append(w.write(operator.diffusionMatrix().get(i).get(j))).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public String latex() {
        LatexPrinter p = LatexPrinter.of(model);
        if (f != null) {
            return "\\mathcal{L}\\left(" + p.latex(f) + "\\right) = " + p.latex(lf);
        }
        return latexOperator(p);
    }

    private String derivative(LatexPrinter p, int[] d) {
        String first = "\\partial_{" + p.name(model.variables().get(d[0]).name()) + "}";
        if (d.length == 1) {
            return first;
        }
        if (d[0] == d[1]) {
            return "\\partial_{" + p.name(model.variables().get(d[0]).name()) + "}^{2}";
        }
        return first + "\\partial_{" + p.name(model.variables().get(d[1]).name()) + "}";
    }

    @Override
    public String document() {
        LatexPrinter p = LatexPrinter.of(model);
        LatexDocument doc = LatexDocument.of("Generator of " + code(model.name()),
                LatexDocument.Section.of("Model", "The model in It\u00f4 form " + eqref("eq:model") + ".",
                        labelled("eq:model", p.sde(operator.ito()))),
                LatexDocument.Section.of("Generator",
                        "The generator " + math("\\mathcal{L}") + " acts on smooth functions " + math("f")
                                + " of the state as in " + eqref("eq:generator") + " (Lim, eqs. 26-28), with "
                                + math("a = \\sigma\\sigma^{T}") + " the diffusion matrix; for this model it is "
                                + eqref("eq:generator-model") + ".",
                        labelled("eq:generator", "\\mathcal{L} f = \\sum_{i} b^{i}\\,\\partial_{i} f + \\frac{1}{2}\\sum_{i,j} a^{ij}\\,"
                                + "\\partial_{i}\\partial_{j} f"),
                        labelled("eq:generator-model", latexOperator(p))),
                LatexDocument.Section.of("Backward Kolmogorov equation", "The backward Kolmogorov equation "
                                + eqref("eq:backward") + " of the generator " + eqref("eq:generator-model") + ".",
                        labelled("eq:backward", "\\frac{\\partial \\rho}{\\partial t} = \\mathcal{L}\\rho")));
        if (f != null) {
            doc = doc.with(LatexDocument.Section.of("Applied", "The generator applied to the given function, "
                    + eqref("eq:applied") + ".", labelled("eq:applied", latex())));
        }
        return doc.render();
    }

    private String latexOperator(LatexPrinter p) {
        Terms t = terms();
        List<String> ops = new ArrayList<>();
        for (int[] d : t.derivatives()) {
            ops.add(derivative(p, d));
        }
        return "\\mathcal{L} = " + p.linearCombination(t.coefficients(), ops);
    }

    @Override
    public String json() {
        Json json = new Json(Notation.of(model), model);
        ObjectNode node = Json.forCommand("generator", model.name());
        ArrayNode vars = node.putArray("variables");
        model.variables().forEach(v -> vars.add(v.name()));
        node.set("drift", json.vector(operator.drift()));
        node.set("diffusionMatrix", json.matrix(operator.diffusionMatrix()));
        if (f != null) {
            node.set("f", json.expression(f));
            node.set("Lf", json.expression(lf));
        }
        node.put("latex", latex());
        return json.render(node);
    }
}

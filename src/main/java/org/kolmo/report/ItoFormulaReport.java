package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.calculus.ItoFormula;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.io.ModelWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexNames;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Itô's formula for one function: d f(X) = (L f) dt + (∇f)^T σ dW. */
public final class ItoFormulaReport implements Report {
    private final Sde model;
    private final ItoFormula.Result result;

    public ItoFormulaReport(Sde model, ItoFormula.Result result) {
        this.model = model;
        this.result = result;
    }

    private List<IExpr> coefficients() {
        List<IExpr> c = new ArrayList<>();
        c.add(result.drift());
        c.addAll(result.noise());
        return c;
    }

    /** Itô's formula: f, its drift L f and its noise coefficients. */
    public ItoFormula.Result result() {
        return result;
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(Notation.of(model));
        List<String> differentials = new ArrayList<>();
        differentials.add("dt");
        model.noises().forEach(n -> differentials.add("d" + n));
        return "d(" + w.write(result.f()) + ") = " + ModelWriter.linearForm(w, coefficients(), differentials) + "\n";
    }

    @Override
    public String latex() {
        LatexPrinter p = LatexPrinter.of(model);
        List<String> differentials = new ArrayList<>();
        differentials.add("\\mathrm{d}t");
        model.noises().forEach(n -> differentials.add("\\mathrm{d}" + LatexNames.ofProcess(n)));
        return "\\mathrm{d}\\left(" + p.latex(result.f()) + "\\right) = "
                + p.linearCombination(coefficients(), differentials);
    }

    @Override
    public String document() {
        LatexPrinter p = LatexPrinter.of(model);
        return LatexDocument.of("It\u00f4's formula in " + code(model.name()),
                LatexDocument.Section.of("Model", "The model " + eqref("eq:model") + ".",
                        labelled("eq:model", p.sde(model))),
                LatexDocument.Section.of("It\u00f4's formula",
                        "For a smooth function " + math("f") + " of the state, with " + math("\\mathcal{L}")
                                + " the generator of the model, It\u00f4's formula " + eqref("eq:ito")
                                + " gives " + eqref("eq:ito-applied") + ".",
                        labelled("eq:ito", "\\mathrm{d} f(X_t) = \\mathcal{L} f\\,\\mathrm{d}t + (\\nabla f)^{T}\\sigma\\,\\mathrm{d}W_t"),
                        labelled("eq:ito-applied", latex())))
                .render();
    }

    @Override
    public String json() {
        Json json = new Json(Notation.of(model), model);
        ObjectNode node = Json.forCommand("ito-formula", model.name());
        node.set("f", json.expression(result.f()));
        node.set("drift", json.expression(result.drift()));
        node.set("noise", json.vector(result.noise()));
        node.put("latex", latex());
        return json.render(node);
    }
}

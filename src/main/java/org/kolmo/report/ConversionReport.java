package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.aligned;
import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.calculus.Differentials;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ModelWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A model and the same model in the other convention, with the drift correction between them. */
public final class ConversionReport implements ModelReport {
    private final Sde from;
    private final Sde to;
    private final List<IExpr> correction;

    public ConversionReport(Sde from, Sde to) {
        this.from = from;
        this.to = to;
        // c = b_Ito - u_Stratonovich, whichever way the conversion went
        Sde original = Differentials.substitute(from);
        Sde ito = from.convention() == Convention.ITO ? original : to;
        Sde strat = from.convention() == Convention.ITO ? to : original;
        List<IExpr> c = new ArrayList<>();
        for (int i = 0; i < from.dimension(); i++) {
            c.add(CasSession.get().evaluate(F.Expand(F.Subtract(ito.drift().get(i), strat.drift().get(i)))));
        }
        this.correction = List.copyOf(c);
    }

    public Sde converted() {
        return to;
    }

    /** The converted model. */
    @Override
    public Sde model() {
        return to;
    }

    /** c^i = ½ Σ_jk ∂σ^ij/∂X^k σ^kj, the Itô drift minus the Stratonovich drift. */
    public List<IExpr> correction() {
        return correction;
    }

    @Override
    public String text() {
        return ModelWriter.write(to);
    }

    @Override
    public String latex() {
        return LatexPrinter.of(to).sde(to);
    }

    @Override
    public String document() {
        LatexPrinter printer = LatexPrinter.of(to);
        String direction = from.convention() == Convention.ITO ? "It\u00f4 to Stratonovich" : "Stratonovich to It\u00f4";
        List<String> c = new ArrayList<>();
        for (int i = 0; i < correction.size(); i++) {
            c.add("c_{" + printer.name(from.variables().get(i).name()) + "} &= " + printer.latex(correction.get(i)));
        }
        return LatexDocument.of("Model " + code(from.name()) + ": " + direction,
                LatexDocument.Section.of("Model", "The model " + code(from.name()) + " as written, in "
                        + (from.convention() == Convention.ITO ? "It\u00f4" : "Stratonovich") + " form, "
                        + eqref("eq:model") + ".", labelled("eq:model", LatexPrinter.of(from).sde(from))),
                LatexDocument.Section.of("Drift correction",
                        "The diffusion is the same in both forms; the It\u00f4 drift " + math("b") + " and the "
                                + "Stratonovich drift " + math("u") + " differ by the correction " + math("c")
                                + " of " + eqref("eq:correction") + " (Lim, eqs. 2-4), " + math("u = b - c")
                                + "; for this model it is " + eqref("eq:correction-model") + ".",
                        labelled("eq:correction", "c^{i} = \\frac{1}{2}\\sum_{j,k} \\frac{\\partial \\sigma^{ij}}{\\partial X^{k}}\\,\\sigma^{kj}"),
                        labelled("eq:correction-model", aligned(c))),
                LatexDocument.Section.of("Result",
                        "The model in " + (to.convention() == Convention.ITO ? "It\u00f4" : "Stratonovich") + " form, "
                                + eqref("eq:result") + ".", labelled("eq:result", printer.sde(to))))
                .render();
    }

    @Override
    public String json() {
        Json json = new Json(Notation.of(to), to);
        ObjectNode node = Json.object();
        node.put("command", "convert");
        node.put("from", from.convention().keyword());
        node.put("to", to.convention().keyword());
        node.set("model", json.model(to));
        node.set("correction", json.vector(correction));
        node.put("latex", latex());
        return json.render(node);
    }
}

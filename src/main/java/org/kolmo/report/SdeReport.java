package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import org.kolmo.io.ModelWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.model.Sde;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A model as it stands: its file text, its equations in LaTeX. */
public final class SdeReport implements ModelReport {
    private final Sde model;

    public SdeReport(Sde model) {
        this.model = model;
    }

    @Override
    public Sde model() {
        return model;
    }

    @Override
    public String text() {
        return ModelWriter.write(model);
    }

    @Override
    public String latex() {
        return LatexPrinter.of(model).sde(model);
    }

    @Override
    public String document() {
        return LatexDocument.of("Model " + code(model.name()),
                LatexDocument.Section.of("Equations", model.title() + (model.title().isBlank() ? "" : ": ")
                        + eqref("eq:model") + ".", labelled("eq:model", latex()))).render();
    }

    @Override
    public String json() {
        Json json = new Json(org.kolmo.latex.Notation.of(model));
        ObjectNode node = Json.object();
        node.put("command", "model");
        node.set("model", json.model(model));
        node.put("latex", latex());
        return json.render(node);
    }
}

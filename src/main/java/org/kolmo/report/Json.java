package org.kolmo.report;

import java.util.List;

import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON building blocks shared by the reports: every expression appears as model-file text and as LaTeX. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ExpressionWriter text;
    private final LatexPrinter latex;

    Json(Notation notation) {
        this.text = new ExpressionWriter(notation);
        this.latex = new LatexPrinter(notation);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String render(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    ObjectNode expression(IExpr e) {
        ObjectNode node = object();
        node.put("text", text.write(e));
        node.put("latex", latex.latex(e));
        return node;
    }

    ArrayNode vector(List<IExpr> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        entries.forEach(e -> array.add(expression(e)));
        return array;
    }

    ArrayNode matrix(List<List<IExpr>> rows) {
        ArrayNode array = MAPPER.createArrayNode();
        rows.forEach(r -> array.add(vector(r)));
        return array;
    }

    /** Name, convention, parameters, variables, noises and coefficients of a model. */
    ObjectNode model(Sde sde) {
        ObjectNode node = object();
        node.put("name", sde.name());
        node.put("convention", sde.convention().keyword());
        ArrayNode params = node.putArray("parameters");
        sde.parameters().forEach(p -> {
            ObjectNode pn = params.addObject();
            pn.put("name", p.name());
            ArrayNode as = pn.putArray("assumptions");
            p.assumptions().forEach(a -> as.add(a.keyword()));
            p.value().ifPresent(v -> pn.set("value", expression(v)));
        });
        ArrayNode vars = node.putArray("variables");
        sde.variables().forEach(v -> {
            ObjectNode vn = vars.addObject();
            vn.put("name", v.name());
            vn.put("role", v.role().keyword());
            v.initialValue().ifPresent(x -> vn.set("initial", expression(x)));
        });
        ArrayNode noises = node.putArray("noises");
        sde.noises().forEach(noises::add);
        node.set("drift", vector(sde.drift()));
        node.set("diffusion", matrix(sde.diffusion()));
        if (sde.hasDifferentialWeights()) {
            node.set("differentialWeights", matrix(sde.differentialWeights()));
        }
        return node;
    }
}

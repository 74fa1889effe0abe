package org.kolmo.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kolmo.cas.Symbols;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.io.SympyWriter;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON building blocks shared by the reports: every expression appears as model-file text, as LaTeX and as SymPy
 * input ({@link SympyWriter}); a document rendered by {@link #render(ObjectNode)} starts with its
 * {@code schemaVersion} and ends with the {@code symbols} table that the SymPy texts refer to (identifier to name,
 * kind and assumptions), so that {@code parse_expr(e["sympy"], local_dict=symbols)} rebuilds every expression.
 */
final class Json {
    /** Raised when the layout of the documents changes incompatibly. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Notation notation;
    private final ExpressionWriter text;
    private final LatexPrinter latex;
    private final SympyWriter sympy;
    /** Parameters declared positive (or small) in the document's models, shared with {@link #sibling}s. */
    private final Set<ISymbol> positive;

    Json(Notation notation) {
        this(notation, new SympyWriter(), new HashSet<>());
    }

    /**
     * A writer for a document about {@code model}: its parameters' assumptions (positive, small) reach the symbols
     * table whether or not the document writes the model out.
     */
    Json(Notation notation, Sde model) {
        this(notation);
        model.parameters().forEach(this::assume);
    }

    private void assume(Parameter p) {
        if (p.assumptions().contains(Assumption.POSITIVE) || p.isSmall()) {
            positive.add(p.symbol());
        }
    }

    private Json(Notation notation, SympyWriter sympy, Set<ISymbol> positive) {
        this.notation = notation;
        this.text = new ExpressionWriter(notation);
        this.latex = new LatexPrinter(notation);
        this.sympy = sympy;
        this.positive = positive;
    }

    /** A writer for another part of the same document (another model's names), sharing its symbols table. */
    Json sibling(Notation other) {
        return new Json(other, sympy.sharing(), positive);
    }

    /** The document: its schema version, {@code node}'s fields, and the symbols table. */
    String render(ObjectNode node) {
        ObjectNode root = object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll(node);
        ObjectNode table = root.putObject("symbols");
        sympy.symbols().forEach((id, s) -> {
            ObjectNode entry = table.putObject(id);
            String name = Symbols.displayName(s);
            entry.put("name", name);
            entry.put("kind", Symbols.isInternal(s) ? "derived" : notation.isParameter(s) ? "parameter"
                    : notation.isVariable(s) ? "variable" : notation.noises().contains(name) ? "noise" : "symbol");
            ObjectNode assumptions = entry.putObject("assumptions");
            assumptions.put("real", true);
            if (positive.contains(s)) {
                assumptions.put("positive", true);
            }
        });
        return render0(root);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Appends {@code values} to {@code array}, in order (Jackson has no bulk add for a double[]); returns it. */
    static ArrayNode addAll(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    /**
     * The object a command's JSON starts with: {@code command} then {@code model}, the key order every JSON output
     * (and the golden files) has.
     */
    static ObjectNode forCommand(String command, String model) {
        ObjectNode node = object();
        node.put("command", command);
        node.put("model", model);
        return node;
    }

    /** A document without expressions (numbers only): its schema version and {@code node}'s fields. */
    static String renderNumeric(ObjectNode node) {
        ObjectNode root = object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll(node);
        return render0(root);
    }

    private static String render0(ObjectNode node) {
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
        node.put("sympy", sympy.write(e));
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
            assume(p);
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

package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.aligned;
import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import org.kolmo.cas.CasSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model's moment equations u' = F u + h with their structure: decoupled blocks, conservation laws, stationary
 * values; or, with central moments, the equations of means and covariances.
 */
public final class MomentsReport implements Report {
    private final MomentStructure structure;
    private final Map<String, IExpr> central;
    private final Notation notation;

    /** @param central the central-moment equations, or null for the raw moments */
    public MomentsReport(MomentStructure structure, Map<String, IExpr> central) {
        this.structure = structure;
        this.central = central;
        MomentSystem s = structure.system();
        List<String> names = new ArrayList<>(s.names());
        if (central != null) {
            names.addAll(central.keySet());
        }
        this.notation = Notation.of(s.model().parameters().stream().map(p -> p.name()).toList(), List.of())
                .withInternal(names);
    }

    private MomentSystem system() {
        return structure.system();
    }

    /** The right side Σ_j F_ij u_j + h_i of moment i. */
    private IExpr rhs(int i) {
        MomentSystem s = system();
        IExpr sum = s.constant().get(i);
        for (int j = 0; j < s.size(); j++) {
            sum = F.Plus(sum, F.Times(s.matrix().get(i).get(j), s.symbols().get(j)));
        }
        return CasSession.get().evaluateNested(sum);
    }

    private IExpr weighted(List<IExpr> w) {
        IExpr sum = F.C0;
        for (int j = 0; j < w.size(); j++) {
            sum = F.Plus(sum, F.Times(w.get(j), system().symbols().get(j)));
        }
        return CasSession.get().evaluateNested(sum);
    }

    /** The stationary value of moment i as one fraction in the form {@link Notation#fraction} gives. */
    private IExpr stationary(int i) {
        return notation.fraction(structure.stationary().get(i));
    }

    /** The moment system with its blocks, conservation laws and stationary values. */
    public MomentStructure structure() {
        return structure;
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        MomentSystem s = system();
        StringBuilder out = new StringBuilder();
        if (central != null) {
            out.append("Means and covariances of ").append(s.model().name())
                    .append(" (c_ij = p_ij - m_i*m_j):\n");
            central.forEach((n, rhs) -> out.append("  d/dt ").append(n).append(" = ").append(w.write(rhs)).append('\n'));
            return out.toString();
        }
        out.append("Moment equations of ").append(s.model().name()).append(" up to order ").append(s.order())
                .append(" (d/dt E[phi] = E[L phi]):\n");
        for (int i = 0; i < s.size(); i++) {
            out.append("  d/dt ").append(s.names().get(i)).append(" = ").append(w.write(rhs(i))).append('\n');
        }
        out.append("Decoupled blocks:\n");
        for (int b = 0; b < structure.blocks().size(); b++) {
            MomentStructure.Block block = structure.blocks().get(b);
            out.append("  ").append(b + 1).append(": ").append(String.join(", ", names(block.moments())));
            if (!block.dependsOn().isEmpty()) {
                out.append("   (driven by block");
                block.dependsOn().forEach(d -> out.append(' ').append(d + 1));
                out.append(')');
            }
            out.append('\n');
        }
        out.append("Conservation laws:").append(structure.conservationLaws().isEmpty() ? " none\n" : "\n");
        for (MomentStructure.ConservationLaw law : structure.conservationLaws()) {
            out.append("  ").append(w.write(weighted(law.weights())));
            out.append(law.value() == null ? " = const" : " = " + w.write(law.value())).append('\n');
        }
        if (structure.stationary() != null) {
            out.append("Stationary values:\n");
            for (int i = 0; i < s.size(); i++) {
                out.append("  ").append(s.names().get(i)).append(" = ").append(w.write(stationary(i)))
                        .append('\n');
            }
        } else {
            out.append("Stationary values: not unique (or no initial values to fix the conserved quantities)\n");
        }
        return out.toString();
    }

    private List<String> names(List<Integer> indices) {
        return indices.stream().map(system().names()::get).toList();
    }

    private String equations(LatexPrinter p) {
        List<String> lines = new ArrayList<>();
        if (central != null) {
            central.forEach((n, rhs) -> lines.add(LatexPrinter.dotted(p.name(n), 1) + " &= " + p.latex(rhs)));
        } else {
            MomentSystem s = system();
            for (int i = 0; i < s.size(); i++) {
                lines.add(LatexPrinter.dotted(p.name(s.names().get(i)), 1) + " &= " + p.latex(rhs(i)));
            }
        }
        return aligned(lines);
    }

    @Override
    public String latex() {
        return equations(new LatexPrinter(notation));
    }

    @Override
    public String document() {
        LatexPrinter p = new LatexPrinter(notation);
        MomentSystem s = system();
        LatexDocument doc = LatexDocument.of("Moment equations of " + code(s.model().name()),
                LatexDocument.Section.of("Model", "The model " + eqref("eq:model") + ".",
                        labelled("eq:model", LatexPrinter.of(s.model()).sde(s.model()))),
                LatexDocument.Section.of(central == null ? "Moment equations" : "Means and covariances",
                        "For each monomial " + math("\\phi") + " of the state, "
                                + math("\\frac{d}{dt}\\mathbb{E}[\\phi] = \\mathbb{E}[\\mathcal{L}\\phi]") + " with "
                                + math("\\mathcal{L}") + " the generator (Chen et al. 2025, eqs. 3-6 in general form); "
                                + "the equations are " + eqref("eq:moments") + ".",
                        labelled("eq:moments", equations(p))));
        if (central == null) {
            List<String> blocks = new ArrayList<>();
            for (MomentStructure.Block b : structure.blocks()) {
                blocks.add("\\{" + String.join(", ", names(b.moments()).stream().map(p::name).toList()) + "\\}");
            }
            List<String> laws = new ArrayList<>();
            for (MomentStructure.ConservationLaw law : structure.conservationLaws()) {
                laws.add(p.latex(weighted(law.weights())) + " = "
                        + (law.value() == null ? "\\text{const}" : p.latex(law.value())));
            }
            doc = doc.with(LatexDocument.Section.of("Structure",
                    "The system " + eqref("eq:moments") + " splits into the decoupled blocks " + eqref("eq:blocks")
                            + " (strongly connected components of its dependency graph); left null vectors of the "
                            + "system matrix give conserved quantities.",
                    labelled("eq:blocks", String.join(",\\quad ", blocks))));
            if (!laws.isEmpty()) {
                doc = doc.with(new LatexDocument.Section("Conservation laws", "The conserved quantities of "
                        + eqref("eq:moments") + ".", laws));
            }
            if (structure.stationary() != null) {
                List<String> st = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    st.add(p.name(s.names().get(i)) + "^{\\infty} &= " + p.latex(stationary(i)));
                }
                doc = doc.with(LatexDocument.Section.of("Stationary values", "The stationary values "
                        + eqref("eq:stationary") + " of " + eqref("eq:moments") + ".", labelled("eq:stationary",
                        aligned(st))));
            }
        }
        return doc.render();
    }

    @Override
    public String json() {
        Json json = new Json(notation, structure.system().model());
        MomentSystem s = system();
        ObjectNode node = Json.forCommand("moments", s.model().name());
        node.put("order", s.order());
        if (central != null) {
            ObjectNode eqs = node.putObject("central");
            central.forEach((n, rhs) -> eqs.set(n, json.expression(rhs)));
            return json.render(node);
        }
        ArrayNode moments = node.putArray("moments");
        s.names().forEach(moments::add);
        node.set("matrix", json.matrix(s.matrix()));
        node.set("constant", json.vector(s.constant()));
        if (s.hasInitialValues()) {
            node.set("initialValues", json.vector(s.initialValues()));
        }
        ArrayNode blocks = node.putArray("blocks");
        for (MomentStructure.Block b : structure.blocks()) {
            ArrayNode block = blocks.addArray();
            names(b.moments()).forEach(block::add);
        }
        ArrayNode laws = node.putArray("conservationLaws");
        for (MomentStructure.ConservationLaw law : structure.conservationLaws()) {
            ObjectNode l = laws.addObject();
            l.set("weights", json.vector(law.weights()));
            if (law.value() != null) {
                l.set("value", json.expression(law.value()));
            }
        }
        if (structure.stationary() != null) {
            node.set("stationary", json.vector(structure.stationary()));
        }
        node.put("latex", latex());
        return json.render(node);
    }
}

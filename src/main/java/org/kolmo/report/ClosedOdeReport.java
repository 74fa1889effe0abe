package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.cas.CasSession;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.latex.Quotient;
import org.kolmo.moments.ClosedOde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The closed higher-order ODE of one moment, with its initial data (seed 003, eqs. 41-45, 86). */
public final class ClosedOdeReport implements Report {
    private final ClosedOde ode;
    private final Notation notation;

    public ClosedOdeReport(ClosedOde ode) {
        this.ode = ode;
        List<String> names = new ArrayList<>(ode.subsystem().names());
        this.notation = Notation.of(ode.subsystem().model().parameters().stream().map(p -> p.name()).toList(), List.of())
                .withInternal(names);
    }

    /** Coefficients factored for display: 16*(alpha^2 + beta^4) rather than 16*alpha^2 + 16*beta^4. */
    private IExpr display(IExpr c) {
        return Quotient.turned(notation.nameIndependent(c, x -> CasSession.get().evaluate(F.Factor(x))), notation);
    }

    /** The term of the lowest derivative: a_0 u, or a_0 (u - u∞) when the constant is an equilibrium. */
    private IExpr unknown() {
        IExpr u = ode.symbol();
        return ode.equilibrium() == null ? u : F.Subtract(u, notation.fraction(ode.equilibrium()));
    }

    /** The closed equation. */
    public ClosedOde ode() {
        return ode;
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        String u = ode.component();
        List<IExpr> coefficients = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int k = ode.order(); k >= 0; k--) {
            IExpr c = ode.coefficients().get(k);
            coefficients.add(c.isZero() ? c : display(c));
            targets.add(k == 0 && ode.equilibrium() != null
                    ? "(" + w.write(CasSession.get().evaluateNested(unknown())) + ")" : u + "'".repeat(k));
        }
        String rhs = ode.constant() == null || ode.equilibrium() != null ? "0" : w.write(ode.constant());
        StringBuilder out = new StringBuilder(w.linearForm(coefficients, targets)).append(" = ").append(rhs)
                .append('\n');
        out.append("  order ").append(ode.order()).append(", from the ")
                .append(ode.minimal() ? "component's own annihilating polynomial" : "characteristic polynomial")
                .append(" of {").append(String.join(", ", ode.subsystem().names())).append("}\n");
        if (ode.constant() != null) {
            out.append("  constant C = ").append(w.write(ode.constant()));
            if (ode.equilibrium() != null) {
                out.append(", equilibrium ").append(u).append(" = ").append(w.write(notation.fraction(ode.equilibrium())));
            }
            out.append('\n');
        }
        if (!ode.radicals().isEmpty()) {
            boolean one = ode.radicals().size() == 1;
            out.append("  radicals: ").append(String.join(", ", ode.radicals().stream().map(w::write).toList()))
                    .append(one ? " entered the exact algebra as an independent symbol; the equation is an identity in"
                            + " it, so it holds at its value\n"
                            : " entered the exact algebra as independent symbols; the equation is an identity in them, "
                                    + "so it holds at their values\n");
        }
        out.append("  initial data:");
        for (int k = 0; k < ode.initialDerivatives().size(); k++) {
            out.append(' ').append(u).append("'".repeat(k)).append("(0) = ").append(w.write(ode.initialDerivatives().get(k)))
                    .append(k + 1 < ode.initialDerivatives().size() ? "," : "");
        }
        return out.append('\n').toString();
    }

    @Override
    public String latex() {
        LatexPrinter p = new LatexPrinter(notation);
        String u = p.name(ode.component());
        List<IExpr> coefficients = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int k = ode.order(); k >= 0; k--) {
            coefficients.add(display(ode.coefficients().get(k)));
            symbols.add(k == 0 && ode.equilibrium() != null ? LatexPrinter.paren(p.latex(CasSession.get().evaluateNested(unknown())))
                    : LatexPrinter.dotted(u, k));
        }
        String rhs = ode.constant() == null || ode.equilibrium() != null ? "0" : p.latex(ode.constant());
        return p.linearCombination(coefficients, symbols) + " = " + rhs;
    }

    @Override
    public String document() {
        LatexPrinter p = new LatexPrinter(notation);
        String u = p.name(ode.component());
        List<String> init = new ArrayList<>();
        for (int k = 0; k < ode.initialDerivatives().size(); k++) {
            init.add(LatexPrinter.dotted(u, k) + "(0) = " + p.latex(ode.initialDerivatives().get(k)));
        }
        LatexDocument doc = LatexDocument.of("Closed equation for " + math(u),
                LatexDocument.Section.of("Closed equation for " + math(u),
                        "By Cayley-Hamilton (Chen et al. 2025, Proposition 1), every component of a linear system "
                                + math("\\dot{u} = F u") + " satisfies " + math("a(\\tfrac{d}{dt})\\, u = 0")
                                + " for a polynomial " + math("a") + " that annihilates " + math("F")
                                + (ode.constant() != null ? "; with " + math("a(0) = 0") + " one order drops and a "
                                        + "constant appears (Chen et al. 2025, eqs. 44-45 and 86)" : "")
                                + ". For " + math(u) + " this is " + eqref("eq:closed-ode") + ".",
                        labelled("eq:closed-ode", latex())),
                LatexDocument.Section.of("Initial data", "The initial data " + eqref("eq:initial-data") + " of "
                        + eqref("eq:closed-ode") + " follow from the model's initial values, "
                        + math("u^{(k)}(0) = F^{k} u(0)") + "."
                        + (ode.radicals().isEmpty() ? "" : " The radicals of parameters in the moment equations ("
                                + String.join(", ", ode.radicals().stream().map(e -> math(p.latex(e))).toList())
                                + ") entered the exact algebra as independent symbols: the equation is an identity in "
                                + "them, so it holds at their values."),
                        labelled("eq:initial-data", String.join(",\\quad ", init))));
        return doc.render();
    }

    @Override
    public String json() {
        Json json = new Json(notation, ode.subsystem().model());
        ObjectNode node = Json.forCommand("closed-ode", ode.subsystem().model().name());
        node.put("component", ode.component());
        node.put("order", ode.order());
        node.put("minimal", ode.minimal());
        node.set("coefficients", json.vector(ode.coefficients()));
        if (ode.constant() != null) {
            node.set("constant", json.expression(ode.constant()));
        }
        if (ode.equilibrium() != null) {
            node.set("equilibrium", json.expression(ode.equilibrium()));
        }
        node.set("initialDerivatives", json.vector(ode.initialDerivatives()));
        node.set("radicals", json.vector(ode.radicals()));
        ArrayNode sub = node.putArray("subsystem");
        ode.subsystem().names().forEach(sub::add);
        node.put("latex", latex());
        return json.render(node);
    }
}

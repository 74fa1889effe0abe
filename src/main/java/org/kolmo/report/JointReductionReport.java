package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.reduction.JointReducedSde;
import org.kolmo.reduction.JointReduction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The reduced moment equations of several kept variables, with the d-dimensional comparison (Gelbrich bound). */
public final class JointReductionReport implements Report {
    private final JointReduction r;
    private final Notation notation;

    public JointReductionReport(JointReduction reduction) {
        this.r = reduction;
        List<String> params = r.regime().parameters(r.model()).stream().map(p -> p.name()).toList();
        List<String> names = new ArrayList<>(r.kept());
        names.addAll(r.eliminated());
        names.add("t");
        this.notation = Notation.of(params, List.of()).withInternal(names);
    }

    private static IExpr factor(IExpr e) {
        return CasSession.get().evaluate(F.Factor(e));
    }

    /** Row i of the reduced system as an expression in the kept moments. */
    private IExpr rhs(int i, boolean original) {
        List<IExpr> terms = new ArrayList<>();
        for (int j = 0; j < r.kept().size(); j++) {
            IExpr c = r.matrix().get(i).get(j);
            if (!c.isZero()) {
                terms.add(F.Times(factor(original ? r.regime().atOne(c) : c), Symbols.internal(r.kept().get(j))));
            }
        }
        IExpr h = r.constant().get(i);
        if (!h.isZero()) {
            terms.add(factor(original ? r.regime().atOne(h) : h));
        }
        return terms.isEmpty() ? F.C0 : F.Plus(terms.toArray(new IExpr[0]));
    }

    private static void appendMatrix(StringBuilder out, String name, List<List<IExpr>> m, ExpressionWriter w) {
        for (int i = 0; i < m.size(); i++) {
            out.append("  ").append(i == 0 ? name + " = " : " ".repeat(name.length() + 3)).append(vector(m.get(i), w))
                    .append('\n');
        }
    }

    private static String vector(List<IExpr> v, ExpressionWriter w) {
        List<String> parts = new ArrayList<>();
        for (IExpr e : v) {
            parts.add(w.write(e));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** c_1*u_1 + c_2*u_2 + c0 with the signs written once. */
    private static String linear(double[] c, List<String> names, double c0) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < c.length; j++) {
            if (c[j] == 0) {
                continue;
            }
            b.append(b.length() == 0 ? (c[j] < 0 ? "-" : "") : (c[j] < 0 ? " - " : " + "))
                    .append(fmt(Math.abs(c[j]))).append('*').append(names.get(j));
        }
        if (c0 != 0) {
            b.append(b.length() == 0 ? (c0 < 0 ? "-" : "") : (c0 < 0 ? " - " : " + ")).append(fmt(Math.abs(c0)));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        StringBuilder out = new StringBuilder();
        out.append("Reduced models of ").append(String.join(", ", r.variables())).append(" in ").append(r.model()
                .name()).append(", regime ").append(r.regime().text()).append('\n')
                .append(ReductionReport.conventionText(r.regime().epsilon().name())).append('\n');
        out.append("kept moments: ").append(String.join(", ", r.kept())).append("; eliminated: ")
                .append(String.join(", ", r.eliminated())).append('\n');
        if (r.matrix() != null) {
            out.append("\nAdiabatic elimination (eliminated moments slaved by u_E' = 0, leading terms in eps)\n");
            for (int i = 0; i < r.kept().size(); i++) {
                out.append("  ").append(r.kept().get(i)).append("' = ").append(w.write(rhs(i, false)))
                        .append("   [regime]\n");
            }
            for (int i = 0; i < r.kept().size(); i++) {
                out.append("  ").append(r.kept().get(i)).append("' = ").append(w.write(rhs(i, true)))
                        .append("   [original parameters]\n");
            }
        }
        for (JointReduction.MeanManifold m : r.manifolds()) {
            out.append("\nInvariant manifold of the means at eps = ").append(m.eps())
                    .append(" (slow spectral subspace, numeric)\n");
            for (int i = 0; i < m.means().size(); i++) {
                out.append("  ").append(m.means().get(i)).append("' = ")
                        .append(linear(m.reduced()[i], m.means(), m.offset()[i])).append('\n');
            }
            for (int i = 0; i < m.fast().size(); i++) {
                out.append("  closure: ").append(m.fast().get(i)).append(" = ")
                        .append(linear(m.closure()[i], m.means(), m.closureOffset()[i])).append('\n');
            }
            out.append("  slow rates:");
            for (int i = 0; i < m.rates().length; i++) {
                out.append(' ').append(fmt(m.rates()[i])).append(m.frequencies()[i] == 0 ? ""
                        : (m.frequencies()[i] > 0 ? "+" : "") + fmt(m.frequencies()[i]) + "i");
            }
            out.append("; spectral gap |lambda_next|/|lambda_slow| = ").append(fmt(m.gap()))
                    .append("; invariance residual ").append(String.format(Locale.ROOT, "%.2e", m.residual()))
                    .append('\n');
        }
        JointReducedSde sde = r.sde();
        if (sde != null) {
            out.append("\nReduced SDE (adiabatic, fluctuation-dissipation with B = 0, eqs. 12-13 in ")
                    .append(r.variables().size()).append(" dimensions): dZ = (A Z + c) dt + D dU, D D^T = Q\n");
            out.append("  Z = (").append(String.join(", ", r.variables())).append(")\n");
            appendMatrix(out, "A", sde.drift(), w);
            out.append("  c = ").append(vector(sde.forcing(), w)).append('\n');
            appendMatrix(out, "Q", sde.diffusionMatrix(), w);
            out.append("  stationary mean ").append(vector(sde.stationaryMean(), w)).append('\n');
            appendMatrix(out, "stationary covariance", sde.stationaryCovariance(), w);
        } else if (r.sdeNote() != null) {
            out.append("\nNo reduced SDE: ").append(r.sdeNote()).append('\n');
        }
        out.append("\nBreakdown points, Chapman-Enskog series, figures and the Monte Carlo check are derived for one "
                + "kept variable only.\n");
        for (JointReduction.Comparison c : r.comparisons()) {
            out.append(String.format(Locale.ROOT, "%nAgainst the full model at eps = %s: law of (%s)%n", c.eps(),
                    String.join(", ", r.variables())));
            out.append("       t   W2^2 low (Gelbrich)  W2^2 high     |m - m_IM|^2\n");
            for (int k = 0; k < c.times().length; k++) {
                out.append(String.format(Locale.ROOT, "%8.3f  %18s  %10s  %14s%n", c.times()[k],
                        c.gelbrich() == null ? "-" : String.format(Locale.ROOT, "%.3e", c.gelbrich()[k].lower()),
                        c.gelbrich() == null ? "-" : String.format(Locale.ROOT, "%.3e", c.gelbrich()[k].upper()),
                        c.manifoldGap() == null ? "-" : String.format(Locale.ROOT, "%.3e", c.manifoldGap()[k])));
            }
        }
        return out.toString();
    }

    @Override
    public String latex() {
        LatexPrinter p = new LatexPrinter(notation);
        List<String> lines = new ArrayList<>();
        if (r.matrix() != null) {
            for (int i = 0; i < r.kept().size(); i++) {
                lines.add(LatexPrinter.dotted(p.name(r.kept().get(i)), 1) + " = " + p.latex(rhs(i, false)));
            }
        }
        // the convention, stated where the fragment is pasted (a comment: it does not print)
        return "% Results in the regime-scaled parameters (the regime applied, $" + p.latex(r.regime().eps())
                + "$ explicit); $" + p.latex(r.regime().eps()) + " = 1$ gives the model's original parameters.\n"
                + LatexPrinter.gathered(lines);
    }

    @Override
    public String document() {
        LatexPrinter p = new LatexPrinter(notation);
        String vars = String.join(", ", r.variables().stream().map(p::name).toList());
        String eps = p.latex(r.regime().eps());
        LatexDocument doc = LatexDocument.of("Reduced models of " + math(vars) + " in " + code(r.model().name()));
        doc = doc.with(LatexDocument.Section.of("Regime", "The reduction of " + math(vars) + " in "
                + code(r.model().name()) + " follows Chen et al. 2025, sections 4-6, in several dimensions. "
                + ReductionReport.conventionProse(p, r.regime())));
        if (r.matrix() != null) {
            List<String> eqs = new ArrayList<>();
            for (int i = 0; i < r.kept().size(); i++) {
                eqs.add(labelled("eq:adiabatic-" + (i + 1), LatexPrinter.dotted(p.name(r.kept().get(i)), 1) + " = "
                        + p.latex(rhs(i, false))));
            }
            doc = doc.with(new LatexDocument.Section("Adiabatic elimination",
                    "In the regime " + ReductionReport.regimeMath(p, r.regime()) + " the eliminated moments "
                            + String.join(", ", r.eliminated().stream().map(n -> math(p.name(n))).toList())
                            + " are slaved to the kept ones by setting their derivatives to zero (conservation laws "
                            + "used first); the Schur complement is computed exactly and each entry replaced by its "
                            + "leading term in " + math(eps) + ". This gives the reduced moment equations "
                            + eqref("eq:adiabatic-1") + (eqs.size() > 1 ? "--" + eqref("eq:adiabatic-" + eqs.size())
                                    : "") + ".", eqs));
        }
        if (r.sde() != null) {
            JointReducedSde sde = r.sde();
            doc = doc.with(LatexDocument.Section.of("Reduced SDE",
                    "The kept variables " + math("Z = (" + vars + ")") + " follow "
                            + math("dZ = (A Z + c)\\, dt + D\\, dU") + " with " + math("A") + " " + eqref("eq:joint-A")
                            + " and " + math("c") + " from the reduced mean equations and " + math("B = 0") + "; "
                            + math("D D^{T} = Q") + " " + eqref("eq:joint-Q") + " is fixed by the "
                            + "fluctuation-dissipation relation " + math("A S + S A^{T} + Q = 0") + " with " + math("S")
                            + " " + eqref("eq:joint-S") + " the stationary covariance of the reduced moment equations "
                            + "(eqs. 12-13 in several dimensions).",
                    labelled("eq:joint-A", "A = " + p.matrix(sde.drift())),
                    labelled("eq:joint-Q", "Q = D D^{T} = " + p.matrix(sde.diffusionMatrix())),
                    labelled("eq:joint-S", "S = " + p.matrix(sde.stationaryCovariance()))));
        }
        for (JointReduction.MeanManifold m : r.manifolds()) {
            List<String> rates = new ArrayList<>();
            for (double v : m.rates()) {
                rates.add(LatexDocument.number(v, 6));
            }
            doc = doc.with(LatexDocument.Section.of("Invariant manifold of the means at "
                    + math(eps + " = " + m.eps()),
                    "The slow spectral subspace of the mean system as a graph over "
                            + String.join(", ", m.means().stream().map(n -> math(p.name(n))).toList())
                            + "; slow rates " + math(String.join(",\\ ", rates)) + ", invariance residual "
                            + math(LatexDocument.number(m.residual(), 3)) + "."));
        }
        int n = 0;
        for (JointReduction.Comparison c : r.comparisons()) {
            if (c.gelbrich() == null && c.manifoldGap() == null) {
                continue;
            }
            n++;
            List<List<String>> rows = new ArrayList<>();
            for (int k = 0; k < c.times().length; k++) {
                rows.add(List.of(math(LatexDocument.number(c.times()[k], 3)),
                        c.gelbrich() == null ? "--" : math(LatexDocument.number(c.gelbrich()[k].lower(), 4)),
                        c.gelbrich() == null ? "--" : math(LatexDocument.number(c.gelbrich()[k].upper(), 4)),
                        c.manifoldGap() == null ? "--" : math(LatexDocument.number(c.manifoldGap()[k], 4))));
            }
            String at = math(eps + " = " + c.eps());
            String label = "tab:gelbrich-" + n;
            doc = doc.with(new LatexDocument.Section("Against the full model at " + at, tableref(label)
                    + " gives the bounds on the squared Wasserstein-2 distance " + math("W_2^2") + " between the "
                    + "laws of " + math("(" + vars + ")") + " in the full and the reduced model (the lower one the "
                    + "Gelbrich bound), and the squared distance of the full means from the invariant manifold "
                    + "of the means.", List.of()).with(new LatexDocument.Table(label, "Bounds on " + math("W_2^2")
                            + " and the distance from the manifold at " + at, "rrrr", List.of(math("t"),
                                    "lower bound", "upper bound", math("|m - m_{\\mathrm{IM}}|^2")), rows)));
        }
        return doc.render();
    }

    @Override
    public String json() {
        Json json = new Json(notation, r.model());
        ObjectNode node = Json.forCommand("reduce", r.model().name());
        ArrayNode keep = node.putArray("keep");
        r.variables().forEach(keep::add);
        node.put("regime", r.regime().text());
        ArrayNode kept = node.putArray("keptMoments");
        r.kept().forEach(kept::add);
        if (r.matrix() != null) {
            ObjectNode a = node.putObject("adiabatic");
            for (int i = 0; i < r.kept().size(); i++) {
                a.set(r.kept().get(i), json.expression(rhs(i, false)));
            }
        }
        if (r.sde() != null) {
            ObjectNode sn = node.putObject("reducedSde");
            sn.set("drift", json.matrix(r.sde().drift()));
            sn.set("forcing", json.vector(r.sde().forcing()));
            sn.set("diffusionMatrix", json.matrix(r.sde().diffusionMatrix()));
            sn.set("stationaryMean", json.vector(r.sde().stationaryMean()));
            sn.set("stationaryCovariance", json.matrix(r.sde().stationaryCovariance()));
        } else if (r.sdeNote() != null) {
            node.put("reducedSdeNote", r.sdeNote());
        }
        ArrayNode ms = node.putArray("meanManifold");
        for (JointReduction.MeanManifold m : r.manifolds()) {
            ObjectNode n = ms.addObject();
            n.put("eps", m.eps());
            ArrayNode rows = n.putArray("matrix");
            for (double[] row : m.reduced()) {
                Json.addAll(rows.addArray(), row);
            }
            Json.addAll(n.putArray("rates"), m.rates());
            n.put("residual", m.residual());
        }
        ArrayNode comparisons = node.putArray("comparison");
        for (JointReduction.Comparison c : r.comparisons()) {
            ObjectNode n = comparisons.addObject();
            n.put("eps", c.eps());
            ArrayNode rows = n.putArray("rows");
            for (int k = 0; k < c.times().length; k++) {
                ArrayNode row = rows.addArray().add(c.times()[k]);
                if (c.gelbrich() != null) {
                    row.add(c.gelbrich()[k].lower()).add(c.gelbrich()[k].upper());
                }
                if (c.manifoldGap() != null) {
                    row.add(c.manifoldGap()[k]);
                }
            }
        }
        return json.render(node);
    }
}

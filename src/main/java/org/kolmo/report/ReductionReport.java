package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kolmo.cas.CasSession;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.cas.Symbols;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.reduction.AdiabaticElimination;
import org.kolmo.reduction.Breakdown;
import org.kolmo.reduction.InvariantManifold;
import org.kolmo.reduction.ReducedSde;
import org.kolmo.reduction.ReducedSdeCheck;
import org.kolmo.reduction.Reduction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The reduced models of one variable (seed 003, secs. 4-6), with their comparison against the full model. */
public final class ReductionReport implements Report {
    private final Reduction r;
    private final ReducedSdeCheck.Result check;
    private final Notation notation;

    public ReductionReport(Reduction reduction) {
        this(reduction, null);
    }

    /** The reduction with the Monte Carlo check of its reduced SDEs (null when none was run). */
    public ReductionReport(Reduction reduction, ReducedSdeCheck.Result check) {
        this.r = reduction;
        this.check = check;
        List<String> params = new ArrayList<>(r.regime().parameters(r.model()).stream().map(p -> p.name()).toList());
        List<String> names = new ArrayList<>();
        for (InvariantManifold im : new InvariantManifold[] {r.manifoldMean(), r.manifoldSecond()}) {
            if (im != null) {
                names.addAll(im.block().names());
                im.unknowns().forEach(u -> names.add(org.kolmo.cas.Symbols.displayName(u)));
            }
        }
        for (AdiabaticElimination a : new AdiabaticElimination[] {r.adiabaticMean(), r.adiabaticSecond()}) {
            if (a != null && !names.contains(a.component())) {
                names.add(a.component());
            }
        }
        names.add("xi");
        names.add("t");
        this.notation = Notation.of(params, List.of()).withInternal(names);
    }

    /** The reduction reported. */
    public Reduction reduction() {
        return r;
    }

    /** A rate written as the left factor of a product: in parentheses when it is a sum ((1 - c) * m_x). */
    private String factorText(ExpressionWriter w, IExpr rate) {
        IExpr f = factor(rate);
        return f.isPlus() ? "(" + w.write(f) + ")" : w.write(f);
    }

    private IExpr factor(IExpr e) {
        return CasSession.get().evaluate(F.Factor(e));
    }

    @Override
    public String text() {
        ExpressionWriter w = new ExpressionWriter(notation);
        StringBuilder out = new StringBuilder();
        out.append("Reduced models of ").append(r.variable()).append(" in ").append(r.model().name())
                .append(", regime ").append(r.regime().text()).append('\n').append(conventionText(r.regime().epsilon().name()))
                .append(" The adiabatic rates are also given in the original parameters.\n");
        for (AdiabaticElimination a : new AdiabaticElimination[] {r.adiabaticMean(), r.adiabaticSecond()}) {
            if (a == null) {
                continue;
            }
            out.append("\nAdiabatic elimination of ").append(a.component()).append(" (eqs. 42, 46-49, 61)\n");
            out.append("  ").append(a.component()).append("' = ").append(factorText(w, a.rate()))
                    .append(" * ").append(deviation(w, a.component(), a.equilibrium())).append("   [regime]\n");
            out.append("  ").append(a.component()).append("' = ").append(factorText(w, a.rateOriginal()))
                    .append(" * ").append(deviation(w, a.component(), r.regime().atOne(a.equilibrium())))
                    .append("   [original parameters]\n");
            out.append("  solution: ").append(a.component()).append("(t) = ").append(w.write(a.solution())).append('\n');
        }
        for (InvariantManifold im : new InvariantManifold[] {r.manifoldMean(), r.manifoldSecond()}) {
            if (im == null) {
                continue;
            }
            out.append("\nInvariant manifold of ").append(im.slow()).append(" (eqs. 54-62)\n");
            for (int i = 0; i < im.fast().size(); i++) {
                String fast = im.fast().get(i);
                IExpr fastRest = im.equilibrium().get(im.block().indexOf(fast));
                out.append("  closure: ").append(fastRest.isZero() ? fast : fast + " - " + w.write(fastRest))
                        .append(" = ").append(w.write(im.unknowns().get(i))).append(" * ")
                        .append(deviation(w, im.slow(), im.equilibrium().get(im.block().indexOf(im.slow()))))
                        .append('\n');
            }
            for (IExpr e : im.invariance()) {
                out.append("  invariance: ").append(w.write(e)).append(" = 0\n");
            }
            for (IExpr e : im.constraints()) {
                out.append("  conservation: ").append(w.write(e)).append(" = 0\n");
            }
            out.append("  eliminant: ").append(w.write(factor(im.eliminant()))).append(" = 0\n");
            for (InvariantManifold.Branch b : im.branches()) {
                out.append("  branch ").append(w.write(b.factor())).append(" = 0: ").append(b.degree())
                        .append(b.degree() == 1 ? " root" : " roots").append(b.epsFree() ? ", independent of eps" : "")
                        .append(b.compatible() ? "" : ", violates the conservation laws")
                        .append(b.chosen() ? ", CHOSEN (rate -> 0 as eps -> 0, eq. 59)" : "").append('\n');
            }
            out.append("  rate xi = ").append(w.write(im.slowRate())).append(", a root of ")
                    .append(w.write(im.rateEliminant())).append(" = 0 (an eigenvalue of the rescaled block, app. D)\n");
            if (im.closedRate() != null) {
                out.append("  exact: ").append(w.write(im.eliminated())).append(" = ").append(w.write(im.closedUnknown()))
                        .append(", xi = ").append(w.write(im.closedRate())).append('\n');
            }
            out.append("  Chapman-Enskog: rate/tau = ").append(w.write(im.chapmanEnskog().rateSeries())).append(" + O(eps^")
                    .append(im.chapmanEnskog().rateOrder() + 1).append(")\n");
            for (int i = 0; i < im.unknowns().size(); i++) {
                out.append("    ").append(w.write(im.unknowns().get(i))).append(" = ")
                        .append(w.write(im.chapmanEnskog().series().get(i))).append(" + O(eps^")
                        .append(im.chapmanEnskog().order() + 1).append(")\n");
            }
            int residual = im.chapmanEnskog().residualOrder();
            out.append("    eliminant on the series: ").append(residual == Integer.MAX_VALUE ? "0 (exactly)"
                    : "O(eps^" + residual + ")").append('\n');
        }
        for (Map.Entry<String, Breakdown> b : breakdowns().entrySet()) {
            if (Double.isNaN(b.getValue().value())) {
                out.append("\nBreakdown of ").append(b.getKey()).append(": none at the model's values (the spectrum "
                        + "stays real for every eps > 0)\n");
                continue;
            }
            out.append("\nBreakdown of ").append(b.getKey()).append(": eps_c = ")
                    .append(b.getValue().closedForm() == null ? "" : w.write(b.getValue().closedForm()) + " = ")
                    .append(String.format(Locale.ROOT, "%.6g", b.getValue().value())).append(" at the model's values\n");
        }
        if (r.meanBreakdown() != null) {
            double validity = validity();
            out.append("  the invariant-manifold reduction holds for ").append(Double.isFinite(validity)
                    ? String.format(Locale.ROOT, "0 < eps < %.6g", validity) : "every eps > 0").append('\n');
        }
        for (Map.Entry<String, ReducedSde> s : r.sdes().entrySet()) {
            ReducedSde sde = s.getValue();
            out.append("\nReduced SDE (").append(s.getKey()).append(", eqs. 64-68): d").append(r.variable())
                    .append(" = A*").append(r.variable()).append("*dt + B*").append(r.variable())
                    .append("*dw + D*du\n  A = ").append(w.write(factor(sde.drift()))).append("\n  B = ")
                    .append(w.write(sde.multiplicative())).append(sde.boundary() ? " (sup-norm and L2 optimum at the "
                            + "boundary b = 2A, Lemmas 1-2)" : "").append("\n  D = ").append(w.write(sde.additive()))
                    .append('\n');
        }
        for (Reduction.Comparison c : r.comparisons()) {
            out.append(String.format(Locale.ROOT, "%nAgainst the full model at eps = %s (rates: adiabatic %.6g, "
                    + "manifold %.6g)%n", c.eps(), c.adiabaticRate(), c.manifoldRate()));
            out.append("       t      p exact    adiabatic   manifold     SDE        W2^2 low    W2^2 high\n");
            for (int k = 0; k < c.times().length; k++) {
                out.append(String.format(Locale.ROOT, "%8.3f  %10.6f  %10.6f  %10.6f  %10.6f  %10.3e  %10.3e%n",
                        c.times()[k], c.second()[k], c.adiabatic()[k], c.manifold()[k], c.sdeSecond()[k],
                        c.w2Lower()[k], c.w2Upper()[k]));
            }
        }
        if (check != null) {
            out.append(checkText());
        }
        return out.toString();
    }

    private String checkText() {
        StringBuilder out = new StringBuilder();
        for (ReducedSdeCheck.MethodCheck m : check.methods()) {
            out.append(String.format(Locale.ROOT, "%nMonte Carlo check of the reduced SDE (%s: A = %.6g, B = %.6g, "
                    + "D = %.6g) against the full model%n  (%s)%n", m.method(), m.a(), m.b(), m.d(), check.summary()));
            out.append(String.format(Locale.ROOT, "%8s  %-6s %11s %11s %11s   %-25s %11s %11s  %s%n", "t",
                    "obs", "full", "reduced", "difference", "95% CI", "predicted", "full exact", ""));
            for (ReducedSdeCheck.Row row : m.rows()) {
                out.append(String.format(Locale.ROOT, "%8.4g  %-6s %11.6g %11.6g %11.3e   [%10.3e, %10.3e] %11.3e "
                        + "%11.6g  %s%n", row.time(), row.observable(), row.full(), row.reduced(), row.difference(),
                        row.lower95(), row.upper95(), row.predicted(), row.exactFull(), row.passed() ? "ok" : "FAIL"));
            }
            out.append(m.passed() ? "  verdict: the reduced SDE agrees with the full model within the tolerance\n"
                    : "  verdict: the reduced SDE DIFFERS from the full model (beyond tolerance + 4 standard errors)\n");
        }
        return out.toString();
    }

    private Map<String, Breakdown> breakdowns() {
        Map<String, Breakdown> m = new java.util.LinkedHashMap<>();
        if (r.meanBreakdown() != null) {
            m.put("the mean (eps_c')", r.meanBreakdown());
            m.put("the second moment (eps_c'')", r.secondBreakdown());
        }
        return m;
    }

    private double validity() {
        double v = Double.POSITIVE_INFINITY;
        for (Breakdown b : breakdowns().values()) {
            if (!Double.isNaN(b.value())) {
                v = Math.min(v, b.value());
            }
        }
        return v;
    }

    @Override
    public String latex() {
        LatexPrinter p = new LatexPrinter(notation);
        List<String> lines = new ArrayList<>();
        for (AdiabaticElimination a : new AdiabaticElimination[] {r.adiabaticMean(), r.adiabaticSecond()}) {
            if (a != null) {
                lines.add(LatexPrinter.dotted(p.name(a.component()), 1) + " = " + p.latex(factor(a.rate()))
                        + deviation(p, a.component(), a.equilibrium()));
            }
        }
        for (InvariantManifold im : new InvariantManifold[] {r.manifoldMean(), r.manifoldSecond()}) {
            if (im != null) {
                for (IExpr e : im.invariance()) {
                    lines.add(p.latex(e) + " = 0");
                }
                lines.add(LatexPrinter.dotted(p.name(im.slow()), 1) + " = \\left(" + p.latex(im.chapmanEnskog()
                        .rateSeries()) + " + O(\\varepsilon^{" + (im.chapmanEnskog().rateOrder() + 1) + "})\\right)"
                        + deviation(p, im.slow(), im.equilibrium().get(im.block().indexOf(im.slow()))));
            }
        }
        // the convention, stated where the fragment is pasted (a comment: it does not print)
        return "% Results in the regime-scaled parameters (the regime applied, $" + p.latex(r.regime().eps())
                + "$ explicit); $" + p.latex(r.regime().eps()) + " = 1$ gives the model's original parameters.\n"
                + LatexPrinter.gathered(lines);
    }

    /** {@code z - z∞} in text, or just {@code z} when the equilibrium is 0 (no "(m_z - 0)"). */
    private static String deviation(ExpressionWriter w, String component, IExpr equilibrium) {
        return equilibrium.isZero() ? component : "(" + component + " - " + w.write(equilibrium) + ")";
    }

    /** The same in LaTeX, as a factor after a coefficient. */
    private static String deviation(LatexPrinter p, String component, IExpr equilibrium) {
        return equilibrium.isZero() ? "\\," + p.name(component)
                : LatexPrinter.paren(p.latex(F.eval(F.Subtract(Symbols.internal(component), equilibrium))));
    }

    /** The sentence that states the convention of the results, as in the fragment and the document. */
    static String conventionText(String eps) {
        return "Results in the regime-scaled parameters (the regime applied, " + eps + " explicit); " + eps
                + " = 1 gives them in the model's original parameters.";
    }

    /** The regime as inline math: {@code \beta \to \beta/\sqrt{\varepsilon}}, {@code t \to \varepsilon t}. */
    static String regimeMath(LatexPrinter p, org.kolmo.reduction.Regime regime) {
        List<String> rules = new ArrayList<>();
        regime.scalings().forEach((s, e) -> rules.add(LatexDocument.math(p.latex(s) + " \\to " + slashed(p.latex(e)))));
        if (regime.timeScale() != null && !regime.timeScale().isOne()) {
            rules.add(LatexDocument.math("t \\to " + p.latex(regime.timeScale()) + " t"));
        }
        return String.join(", ", rules);
    }

    /**
     * A fraction {@code \\frac{a}{b}} written inline as {@code a/b} (in running text a built-up fraction is cramped);
     * anything else unchanged.
     */
    static String slashed(String latex) {
        if (!latex.startsWith("\\frac{") || !latex.endsWith("}")) {
            return latex;
        }
        int depth = 0;
        int split = -1;
        for (int i = 5; i < latex.length(); i++) {
            char c = latex.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                split = i;
                break;
            }
        }
        if (split < 0 || split + 1 >= latex.length() || latex.charAt(split + 1) != '{') {
            return latex;
        }
        String num = latex.substring(6, split);
        String den = latex.substring(split + 2, latex.length() - 1);
        if (den.contains("}{") && den.indexOf('{') < den.indexOf("}{") && !den.startsWith("\\sqrt")) {
            return latex;
        }
        return wrapped(num) + "/" + wrapped(den);
    }

    private static String wrapped(String s) {
        return s.contains(" + ") || s.contains(" - ") || s.contains("\\frac") ? "(" + s + ")" : s;
    }

    /** The sentence of {@link #conventionText} for a document. */
    static String conventionProse(LatexPrinter p, org.kolmo.reduction.Regime regime) {
        return "All reduced results are written in the regime-scaled parameters: the regime " + regimeMath(p, regime)
                + " is applied and " + LatexDocument.math(p.latex(regime.eps())) + " stays explicit; "
                + LatexDocument.math(p.latex(regime.eps()) + " = 1") + " gives them in the model's original parameters.";
    }

    /** A number as math, or a dash when it is not a number. */
    private static String num(String format, double v) {
        if (format.endsWith("e") || format.endsWith("g")) {
            int digits = Integer.parseInt(format.substring(2, format.length() - 1));
            return LatexDocument.math(LatexDocument.number(v, format.endsWith("e") ? digits + 1 : digits));
        }
        return Double.isNaN(v) ? "--" : LatexDocument.math(String.format(Locale.ROOT, format, v));
    }

    /** {@code z} or {@code z^2} as the expectation it stands for. */
    private static String expectation(LatexPrinter p, String observable) {
        int caret = observable.indexOf('^');
        return caret < 0 ? "\\mathbb{E}[" + p.name(observable) + "]" : "\\mathbb{E}[" + p.name(observable.substring(0,
                caret)) + "^{" + observable.substring(caret + 1) + "}]";
    }

    /** The solution of the adiabatic equation in the regime-scaled parameters: u∞ + (u(0) - u∞) e^{λ̄ t}. */
    private static IExpr scaledSolution(AdiabaticElimination a) {
        return CasSession.get().evaluate(F.Plus(a.equilibrium(), F.Times(F.Subtract(a.initialValue(),
                a.equilibrium()), F.Exp(F.Times(a.rate(), a.time())))));
    }

    @Override
    public String document() {
        LatexPrinter p = new LatexPrinter(notation);
        String z = p.name(r.variable());
        String eps = p.latex(r.regime().eps());
        LatexDocument doc = LatexDocument.of("Reduced models of " + LatexDocument.math(z) + " in "
                + LatexDocument.code(r.model().name()));
        doc = doc.with(LatexDocument.Section.of("Regime", "The reduction of " + LatexDocument.math(z) + " in "
                + LatexDocument.code(r.model().name()) + " follows Chen et al. 2025, sections 4-6. "
                + conventionProse(p, r.regime())));
        for (AdiabaticElimination a : new AdiabaticElimination[] {r.adiabaticMean(), r.adiabaticSecond()}) {
            if (a == null) {
                continue;
            }
            String u = p.name(a.component());
            String key = a.component().replace('_', '-');
            List<IExpr> coefficients = new ArrayList<>();
            List<String> symbols = new ArrayList<>();
            for (int k = a.closedOde().order(); k >= 0; k--) {
                coefficients.add(factor(a.closedOde().coefficients().get(k)));
                symbols.add(k == 0 ? deviation(p, a.component(), r.regime().atOne(a.equilibrium()))
                        : LatexPrinter.dotted(u, k));
            }
            doc = doc.with(LatexDocument.Section.of("Adiabatic elimination of " + LatexDocument.math(u),
                    "The exact closed equation " + eqref("eq:closed-" + key) + " of the model as written (Chen et al. "
                            + "2025, Proposition 1) is read in the regime; the derivatives above the first are "
                            + "dropped and the equilibrium term kept (eqs. 42, 46-48), with the leading terms in "
                            + LatexDocument.math(eps) + " of the two kept coefficients. This gives the adiabatic "
                            + "equation " + eqref("eq:adiabatic-" + key) + " and its solution "
                            + eqref("eq:adiabatic-solution-" + key) + " (eq. 49).",
                    labelled("eq:closed-" + key, p.linearCombination(coefficients, symbols) + " = 0"),
                    labelled("eq:adiabatic-" + key, LatexPrinter.dotted(u, 1) + " = " + p.latex(factor(a.rate()))
                            + deviation(p, a.component(), a.equilibrium())),
                    labelled("eq:adiabatic-solution-" + key, u + "(t) = " + p.latex(scaledSolution(a)))));
        }
        for (InvariantManifold im : new InvariantManifold[] {r.manifoldMean(), r.manifoldSecond()}) {
            if (im == null) {
                continue;
            }
            String key = im.slow().replace('_', '-');
            List<String> eqs = new ArrayList<>();
            int n = 0;
            for (IExpr e : im.invariance()) {
                eqs.add(labelled("eq:invariance-" + key + "-" + (++n), p.latex(e) + " = 0"));
            }
            for (IExpr e : im.constraints()) {
                eqs.add(labelled("eq:invariance-" + key + "-" + (++n), p.latex(e) + " = 0"));
            }
            String first = "eq:invariance-" + key + "-1";
            String last = "eq:invariance-" + key + "-" + n;
            eqs.add(labelled("eq:eliminant-" + key, p.latex(factor(im.eliminant())) + " = 0"));
            eqs.add(labelled("eq:rate-eliminant-" + key, p.latex(im.rateEliminant()) + " = 0"));
            List<String> series = new ArrayList<>();
            for (int i = 0; i < im.unknowns().size(); i++) {
                series.add(labelled("eq:series-" + key + "-" + (i + 1), p.latex(im.unknowns().get(i)) + " = "
                        + p.latex(im.chapmanEnskog().series().get(i)) + " + O(\\varepsilon^{"
                        + (im.chapmanEnskog().order() + 1) + "})"));
            }
            series.add(labelled("eq:rate-series-" + key, "\\frac{\\xi}{\\tau} = "
                    + p.latex(im.chapmanEnskog().rateSeries()) + " + O(\\varepsilon^{"
                    + (im.chapmanEnskog().rateOrder() + 1) + "})"));
            String fast = String.join(", ", im.fast().stream().map(f -> LatexDocument.math(p.name(f))).toList());
            String chosen = im.branches().stream().filter(InvariantManifold.Branch::chosen)
                    .map(b -> "the factor of degree " + b.degree()).findFirst().orElse("none");
            doc = doc.with(LatexDocument.Section.of("Invariant manifold of " + LatexDocument.math(p.name(im.slow())),
                    "The fast moments " + fast + " are closed on " + LatexDocument.math(p.name(im.slow()))
                            + " around the equilibrium. The invariance equations and conservation constraints "
                            + (n == 1 ? eqref(first) : eqref(first) + "--" + eqref(last)) + " (eqs. 54, 58) have the "
                            + "eliminant " + eqref("eq:eliminant-" + key) + " of a lexicographic Gr\u00f6bner basis "
                            + "over the rational functions of the parameters and " + LatexDocument.math(eps)
                            + ", whose factors are all the solution branches; the rate " + LatexDocument.math("\\xi")
                            + " is a root of " + eqref("eq:rate-eliminant-" + key) + " (an eigenvalue of the "
                            + "rescaled block, appendix D). The branch whose rate vanishes as "
                            + LatexDocument.math(eps + " \\to 0") + " (eq. 59) is chosen: " + chosen + ".",
                    eqs.toArray(new String[0])));
            int residual = im.chapmanEnskog().residualOrder();
            doc = doc.with(LatexDocument.Section.of("Chapman-Enskog series for "
                    + LatexDocument.math(p.name(im.slow())),
                    "Order by order in " + LatexDocument.math(eps) + " (eq. 62) the chosen branch of "
                            + eqref("eq:eliminant-" + key) + " gives the series " + eqref("eq:series-" + key + "-1")
                            + (im.unknowns().size() > 1 ? "--" + eqref("eq:series-" + key + "-" + im.unknowns().size())
                                    : "") + " and the rate " + eqref("eq:rate-series-" + key) + "; on the series the "
                            + "eliminant is " + (residual == Integer.MAX_VALUE ? "zero exactly"
                                    : "of order " + LatexDocument.math(eps + "^{" + residual + "}")) + ".",
                    series.toArray(new String[0])));
        }
        for (Map.Entry<String, Breakdown> b : breakdowns().entrySet()) {
            boolean mean = b.getValue() == r.meanBreakdown();
            String critical = "\\varepsilon_c" + (mean ? "'" : "''");
            String label = mean ? "eq:discriminant-mean" : "eq:discriminant-second";
            double value = b.getValue().value();
            doc = doc.with(LatexDocument.Section.of("Breakdown of the " + (mean ? "mean" : "second moment") + " ("
                    + LatexDocument.math(critical) + ")",
                    "The discriminant " + eqref(label) + " of the characteristic polynomial of the rescaled block. "
                            + (Double.isNaN(value) ? "The spectrum stays real for every " + LatexDocument.math(eps
                                    + " > 0") + " at the model's values: no breakdown."
                                    : "Its first positive root, where the spectrum turns complex, is "
                                            + LatexDocument.math(critical + " = " + number(value))
                                            + " at the model's values."),
                    labelled(label, "\\Delta = " + p.latex(b.getValue().discriminant()))));
        }
        for (Map.Entry<String, ReducedSde> s : r.sdes().entrySet()) {
            ReducedSde sde = s.getValue();
            String label = "eq:reduced-sde-" + s.getKey();
            doc = doc.with(LatexDocument.Section.of("Reduced SDE (" + s.getKey() + ")",
                    "The reduced SDE " + eqref(label) + ": its drift " + LatexDocument.math("A")
                            + " from the reduced mean, " + LatexDocument.math("B") + " and " + LatexDocument.math("D")
                            + " from the fluctuation-dissipation relation and the minimisation of the sup-norm and "
                            + LatexDocument.math("L^2") + " distances (eqs. 64-68).",
                    labelled(label, "d" + z + " = " + sdeTerms(p, List.of(factor(sde.drift()), sde.multiplicative(),
                            sde.additive()), List.of(z + "\\, dt", z + "\\, dw", "du")))));
        }
        int c = 0;
        for (Reduction.Comparison cmp : r.comparisons()) {
            c++;
            String at = LatexDocument.math(String.format(Locale.ROOT, "%s = %s", eps, number(cmp.eps())));
            List<List<String>> moments = new ArrayList<>();
            List<List<String>> bounds = new ArrayList<>();
            for (int k = 0; k < cmp.times().length; k++) {
                String t = num("%.3g", cmp.times()[k]);
                moments.add(List.of(t, num("%.6f", cmp.second()[k]), num("%.6f", cmp.adiabatic()[k]),
                        num("%.6f", cmp.manifold()[k]), num("%.6f", cmp.sdeSecond()[k])));
                bounds.add(List.of(t, num("%.3e", cmp.w2Lower()[k]), num("%.3e", cmp.w2Upper()[k])));
            }
            String second = LatexDocument.math("\\mathbb{E}[" + z + "^{2}]");
            LatexDocument.Table mt = new LatexDocument.Table("tab:moments-" + c, "The second moment " + second
                    + " of the full model (exact) and of the reduced models at " + at, "rrrrr",
                    List.of(LatexDocument.math("t"), "full", "adiabatic", "manifold", "reduced SDE"),
                    moments);
            LatexDocument.Table wt = new LatexDocument.Table("tab:w2-" + c, "Bounds on the squared Wasserstein-2 "
                    + "distance between the laws of " + LatexDocument.math(z) + " in the full model and in the "
                    + "reduced SDE at " + at, "rrr", List.of(LatexDocument.math("t"), "lower bound", "upper bound"),
                    bounds);
            doc = doc.with(new LatexDocument.Section("Against the full model at " + at, String.format(Locale.ROOT,
                    "At %s the relaxation rates are %s (adiabatic) and %s (invariant manifold). %s compares the "
                            + "second moment %s of the full model with the reduced models, %s gives the bounds on "
                            + "%s between the full and the reduced law (Chen et al. 2025, Proposition 2).", at,
                    num("%.4g", cmp.adiabaticRate()), num("%.4g", cmp.manifoldRate()), tableref("tab:moments-" + c),
                    second, tableref("tab:w2-" + c), LatexDocument.math("W_2^2")), List.of()).with(mt).with(wt));
        }
        if (check != null) {
            for (ReducedSdeCheck.MethodCheck m : check.methods()) {
                List<List<String>> rows = new ArrayList<>();
                for (ReducedSdeCheck.Row row : m.rows()) {
                    rows.add(List.of(num("%.3g", row.time()), LatexDocument.math(expectation(p, row.observable())),
                            num("%.2g", row.difference()), num("%.2g", row.standardError()),
                            LatexDocument.math("[" + LatexDocument.number(row.lower95(), 2) + ", "
                                    + LatexDocument.number(row.upper95(), 2) + "]"), num("%.2g", row.predicted()), row.passed() ? "ok" : "fails"));
                }
                String label = "tab:check-" + m.method();
                ReducedSdeCheck.Settings st = check.settings();
                String prose = String.format(Locale.ROOT, "The full model in its regime at %s against the reduced "
                        + "SDE %s, %d Euler-Maruyama paths each (random stream %d), full step %s, reduced step %s, "
                        + "tolerance %s. %s lists the weak errors %s with their standard errors, 95%% intervals "
                        + "and the weak errors that the exact moment equations predict; a row fails beyond the "
                        + "tolerance and 4 standard errors. ", LatexDocument.math(eps + " = " + number(st.eps())),
                        eqref("eq:reduced-sde-" + m.method()), st.paths(), st.seed(),
                        num("%.3g", check.fullStep()), num("%.3g", check.reducedStep()),
                        check.predictedTolerance() ? "the predicted weak error"
                                : LatexDocument.math(number(st.tolerance())), tableref(label),
                        LatexDocument.math("\\mathbb{E}_{\\mathrm{full}} - \\mathbb{E}_{\\mathrm{reduced}}"));
                LatexDocument.Table t = new LatexDocument.Table(label, "Monte Carlo check of the reduced SDE ("
                        + m.method() + ")", "rlrrlrl", List.of(LatexDocument.math("t"), "observable", "difference",
                                "std. err.", "95% interval", "predicted", "verdict"), rows);
                doc = doc.with(new LatexDocument.Section("Monte Carlo check (" + m.method() + ")", prose, List.of())
                        .with(t).closing(m.passed() ? "The reduced SDE agrees within the tolerance."
                                : "The reduced SDE differs beyond the tolerance and 4 standard errors."));
            }
        }
        return doc.render();
    }

    /** A parameter value without trailing zeros: 0.5, 0.01. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String json() {
        Json json = new Json(notation, r.model());
        ObjectNode node = Json.forCommand("reduce", r.model().name());
        node.put("keep", r.variable());
        node.put("regime", r.regime().text());
        for (AdiabaticElimination a : new AdiabaticElimination[] {r.adiabaticMean(), r.adiabaticSecond()}) {
            if (a != null) {
                ObjectNode n = node.with("adiabatic").putObject(a.component());
                n.set("rate", json.expression(a.rate()));
                n.set("rateOriginal", json.expression(a.rateOriginal()));
                n.set("equilibrium", json.expression(a.equilibrium()));
                n.set("equilibriumOriginal", json.expression(r.regime().atOne(a.equilibrium())));
                n.set("solution", json.expression(a.solution()));
            }
        }
        for (InvariantManifold im : new InvariantManifold[] {r.manifoldMean(), r.manifoldSecond()}) {
            if (im != null) {
                ObjectNode n = node.with("invariantManifold").putObject(im.slow());
                n.set("invariance", json.vector(im.invariance()));
                n.set("constraints", json.vector(im.constraints()));
                n.set("eliminant", json.expression(im.eliminant()));
                n.set("rateEliminant", json.expression(im.rateEliminant()));
                n.set("series", json.vector(im.chapmanEnskog().series()));
                n.set("rateSeries", json.expression(im.chapmanEnskog().rateSeries()));
                if (im.closedRate() != null) {
                    n.set("exactRate", json.expression(im.closedRate()));
                }
            }
        }
        if (r.meanBreakdown() != null) {
            node.put("epsCriticalMean", r.meanBreakdown().value());
            node.put("epsCriticalSecond", r.secondBreakdown().value());
        }
        for (Map.Entry<String, ReducedSde> s : r.sdes().entrySet()) {
            ObjectNode n = node.with("reducedSde").putObject(s.getKey());
            n.set("A", json.expression(s.getValue().drift()));
            n.set("B", json.expression(s.getValue().multiplicative()));
            n.set("D", json.expression(s.getValue().additive()));
        }
        if (check != null) {
            ObjectNode c = node.putObject("check");
            c.put("paths", check.settings().paths());
            c.put("eps", check.settings().eps());
            c.put("seed", check.settings().seed());
            c.put("fullStep", check.fullStep());
            c.put("passed", check.passed());
            for (ReducedSdeCheck.MethodCheck m : check.methods()) {
                ArrayNode rows = c.putObject(m.method()).put("passed", m.passed()).putArray("rows");
                for (ReducedSdeCheck.Row row : m.rows()) {
                    rows.addObject().put("t", row.time()).put("observable", row.observable()).put("full", row.full())
                            .put("reduced", row.reduced()).put("difference", row.difference())
                            .put("standardError", row.standardError()).put("predicted", row.predicted())
                            .put("tolerance", row.tolerance()).put("passed", row.passed());
                }
            }
        }
        ArrayNode comparisons = node.putArray("comparison");
        for (Reduction.Comparison c : r.comparisons()) {
            ObjectNode n = comparisons.addObject();
            n.put("eps", c.eps());
            ArrayNode rows = n.putArray("rows");
            for (int k = 0; k < c.times().length; k++) {
                rows.addArray().add(c.times()[k]).add(c.second()[k]).add(c.adiabatic()[k]).add(c.manifold()[k])
                        .add(c.sdeSecond()[k]).add(c.w2Lower()[k]).add(c.w2Upper()[k]);
            }
            Json.addAll(n.putArray("gelbrich"), c.gelbrich());
        }
        return json.render(node);
    }

    /**
     * The right side of a reduced SDE, c1 x1 + c2 x2 + ..., without its zero terms (B = 0 by Lemmas 1-2 of Chen et
     * al. 2025), a coefficient 1 left out, a sum in parentheses, and a negative coefficient after a minus sign.
     */
    private static String sdeTerms(LatexPrinter p, List<IExpr> coefficients, List<String> differentials) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < coefficients.size(); k++) {
            IExpr c = coefficients.get(k);
            if (c.isZero()) {
                continue;
            }
            boolean negative = c.isNegativeResult() || c.isTimes() && c.first().isNegative();
            IExpr magnitude = negative ? F.Negate(c) : c;
            magnitude = CasSession.get().evaluate(magnitude);
            String coefficient = magnitude.isOne() ? "" : magnitude.isPlus() ? "\\left(" + p.latex(magnitude)
                    + "\\right)\\, " : p.latex(magnitude) + "\\, ";
            out.append(out.length() == 0 ? (negative ? "-" : "") : negative ? " - " : " + ").append(coefficient)
                    .append(differentials.get(k));
        }
        return out.length() == 0 ? "0" : out.toString();
    }
}

package org.kolmo.report;

import static org.kolmo.latex.LatexDocument.code;
import static org.kolmo.latex.LatexDocument.eqref;
import static org.kolmo.latex.LatexDocument.labelled;
import static org.kolmo.latex.LatexDocument.math;
import static org.kolmo.latex.LatexDocument.tableref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.homogenization.ClosedFormRoute;
import org.kolmo.homogenization.EffectiveSde;
import org.kolmo.homogenization.FastPolynomial;
import org.kolmo.homogenization.GeneratorRoute;
import org.kolmo.homogenization.GeneratorSplit;
import org.kolmo.homogenization.Homogenization;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.homogenization.LangevinForm;
import org.kolmo.homogenization.MonteCarloCheck;
import org.kolmo.homogenization.NumericCheck;
import org.kolmo.homogenization.PositiveStability;
import org.kolmo.homogenization.Regime;
import org.kolmo.homogenization.SlowFastSystem;
import org.kolmo.homogenization.SplitOperator;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.io.ModelWriter;
import org.kolmo.latex.LatexDocument;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The homogenization (or averaging) of a slow-fast model: the effective SDE, and in the document form every step of
 * the derivation (seed 000): the class and its coefficients (eqs. 5-7), the split generator (25-28), the hierarchy
 * (30-32), the fast invariant measure (39), the cell problems with their centering conditions (33-36), the
 * solvability condition and the effective generator (38, 40), the closed forms of Results 2.1 and 2.2 (8-24), the
 * agreement of the two routes, the numeric cross-checks and, when one was run, the Monte Carlo check.
 */
public final class HomogenizationReport implements Report {
    private final Homogenization.Result result;
    private final Optional<MonteCarloCheck.Result> monteCarlo;

    public HomogenizationReport(Homogenization.Result result, Optional<MonteCarloCheck.Result> monteCarlo) {
        this.result = result;
        this.monteCarlo = monteCarlo;
    }

    public Homogenization.Result result() {
        return result;
    }

    /** What the limit rests on: Result 2.1 when its closed forms ran, else the expansion of the generator. */
    private String method() {
        if (result.regime() != Regime.HOMOGENIZATION) {
            return "first-order averaging";
        }
        return result.closedForm().isPresent() ? "Result 2.1" : "expansion of the backward Kolmogorov equation";
    }

    /** μ(X), the mean of the fast invariant measure, when it is not 0 (outside Lim's eq. 6). */
    private Optional<List<IExpr>> fastMean() {
        return result.generator().map(GeneratorRoute.Result::cellProblem).filter(c -> !c.centred())
                .map(c -> c.mean().stream().map(c.field()::toExpr).toList());
    }

    private Optional<PositiveStability> stability() {
        return result.split().map(GeneratorSplit::stability).or(() -> result.system().map(SlowFastSystem::stability));
    }

    private String limitWord() {
        return result.regime() == Regime.HOMOGENIZATION ? "homogenized" : "averaged";
    }

    // ------------------------------------------------------------------ text

    /** The effective Itô SDE as a model file; everything else as comments, so the file still reads back. */
    @Override
    public String text() {
        EffectiveSde e = result.effective();
        Sde model = result.model();
        ExpressionWriter w = new ExpressionWriter(Notation.of(e.ito()));
        StringBuilder out = new StringBuilder();
        out.append("# ").append(capitalised(limitWord())).append(" limit of ").append(model.name())
                .append(" as ").append(smallName()).append(" -> 0 (Lim, ").append(method())
                .append("), route: ").append(result.route().option()).append('\n');
        result.langevin().ifPresent(l -> out.append("# ").append(l.summary())
                .append("; Hottovy, McDaniel, Volpe, Wehr 2015\n"));
        result.closedFormOutside().ifPresent(why -> out.append("# closed forms of Results 2.1-2.2 not applicable (")
                .append(why.code().code()).append(why.variable() == null ? "" : ", equation of " + why.variable())
                .append("): ").append(why.detail()).append("; generator route alone\n"));
        if (!result.agreements().isEmpty()) {
            long equal = result.agreements().stream().filter(Homogenization.Agreement::equal).count();
            out.append("# generator route and closed form: ").append(equal).append(" of ")
                    .append(result.agreements().size()).append(" entries equal")
                    .append(result.routesAgree() ? "" : "  <-- THE ROUTES DISAGREE").append('\n');
            for (Homogenization.Agreement a : result.agreements()) {
                if (!a.equal()) {
                    out.append("#   ").append(a.quantity()).append(' ').append(a.entry()).append(": generator ")
                            .append(w.write(a.generator())).append(", closed form ").append(w.write(a.closedForm()))
                            .append('\n');
                }
            }
        }
        fastMean().ifPresent(mu -> {
            ExpressionWriter mw = new ExpressionWriter(Notation.of(model));
            List<String> parts = new ArrayList<>();
            for (int a = 0; a < mu.size(); a++) {
                parts.add(mw.write(result.split().get().fast().get(a)) + " = " + mw.write(mu.get(a)));
            }
            out.append("# fast invariant measure centred at ").append(String.join(", ", parts))
                    .append(" (the fast equilibrium moves with the slow variables)\n");
        });
        List<String> names = names(e.variables());
        for (int i = 0; i < names.size(); i++) {
            out.append("# drift of ").append(names.get(i)).append(" = ").append(w.write(e.drift().get(i)));
            List<String> parts = new ArrayList<>();
            addPart(parts, "averaged", e.averagedDrift().get(i), w);
            addPart(parts, "from the fast drift", e.fastDrift().get(i), w);
            addPart(parts, "noise-induced", e.noiseInducedDrift().get(i), w);
            if (parts.size() > 1 || parts.size() == 1 && !e.averagedDrift().get(i).isZero()) {
                out.append("  [").append(String.join("; ", parts)).append(']');
            } else if (parts.size() == 1) {
                out.append("  [").append(parts.get(0)).append(']');
            }
            out.append('\n');
        }
        out.append("# diffusion matrix A A^T:\n");
        for (int i = 0; i < names.size(); i++) {
            for (int j = i; j < names.size(); j++) {
                out.append("#   (").append(names.get(i)).append(", ").append(names.get(j)).append(") = ")
                        .append(w.write(e.diffusionMatrix().get(i).get(j))).append('\n');
            }
        }
        out.append("# Stratonovich form (the same noise coefficients):\n");
        out.append(commented(ModelWriter.write(e.stratonovich())));
        e.functionalIto().ifPresent(f -> {
            out.append("# Result 2.2 (eqs. 20-21), Ito:\n");
            out.append(commented(ModelWriter.write(f)));
        });
        e.functionalStratonovich().ifPresent(f -> {
            out.append("# Result 2.2 (eqs. 21, 23), Stratonovich:\n");
            out.append(commented(ModelWriter.write(f)));
        });
        for (NumericCheck c : result.checks()) {
            out.append("# check: ").append(c.name()).append(": ").append(c.deviationText())
                    .append(c.passed() ? " (passed)" : " (FAILED)").append('\n');
        }
        stability().ifPresent(stability -> {
            // what the limit assumes but could not prove for every parameter value: the user must know its range
            for (PositiveStability.Condition c : stability.conditions()) {
                if (c.verdict() == PositiveStability.Verdict.CHECKED_AT_VALUES) {
                    out.append("# condition: B2 positive stable needs ").append(w.write(c.determinant()))
                            .append(" > 0: checked at the model's values only (").append(String.format(Locale.ROOT,
                                    "%.3g", c.value().orElse(Double.NaN))).append(")\n");
                } else if (c.verdict() == PositiveStability.Verdict.UNDECIDED) {
                    out.append("# condition: B2 positive stable needs ").append(w.write(c.determinant()))
                            .append(" > 0: not decided (parameters without values); the limit holds only there\n");
                }
            }
        });
        monteCarlo.ifPresent(mc -> out.append(monteCarloText(mc, "# ")));
        out.append(ModelWriter.write(e.ito()));
        return out.toString();
    }

    private static void addPart(List<String> parts, String what, IExpr value, ExpressionWriter w) {
        if (!value.isZero()) {
            parts.add(what + " " + w.write(value));
        }
    }

    private static String commented(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(line.isEmpty() ? "#" : "#   " + line).append('\n');
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The user's small parameter (the mass of a Langevin form, not its square root). */
    private String smallName() {
        if (result.langevin().isPresent()) {
            return result.langevin().get().mass().name();
        }
        return result.model().parameters().stream().filter(p -> p.isSmall()).map(p -> p.name()).findFirst()
                .orElse("eps");
    }

    private static List<String> names(List<ISymbol> symbols) {
        List<String> out = new ArrayList<>();
        for (ISymbol s : symbols) {
            out.add(Symbols.displayName(s));
        }
        return out;
    }

    /** The Monte Carlo table, each line behind {@code prefix}. */
    public static String monteCarloText(MonteCarloCheck.Result mc, String prefix) {
        StringBuilder out = new StringBuilder();
        MonteCarloCheck.Settings s = mc.settings();
        out.append(prefix).append(String.format(Locale.ROOT,
                "Monte Carlo: %d paths per model, T = %s, seed %d, full model at eps = %s (step %.3g), effective "
                        + "SDE (step %.3g), %.1f s%n",
                s.paths(), fmt(s.horizon()), s.seed(), fmt(mc.eps()), mc.fullStep(), mc.effectiveStep(),
                mc.seconds()));
        out.append(prefix).append(String.format(Locale.ROOT, "%-22s %12s %12s %12s %24s %6s%n", "observable",
                "full", "effective", "difference", "95% CI of difference", "z"));
        for (MonteCarloCheck.WeakError e : mc.errors()) {
            out.append(prefix).append(String.format(Locale.ROOT, "%-22s %12.5f %12.5f %12.5f  [%10.5f, %10.5f] %6.2f%s%n",
                    e.observable(), e.full(), e.effective(), e.difference(), e.lower95(), e.upper95(), e.zScore(),
                    mc.accepted(e) ? "" : "  > " + mc.bound()));
        }
        if (mc.failedPaths()[0] + mc.failedPaths()[1] > 0) {
            out.append(prefix).append("paths that diverged: full ").append(mc.failedPaths()[0]).append(", effective ")
                    .append(mc.failedPaths()[1]).append('\n');
        }
        for (String note : mc.notes()) {
            out.append(prefix).append("note: ").append(note).append('\n');
        }
        out.append(prefix).append("verdict: ").append(mc.passed()
                ? "every difference within " + mc.bound() : "FAILED: a difference exceeds " + mc.bound())
                .append('\n');
        return out.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    // ------------------------------------------------------------------ LaTeX

    @Override
    public String latex() {
        return LatexPrinter.of(result.effective().ito()).sde(result.effective().ito());
    }

    @Override
    public String document() {
        Sde model = result.model();
        LatexPrinter mp = LatexPrinter.of(model);
        EffectiveSde e = result.effective();
        LatexPrinter ep = LatexPrinter.of(e.ito());
        boolean hom = result.regime() == Regime.HOMOGENIZATION;
        Sde written = result.langevin().map(LangevinForm::original).orElse(model);
        LatexPrinter wp = LatexPrinter.of(written);
        LatexDocument doc = LatexDocument.of(capitalised(limitWord()) + " limit of " + code(model.name()),
                LatexDocument.Section.of("Model", "The model " + eqref("eq:model") + " as written, in "
                        + (model.convention() == org.kolmo.model.Convention.ITO ? "It\u00f4" : "Stratonovich")
                        + " form; " + math(wp.name(smallName())) + " is the small parameter (the scale separation).",
                        labelled("eq:model", wp.sde(written))));
        if (result.langevin().isPresent()) {
            LangevinForm l = result.langevin().get();
            String mass = wp.name(l.mass().name());
            doc = doc.with(LatexDocument.Section.of("Langevin form", "The model is in second-order (Langevin) form "
                    + "with the small mass " + math(mass) + ": the fast drift and the fast noise are both of "
                    + "order " + math("1/" + mass) + ". With " + math(mp.name(l.epsilon().name()) + " = \\sqrt{"
                    + mass + "}") + " and the scaled velocities " + String.join(", ", l.scaledVelocities().stream()
                            .map(v -> math(mp.name(v.name()) + " = \\sqrt{" + mass + "}\\, "
                                    + wp.name(l.originalName(v.name()))))
                            .toList()) + " it becomes the slow-fast system " + eqref("eq:slow-fast") + ", in the "
                    + "class of the expansion; its limit is the Smoluchowski-Kramers limit with its noise-induced "
                    + "drift (Hottovy, McDaniel, Volpe, Wehr 2015).", labelled("eq:slow-fast", mp.sde(model))));
        }
        if (result.system().isPresent()) {
            doc = doc.with(classSection(result.system().get(), mp));
        }
        if (result.closedFormOutside().isPresent()) {
            HomogenizationException why = result.closedFormOutside().get();
            doc = doc.with(LatexDocument.Section.of("Class", "The model lies outside the class of the closed forms "
                    + "of Lim, Results 2.1-2.2 (" + why.code().code() + (why.variable() == null ? ""
                            : ", equation of " + math(mp.name(why.variable()))) + ": " + code(why.detail())
                    + "). The effective SDE is "
                    + "derived by the expansion of the backward Kolmogorov equation alone, which needs only a fast "
                    + "Ornstein-Uhlenbeck process for frozen slow variables and coefficients polynomial in the fast "
                    + "variables."));
        }
        if (result.split().isPresent()) {
            doc = doc.with(generatorSection(result.split().get(), mp));
            doc = doc.with(hierarchySection(hom));
        }
        doc = doc.with(measureSection(mp));
        if (result.generator().isPresent() && hom) {
            doc = doc.with(cellSection(result.generator().get(), mp));
        }
        if (result.generator().isPresent()) {
            doc = doc.with(solvabilitySection(result.generator().get(), ep, hom));
        }
        if (result.closedForm().isPresent() && hom) {
            doc = doc.with(closedFormSection(result.closedForm().get(), mp, ep));
        }
        if (!result.agreements().isEmpty()) {
            doc = doc.with(agreementSection(ep));
        }
        doc = doc.with(effectiveSection(e, ep));
        if (!result.checks().isEmpty()) {
            doc = doc.with(checksSection());
        }
        if (monteCarlo.isPresent()) {
            doc = doc.with(monteCarloSection(monteCarlo.get()));
        }
        return doc.render();
    }

    private static String pmatrix(LatexPrinter p, List<List<IExpr>> m) {
        if (m.isEmpty() || m.get(0).isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder("\\begin{pmatrix}");
        for (int i = 0; i < m.size(); i++) {
            List<String> row = new ArrayList<>();
            for (IExpr x : m.get(i)) {
                row.add(p.latex(x));
            }
            sb.append(String.join(" & ", row));
            if (i + 1 < m.size()) {
                sb.append(" \\\\ ");
            }
        }
        return sb.append("\\end{pmatrix}").toString();
    }

    private static String column(LatexPrinter p, List<IExpr> v) {
        List<List<IExpr>> m = new ArrayList<>();
        for (IExpr x : v) {
            m.add(List.of(x));
        }
        return pmatrix(p, m);
    }

    private LatexDocument.Section classSection(SlowFastSystem s, LatexPrinter p) {
        List<String> eqs = new ArrayList<>();
        boolean hom = s.regime() == Regime.HOMOGENIZATION;
        eqs.add(labelled("eq:class-first", "u_0 = " + column(p, s.u0())));
        if (hom) {
            eqs.add("U_1 = " + pmatrix(p, s.u1()));
        }
        eqs.add("B_2 = " + pmatrix(p, s.b2()));
        if (hom) {
            eqs.add("b_1 = " + column(p, s.b1()));
        }
        eqs.add("\\sigma_0 = " + pmatrix(p, s.sigma0()));
        eqs.add("\\sigma_1 = " + pmatrix(p, s.sigma1()));
        if (!s.functionals().isEmpty()) {
            eqs.add("r = " + column(p, s.r()));
            if (hom) {
                eqs.add("q = " + column(p, s.q()));
            }
            eqs.add("p = " + pmatrix(p, s.p()));
        }
        eqs.set(eqs.size() - 1, labelled("eq:class-last", eqs.get(eqs.size() - 1)));
        StringBuilder prose = new StringBuilder();
        prose.append(hom ? "The model is in the class of Lim, eqs. (5)-(7): "
                + math("dX = u_0\\, dt + \\tfrac{1}{\\varepsilon} U_1 Y\\, dt + \\sigma_0\\, d\\tilde{W}") + ", "
                + math("dY = -\\tfrac{1}{\\varepsilon^{2}} B_2 Y\\, dt + \\tfrac{1}{\\varepsilon} b_1\\, dt + "
                        + "\\tfrac{1}{\\varepsilon}\\sigma_1\\, dW") + ", "
                + math("dA = r\\, dt + \\tfrac{1}{\\varepsilon} q\\, dt + p \\cdot dX") + ", with the coefficients "
                + "DISPLAYS (the columns of " + math("\\sigma_0") + " and " + math("\\sigma_1")
                + " are the model's noises). "
                : "The model is in the class of first-order averaging: "
                        + math("dX = u_0(X, Y)\\, dt + \\sigma_0(X, Y)\\, d\\tilde{W}") + ", "
                        + math("dY = -\\tfrac{1}{\\varepsilon} B_2 Y\\, dt + \\tfrac{1}{\\sqrt{\\varepsilon}}"
                                + "\\sigma_1\\, dW") + ", " + math("dA = r\\, dt + p \\cdot dX")
                        + ", with the coefficients DISPLAYS. ");
        prose.append(stabilityText(s.stability()));
        if (!s.dropped().isEmpty()) {
            prose.append(" Terms of positive order in " + math("\\varepsilon") + " vanish in the limit and were "
                    + "dropped: ");
            List<String> d = new ArrayList<>();
            for (GeneratorSplit.DroppedTerm t : s.dropped()) {
                d.add(math(p.latex(t.term()) + "\\, \\mathrm{d}" + t.differential().substring(1)) + " in the "
                        + "equation of " + math(p.name(t.variable())));
            }
            prose.append(String.join("; ", d)).append('.');
        }
        String displays = eqs.size() == 1 ? eqref("eq:class-first")
                : eqref("eq:class-first") + "--" + eqref("eq:class-last");
        String text = prose.toString().replace("DISPLAYS", displays);
        prose = new StringBuilder(text);
        return new LatexDocument.Section("The slow-fast class", prose.toString(), eqs);
    }

    private static String stabilityText(PositiveStability st) {
        long proved = st.conditions().stream().filter(c -> c.verdict() == PositiveStability.Verdict.PROVED).count();
        long atValues = st.conditions().stream()
                .filter(c -> c.verdict() == PositiveStability.Verdict.CHECKED_AT_VALUES).count();
        long undecided = st.conditions().size() - proved - atValues;
        StringBuilder sb = new StringBuilder(math("B_2") + " must be positive stable; by the Routh-Hurwitz "
                + "criterion on " + math("\\det(\\lambda I + B_2)") + ", " + st.conditions().size() + " condition(s): ");
        sb.append(proved).append(" proved for all admissible parameters and ").append(math("X"));
        if (atValues > 0) {
            sb.append(", ").append(atValues).append(" checked at the model's parameter values only");
        }
        if (undecided > 0) {
            sb.append(", ").append(undecided).append(" undecided (parameters without values)");
        }
        return sb.append('.').toString();
    }

    private String operator(LatexPrinter p, SplitOperator op, GeneratorSplit split) {
        return generator(p, op.variables(), z -> orNull(op.drift().get(z), split),
                (z, w) -> orNull(op.diffusion().get(z).get(w), split));
    }

    /** A fast polynomial as an expression in the fast variables, null when it is zero (its term is left out). */
    private static IExpr orNull(FastPolynomial f, GeneratorSplit split) {
        return f.isZero() ? null : f.toExpr(split.fast());
    }

    /**
     * The generator Σ b_z ∂_z + ½ Σ a_zz ∂_z² + Σ_{z<w} a_zw ∂_z ∂_w in {@code vars} (the symmetric pair a_zw = a_wz
     * folded into one term), a null coefficient left out; 0 when none is left. The split operators and the effective
     * generator are printed alike.
     */
    private static String generator(LatexPrinter p, List<ISymbol> vars, IntFunction<IExpr> drift,
            BiFunction<Integer, Integer, IExpr> diffusion) {
        List<IExpr> coefficients = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int z = 0; z < vars.size(); z++) {
            IExpr b = drift.apply(z);
            if (b != null) {
                coefficients.add(b);
                symbols.add("\\partial_{" + p.name(Symbols.displayName(vars.get(z))) + "}");
            }
        }
        for (int z = 0; z < vars.size(); z++) {
            for (int w = z; w < vars.size(); w++) {
                IExpr c = diffusion.apply(z, w);
                if (c == null) {
                    continue;
                }
                if (z == w) {
                    c = CasSession.get().evaluate(F.Times(F.C1D2, c));
                }
                coefficients.add(c);
                String nz = p.name(Symbols.displayName(vars.get(z)));
                String nw = p.name(Symbols.displayName(vars.get(w)));
                symbols.add(z == w ? "\\partial_{" + nz + "}^{2}" : "\\partial_{" + nz + "}\\partial_{" + nw + "}");
            }
        }
        return coefficients.isEmpty() ? "0" : p.linearCombination(coefficients, symbols);
    }

    private LatexDocument.Section generatorSection(GeneratorSplit split, LatexPrinter p) {
        boolean hom = split.regime() == Regime.HOMOGENIZATION;
        List<String> eqs = new ArrayList<>();
        eqs.add(labelled("eq:generator-split", hom ? "\\mathcal{L} = \\frac{1}{\\varepsilon^{2}}\\mathcal{L}_0 + \\frac{1}{\\varepsilon}\\mathcal{L}_1 "
                + "+ \\mathcal{L}_2" : "\\mathcal{L} = \\frac{1}{\\varepsilon}\\mathcal{L}_0 + \\mathcal{L}_1"));
        eqs.add(labelled("eq:L0", "\\mathcal{L}_0 = " + operator(p, split.l0(), split)));
        eqs.add("\\mathcal{L}_1 = " + operator(p, split.l1(), split));
        if (hom) {
            eqs.add("\\mathcal{L}_2 = " + operator(p, split.l2(), split));
        }
        String prose = "The generator of the whole system, in It\u00f4 form with the functionals' "
                + math("p \\cdot dX") + " substituted, split by powers of " + math("\\varepsilon") + " "
                + eqref("eq:generator-split") + " (Lim, eqs. 25-28; the " + math("\\sigma_0\\sigma_0^{T}")
                + " term of " + math("\\mathcal{L}_2") + " acts on the slow variables, the erratum of eq. 28). "
                + math("\\mathcal{L}_0") + " " + eqref("eq:L0") + " is the generator of the fast "
                + "Ornstein-Uhlenbeck process, " + math("-B_2 Y \\cdot \\nabla_Y + \\tfrac{1}{2}\\sigma_1"
                        + "\\sigma_1^{T} : \\nabla_Y \\nabla_Y") + ", in which " + math("X") + " is a parameter.";
        if (!split.dropped().isEmpty()) {
            prose += " Terms of positive order in " + math("\\varepsilon") + " were dropped ("
                    + split.dropped().size() + ").";
        }
        return new LatexDocument.Section("Generator", prose, eqs);
    }

    private static LatexDocument.Section hierarchySection(boolean hom) {
        if (!hom) {
            return LatexDocument.Section.of("Expansion",
                    "With " + math("\\rho = \\rho_0 + \\varepsilon\\rho_1 + \\dotsb") + ", the backward "
                            + "Kolmogorov equation " + math("\\partial_t \\rho = \\mathcal{L}\\rho") + " gives "
                            + eqref("eq:hierarchy") + ": at order " + math("1/\\varepsilon") + " "
                            + math("\\mathcal{L}_0 \\rho_0 = 0") + ", so " + math("\\rho_0") + " does not depend "
                            + "on " + math("Y") + ", and at order 1 the second equation, solvable when "
                            + math("\\partial_t \\rho_0") + " is the average of " + math("\\mathcal{L}_1\\rho_0")
                            + " under the fast invariant measure.",
                    labelled("eq:hierarchy", "\\mathcal{L}_0 \\rho_0 = 0,\\qquad \\frac{\\partial \\rho_0}{\\partial t} = \\mathcal{L}_0 \\rho_1 "
                            + "+ \\mathcal{L}_1 \\rho_0"));
        }
        return LatexDocument.Section.of("Hierarchy",
                "With " + math("\\rho = \\rho_0 + \\varepsilon\\rho_1 + \\varepsilon^{2}\\rho_2 + \\dotsb")
                        + " in the backward Kolmogorov equation " + math("\\partial_t \\rho = \\mathcal{L}\\rho")
                        + " (Lim, eq. 29), equal powers of " + math("\\varepsilon") + " give "
                        + eqref("eq:order-0") + "--" + eqref("eq:order-2") + " (Lim, eqs. 30-32). By "
                        + eqref("eq:order-0") + " and the ergodicity of the fast process "
                        + math("\\rho_0 = \\rho(X, A, t)") + " does not depend on " + math("Y") + ".",
                labelled("eq:order-0", "\\mathcal{L}_0 \\rho_0 = 0"),
                labelled("eq:order-1", "\\mathcal{L}_0 \\rho_1 + \\mathcal{L}_1 \\rho_0 = 0"),
                labelled("eq:order-2", "\\frac{\\partial \\rho_0}{\\partial t} = \\mathcal{L}_0 \\rho_2 + \\mathcal{L}_1 \\rho_1 + "
                        + "\\mathcal{L}_2 \\rho_0"));
    }

    private LatexDocument.Section measureSection(LatexPrinter p) {
        List<List<IExpr>> j = result.generator().map(GeneratorRoute.Result::covariance)
                .orElseGet(() -> result.closedForm().get().covariance());
        Optional<List<IExpr>> mean = fastMean();
        if (mean.isPresent()) {
            return LatexDocument.Section.of("Fast invariant measure",
                    "For fixed " + math("X") + " the fast process is Gaussian with mean " + math("\\mu(X)")
                            + " solving " + math("B_2 \\mu = c") + " " + eqref("eq:fast-mean") + ", where "
                            + math("c") + " is the " + math("Y") + "-free part of the leading fast drift "
                            + math("c - B_2 Y") + " (the fast equilibrium moves with the slow variables), and "
                            + "covariance " + math("J") + " solving the Lyapunov equation " + eqref("eq:lyapunov")
                            + " (Lim, eq. 39), " + eqref("eq:fast-covariance") + ", both solved exactly; averages of "
                            + "polynomials in " + math("Y") + " under it (written with a bar) follow from Isserlis' "
                            + "theorem applied to " + math("Y - \\mu") + ".",
                    labelled("eq:fast-mean", "B_2 \\mu = c,\\qquad \\mu = " + column(p, mean.get())),
                    labelled("eq:lyapunov", "B_2 J + J B_2^{T} = \\sigma_1 \\sigma_1^{T}"),
                    labelled("eq:fast-covariance", "J = " + pmatrix(p, j)));
        }
        return LatexDocument.Section.of("Fast invariant measure",
                "For fixed " + math("X") + " the fast process is Gaussian with mean 0 and covariance " + math("J")
                        + " " + eqref("eq:fast-covariance") + " solving the Lyapunov equation " + eqref("eq:lyapunov")
                        + " (Lim, eq. 39), solved exactly; averages of polynomials in " + math("Y") + " under it "
                        + "(written with a bar) follow from Isserlis' theorem.",
                labelled("eq:lyapunov", "B_2 J + J B_2^{T} = \\sigma_1 \\sigma_1^{T}"),
                labelled("eq:fast-covariance", "J = " + pmatrix(p, j)));
    }

    private LatexDocument.Section cellSection(GeneratorRoute.Result g, LatexPrinter p) {
        List<String> eqs = new ArrayList<>();
        GeneratorSplit split = g.split();
        List<String> terms = new ArrayList<>();
        for (GeneratorRoute.Cell c : g.cells()) {
            String z = p.name(Symbols.displayName(c.variable()));
            eqs.add("\\theta_{" + z + "} = \\mathcal{L}_1 " + z + " = " + p.latex(c.theta().toExpr(split.fast()))
                    + ",\\qquad \\overline{\\theta_{" + z + "}} = " + p.latex(c.average()));
            eqs.add("-\\mathcal{L}_0 \\Phi_{" + z + "} = \\theta_{" + z + "}:\\qquad \\Phi_{" + z + "} = "
                    + p.latex(c.solution().toExpr(split.fast())));
            terms.add("\\Phi_{" + z + "}\\,\\partial_{" + z + "}\\rho");
        }
        eqs.add(labelled("eq:rho1", "\\rho_1 = " + String.join(" + ", terms)));
        return new LatexDocument.Section("Cell problems",
                "Equation " + eqref("eq:order-1") + " is the Poisson equation "
                        + math("-\\mathcal{L}_0 \\rho_1 = \\mathcal{L}_1 \\rho_0 = \\sum_i \\theta_i\\, "
                                + "\\partial_i \\rho") + " (Lim, eq. 33). For each resolved variable " + math("z")
                        + " the centering condition, that " + math("\\theta_z") + " averages to zero under the fast "
                        + "invariant measure, was checked (it holds: the averages are shown), and the cell problem "
                        + math("-\\mathcal{L}_0 \\Phi_z = \\theta_z") + " was solved exactly on polynomials in "
                        + math("Y") + ": " + math("\\mathcal{L}_0") + " maps polynomials of degree " + math("k")
                        + " into themselves, so the solution is a linear solve on coefficient vectors, degree by "
                        + "degree from the top; the constant in the null space of " + math("\\mathcal{L}_0")
                        + " is set to 0. Then " + math("\\rho_1") + " is " + eqref("eq:rho1") + " (Lim, eq. 34).",
                eqs);
    }

    private LatexDocument.Section solvabilitySection(GeneratorRoute.Result g, LatexPrinter ep, boolean hom) {
        List<String> eqs = new ArrayList<>();
        eqs.add(labelled("eq:effective-generator", hom ? "\\frac{\\partial \\rho}{\\partial t} = \\overline{\\mathcal{L}_1 \\rho_1 + \\mathcal{L}_2 "
                + "\\rho} = \\bar{\\mathcal{L}}\\rho" : "\\frac{\\partial \\rho}{\\partial t} = \\overline{\\mathcal{L}_1"
                        + " \\rho} = \\bar{\\mathcal{L}}\\rho"));
        List<ISymbol> z = result.effective().variables();
        eqs.add("\\bar{\\mathcal{L}} = " + generator(ep, z, g.drift()::get, (i, k) -> g.diffusion().get(i).get(k)));
        for (int i = 0; i < z.size(); i++) {
            String n = ep.name(Symbols.displayName(z.get(i)));
            eqs.add("\\bar{\\mathcal{L}} " + n + " = " + ep.latex(g.averagedDrift().get(i)) + " + "
                    + ep.addend(g.fastDrift().get(i)) + " + " + ep.addend(g.noiseInducedDrift().get(i)));
        }
        return new LatexDocument.Section("Solvability and the effective generator",
                hom ? "Equation " + eqref("eq:order-2") + " has a solution " + math("\\rho_2") + " only if its "
                        + "right side averages to zero under the fast invariant measure (Lim, eq. 38); with "
                        + math("\\rho_1") + " from the cell problems this is the limiting backward Kolmogorov "
                        + "equation " + eqref("eq:effective-generator") + ". The effective drift is "
                        + math("\\bar{\\mathcal{L}} z_i") + "; it is shown split into the average of "
                        + math("\\mathcal{L}_2 z_i") + ", the part of " + math("\\mathcal{L}_1 \\Phi_i")
                        + " that differentiates in " + math("Y") + " (from the fast drift) and the part that "
                        + "differentiates in " + math("X") + " and " + math("A") + " (the noise-induced drift). The "
                        + "diffusion matrix is " + math("\\bar{\\mathcal{L}}(z_i z_j) - z_i \\bar{\\mathcal{L}} z_j "
                                + "- z_j \\bar{\\mathcal{L}} z_i") + "."
                        : "The solvability condition gives the averaged generator " + eqref("eq:effective-generator")
                                + "; its drift and diffusion are read off the same way.",
                eqs);
    }

    private LatexDocument.Section closedFormSection(ClosedFormRoute.Result c, LatexPrinter mp, LatexPrinter ep) {
        List<String> eqs = new ArrayList<>();
        eqs.add("B_2^{-1} = " + pmatrix(mp, c.b2Inverse()));
        eqs.add("S^{i} = (U_1 J)^{lk}\\,\\partial_{X^{l}} (U_1 B_2^{-1})^{ik} = " + column(mp, c.noiseInducedDrift()));
        eqs.add("F_1 = u_0 + U_1 B_2^{-1} b_1 + S = " + column(mp, c.slowDrift()));
        SlowFastSystem s = c.system();
        for (int a = 0; a < c.functionalDrift().size(); a++) {
            String name = mp.name(Symbols.displayName(s.functionals().get(a)));
            eqs.add("\\phi_{" + name + "} = -\\mathcal{L}_0^{-1}(p\\cdot U_1 Y + q) = "
                    + mp.latex(c.phi().get(a).toExpr(s.fast())));
            List<IExpr> parts = c.functionalDriftParts().get(a);
            eqs.add("F_2^{" + name + "} = \\bar r + \\overline{p\\cdot u_0} + \\overline{b_1\\cdot\\nabla_Y \\phi} + "
                    + "\\overline{U_1 Y\\cdot\\nabla_X \\phi} = " + mp.latex(parts.get(0)) + " + " + mp.addend(parts.get(1))
                    + " + " + mp.addend(parts.get(2)) + " + " + mp.addend(parts.get(3)) + " = "
                    + mp.latex(c.functionalDrift().get(a)));
        }
        eqs.add("A_0 = " + pmatrix(mp, c.a0()));
        eqs.add("A_1 = " + pmatrix(mp, c.a1()));
        eqs.add("A A^{T} = \\tfrac{1}{2}(A_0 + A_0^{T}) + A_1 = " + pmatrix(mp, c.diffusion()));
        eqs.set(0, labelled("eq:closed-form-first", eqs.get(0)));
        String prose = "Result 2.1 (Lim, eqs. 8-17) evaluated on the coefficients of the class, from "
                + eqref("eq:closed-form-first") + " on: the noise-induced drift " + math("S") + " (eq. 11), "
                + math("F_1") + " (eq. 9), " + math("F_2") + " (eq. 10) with "
                + math("\\phi = -\\mathcal{L}_0^{-1}(p \\cdot U_1 Y + q)") + ", " + math("A_0") + " (eqs. 12-16) and "
                + math("A_1") + " (eq. 17).";
        boolean erratum = false;
        for (int a = 0; a < c.a1AsPrinted().size(); a++) {
            int n = s.slow().size();
            IExpr printed = c.a1AsPrinted().get(a).get(a);
            IExpr used = c.a1().get(n + a).get(n + a);
            if (!printed.equals(used)) {
                erratum = true;
            }
        }
        if (erratum) {
            prose += " Erratum: eq. (17) prints the " + math("A") + "-" + math("A") + " entry of " + math("A_1")
                    + " as " + math("(\\bar{p}^{T}\\sigma_0)(\\bar{p}^{T}\\sigma_0)^{T}") + "; the generator gives "
                    + "the average of " + math("(p^{T}\\sigma_0)(p^{T}\\sigma_0)^{T}") + ", which differs here because "
                    + math("p") + " depends on " + math("Y") + ". The average is used (the generator route confirms "
                    + "it); eq. (17) as printed would give " + eqref("eq:a1-as-printed") + ".";
            eqs.add(labelled("eq:a1-as-printed", "A_1^{\\mathrm{printed}} = " + pmatrix(mp, c.a1AsPrinted())));
        }
        if (c.result22().isPresent()) {
            ClosedFormRoute.Result22 r = c.result22().get();
            prose += " The hypotheses of Result 2.2 hold (" + math("p = p_0(X)") + ", " + math("q = 0") + ", "
                    + math("\\sigma_0 = 0") + "): the functional's extra drift is " + math("dA'") + " (eq. 22) in "
                    + "It\u00f4 form and " + math("dA''") + " (eq. 24) in Stratonovich form, " + eqref("eq:result-22")
                    + ", with " + math("\\mu = B_2^{-1} J") + " and " + math("\\mu_A") + " its antisymmetric part; "
                    + math("dA''") + " vanishes when " + math("\\mu") + " is symmetric (a reversible fast process).";
            eqs.add("\\mu_A = \\tfrac{1}{2}(\\mu - \\mu^{T}) = " + pmatrix(mp, r.muAntisymmetric()));
            eqs.add(labelled("eq:result-22", "\\frac{\\mathrm{d}A'}{\\mathrm{d}t} = " + column(mp, r.itoExtraDrift())
                    + ",\\qquad \\frac{\\mathrm{d}A''}{\\mathrm{d}t} = " + column(mp, r.stratonovichExtraDrift())));
        }
        return new LatexDocument.Section("Closed form (Result 2.1)", prose, eqs);
    }

    private LatexDocument.Section agreementSection(LatexPrinter ep) {
        long equal = result.agreements().stream().filter(Homogenization.Agreement::equal).count();
        String prose = "The generator route and the closed form were compared entry by entry as exact rational "
                + "functions (drift, noise-induced drift and diffusion matrix): " + equal + " of "
                + result.agreements().size() + " entries are equal"
                + (result.routesAgree() ? "." : "; the routes disagree on the entries listed below.");
        List<String> eqs = new ArrayList<>();
        for (Homogenization.Agreement a : result.agreements()) {
            if (!a.equal()) {
                eqs.add("\\text{" + a.quantity() + " " + a.entry() + "}: " + ep.latex(a.generator()) + " \\neq "
                        + ep.latex(a.closedForm()));
            }
        }
        return new LatexDocument.Section("Agreement of the two routes", prose, eqs);
    }

    private LatexDocument.Section effectiveSection(EffectiveSde e, LatexPrinter ep) {
        List<String> eqs = new ArrayList<>();
        eqs.add(labelled("eq:effective-ito", ep.sde(e.ito())));
        eqs.add(labelled("eq:effective-stratonovich", ep.sde(e.stratonovich())));
        eqs.add(labelled("eq:effective-diffusion", "A A^{T} = " + pmatrix(ep, e.diffusionMatrix())));
        e.functionalIto().ifPresent(f -> eqs.add(labelled("eq:result-22-ito", LatexPrinter.of(f).sde(f))));
        e.functionalStratonovich().ifPresent(f -> eqs.add(labelled("eq:result-22-stratonovich",
                LatexPrinter.of(f).sde(f))));
        String prose = "The effective SDE in It\u00f4 form " + eqref("eq:effective-ito") + " (Lim, eq. 8), then in "
                + "Stratonovich form " + eqref("eq:effective-stratonovich") + ", with the factor " + math("A")
                + " from a symbolic Cholesky decomposition of " + math("A A^{T}") + " "
                + eqref("eq:effective-diffusion") + " (" + math("A A^{T}") + " fixes the law, not " + math("A")
                + "); the noise-induced drift is the last term in the split of the drift in "
                + (result.generator().isPresent() ? "the effective generator" : "the closed form") + ". "
                + math("B_1, B_2, \\dotsc") + " are new independent Wiener processes."
                + (e.functionalIto().isPresent() ? " Last, the forms of Result 2.2: the slow variables with the noise "
                        + "coefficient " + math("U_1 B_2^{-1} \\sigma_1") + " of eq. (21), the functional with "
                        + math("p_0 \\cdot dX") + " " + eqref("eq:result-22-ito") + " (eq. 20) and "
                        + math("p_0 \\circ dX") + " " + eqref("eq:result-22-stratonovich") + " (eq. 23)." : "");
        return new LatexDocument.Section("Effective SDE", prose, eqs);
    }

    private LatexDocument.Section checksSection() {
        List<List<String>> rows = new ArrayList<>();
        for (NumericCheck c : result.checks()) {
            rows.add(List.of(checkName(c.name()), c.deviation() > 0 && c.deviation() < 1e-12 ? math("< 10^{-12}")
                    : math(LatexDocument.number(c.deviation(), 3)), math(LatexDocument.number(c.tolerance(), 3)),
                    c.passed() ? "passed" : "failed"));
        }
        return new LatexDocument.Section("Numeric checks", "Numeric cross-checks at the model's parameter values and "
                + "a sample point of the slow variables, in " + tableref("tab:numeric-checks") + ".", List.of())
                .with(new LatexDocument.Table("tab:numeric-checks", "Numeric cross-checks",
                        ">{\\raggedright\\arraybackslash}p{6.5cm}rrl",
                        List.of("check", "deviation", "tolerance", "verdict"), rows));
    }

    /** The name of a numeric check with its notation as math. */
    private static String checkName(String name) {
        if (name.startsWith("J: ")) {
            return math("J") + ": exact solution against Bartels-Stewart (Lim, eq. 39)";
        }
        if (name.startsWith("B2 positive stable")) {
            return math("B_2") + " positive stable: the smallest real part of its eigenvalues";
        }
        if (name.startsWith("A A^T")) {
            return math("A A^{T}") + " against the diffusion matrix";
        }
        if (name.startsWith("cell problems")) {
            return "cell problems: " + math("-\\mathcal{L}_0 \\Phi - \\theta = 0") + " (exact)";
        }
        return name.contains("^") || name.contains("_") ? code(name) : name;
    }

    private LatexDocument.Section monteCarloSection(MonteCarloCheck.Result mc) {
        LatexPrinter ep = LatexPrinter.of(result.effective().ito());
        List<List<String>> rows = new ArrayList<>();
        for (MonteCarloCheck.WeakError e : mc.errors()) {
            rows.add(List.of(math(observable(ep, e.observable())), math(LatexDocument.number(e.full(), 3)),
                    math(LatexDocument.number(e.effective(), 3)), math(LatexDocument.number(e.difference(), 2)),
                    math(LatexDocument.number(e.standardError(), 2)), math("[" + LatexDocument.number(e.lower95(), 2)
                            + ", " + LatexDocument.number(e.upper95(), 2) + "]"),
                    mc.accepted(e) ? "ok" : "fails"));
        }
        MonteCarloCheck.Settings s = mc.settings();
        String bound = s.tolerance() > 0 ? math(LatexDocument.number(s.tolerance(), 3)) + " and 4 standard errors"
                : "4 standard errors";
        String prose = String.format(Locale.ROOT, "Euler-Maruyama Monte Carlo of the full model at %s (step %s) "
                + "and of the effective SDE %s (step %s), %d paths each, up to %s (random stream %d). %s lists the "
                + "weak errors %s of the observables at %s with their standard errors and 95%% intervals. "
                + "Verdict: %s", math("\\varepsilon = " + fmt(mc.eps())), math(LatexDocument.number(mc.fullStep(), 3)),
                eqref("eq:effective-ito"), math(LatexDocument.number(mc.effectiveStep(), 3)), s.paths(),
                math("T = " + fmt(s.horizon())), s.seed(), tableref("tab:monte-carlo"),
                math("\\mathbb{E}_{\\mathrm{full}} - \\mathbb{E}_{\\mathrm{effective}}"), math("T"),
                mc.passed() ? "every difference lies within " + bound + "." : "a difference exceeds " + bound + ".");
        for (String note : mc.notes()) {
            prose += " Note: " + noteMath(ep, note) + ".";
        }
        return new LatexDocument.Section("Monte Carlo check", prose, List.of()).with(new LatexDocument.Table(
                "tab:monte-carlo", "Weak errors of the effective SDE at " + math("T = " + fmt(s.horizon())), "lrrrrll",
                List.of("observable", "full", "effective", "difference", "std. err.", "95% interval", "verdict"),
                rows));
    }

    /** An observable {@code X1}, {@code X1^2} or {@code X1*X2} as the expectation it stands for. */
    private static String observable(LatexPrinter p, String o) {
        String inner = o.strip();
        if (inner.startsWith("E[") && inner.endsWith("]")) {
            inner = inner.substring(2, inner.length() - 1);
        }
        List<String> factors = new ArrayList<>();
        for (String f : inner.split("\\*")) {
            int caret = f.indexOf('^');
            String base = (caret < 0 ? f : f.substring(0, caret)).strip();
            boolean atT = base.endsWith("(T)");
            base = atT ? base.substring(0, base.length() - 3) : base;
            // the time is the table's (its caption names T)
            factors.add(p.name(base) + (caret < 0 ? "" : "^{" + f.substring(caret + 1).strip()
                    + "}"));
        }
        return "\\mathbb{E}[" + String.join("\\, ", factors) + "]";
    }

    /** A note of the check (written for the text output) with its notation as math and its option as code. */
    private static String noteMath(LatexPrinter p, String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the 1/eps drift of (\\S+) is").matcher(note);
        String out = m.find() ? note.substring(0, m.start()) + "the " + math("1/\\varepsilon") + " drift of "
                + math(p.name(m.group(1))) + " is" + note.substring(m.end()) : note;
        out = out.replace("O(1/K)", math("O(1/K)")).replace("1/(K eps)", math("1/(K\\varepsilon)"))
                .replace("--steps-per-fast-time", code("--steps-per-fast-time"));
        return out.replaceAll("\\(K = ([0-9]+) ", "(" + math("K = $1") + " ");
    }

    // ------------------------------------------------------------------ JSON

    @Override
    public String json() {
        EffectiveSde e = result.effective();
        Json json = new Json(Notation.of(e.ito()), e.ito());
        Json modelJson = json.sibling(Notation.of(result.model()));
        ObjectNode node = Json.forCommand("homogenize", result.model().name());
        node.put("regime", result.regime().name().toLowerCase(Locale.ROOT));
        node.put("route", result.route().option());
        result.langevin().ifPresent(l -> {
            ObjectNode o = node.putObject("langevinForm");
            o.put("mass", l.mass().name());
            o.put("epsilon", l.epsilon().name());
            ObjectNode scaled = o.putObject("scaledVelocities");
            l.scaledVelocities().forEach(v -> scaled.put(v.name(), l.originalName(v.name())));
            o.set("rescaledModel", modelJson.model(result.model()));
        });
        result.closedFormOutside().ifPresent(why -> {
            ObjectNode o = node.putObject("closedFormNotApplicable");
            o.put("code", why.code().code());
            if (why.variable() != null) {
                o.put("equation", why.variable());
            }
            o.put("reason", why.detail());
        });
        node.set("effective", json.model(e.ito()));
        node.set("stratonovich", json.model(e.stratonovich()));
        node.set("drift", json.vector(e.drift()));
        node.set("averagedDrift", json.vector(e.averagedDrift()));
        node.set("fastDrift", json.vector(e.fastDrift()));
        node.set("noiseInducedDrift", json.vector(e.noiseInducedDrift()));
        node.set("diffusionMatrix", json.matrix(e.diffusionMatrix()));
        node.set("factor", json.matrix(e.factor().factor()));
        e.functionalIto().ifPresent(f -> node.set("result22Ito", json.model(f)));
        e.functionalStratonovich().ifPresent(f -> node.set("result22Stratonovich", json.model(f)));
        result.system().ifPresent(s -> {
            ObjectNode cls = node.putObject("class");
            cls.set("u0", modelJson.vector(s.u0()));
            cls.set("U1", modelJson.matrix(s.u1()));
            cls.set("B2", modelJson.matrix(s.b2()));
            cls.set("b1", modelJson.vector(s.b1()));
            cls.set("sigma0", modelJson.matrix(s.sigma0()));
            cls.set("sigma1", modelJson.matrix(s.sigma1()));
            cls.set("r", modelJson.vector(s.r()));
            cls.set("q", modelJson.vector(s.q()));
            cls.set("p", modelJson.matrix(s.p()));
        });
        fastMean().ifPresent(mu -> node.set("fastMean", modelJson.vector(mu)));
        if (!result.agreements().isEmpty()) {
            node.put("routesAgree", result.routesAgree());
            ArrayNode ag = node.putArray("agreements");
            for (Homogenization.Agreement a : result.agreements()) {
                ObjectNode an = ag.addObject();
                an.put("quantity", a.quantity());
                an.put("entry", a.entry());
                an.put("equal", a.equal());
            }
        }
        ArrayNode checks = node.putArray("checks");
        for (NumericCheck c : result.checks()) {
            ObjectNode cn = checks.addObject();
            cn.put("name", c.name());
            cn.put("deviation", c.deviation());
            cn.put("tolerance", c.tolerance());
            cn.put("passed", c.passed());
        }
        monteCarlo.ifPresent(mc -> {
            ObjectNode m = node.putObject("monteCarlo");
            m.put("paths", mc.settings().paths());
            m.put("horizon", mc.settings().horizon());
            m.put("seed", mc.settings().seed());
            m.put("eps", mc.eps());
            m.put("fullStep", mc.fullStep());
            m.put("effectiveStep", mc.effectiveStep());
            m.put("tolerance", mc.settings().tolerance());
            m.put("passed", mc.passed());
            ArrayNode notes = m.putArray("notes");
            mc.notes().forEach(notes::add);
            ArrayNode errs = m.putArray("weakErrors");
            for (MonteCarloCheck.WeakError w : mc.errors()) {
                ObjectNode wn = errs.addObject();
                wn.put("observable", w.observable());
                wn.put("full", w.full());
                wn.put("fullStandardError", w.fullStandardError());
                wn.put("effective", w.effective());
                wn.put("effectiveStandardError", w.effectiveStandardError());
                wn.put("difference", w.difference());
                wn.put("standardError", w.standardError());
                wn.put("lower95", w.lower95());
                wn.put("upper95", w.upper95());
                wn.put("withinFourStandardErrors", w.check().accepted(0));
                wn.put("accepted", mc.accepted(w));
            }
        });
        node.put("latex", latex());
        return json.render(node);
    }
}

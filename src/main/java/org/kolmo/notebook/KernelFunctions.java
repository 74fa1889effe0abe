package org.kolmo.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.kolmo.CheckOptions;
import org.kolmo.Checked;
import org.kolmo.ClosedOdeOptions;
import org.kolmo.HomogenizeOptions;
import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.MomentsOptions;
import org.kolmo.MonteCarloOptions;
import org.kolmo.Progress;
import org.kolmo.ReduceOptions;
import org.kolmo.StationaryOptions;
import org.kolmo.calculus.Generator;
import org.kolmo.calculus.ItoFormula;
import org.kolmo.cas.JavaFunctions;
import org.kolmo.cas.Symbols;
import org.kolmo.check.ClaimResult;
import org.kolmo.error.KolmoException;
import org.kolmo.homogenization.EffectiveSde;
import org.kolmo.io.ModelWriter;
import org.kolmo.model.Sde;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.ClosedOde;
import org.kolmo.moments.MomentSystem;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.reduction.AdiabaticElimination;
import org.kolmo.reduction.ReducedSde;
import org.kolmo.reduction.Reduction;
import org.kolmo.report.CheckReport;
import org.kolmo.report.ClosedMomentsReport;
import org.kolmo.report.ClosedOdeReport;
import org.kolmo.report.ClosureCheckReport;
import org.kolmo.report.GeneratorReport;
import org.kolmo.report.HomogenizationReport;
import org.kolmo.report.ItoFormulaReport;
import org.kolmo.report.ModelReport;
import org.kolmo.report.MomentsReport;
import org.kolmo.report.ReductionReport;
import org.kolmo.report.Report;
import org.kolmo.report.SdeReport;
import org.kolmo.report.SimulationReport;
import org.kolmo.report.StationaryReport;
import org.kolmo.report.VerificationReport;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The functions a notebook cell can call, registered into the session's Symja engine. Each calls the facade
 * ({@link Kolmo}) and returns a Symja expression in the user's names ({@link CellSymbols}) that a next cell can pass
 * to {@code D}, {@code Series}, {@code Simplify} or {@code Plot}; a call's own result shows as the derivation's
 * typeset report, and {@code Report(x)} shows it again for a stored result. Models are references, shown as their
 * equations. Options are Symja rules named as the command-line options without dashes, in any case
 * ({@code WithConstant -> True} is {@code --with-constant}). Model-level expressions (claims, functions f) are
 * strings, read by Kolmo's own reader, so that names such as {@code beta} never meet Symja's parser.
 */
final class KernelFunctions {
    /** A model the session holds, with the report that shows it (its equations, or the conversion it came from). */
    record HeldModel(KolmoModel model, Report report) {
    }

    /** The result of the statement being evaluated: its value, the report it shows as, images to show after it. */
    record Shown(IExpr value, Report report, List<DisplayData> extra) {
    }

    /** The kernel function of each command name, for {@code Kolmo("command", ...)}. */
    private static final Map<String, String> COMMANDS = Map.ofEntries(Map.entry("convert", "Convert"),
            Map.entry("generator", "Generator"), Map.entry("ito-formula", "ItoFormula"),
            Map.entry("moments", "Moments"), Map.entry("closed-ode", "ClosedOde"), Map.entry("check", "Check"),
            Map.entry("reduce", "ReduceModel"), Map.entry("homogenize", "Homogenize"),
            Map.entry("simulate", "Simulate"), Map.entry("verify", "Verify"),
            Map.entry("stationary", "StationaryDensity"));

    /**
     * Names that may replace a Symja built-in of the same name. Symja's {@code Check} is replaced by the claim
     * checker in the kernel (deliberately: it is the kernel's purpose); {@code Reduce} stays Symja's, and the model
     * reduction is {@code ReduceModel}.
     */
    private static final Set<String> SHADOWS = Set.of("check");

    /** The names registered so far in this process (registering again, for a new session, is fine). */
    private static final Set<String> DEFINED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final NotebookObjects objects;
    private final Path home;
    private final Map<String, Function<IAST, IExpr>> bodies = new LinkedHashMap<>();
    /** The report of each result a function returned, for {@code Report(x)}. */
    private final Map<IExpr, Report> reports = new HashMap<>();
    private Shown shown;
    /** An error raised inside a Symja evaluation, kept here because Symja may swallow exceptions of built-ins. */
    private RuntimeException pending;

    KernelFunctions(NotebookObjects objects, Path home) {
        this.objects = objects;
        this.home = home;
    }

    /** The names of the functions, for completion. */
    static List<String> names() {
        return List.of("LoadModel", "Convert", "Generator", "ItoFormula", "Moments", "ClosedOde", "Check",
                "ReduceModel", "Homogenize", "Simulate", "Verify", "StationaryDensity", "PlotMoments", "Report",
                "Kolmo");
    }

    void register() {
        define("LoadModel", this::loadModel);
        define("Convert", this::convert);
        define("Generator", this::generator);
        define("ItoFormula", this::itoFormula);
        define("Moments", this::moments);
        define("ClosedOde", this::closedOde);
        define("Check", this::check);
        define("ReduceModel", this::reduceModel);
        define("Homogenize", this::homogenize);
        define("Simulate", this::simulate);
        define("Verify", this::verify);
        define("StationaryDensity", this::stationary);
        define("PlotMoments", ast -> new MomentPlots(this).plot(ast));
        define("Report", this::report);
        define("Kolmo", ast -> {
            String function = ast.argSize() >= 2 && ast.arg1().isString() ? COMMANDS.get(ast.arg1().toString())
                    : null;
            if (function == null) {
                throw new NotebookException("Kolmo(\"command\", model, options...) runs one of the commands "
                        + String.join(", ", COMMANDS.keySet()));
            }
            IAST rest = ast.removeAtCopy(1);
            return bodies.get(function).apply(rest);
        });
    }

    /** Takes (and clears) the error a function raised during the last evaluation. */
    RuntimeException takePending() {
        RuntimeException e = pending;
        pending = null;
        return e;
    }

    /** Forgets the result of the previous statement. */
    void beginStatement() {
        shown = null;
    }

    /** The result of a kernel function in the statement just evaluated, or null. */
    Shown shown() {
        return shown;
    }

    NotebookObjects objects() {
        return objects;
    }

    private void define(String name, Function<IAST, IExpr> body) {
        String key = name.toLowerCase(Locale.ROOT);
        if (Context.SYSTEM.get(key) != null && !SHADOWS.contains(key) && !DEFINED.contains(key)) {
            throw new IllegalStateException("the notebook function " + name + " would replace Symja's built-in");
        }
        DEFINED.add(key);
        bodies.put(name, body);
        JavaFunctions.register(name, ast -> {
            try {
                return body.apply(ast);
            } catch (RuntimeException e) {
                pending = e;
                throw e;
            }
        });
    }

    /** A result: {@code value} in the user's names, shown as {@code report} by the statement that computed it. */
    private IExpr result(IExpr value, Report report, List<DisplayData> extra) {
        IExpr cell = CellSymbols.toCell(value);
        if (!cell.isAtom()) {
            reports.put(cell, report);
        }
        shown = new Shown(cell, report, extra);
        return cell;
    }

    private IExpr result(IExpr value, Report report) {
        return result(value, report, List.of());
    }

    /** A call of the facade; its errors become one message for the cell. */
    @FunctionalInterface
    private interface FacadeCall<T> {
        T call() throws Exception;
    }

    private static <T> T facade(FacadeCall<T> call) {
        try {
            return call.call();
        } catch (NotebookException e) {
            throw e;
        } catch (KolmoException e) {
            // Kolmo's own errors (a model outside a method's class, a bad option) are shown with their codes, as
            // the command line prints them
            throw new NotebookException(e);
        } catch (RuntimeException e) {
            // Kolmo's contract violations (its other org.kolmo exceptions) are shown by their message, anything
            // else is an internal error, shown with its class
            if (e.getClass().getName().startsWith("org.kolmo.")) {
                throw new NotebookException(e.getMessage(), e);
            }
            throw e;
        } catch (Exception e) {
            throw new NotebookException(e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- models

    private IExpr loadModel(IAST ast) {
        if (ast.argSize() != 1 || !ast.arg1().isString()) {
            throw new NotebookException("LoadModel(\"path/to/model.sde\") takes the path of a model file");
        }
        KolmoModel model = read(ast.arg1().toString());
        return hold(model, new SdeReport(model.sde()));
    }

    private KolmoModel read(String path) {
        Path file = resolvePath(path);
        try {
            return Kolmo.readModel(file);
        } catch (KolmoException e) {
            throw new NotebookException(e);
        }
    }

    /** A reference to a model; its names become usable in cells. */
    private IExpr hold(KolmoModel model, Report shownAs) {
        List<String> names = new ArrayList<>();
        model.sde().parameters().forEach(p -> names.add(p.name()));
        model.sde().variables().forEach(v -> names.add(v.name()));
        CellSymbols.declare(names);
        return objects.reference(new HeldModel(model, shownAs), "model " + model.name());
    }

    /** The model argument: a model the session holds, or the path of a model file. */
    KolmoModel kolmoModel(IExpr arg) {
        Object o = objects.resolve(arg);
        if (o instanceof HeldModel h) {
            return h.model();
        }
        if (arg.isString()) {
            return read(arg.toString());
        }
        throw new NotebookException("expected a model (from LoadModel or a derivation that yields one), got "
                + (o == null ? arg.toString() : "a " + o.getClass().getSimpleName().replace("Report", "") + " result"));
    }

    Sde model(IExpr arg) {
        return kolmoModel(arg).sde();
    }

    /** A derived model as one the session holds (its text as Kolmo writes it). */
    private IExpr hold(ModelReport r) {
        Sde sde = r.model();
        KolmoModel model = facade(() -> Kolmo.parseModel(ModelWriter.write(sde), sde.name() + ".sde"));
        return hold(model, r);
    }

    private IExpr convert(IAST ast) {
        KolmoModel m = need(ast, "Convert(m, \"stratonovich\")");
        Positional p = new Positional(ast);
        String to = p.string().orElse(null);
        KernelOptions o = p.options("Convert", List.of("To"));
        String target = to != null ? to : o.string("To").orElseThrow(() -> new NotebookException(
                "Convert(m, \"ito\" or \"stratonovich\") needs the target convention"));
        return hold(facade(() -> Kolmo.convert(m, Kolmo.convention(target))));
    }

    // ---------------------------------------------------------------- calculus

    /** Generator(m): L applied to a function f of the state; Generator(m, "expr"): L applied to expr. */
    private IExpr generator(IAST ast) {
        KolmoModel m = need(ast, "Generator(m[, \"f\"])");
        Positional p = new Positional(ast);
        Optional<String> f = p.string();
        KernelOptions o = p.options("Generator", List.of("Apply"));
        Optional<String> apply = f.isPresent() ? f : o.string("Apply");
        if (apply.isPresent()) {
            GeneratorReport r = facade(() -> Kolmo.generator(m, apply.get()));
            return result(r.applied().orElseThrow(), r);
        }
        GeneratorReport r = Kolmo.generator(m);
        // L f for an unknown f(x, y, ...): the operator as an expression a next cell can substitute into
        List<IExpr> state = new ArrayList<>(m.sde().variableSymbols());
        IExpr generic = F.function(Symbols.internal("f"), state.toArray(new IExpr[0]));
        return result(Generator.apply(m.sde(), generic), r);
    }

    /** ItoFormula(m, "f"): {L f, {noise coefficients}}, the dt and dW parts of d f(X). */
    private IExpr itoFormula(IAST ast) {
        KolmoModel m = need(ast, "ItoFormula(m, \"f\")");
        Positional p = new Positional(ast);
        Optional<String> f = p.string();
        KernelOptions o = p.options("ItoFormula", List.of("F"));
        String text = f.or(() -> o.string("F")).orElseThrow(() -> new NotebookException(
                "ItoFormula(m, \"f\") needs the function f"));
        ItoFormulaReport r = facade(() -> Kolmo.itoFormula(m, text));
        ItoFormula.Result ito = r.result();
        return result(F.List(ito.drift(), F.List(ito.noise().toArray(new IExpr[0]))), r);
    }

    // ---------------------------------------------------------------- moments

    /** Moments(m, k, ...): the right sides {m_x -> ..., p_xx -> ...} of d/dt E[phi]. */
    private IExpr moments(IAST ast) {
        KolmoModel m = need(ast, "Moments(m[, k])");
        Positional p = new Positional(ast);
        Optional<Long> k = p.integer();
        KernelOptions o = p.options("Moments", List.of("Order", "Central", "Closure", "Stationary", "Start",
                "Check", "T", "Dt", "Seed", "Plot"));
        MomentsOptions d = MomentsOptions.defaults();
        MomentsOptions options = new MomentsOptions(k.or(() -> o.integer("Order")).map(Long::intValue)
                .orElse(d.order()), o.flag("Central"), o.string("Closure"), o.flag("Stationary"),
                o.has("Start") ? Optional.of(o.numbers("Start")) : Optional.empty(),
                o.integer("Check").map(Long::intValue), o.number("T").orElse(d.horizon()),
                o.number("Dt").orElse(d.dt()), o.integer("Seed").orElse(d.seed()));
        Report r = facade(() -> Kolmo.moments(m, options));
        if (r instanceof MomentsReport mr) {
            MomentSystem s = mr.structure().system();
            List<IExpr> rules = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                IExpr rhs = s.constant().get(i);
                for (int j = 0; j < s.size(); j++) {
                    rhs = F.Plus(rhs, F.Times(s.matrix().get(i).get(j), s.symbols().get(j)));
                }
                rules.add(F.Rule(s.symbols().get(i), org.kolmo.cas.CasSession.get().evaluate(F.Expand(rhs))));
            }
            return result(F.List(rules.toArray(new IExpr[0])), r);
        }
        if (r instanceof ClosedMomentsReport cr) {
            ClosedMomentSystem s = cr.system();
            List<IExpr> rules = new ArrayList<>();
            for (int i = 0; i < s.names().size(); i++) {
                rules.add(F.Rule(Symbols.internal(s.names().get(i)), s.rhs().get(i)));
            }
            return result(F.List(rules.toArray(new IExpr[0])), cr);
        }
        ClosureCheckReport cc = (ClosureCheckReport) r;
        List<DisplayData> extra = plotOption(o, "Moments", cc::plot);
        return result(objects.reference(cc, "closure check of " + m.name()), cc, extra);
    }

    /** ClosedOde(m, "p_zz"): the equation a_n u^(n)(t) + ... + a_0 u(t) == C. */
    private IExpr closedOde(IAST ast) {
        KolmoModel m = need(ast, "ClosedOde(m, \"p_zz\")");
        Positional p = new Positional(ast);
        Optional<String> of = p.string();
        KernelOptions o = p.options("ClosedOde", List.of("Of", "WithConstant", "Minimal"));
        String component = of.or(() -> o.string("Of")).orElseThrow(() -> new NotebookException(
                "ClosedOde(m, \"p_zz\") needs the moment"));
        ClosedOdeReport r = facade(() -> Kolmo.closedOde(m, component, new ClosedOdeOptions(o.flag("Minimal"),
                o.flag("WithConstant"))));
        ClosedOde ode = r.ode();
        ISymbol t = Symbols.internal("t");
        IExpr lhs = F.C0;
        for (int i = 0; i < ode.coefficients().size(); i++) {
            IExpr u = i == 0 ? F.unaryAST1(ode.symbol(), t)
                    : F.unaryAST1(F.unaryAST1(F.Derivative(F.ZZ(i)), ode.symbol()), t);
            lhs = F.Plus(lhs, F.Times(ode.coefficients().get(i), u));
        }
        IExpr rhs = ode.constant() == null ? F.C0 : ode.constant();
        return result(F.Equal(org.kolmo.cas.CasSession.get().evaluate(lhs), rhs), r);
    }

    // ---------------------------------------------------------------- checks

    /** Check(claim, model, Given -> ...): one claim (a string) or several (a list); True or False for each. */
    private IExpr check(IAST ast) {
        if (ast.argSize() < 2) {
            throw new NotebookException("Check(\"LHS == RHS\", model, Given -> \"NAME = EXPR\") checks a claim");
        }
        List<String> claims = new ArrayList<>();
        for (IExpr claim : ast.arg1().isList() ? (IAST) ast.arg1() : List.of(ast.arg1())) {
            if (!claim.isString()) {
                throw new NotebookException("a claim is a string \"LHS == RHS\" (got " + claim + ")");
            }
            claims.add(claim.toString());
        }
        KolmoModel m = kolmoModel(ast.arg2());
        KernelOptions o = new KernelOptions("Check", ast, 3, List.of("Given", "Seed"));
        CheckOptions options = CheckOptions.defaults().withGivens(o.strings("Given"));
        if (o.has("Seed")) {
            options = options.withSeed(o.integer("Seed").get());
        }
        CheckOptions chosen = options;
        CheckReport r = facade(() -> Kolmo.check(m, claims, chosen));
        List<IExpr> verdicts = new ArrayList<>();
        for (ClaimResult c : r.results()) {
            verdicts.add(c.holds() ? S.True : S.False);
        }
        return result(ast.arg1().isList() ? F.List(verdicts.toArray(new IExpr[0])) : verdicts.get(0), r);
    }

    // ---------------------------------------------------------------- reductions

    /** ReduceModel(m, Keep -> "z"): per eliminated moment its rate and equilibrium, and the reduced SDEs. */
    private IExpr reduceModel(IAST ast) {
        KolmoModel m = need(ast, "ReduceModel(m, Keep -> \"z\")");
        KernelOptions o = new KernelOptions("ReduceModel", ast, 2, List.of("Keep", "Method", "Scale", "TimeScale",
                "EpsName", "Order", "Eps", "Times", "Initial", "Check", "CheckEps", "CheckTimes", "Tolerance", "Seed",
                "Dt"));
        List<String> keep = o.strings("Keep");
        if (keep.isEmpty()) {
            throw new NotebookException("ReduceModel(m, Keep -> \"z\") needs the variable(s) to keep");
        }
        ReduceOptions d = ReduceOptions.keeping(keep.toArray(new String[0]));
        ReduceOptions options = new ReduceOptions(keep, o.string("Method").orElse(d.method()), o.string("Scale"),
                o.string("TimeScale"), o.string("EpsName").orElse(d.epsName()),
                o.integer("Order").map(Long::intValue).orElse(d.order()),
                o.has("Eps") ? o.numbers("Eps") : d.eps(), o.has("Times") ? o.numbers("Times") : d.times(),
                o.string("Initial").map(s -> facade(() -> ReduceOptions.state(s))), o.integer("Check"),
                o.number("CheckEps"), o.has("CheckTimes") ? Optional.of(o.numbers("CheckTimes")) : Optional.empty(),
                o.get("Tolerance").map(t -> t.isString() ? facade(() -> ReduceOptions.tolerance(t.toString()))
                        : KernelOptions.number("ReduceModel: Tolerance", t)).orElse(0.0),
                o.integer("Seed").orElse(d.seed()), o.number("Dt"));
        Checked<Report> out = facade(() -> Kolmo.reduce(m, options));
        if (!(out.report() instanceof ReductionReport r)) {
            return result(objects.reference(out.report(), "reduction of " + m.name()), out.report());
        }
        Reduction red = r.reduction();
        List<IExpr> rules = new ArrayList<>();
        for (AdiabaticElimination a : new AdiabaticElimination[] {red.adiabaticMean(), red.adiabaticSecond()}) {
            if (a != null) {
                rules.add(F.Rule(F.stringx(a.component()), F.List(F.Rule(F.stringx("rate"), a.rate()),
                        F.Rule(F.stringx("rateOriginal"), a.rateOriginal()),
                        F.Rule(F.stringx("equilibrium"), a.equilibrium()),
                        F.Rule(F.stringx("solution"), a.solution()))));
            }
        }
        List<IExpr> sdes = new ArrayList<>();
        for (Map.Entry<String, ReducedSde> e : red.sdes().entrySet()) {
            ReducedSde s = e.getValue();
            sdes.add(F.Rule(F.stringx(e.getKey()), F.List(F.Rule(F.stringx("drift"), s.drift()),
                    F.Rule(F.stringx("multiplicative"), s.multiplicative()),
                    F.Rule(F.stringx("additive"), s.additive()))));
        }
        rules.add(F.Rule(F.stringx("sde"), F.List(sdes.toArray(new IExpr[0]))));
        return result(F.List(rules.toArray(new IExpr[0])), r);
    }

    /** Homogenize(m): {"variables" -> {X, ...}, "drift" -> {...}, "diffusion" -> {{...}}} of the effective SDE. */
    private IExpr homogenize(IAST ast) {
        KolmoModel m = need(ast, "Homogenize(m)");
        KernelOptions o = new KernelOptions("Homogenize", ast, 2, List.of("Route", "Check", "Tolerance", "Horizon",
                "Seed", "StepsPerFastTime"));
        HomogenizeOptions d = HomogenizeOptions.defaults();
        HomogenizeOptions options = new HomogenizeOptions(o.string("Route").orElse(d.route()),
                o.integer("Check").map(Long::intValue), o.number("Tolerance").orElse(d.tolerance()),
                o.number("Horizon").orElse(d.horizon()), o.integer("Seed").orElse(d.seed()),
                o.integer("StepsPerFastTime").map(Long::intValue).orElse(d.stepsPerFastTime()));
        Checked<HomogenizationReport> out = facade(() -> Kolmo.homogenize(m, options));
        EffectiveSde e = out.report().result().effective();
        List<IExpr> rows = new ArrayList<>();
        e.diffusionMatrix().forEach(row -> rows.add(F.List(row.toArray(new IExpr[0]))));
        return result(F.List(F.Rule(F.stringx("variables"), F.List(e.variables().toArray(new IExpr[0]))),
                F.Rule(F.stringx("drift"), F.List(e.drift().toArray(new IExpr[0]))),
                F.Rule(F.stringx("diffusion"), F.List(rows.toArray(new IExpr[0])))), out.report());
    }

    /** StationaryDensity(m, k): the stationary density (unnormalised) in the model's variable. */
    private IExpr stationary(IAST ast) {
        KolmoModel m = need(ast, "StationaryDensity(m[, k])");
        Positional p = new Positional(ast);
        Optional<Long> k = p.integer();
        KernelOptions o = p.options("StationaryDensity", List.of("Order", "Param"));
        StationaryOptions options = new StationaryOptions(k.or(() -> o.integer("Order")).map(Long::intValue)
                .orElse(StationaryOptions.defaults().order()), parameterValues(o.get("Param")));
        StationaryReport r = facade(() -> Kolmo.stationary(m, options));
        return result(r.result().density(), r);
    }

    // ---------------------------------------------------------------- Monte Carlo

    private static final List<String> MONTE_CARLO = List.of("Paths", "Dt", "StepsPerFastTime", "T", "Times",
            "Scheme", "Seed", "Threads", "Param");

    private MonteCarloOptions monteCarlo(KernelOptions o) {
        MonteCarloOptions d = MonteCarloOptions.defaults();
        return new MonteCarloOptions(o.integer("Paths").orElse(d.paths()), o.number("Dt"),
                o.integer("StepsPerFastTime").map(Long::intValue).orElse(d.stepsPerFastTime()),
                o.number("T").orElse(d.horizon()), o.has("Times") ? Optional.of(o.numbers("Times")) : Optional.empty(),
                o.string("Scheme"), o.integer("Seed").orElse(d.seed()), o.integer("Threads").map(Long::intValue),
                parameterValues(o.get("Param")));
    }

    /** Param -> {"beta" -> 2, ...} or {"beta=2", ...}. */
    private static Map<String, Double> parameterValues(Optional<IExpr> param) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (param.isEmpty()) {
            return out;
        }
        IExpr v = param.get();
        for (IExpr one : v.isList() ? (IAST) v : List.of(v)) {
            if (one.isRuleAST() && one.first().isString()) {
                out.put(one.first().toString(), KernelOptions.number("Param " + one.first(), one.second()));
            } else if (one.isString() && one.toString().contains("=")) {
                String[] kv = one.toString().split("=", 2);
                try {
                    out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
                } catch (NumberFormatException e) {
                    throw new NotebookException("Param: '" + kv[1].strip() + "' is not a number");
                }
            } else {
                throw new NotebookException("Param: each entry is \"name\" -> number or \"name=number\" (got " + one
                        + ")");
            }
        }
        return out;
    }

    private static List<String> observe(KernelOptions o) {
        List<String> out = new ArrayList<>();
        for (String s : o.strings("Observe")) {
            out.addAll(facade(() -> Kolmo.observables(s)));
        }
        return out;
    }

    /**
     * Simulate(m, Paths -> N, ..., Plot -> True): {"z" -> {{t, mean}, ...}, ...}; with Plot the means and their 95%
     * intervals show as an image below the report ({@code Plot -> "file.png"} also writes the file).
     */
    private IExpr simulate(IAST ast) {
        KolmoModel m = need(ast, "Simulate(m, Paths -> 4000, T -> 1, Observe -> \"z, z^2\")");
        List<String> names = new ArrayList<>(MONTE_CARLO);
        names.addAll(List.of("Observe", "Plot"));
        KernelOptions o = new KernelOptions("Simulate", ast, 2, names);
        MonteCarloOptions options = monteCarlo(o);
        List<String> observables = observe(o);
        SimulationReport r = facade(() -> Kolmo.simulate(m, observables, options, Progress.NONE));
        List<DisplayData> extra = plotOption(o, "Simulate", r::plot);
        MonteCarloResult mc = r.result();
        List<IExpr> rules = new ArrayList<>();
        for (int i = 0; i < mc.names().size(); i++) {
            List<IExpr> points = new ArrayList<>();
            for (int k = 0; k < mc.times().length; k++) {
                points.add(F.List(F.num(mc.times()[k]), F.num(mc.mean(k, i))));
            }
            rules.add(F.Rule(F.stringx(mc.names().get(i)), F.List(points.toArray(new IExpr[0]))));
        }
        return result(F.List(rules.toArray(new IExpr[0])), r, extra);
    }

    /** Verify(m, Reduced -> r): True when every weak error is within the tolerance plus 4 standard errors. */
    private IExpr verify(IAST ast) {
        KolmoModel m = need(ast, "Verify(m, Reduced -> \"r.sde\")");
        List<String> names = new ArrayList<>(MONTE_CARLO);
        names.addAll(List.of("Reduced", "Observe", "Tolerance"));
        KernelOptions o = new KernelOptions("Verify", ast, 2, names);
        KolmoModel reduced = kolmoModel(o.get("Reduced").orElseThrow(() -> new NotebookException(
                "Verify(m, Reduced -> model) needs the reduced model")));
        MonteCarloOptions options = monteCarlo(o);
        VerificationReport r = facade(() -> Kolmo.verify(m, reduced, observe(o), o.number("Tolerance").orElse(0.0),
                options, Progress.NONE));
        return result(r.passed() ? S.True : S.False, r);
    }

    /** Writes a plot to a file. */
    @FunctionalInterface
    private interface PlotWriter {
        void write(Path file) throws IOException;
    }

    /** The image of the option {@code Plot -> True} or {@code Plot -> "file.png|svg|pdf"}, shown after the report. */
    private static List<DisplayData> plotOption(KernelOptions o, String function, PlotWriter writer) {
        Optional<IExpr> plot = o.get("Plot");
        if (plot.isEmpty() || plot.get().isFalse()) {
            return List.of();
        }
        try {
            if (plot.get().isString()) {
                String file = plot.get().toString();
                if (!file.matches(".*\\.(pdf|svg|png)")) {
                    throw new NotebookException(function + ": the plot file must end in .pdf, .svg or .png");
                }
                writer.write(Path.of(file));
            } else if (!plot.get().isTrue()) {
                throw new NotebookException(function + ": Plot is True or a file name (got " + plot.get() + ")");
            }
            Path png = Files.createTempFile("kolmo-plot-", ".png");
            try {
                writer.write(png);
                DisplayData d = new DisplayData("[plot]");
                d.putData("image/png", Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
                return List.of(d);
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new NotebookException(function + ": cannot write the plot: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- display

    /** Report(x): the typeset report of a result of a kernel function, e.g. one stored in a variable. */
    private IExpr report(IAST ast) {
        if (ast.argSize() != 1) {
            throw new NotebookException("Report(x) shows the report of a result x of a Kolmo function");
        }
        if (objects.resolve(ast.arg1()) != null) {
            return ast.arg1();
        }
        Report r = reports.get(ast.arg1());
        if (r == null) {
            throw new NotebookException("Report(x): x is not the result of a Kolmo function of this session");
        }
        return objects.reference(r, "report");
    }

    // ---------------------------------------------------------------- arguments

    private KolmoModel need(IAST ast, String usage) {
        if (ast.argSize() < 1) {
            throw new NotebookException(usage + " needs a model (from LoadModel or a derivation)");
        }
        return kolmoModel(ast.arg1());
    }

    /** The arguments after the model that are not options, in order. */
    private static final class Positional {
        private final IAST ast;
        private int next = 2;

        Positional(IAST ast) {
            this.ast = ast;
        }

        Optional<String> string() {
            if (next <= ast.argSize() && !ast.get(next).isRuleAST()) {
                IExpr e = ast.get(next++);
                if (!e.isString()) {
                    throw new NotebookException("argument " + (next - 1) + " of " + ast.head() + " is a string (got "
                            + e + "; model expressions are written as strings, e.g. \"x^2 + y^2\")");
                }
                return Optional.of(e.toString());
            }
            return Optional.empty();
        }

        Optional<Long> integer() {
            if (next <= ast.argSize() && !ast.get(next).isRuleAST()) {
                IExpr e = ast.get(next++);
                if (!e.isInteger()) {
                    throw new NotebookException("argument " + (next - 1) + " of " + ast.head()
                            + " is a whole number (got " + e + ")");
                }
                return Optional.of(e.toLongDefault());
            }
            return Optional.empty();
        }

        KernelOptions options(String function, List<String> known) {
            return new KernelOptions(function, ast, next, known);
        }
    }

    /**
     * A path as written in a cell: absolute, relative to the notebook's folder, or relative to the Kolmo checkout
     * (so {@code "models/two_state.sde"} works from every notebook).
     */
    Path resolvePath(String text) {
        Path p = Path.of(text);
        if (p.isAbsolute() || Files.exists(p) || home == null) {
            return p;
        }
        Path inHome = home.resolve(p);
        return Files.exists(inHome) ? inHome : p;
    }
}

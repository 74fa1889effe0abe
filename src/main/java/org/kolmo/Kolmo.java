package org.kolmo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.calculus.Generator;
import org.kolmo.calculus.ItoFormula;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.check.ClaimChecker;
import org.kolmo.check.ClaimResult;
import org.kolmo.homogenization.Homogenization;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.homogenization.MonteCarloCheck;
import org.kolmo.error.Diagnostic;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.moments.CentralMoments;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.ClosedOde;
import org.kolmo.moments.ClosedStationary;
import org.kolmo.moments.Closure;
import org.kolmo.moments.ClosureCheck;
import org.kolmo.moments.MomentClosure;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.reduction.JointReduction;
import org.kolmo.reduction.ReducedSdeCheck;
import org.kolmo.reduction.Reduction;
import org.kolmo.reduction.ReductionException;
import org.kolmo.reduction.Regime;
import org.kolmo.report.CheckReport;
import org.kolmo.report.ClosedMomentsReport;
import org.kolmo.report.ClosedOdeReport;
import org.kolmo.report.ClosureCheckReport;
import org.kolmo.report.ConversionReport;
import org.kolmo.report.GeneratorReport;
import org.kolmo.report.HomogenizationReport;
import org.kolmo.report.ItoFormulaReport;
import org.kolmo.report.JointReductionReport;
import org.kolmo.report.MomentsReport;
import org.kolmo.report.ReductionReport;
import org.kolmo.report.Report;
import org.kolmo.report.SimulationReport;
import org.kolmo.report.StationaryReport;
import org.kolmo.report.VerificationReport;
import org.kolmo.stationary.StationaryDensity;
import org.kolmo.stationary.StationaryException;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The public API of Kolmo: what a Java program, the command line ({@code org.kolmo.cli}) and the notebook kernel
 * ({@code org.kolmo.notebook}) call. Each derivation takes a model ({@link #readModel}, {@link #parseModel}) and an
 * immutable options record, and returns the derivation's report ({@link org.kolmo.report.Report}: text, LaTeX,
 * a LaTeX document, JSON), which also holds the results as values.
 *
 * <p>A final class of static methods rather than an entry object: Kolmo's state (the Symja session with its rule
 * files) is one per process already ({@link org.kolmo.cas.CasSession}), so an object would only pretend to hold it.
 * Bad values are reported as {@link OptionException} with the command-line option's name; a model outside a
 * method's class with the exception of its package, located at the equation of the model's source.
 */
public final class Kolmo {
    private Kolmo() {
    }

    // ---------------------------------------------------------------- models

    /** Reads a model file; the file name in messages is the path as given. */
    public static KolmoModel readModel(Path file) throws ModelException {
        if (!Files.exists(file)) {
            throw OptionException.file(OptionErrorCode.NO_SUCH_FILE, file.toString());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw OptionException.file(OptionErrorCode.NO_SUCH_FILE, file.toString());
        } catch (IOException e) {
            throw OptionException.file(OptionErrorCode.FILE_ACCESS, file.toString(),
                    "cannot read it: " + e.getMessage());
        }
        return parseModel(text, file.toString());
    }

    /**
     * Reads a model from its text.
     *
     * @param name the name shown in messages; its stem names the model when the text has no {@code model} line
     */
    public static KolmoModel parseModel(String text, String name) throws ModelException {
        ModelReader.Located read = ModelReader.readLocated(name, text);
        return new KolmoModel(read.sde(), name, text, read.equations());
    }

    /** An expression over the model's parameters and variables; errors are placed at {@code OPTION:1:COLUMN}. */
    public static IExpr expression(KolmoModel model, String option, String text) throws ModelException {
        return ModelReader.readExpression(option, text, model.sde());
    }

    // ---------------------------------------------------------------- calculus

    /** {@code ito} or {@code stratonovich}, as {@code --to} takes it. */
    public static Convention convention(String name) {
        return switch (name) {
            case "ito" -> Convention.ITO;
            case "stratonovich" -> Convention.STRATONOVICH;
            default -> throw new OptionException("--to", "unknown convention '" + name
                    + "' (expected ito or stratonovich)");
        };
    }

    /** The model in the other convention (Lim, eqs. 2-4); the report's {@code converted()} is a model again. */
    public static ConversionReport convert(KolmoModel model, Convention to) {
        Sde converted = ItoStratonovich.convert(model.sde(), to);
        return new ConversionReport(model.sde(), converted);
    }

    /** The generator L and the backward Kolmogorov equation. */
    public static GeneratorReport generator(KolmoModel model) {
        return GeneratorReport.operator(model.sde());
    }

    /** L applied to {@code f}, an expression in the model's variables and parameters (placed as {@code --apply}). */
    public static GeneratorReport generator(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--apply", f);
        return GeneratorReport.applied(model.sde(), e, Generator.apply(model.sde(), e));
    }

    /** Itô's formula for {@code f} (placed as {@code --f}). */
    public static ItoFormulaReport itoFormula(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--f", f);
        return new ItoFormulaReport(model.sde(), ItoFormula.apply(model.sde(), e));
    }

    // ---------------------------------------------------------------- moments

    /** {@link #moments(KolmoModel, MomentsOptions, Progress)} without progress reports. */
    public static Report moments(KolmoModel model, MomentsOptions options) throws MomentsException {
        return moments(model, options, Progress.NONE);
    }

    /**
     * The moment equations up to the options' order: a {@link MomentsReport} (blocks, conservation laws, stationary
     * values); with a closure a {@link ClosedMomentsReport} (and its stationary points when asked); with a check a
     * {@link ClosureCheckReport} (each closure against Monte Carlo and, for one variable, the exact stationary law).
     */
    public static Report moments(KolmoModel model, MomentsOptions options, Progress progress)
            throws MomentsException {
        try {
            return momentsReport(model, options, progress);
        } catch (MomentsException e) {
            throw located(model, e);
        }
    }

    private static Report momentsReport(KolmoModel model, MomentsOptions options, Progress progress)
            throws MomentsException {
        options.validate();
        Sde sde = model.sde();
        int order = options.order();
        if (options.check().isPresent()) {
            return checkClosures(model, options, progress);
        }
        if (options.closure().isPresent()) {
            String name = options.closure().get();
            Closure c = Closure.parse(name).orElseThrow(() -> new OptionException("--closure", "unknown closure '"
                    + name + "' (expected " + Closure.names() + ")"));
            ClosedMomentSystem system = close(model, order, c);
            double[] start = options.start().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray())
                    .orElse(null);
            if (start != null && start.length != system.size()) {
                throw new OptionException("--start", "needs " + system.size() + " numbers (" + String.join(", ",
                        system.names()) + "), got " + start.length);
            }
            ClosedStationary.Result points = options.stationary() ? ClosedStationary.of(system, start) : null;
            return new ClosedMomentsReport(system, options.central() ? CentralMoments.derive(system) : null, points);
        }
        MomentSystem system = MomentEquations.derive(sde, order);
        MomentStructure structure = MomentStructure.of(system);
        return new MomentsReport(structure, options.central() ? CentralMoments.derive(system) : null);
    }

    /** The moment system up to {@code order}, its matrix and constant in the user's names. */
    public static MomentSystem momentSystem(KolmoModel model, int order) throws MomentsException {
        if (order < 1) {
            throw new OptionException("--order", "the moment order must be at least 1 (got " + order + ")");
        }
        try {
            return MomentEquations.derive(model.sde(), order);
        } catch (MomentsException e) {
            throw located(model, e);
        }
    }

    /**
     * The error placed in the model file: at the equation of its variable when it names one (a closure undefined for
     * the model, a coefficient that is not polynomial), else at the file; an error about an option stays there.
     */
    private static MomentsException located(KolmoModel model, MomentsException e) {
        int[] at = e.variable() == null ? new int[] {0, 0} : model.equationStart(e.variable());
        return e.at(model.file(), at, model.line(at[0]));
    }

    /** The closed system at {@code order}; a closure undefined for the model is placed at its equation. */
    private static ClosedMomentSystem close(KolmoModel model, int order, Closure c) throws MomentsException {
        return MomentClosure.derive(model.sde(), order, c);
    }

    /** Every closure of the list integrated and measured against Monte Carlo (issue 15, item 4). */
    private static ClosureCheckReport checkClosures(KolmoModel model, MomentsOptions options, Progress progress)
            throws MomentsException {
        int paths = options.check().get();
        double horizon = options.horizon();
        double dt = options.dt();
        if (options.closure().isEmpty()) {
            throw new OptionException("--check", "needs --closure (one closure or a comma list)");
        }
        if (paths < 2) {
            throw new OptionException("--check", "the number of paths must be at least 2");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new OptionException("--T", "the horizon must be a positive number");
        }
        if (!(dt > 0) || dt > horizon) {
            throw new OptionException("--dt", "the step must be positive and at most the horizon");
        }
        List<ClosedMomentSystem> systems = new ArrayList<>();
        for (String name : options.closure().get().split(",")) {
            Closure c = Closure.parse(name.strip()).orElseThrow(() -> new OptionException("--closure",
                    "unknown closure '" + name.strip() + "' (expected " + Closure.names() + ")"));
            systems.add(close(model, options.order(), c));
        }
        int points = 20;
        double[] times = new double[points];
        for (int k = 0; k < points; k++) {
            times[k] = horizon * (k + 1) / points;
        }
        ClosureCheck.Result result;
        try (Progress.Run run = progress.start("simulating " + model.name())) {
            result = ClosureCheck.run(model.sde(), systems, new ClosureCheck.Settings(paths, dt, times,
                    options.seed()), exactStationary(model, systems.get(0), options.order()), run);
        }
        return new ClosureCheckReport(result);
    }

    /** E[x^k] of a one-variable model from its stationary density, by moment name; empty when there is none. */
    private static Map<String, Double> exactStationary(KolmoModel model, ClosedMomentSystem system, int order) {
        Map<String, Double> out = new HashMap<>();
        if (model.sde().dimension() != 1) {
            return out;
        }
        try {
            StationaryDensity.Result density = StationaryDensity.derive(model.sde(), model.file(), Map.of(), order);
            for (StationaryDensity.Moment m : density.moments()) {
                for (int i = 0; i < system.size(); i++) {
                    if (system.moments().get(i).exponent(0) == m.order() && m.finite()) {
                        out.put(system.names().get(i), Double.isFinite(m.exactValue()) ? m.exactValue()
                                : m.quadrature());
                    }
                }
            }
        } catch (StationaryException | IllegalArgumentException e) {
            // no stationary density (not normalisable, outside the method): Monte Carlo alone
        }
        return out;
    }

    /** The exact closed higher-order ODE of one moment ({@code m_z}, {@code p_zz}, {@code mu_xxz}). */
    public static ClosedOdeReport closedOde(KolmoModel model, String component, ClosedOdeOptions options)
            throws MomentsException {
        try {
            MomentSystem system = MomentEquations.derive(model.sde(), MomentEquations.orderOf(model.sde(),
                    component));
            return new ClosedOdeReport(ClosedOde.derive(system, component, options.minimal(),
                    options.withConstant()));
        } catch (MomentsException e) {
            throw located(model, e);
        }
    }

    // ---------------------------------------------------------------- reductions

    /** {@link #reduce(KolmoModel, ReduceOptions, Progress)} without progress reports. */
    public static Checked<Report> reduce(KolmoModel model, ReduceOptions options) throws ModelException,
            ReductionException {
        return reduce(model, options, Progress.NONE);
    }

    /**
     * Reduced models in a regime (Chen et al. 2025, secs. 4-6): a {@link ReductionReport} for one kept variable
     * (with the Monte Carlo check of its reduced SDE when asked), a {@link JointReductionReport} for several. The
     * regime is the options' when they give one, else the model file's {@code regime} statement.
     */
    public static Checked<Report> reduce(KolmoModel model, ReduceOptions options, Progress progress)
            throws ModelException, ReductionException {
        try {
            return reduceModel(model, options, progress);
        } catch (ReductionException e) {
            // the reduction package does not know the model file's name; the user knows it by the name given
            throw e.inFile(model.file());
        } catch (MomentsException e) {
            throw located(model, e);
        }
    }

    private static Checked<Report> reduceModel(KolmoModel model, ReduceOptions options, Progress progress)
            throws ModelException, ReductionException {
        Reduction.Method method = options.parsedMethod();
        Sde sde = model.sde();
        Regime regime = options.scale().isEmpty() && options.timeScale().isEmpty() && sde.regime().isPresent()
                ? Regime.fromStatement(sde, sde.regime().get())
                : Regime.of(sde, ModelReader.readRegimeOptions(sde, options.scale().orElse(null),
                        options.timeScale().orElse(null), options.epsName()), Regime.Placement.OPTIONS);
        double[] eps = options.eps().stream().mapToDouble(Double::doubleValue).toArray();
        for (double e : eps) {
            if (!(e > 0)) {
                throw new OptionException("--eps", "values must be positive (got " + e + ")");
            }
        }
        double[] t = options.times().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (t.length == 0 || t[0] < 0) {
            throw new OptionException("--times", "times must be non-negative");
        }
        Map<String, Double> start = options.initial().orElse(null);
        List<String> kept = options.kept();
        ReducedSdeCheck.Settings checkSettings = options.check().isEmpty() ? null : checkSettings(options, eps, t);
        if (kept.size() > 1) {
            if (options.check().isPresent()) {
                throw new OptionException("--check", "the Monte Carlo check is implemented for one kept variable "
                        + "only (got " + String.join(", ", kept) + ")");
            }
            JointReduction joint = JointReduction.derive(sde, kept, regime, method, start, eps, t);
            return new Checked<>(new JointReductionReport(joint), Optional.empty());
        }
        Reduction reduction = Reduction.derive(sde, kept.get(0), regime, method, options.order(), start, eps, t);
        ReducedSdeCheck.Result mc = null;
        if (checkSettings != null) {
            try (Progress.Run run = progress.start("simulating " + model.name())) {
                mc = ReducedSdeCheck.run(reduction, start, checkSettings, run);
            }
        }
        return new Checked<>(new ReductionReport(reduction, mc), mc != null && !mc.passed()
                ? Optional.of("a Monte Carlo weak error of the reduced SDE exceeds the tolerance by more than 4 "
                        + "standard errors")
                : Optional.empty());
    }

    private static ReducedSdeCheck.Settings checkSettings(ReduceOptions options, double[] eps, double[] t) {
        long check = options.check().get();
        if (check < 2) {
            throw new OptionException("--check", "the number of paths must be at least 2 (got " + check + ")");
        }
        double e = options.checkEps().orElse(eps[eps.length - 1]);
        if (!(e > 0) || Double.isInfinite(e)) {
            throw new OptionException("--check-eps", "must be a positive number (got " + e + ")");
        }
        double[] times = options.checkTimes().isEmpty() ? Arrays.stream(t).filter(x -> x > 0).toArray()
                : options.checkTimes().get().stream().mapToDouble(Double::doubleValue).toArray();
        if (times.length == 0 || Arrays.stream(times).anyMatch(x -> !(x > 0) || Double.isInfinite(x))) {
            throw new OptionException(options.checkTimes().isEmpty() ? "--times" : "--check-times", "the check "
                    + "needs positive times");
        }
        Optional<Double> dt = options.dt();
        if (dt.isPresent() && (!(dt.get() > 0) || Double.isInfinite(dt.get()))) {
            throw new OptionException("--dt", "must be a positive number (got " + dt.get() + ")");
        }
        return new ReducedSdeCheck.Settings(check, e, times, options.seed(), options.tolerance(),
                dt.orElse(Double.NaN));
    }

    // ---------------------------------------------------------------- homogenization, stationary laws

    /** {@link #homogenize(KolmoModel, HomogenizeOptions, Progress)} without progress reports. */
    public static Checked<HomogenizationReport> homogenize(KolmoModel model, HomogenizeOptions options) {
        return homogenize(model, options, Progress.NONE);
    }

    /**
     * The effective SDE of a slow-fast model's slow variables and functionals (Lim), by the generator route, the
     * closed forms of Results 2.1-2.2 or both; with a check, a Monte Carlo of the full model against it. The
     * failure names the check that failed: the routes disagree, a numeric cross-check, or a weak error.
     */
    public static Checked<HomogenizationReport> homogenize(KolmoModel model, HomogenizeOptions options,
            Progress progress) {
        Homogenization.Route route = options.validate().parsedRoute();
        Homogenization.Result result;
        try {
            result = Homogenization.homogenize(model.sde(), model.file(), route);
        } catch (HomogenizationException e) {
            if (e.variable() == null) {
                throw e;
            }
            int[] start = model.equationStart(e.variable());
            throw e.at(start, model.line(start[0]));
        }
        Optional<MonteCarloCheck.Result> mc = Optional.empty();
        if (options.check().isPresent()) {
            if (model.sde().parameters().stream().anyMatch(p -> p.value().isEmpty())) {
                throw new OptionException("--check", "every parameter needs a value in the model file for a Monte "
                        + "Carlo run");
            }
            try (Progress.Run run = progress.start("simulating " + model.name())) {
                mc = Optional.of(MonteCarloCheck.run(result, MonteCarloCheck.Settings.of(options.check().get())
                        .withHorizon(options.horizon()).withSeed(options.seed())
                        .withStepsPerFastTime(options.stepsPerFastTime()).withTolerance(options.tolerance()), run));
            }
        }
        String failure = !result.routesAgree() ? "the two routes disagree"
                : !result.checksPass() ? "a numeric cross-check failed"
                : mc.isPresent() && !mc.get().passed()
                        ? "a Monte Carlo weak error exceeds the tolerance plus 4 standard errors" : null;
        return new Checked<>(new HomogenizationReport(result, mc), Optional.ofNullable(failure));
    }

    /**
     * The stationary density of a one-dimensional SDE or a gradient system, its normalising constant and moments.
     */
    public static StationaryReport stationary(KolmoModel model, StationaryOptions options) {
        options.validate();
        Sde sde = model.sde();
        for (String name : options.parameters().keySet()) {
            if (sde.parameter(name).isEmpty()) {
                throw new OptionException("--param", model.file() + " has no parameter '" + name + "'");
            }
        }
        for (Parameter p : sde.parameters()) {
            if (p.value().isEmpty() && !options.parameters().containsKey(p.name())) {
                throw new OptionException("--param", "parameter '" + p.name() + "' of " + model.file()
                        + " has no value; give one with --param " + p.name() + "=VALUE");
            }
        }
        StationaryDensity.Result result;
        try {
            result = StationaryDensity.derive(sde, model.file(), options.parameters(), options.order());
        } catch (StationaryException e) {
            if (e.variable() == null) {
                throw e;
            }
            int[] start = model.equationStart(e.variable());
            throw e.at(start, model.line(start[0]));
        }
        return new StationaryReport(result);
    }

    // ---------------------------------------------------------------- Monte Carlo

    /** Mixed into the reduced model's stream of {@link #verify}, so that the two estimates' errors are independent. */
    private static final long REDUCED_STREAM = 0x9E3779B97F4A7C15L;

    /** The observables' source texts in {@code observe} ({@code "z, z^2"}), split at top-level commas. */
    public static List<String> observables(String observe) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < observe.length(); i++) {
            char c = observe.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(observe.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(observe.substring(start).strip());
        if (out.stream().anyMatch(String::isEmpty)) {
            throw new OptionException("--observe", "an empty observable in '" + observe + "'");
        }
        return out;
    }

    /**
     * A Monte Carlo run of the model: means of the observables with standard errors and 95% intervals. A slow-fast
     * model is simulated as written at its eps, its fast variables without initial value starting in their invariant
     * law.
     *
     * @param observe the observables in the model's variables and parameters; empty: every variable (for a
     *                slow-fast model its slow variables and functionals)
     */
    public static SimulationReport simulate(KolmoModel model, List<String> observe, MonteCarloOptions options,
            Progress progress) throws ModelException {
        options.validate();
        Sde sde = model.sde();
        List<String> texts = observe.isEmpty() ? SimulatedModel.defaultObservables(sde) : observe;
        for (String t : texts) {
            ModelReader.readObservable("--observe", t, sde); // a mistake in one shows before anything is derived
        }
        SimulatedModel sim = SimulatedModel.prepare(model, options.parameters(), options);
        MonteCarloResult result = sim.run(texts, options, options.seed(), progress);
        return new SimulationReport(sde.name(), result, setup(sim));
    }

    /**
     * A reduced model against the full one by Monte Carlo: weak errors of the observables and a verdict
     * ({@link VerificationReport#passed()}); each parameter value goes to the models that declare it.
     *
     * @param observe   observables meaningful in both models; empty: the variables the two share by name
     * @param tolerance weak error accepted beyond the statistical error
     */
    public static VerificationReport verify(KolmoModel full, KolmoModel reduced, List<String> observe,
            double tolerance, MonteCarloOptions options, Progress progress) throws ModelException {
        if (!(tolerance >= 0)) {
            throw new OptionException("--tolerance", "must be at least 0 (got " + tolerance + ")");
        }
        options.validate();
        List<String> observables = !observe.isEmpty() ? observe : full.sde().variables().stream()
                .map(Variable::name).filter(n -> reduced.sde().variable(n).isPresent()).toList();
        if (observables.isEmpty()) {
            throw new OptionException("--observe", full.file() + " and " + reduced.file() + " share no variable by "
                    + "name; name the observables with --observe");
        }
        observableIn(observables, full.sde(), "the full model " + full.file(), null);
        observableIn(observables, reduced.sde(), "the reduced model " + reduced.file(), full.sde());
        for (String name : options.parameters().keySet()) {
            if (full.sde().parameter(name).isEmpty() && reduced.sde().parameter(name).isEmpty()) {
                throw new OptionException("--param", "neither " + full.file() + " nor " + reduced.file()
                        + " has a parameter '" + name + "'");
            }
        }
        SimulatedModel a = SimulatedModel.prepare(full, declared(full.sde(), options), options);
        SimulatedModel b = SimulatedModel.prepare(reduced, declared(reduced.sde(), options), options);
        MonteCarloResult ra = a.run(observables, options, options.seed(), progress);
        MonteCarloResult rb = b.run(observables, options, options.seed() ^ REDUCED_STREAM, progress);
        return new VerificationReport(full.name(), ra, setup(a), reduced.name(), rb, setup(b), tolerance);
    }

    /** The parameter values of the options that {@code model} declares. */
    private static Map<String, Double> declared(Sde model, MonteCarloOptions options) {
        Map<String, Double> out = new LinkedHashMap<>();
        options.parameters().forEach((k, v) -> {
            if (model.parameter(k).isPresent()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Reads every observable in one of the models; a name that model lacks (a fast variable of {@code full} against
     * the reduced model, say) is reported with the model and its variables, other mistakes at their column.
     *
     * @param full the full model when {@code model} is the reduced one, else null
     */
    private static void observableIn(List<String> texts, Sde model, String which, Sde full) throws ModelException {
        for (String t : texts) {
            try {
                ModelReader.readObservable("--observe", t, model);
            } catch (ModelException e) {
                Diagnostic first = e.diagnostics().get(0);
                if (e.diagnostics().stream().anyMatch(d -> d.code() != ModelErrorCode.UNKNOWN_SYMBOL)) {
                    throw e;
                }
                String name = identifierAt(t, first.position().column());
                boolean fast = full != null && full.variable(name).map(v -> v.role() == Role.FAST).orElse(false);
                String variables = SimulatedModel.names(model.variables().stream().map(Variable::name).toList(),
                        "its variables");
                throw new OptionException("--observe", fast
                        ? "'" + t + "': " + name + " is a fast variable of the full model, which " + which
                                + " does not have" + variables + "; observe slow variables and functionals"
                        : "'" + t + "' cannot be observed in " + which + ": " + first.message() + variables);
            }
        }
    }

    /** The name that starts at 1-based {@code column} of {@code text}. */
    private static String identifierAt(String text, int column) {
        int end = column - 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(Math.max(0, Math.min(column - 1, end)), end);
    }

    private static SimulationReport.Setup setup(SimulatedModel m) {
        return new SimulationReport.Setup(m.dtRule, m.dtReason, m.startText);
    }

    // ---------------------------------------------------------------- checks

    /** Whether each claim {@code "LHS == RHS"} holds; {@link CheckReport#allHold()} gives the verdict. */
    public static CheckReport check(KolmoModel model, List<String> claims, CheckOptions options)
            throws ModelException, MomentsException {
        try {
            ClaimChecker checker = new ClaimChecker(model.sde(), options.givens(), options.seed());
            List<ClaimResult> results = new ArrayList<>();
            for (String claim : claims) {
                results.add(checker.check(claim));
            }
            return new CheckReport(model.sde(), results);
        } catch (MomentsException e) {
            throw located(model, e);
        }
    }
}

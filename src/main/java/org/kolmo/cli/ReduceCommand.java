package org.kolmo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.reduction.Figures;
import org.kolmo.reduction.JointReduction;
import org.kolmo.reduction.ReducedSdeCheck;
import org.kolmo.reduction.Reduction;
import org.kolmo.reduction.ReductionException;
import org.kolmo.reduction.Regime;
import org.kolmo.report.JointReductionReport;
import org.kolmo.report.ReductionReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reduce", mixinStandardHelpOptions = true,
        description = "Reduced models of one or several variables of a linear or GBM model in a regime (Chen et al. 2025, secs. 4-6): "
                + "adiabatic elimination, invariant manifold with Chapman-Enskog series, breakdown points, reduced "
                + "SDE, Wasserstein-2 bounds against the full model.")
final class ReduceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--keep", required = true, split = ",", paramLabel = "VARIABLE",
            description = "the variable(s) to keep, e.g. z, or x,z (several: reduced means and second moments by "
                    + "adiabatic elimination, invariant manifold of the means, Gelbrich bound)")
    java.util.List<String> keep;

    @Option(names = "--method", defaultValue = "both", paramLabel = "METHOD",
            description = "adiabatic, invariant-manifold or both (default)")
    String method;

    @Option(names = "--scale", paramLabel = "RULES", description = "the regime, e.g. 'beta -> beta/sqrt(eps)' "
            + "(several separated by ';'). Default: the model file's 'regime' statement; --scale or --time-scale on "
            + "the command line replaces that statement entirely")
    String scale;

    @Option(names = "--time-scale", paramLabel = "EXPR", description = "t -> EXPR*t, e.g. eps (default: the time "
            + "rule of the file's 'regime' statement, unless --scale is given)")
    String timeScale;

    @Option(names = "--eps-name", defaultValue = "eps", paramLabel = "NAME", description = "the small parameter of "
            + "--scale/--time-scale (a file's regime uses its 'small' parameter, else eps)")
    String epsName;

    @Option(names = "--order", defaultValue = "3", paramLabel = "K", description = "Chapman-Enskog order (default 3)")
    int order;

    @Option(names = "--eps", defaultValue = "0.5,0.01", paramLabel = "VALUES",
            description = "the eps at which the reduced models are measured against the full one (default 0.5,0.01)")
    String epsValues;

    @Option(names = "--times", defaultValue = "0,0.5,1,2,5,10", paramLabel = "VALUES",
            description = "times of the comparison tables")
    String times;

    @Option(names = "--initial", paramLabel = "STATE", description = "initial state for the comparison, e.g. "
            + "'x=1, y=0, z=0' (default: the model's)")
    String initial;

    @Option(names = "--plot", paramLabel = "DIR", description = "write Figures 1-3 (PNG, SVG, CSV) into DIR")
    Path plot;

    @Option(names = "--check", paramLabel = "N", description = "Monte Carlo check of the reduced SDE(s) against the "
            + "full model with N paths each: weak errors of E[z], E[z^2] with 95%% intervals (exit status 1 beyond the "
            + "tolerance + 4 standard errors)")
    Long check;

    @Option(names = "--check-eps", paramLabel = "EPS", description = "the eps of the check (default: the last of --eps)")
    Double checkEps;

    @Option(names = "--check-times", paramLabel = "VALUES", description = "times of the check (default: the positive "
            + "--times)")
    String checkTimes;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "0", description = "weak error accepted "
            + "beyond the statistical error: a number (default 0, as in verify), or 'predicted': for each row the "
            + "weak error that the exact moment equations of both models predict")
    String tolerance;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the check (default 1)")
    long seed;

    @Option(names = "--dt", paramLabel = "H", description = "time step of the full model in the check (default: "
            + "min(T/100, 0.01/rho), rho its fastest moment rate)")
    Double dt;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        try {
            return reduce();
        } catch (ReductionException e) {
            // the reduction package names the model file "FILE"; the user knows it by the path given
            String m = e.getMessage();
            throw m != null && m.startsWith("FILE:") ? new ReductionException(file + m.substring(4)) : e;
        }
    }

    private Integer reduce() throws Exception {
        common.configure();
        common.outputFormat();
        Reduction.Method m = switch (method) {
            case "adiabatic" -> Reduction.Method.ADIABATIC;
            case "invariant-manifold" -> Reduction.Method.INVARIANT_MANIFOLD;
            case "both" -> Reduction.Method.BOTH;
            default -> throw new UsageException("--method", "'" + method + "' is not adiabatic, invariant-manifold "
                    + "or both");
        };
        Sde model = ModelArgument.read(file).sde();
        // the command line wins; without --scale and --time-scale the file's regime statement applies
        Regime regime = scale == null && timeScale == null && model.regime().isPresent()
                ? Regime.fromStatement(model, model.regime().get())
                : Regime.parse(model, scale, timeScale, epsName);
        double[] eps = numbers("--eps", epsValues);
        for (double e : eps) {
            if (!(e > 0)) {
                throw new UsageException("--eps", "values must be positive (got " + e + ")");
            }
        }
        double[] t = numbers("--times", times);
        Arrays.sort(t);
        if (t.length == 0 || t[0] < 0) {
            throw new UsageException("--times", "times must be non-negative");
        }
        Map<String, Double> start = initial == null ? null : state(initial);
        java.util.List<String> kept = keep.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        if (kept.isEmpty()) {
            throw new UsageException("--keep", "name at least one variable");
        }
        ReducedSdeCheck.Settings checkSettings = check == null ? null : checkSettings(eps, t);
        if (kept.size() > 1) {
            if (check != null) {
                throw new UsageException("--check", "the Monte Carlo check is implemented for one kept variable only "
                        + "(got " + String.join(", ", kept) + ")");
            }
            if (plot != null) {
                throw new UsageException("--plot", "Figures 1-3 are drawn for one kept variable only (got "
                        + String.join(", ", kept) + ")");
            }
            JointReduction joint = JointReduction.derive(model, kept, regime, m, start, eps, t);
            common.emit(new JointReductionReport(joint), spec.commandLine().getOut());
            return ExitCode.OK;
        }
        Reduction reduction = Reduction.derive(model, kept.get(0), regime, m, order, start, eps, t);
        ReducedSdeCheck.Result mc = null;
        if (checkSettings != null) {
            try (ProgressOnStderr progress = common.progress("simulating " + model.name())) {
                mc = ReducedSdeCheck.run(reduction, start, checkSettings, progress);
            }
        }
        common.emit(new ReductionReport(reduction, mc), spec.commandLine().getOut());
        if (plot != null) {
            Figures.write(reduction, start, plot);
        }
        if (mc != null && !mc.passed()) {
            spec.commandLine().getErr().println("kolmo reduce: check failed: a Monte Carlo weak error of the reduced "
                    + "SDE exceeds the tolerance by more than 4 standard errors");
            spec.commandLine().getErr().flush();
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }

    private ReducedSdeCheck.Settings checkSettings(double[] eps, double[] t) {
        if (check < 2) {
            throw new UsageException("--check", "the number of paths must be at least 2 (got " + check + ")");
        }
        double e = checkEps == null ? eps[eps.length - 1] : checkEps;
        if (!(e > 0) || Double.isInfinite(e)) {
            throw new UsageException("--check-eps", "must be a positive number (got " + e + ")");
        }
        double[] times = checkTimes == null ? Arrays.stream(t).filter(x -> x > 0).toArray()
                : numbers("--check-times", checkTimes);
        if (times.length == 0 || Arrays.stream(times).anyMatch(x -> !(x > 0) || Double.isInfinite(x))) {
            throw new UsageException(checkTimes == null ? "--times" : "--check-times", "the check needs positive "
                    + "times");
        }
        double tol;
        if ("predicted".equals(tolerance.strip())) {
            tol = Double.NaN;
        } else {
            try {
                tol = Double.parseDouble(tolerance.strip());
            } catch (NumberFormatException ex) {
                throw new UsageException("--tolerance", "'" + tolerance + "' is neither a number nor 'predicted'");
            }
            if (!(tol >= 0) || Double.isInfinite(tol)) {
                throw new UsageException("--tolerance", "must be at least 0 (got " + tolerance + ")");
            }
        }
        if (dt != null && (!(dt > 0) || Double.isInfinite(dt))) {
            throw new UsageException("--dt", "must be a positive number (got " + dt + ")");
        }
        return new ReducedSdeCheck.Settings(check, e, times, seed, tol, dt == null ? Double.NaN : dt);
    }

    private static double[] numbers(String option, String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new UsageException(option, "'" + text + "' is not a comma-separated list of numbers");
        }
    }

    private static Map<String, Double> state(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new UsageException("--initial", "'" + part.strip() + "' is not NAME=VALUE");
            }
            try {
                out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("--initial", "'" + kv[1].strip() + "' is not a number");
            }
        }
        return out;
    }
}

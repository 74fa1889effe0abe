package org.kolmo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.reduction.Figures;
import org.kolmo.reduction.JointReduction;
import org.kolmo.reduction.Reduction;
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
        description = "Reduced models of one or several variables of a linear or GBM model in a regime (seed 003, secs. 4-6): "
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
            + "(several separated by ';')")
    String scale;

    @Option(names = "--time-scale", paramLabel = "EXPR", description = "t -> EXPR*t, e.g. eps")
    String timeScale;

    @Option(names = "--eps-name", defaultValue = "eps", paramLabel = "NAME", description = "the small parameter")
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

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        Reduction.Method m = switch (method) {
            case "adiabatic" -> Reduction.Method.ADIABATIC;
            case "invariant-manifold" -> Reduction.Method.INVARIANT_MANIFOLD;
            case "both" -> Reduction.Method.BOTH;
            default -> throw new UsageException("--method", "'" + method + "' is not adiabatic, invariant-manifold "
                    + "or both");
        };
        Sde model = ModelArgument.read(file);
        Regime regime = Regime.parse(model, scale, timeScale, epsName);
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
        if (kept.size() > 1) {
            if (plot != null) {
                throw new UsageException("--plot", "Figures 1-3 are drawn for one kept variable only (got "
                        + String.join(", ", kept) + ")");
            }
            JointReduction joint = JointReduction.derive(model, kept, regime, m, start, eps, t);
            common.emit(new JointReductionReport(joint), spec.commandLine().getOut());
            return ExitCode.OK;
        }
        Reduction reduction = Reduction.derive(model, kept.get(0), regime, m, order, start, eps, t);
        common.emit(new ReductionReport(reduction), spec.commandLine().getOut());
        if (plot != null) {
            Figures.write(reduction, start, plot);
        }
        return ExitCode.OK;
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

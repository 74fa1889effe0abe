package org.kolmo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.homogenization.Homogenization;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.homogenization.MonteCarloCheck;
import org.kolmo.model.Sde;
import org.kolmo.report.HomogenizationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "homogenize", mixinStandardHelpOptions = true,
        description = "The effective SDE of the slow variables and functionals of a slow-fast model as eps -> 0 "
                + "(Lim): by the expansion of the backward Kolmogorov equation (generator route), by the "
                + "closed forms of Results 2.1-2.2, or both, held equal; first-order averaging when the fast drift "
                + "is of order 1/eps. With --check N, a Monte Carlo of the full model at the file's eps against the "
                + "effective SDE.")
final class HomogenizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file (slow, fast, functional)")
    Path file;

    @Option(names = "--route", paramLabel = "ROUTE", defaultValue = "auto",
            description = "auto (default: the generator route, and the closed forms of Results 2.1-2.2 beside it, "
                    + "compared entry by entry, wherever the model lies in their class), generator, closed-form or "
                    + "both (both required)")
    String route;

    @Option(names = "--check", paramLabel = "N",
            description = "Monte Carlo with N paths of the full model and of the effective SDE; exit status 1 when "
                    + "a weak error exceeds the tolerance plus 4 standard errors")
    Integer check;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "0",
            description = "weak error accepted in the Monte Carlo check on top of 4 standard errors, for the O(eps) "
                    + "distance of the full model from its limit and its time-step bias (default 0)")
    double tolerance;

    @Option(names = "--horizon", paramLabel = "T", defaultValue = "1",
            description = "time horizon of the Monte Carlo check (default 1)")
    double horizon;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the Monte Carlo check")
    long seed;

    @Option(names = "--steps-per-fast-time", paramLabel = "K", defaultValue = "20",
            description = "Euler-Maruyama steps per fast relaxation time eps^2 (eps when averaging) in the full "
                    + "model (default 20)")
    int stepsPerFastTime;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        Homogenization.Route r = Homogenization.Route.ofOption(route);
        if (r == null) {
            throw new UsageException("--route", "unknown route '" + route + "' (expected auto, generator, closed-form or both)");
        }
        if (check != null && check < 2) {
            throw new UsageException("--check", "the number of paths must be at least 2");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new UsageException("--horizon", "the horizon must be a positive number");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new UsageException("--tolerance", "must be a number at least 0 (got " + tolerance + ")");
        }
        if (stepsPerFastTime < 1) {
            throw new UsageException("--steps-per-fast-time", "must be at least 1");
        }
        Sde model = ModelArgument.read(file).sde();
        Homogenization.Result result;
        try {
            result = Homogenization.homogenize(model, file.toString(), r);
        } catch (HomogenizationException e) {
            if (e.variable() == null) {
                throw e;
            }
            int[] start = equationStart(file, e.variable());
            throw e.at(start, start[0] > 0 ? Files.readAllLines(file).get(start[0] - 1) : null);
        }
        Optional<MonteCarloCheck.Result> mc = Optional.empty();
        if (check != null) {
            if (model.parameters().stream().anyMatch(p -> p.value().isEmpty())) {
                throw new UsageException("--check", "every parameter needs a value in the model file for a Monte "
                        + "Carlo run");
            }
            try (ProgressOnStderr progress = common.progress("simulating " + model.name())) {
                mc = Optional.of(MonteCarloCheck.run(result, MonteCarloCheck.Settings.of(check).withHorizon(horizon)
                        .withSeed(seed).withStepsPerFastTime(stepsPerFastTime).withTolerance(tolerance), progress));
            }
        }
        common.emit(new HomogenizationReport(result, mc), spec.commandLine().getOut());
        boolean ok = result.routesAgree() && result.checksPass() && mc.map(MonteCarloCheck.Result::passed).orElse(true);
        if (!ok) {
            spec.commandLine().getErr().println("kolmo homogenize: check failed: "
                    + (!result.routesAgree() ? "the two routes disagree" : !result.checksPass()
                            ? "a numeric cross-check failed"
                            : "a Monte Carlo weak error exceeds the tolerance plus 4 standard errors"));
            spec.commandLine().getErr().flush();
        }
        return ok ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /**
     * Where {@code dNAME =} starts in the model file (line and column, 0 when it cannot be found). The class is
     * recognised on the expanded coefficients, so the equation is the finest place an error can point to.
     */
    static int[] equationStart(Path file, String variable) {
        Pattern eq = Pattern.compile("^(\\s*)d" + Pattern.quote(variable) + "\\s*=");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = eq.matcher(lines.get(i));
                if (m.find()) {
                    return new int[] {i + 1, m.end(1) + 1};
                }
            }
        } catch (IOException e) {
            return new int[] {0, 0};
        }
        return new int[] {0, 0};
    }
}

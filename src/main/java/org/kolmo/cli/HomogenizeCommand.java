package org.kolmo.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.kolmo.Checked;
import org.kolmo.HomogenizeOptions;
import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.report.HomogenizationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "homogenize", mixinStandardHelpOptions = true,
        description = "The effective SDE of the slow variables and functionals of a slow-fast model as eps -> 0 "
                + "(Lim): by the expansion of the backward Kolmogorov equation (generator route), by the "
                + "closed forms of Results 2.1-2.2, or both, held equal; first-order averaging when the fast drift "
                + "is of order 1/eps. With --check N, a Monte Carlo of the full model at the file's eps against the "
                + "effective SDE.")
final class HomogenizeCommand extends ModelCommand {
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

    @Override
    Integer run() throws Exception {
        HomogenizeOptions options = CommonOptions.facade(() -> new HomogenizeOptions(route,
                Optional.ofNullable(check), tolerance, horizon, seed, stepsPerFastTime).validate());
        KolmoModel model = ModelArgument.read(file);
        Checked<HomogenizationReport> out = CommonOptions.facade(() -> Kolmo.homogenize(model, options,
                common.progressBars()));
        common.emit(out.report(), out());
        if (!out.passed()) {
            spec.commandLine().getErr().println("kolmo homogenize: check failed: " + out.failure().get());
            spec.commandLine().getErr().flush();
        }
        return out.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}

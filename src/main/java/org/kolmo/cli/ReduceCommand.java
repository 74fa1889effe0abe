package org.kolmo.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.kolmo.Checked;
import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.ReduceOptions;
import org.kolmo.reduction.Figures;
import org.kolmo.report.ReductionReport;
import org.kolmo.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reduce", mixinStandardHelpOptions = true,
        description = "Reduced models of one or several variables of a linear or GBM model in a regime (Chen et al. 2025, secs. 4-6): "
                + "adiabatic elimination, invariant manifold with Chapman-Enskog series, breakdown points, reduced "
                + "SDE, Wasserstein-2 bounds against the full model.")
final class ReduceCommand extends ModelCommand {
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

    @Override
    Integer run() throws Exception {
        CommonOptions.facade(() -> ReduceOptions.parseMethod(method));
        KolmoModel model = ModelArgument.read(file);
        Map<String, Double> start = initial == null ? null : CommonOptions.facade(() -> ReduceOptions.state(initial));
        Checked<Report> out = CommonOptions.facade(() -> {
            ReduceOptions options = new ReduceOptions(keep, method, Optional.ofNullable(scale),
                    Optional.ofNullable(timeScale), epsName, order, ReduceOptions.numbers("--eps", epsValues),
                    ReduceOptions.numbers("--times", times), Optional.ofNullable(start), Optional.ofNullable(check),
                    Optional.ofNullable(checkEps), Optional.ofNullable(checkTimes).map(c -> ReduceOptions.numbers(
                            "--check-times", c)), check == null ? 0 : ReduceOptions.tolerance(tolerance), seed,
                    Optional.ofNullable(dt));
            if (plot != null && options.kept().size() > 1) {
                throw new UsageException("--plot", "Figures 1-3 are drawn for one kept variable only (got "
                        + String.join(", ", options.kept()) + ")");
            }
            return Kolmo.reduce(model, options, common.progressBars());
        });
        common.emit(out.report(), out());
        if (plot != null && out.report() instanceof ReductionReport r) {
            Figures.write(r.reduction(), start, plot);
        }
        if (!out.passed()) {
            spec.commandLine().getErr().println("kolmo reduce: check failed: " + out.failure().get());
            spec.commandLine().getErr().flush();
            return ExitCode.CHECK_FAILED;
        }
        return ExitCode.OK;
    }
}

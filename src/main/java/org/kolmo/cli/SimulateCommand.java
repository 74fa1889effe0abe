package org.kolmo.cli;

import java.nio.file.Path;
import java.util.List;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.MonteCarloOptions;
import org.kolmo.report.SimulationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo of a model with compiled coefficients (Euler-Maruyama or Milstein for Ito, "
                + "stochastic Heun for Stratonovich), paths spread over all cores, results independent of the thread "
                + "count: means of observables with standard errors and 95%% intervals. A slow-fast model (slow, "
                + "fast, functional; Lim) is simulated as written at its eps: fast variables without an initial "
                + "value start in their invariant law N(mu(X0), J(X0)) for the slow variables frozen at the initial "
                + "state (B2 J + J B2^T = sigma1 sigma1^T), so that no initial layer shows in the estimates, and "
                + "the default step is a fraction of the fast relaxation time (see --dt).")
final class SimulateCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--observe", paramLabel = "EXPR,...", description = "observables, e.g. 'z, z^2', in the "
            + "variables (functionals included) and parameters (default: every variable; for a slow-fast model "
            + "its slow variables and functionals)")
    String observe;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the table as CSV")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "also plot the means against time with their 95%% intervals (.pdf, .svg or .png)")
    Path plot;

    @Override
    Integer run() throws Exception {
        KolmoModel model = ModelArgument.read(file);
        if (plot != null && !plot.toString().matches(".*\\.(pdf|svg|png)")) {
            throw new UsageException("--plot", "the plot file must end in .pdf, .svg or .png");
        }
        SimulationReport report = CommonOptions.facade(() -> {
            MonteCarloOptions options = simulation.toFacade().validate();
            List<String> texts = observe == null ? List.of() : Kolmo.observables(observe);
            return Kolmo.simulate(model, texts, options, common.progressBars());
        });
        if (csv != null) {
            AtomicFiles.write(csv, report.csv(), "--csv");
        }
        if (plot != null) {
            report.plot(plot);
        }
        common.emit(report, out());
        return ExitCode.OK;
    }
}

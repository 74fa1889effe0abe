package org.kolmo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.report.VerificationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks a reduced model against the full one by Monte Carlo: weak errors of the observables "
                + "with 95%% intervals and a verdict; exit status 1 when a difference exceeds the tolerance by more "
                + "than four standard errors.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the full .sde model")
    Path file;

    @Option(names = "--reduced", required = true, paramLabel = "OTHER.sde",
            description = "the reduced model (e.g. written by reduce or homogenize); the observables must make "
                    + "sense in both")
    Path reduced;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "0",
            description = "weak error accepted beyond the statistical error (default 0)")
    double tolerance;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        if (!(tolerance >= 0)) {
            throw new UsageException("--tolerance", "must be at least 0 (got " + tolerance + ")");
        }
        Sde full = ModelArgument.read(file);
        Sde small = ModelArgument.read(reduced);
        List<String> observables = simulation.observableTexts(small);
        MonteCarloResult a = SimulateCommand.run(full, simulation, observables);
        // an independent stream for the reduced model: the two estimates' errors then add in quadrature
        simulation.seed = simulation.seed ^ 0x9E3779B97F4A7C15L;
        MonteCarloResult b = SimulateCommand.run(small, simulation, observables);
        VerificationReport report = new VerificationReport(full.name(), a, small.name(), b, tolerance);
        common.emit(report, spec.commandLine().getOut());
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}

package org.kolmo.cli;

import java.nio.file.Path;
import java.util.List;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.MonteCarloOptions;
import org.kolmo.report.VerificationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks a reduced model against the full one by Monte Carlo: weak errors of the observables "
                + "with 95%% intervals and a verdict; exit status 1 when a difference exceeds the tolerance by more "
                + "than four standard errors. A slow-fast full model (Lim) is simulated as simulate does: fast "
                + "variables without an initial value start in their invariant law N(mu(X0), J(X0)), and its default "
                + "step is a fraction of the fast relaxation time eps^2 (see --dt), since a longer Euler-Maruyama "
                + "step simulates the fast process wrongly. The reduced model, e.g. the effective SDE written by "
                + "'homogenize FULL.sde -o EFFECTIVE.sde', is an ordinary model with its own default step. Each "
                + "--param goes to the models that declare it.")
final class VerifyCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the full .sde model")
    Path file;

    @Option(names = "--reduced", required = true, paramLabel = "OTHER.sde",
            description = "the reduced model (e.g. written by reduce or homogenize -o); the observables must make "
                    + "sense in both")
    Path reduced;

    @Option(names = "--observe", paramLabel = "EXPR,...", description = "observables, e.g. 'X1, X1^2', in the "
            + "variables and parameters of both models (default: the variables the two models share by name)")
    String observe;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "0",
            description = "weak error accepted beyond the statistical error (default 0)")
    double tolerance;

    @Mixin
    SimulationOptions simulation;

    @Override
    Integer run() throws Exception {
        MonteCarloOptions options = CommonOptions.facade(() -> {
            if (!(tolerance >= 0)) {
                throw new UsageException("--tolerance", "must be at least 0 (got " + tolerance + ")");
            }
            return simulation.toFacade().validate();
        });
        KolmoModel full = ModelArgument.read(file);
        KolmoModel small = ModelArgument.read(reduced);
        VerificationReport report = CommonOptions.facade(() -> Kolmo.verify(full, small, observe == null ? List.of()
                : Kolmo.observables(observe), tolerance, options, common.progressBars()));
        common.emit(report, out());
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}

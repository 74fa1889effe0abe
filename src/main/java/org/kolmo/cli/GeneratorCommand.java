package org.kolmo.cli;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;

import org.kolmo.report.GeneratorReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generator", mixinStandardHelpOptions = true,
        description = "The generator L f = b.grad f + 1/2 (sigma sigma^T):grad grad f of a model (Lim, "
                + "eqs. 26-28), and the backward Kolmogorov equation d rho/dt = L rho; with --apply, L applied to "
                + "an expression.")
final class GeneratorCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--apply", paramLabel = "EXPR",
            description = "an expression in the model's variables and parameters, e.g. 'x^2 + y^2 + z^2'")
    String apply;

    @Override
    Integer run() throws Exception {
        KolmoModel model = ModelArgument.read(file);
        GeneratorReport report = apply == null ? Kolmo.generator(model) : Kolmo.generator(model, apply);
        common.emit(report, out());
        return ExitCode.OK;
    }
}

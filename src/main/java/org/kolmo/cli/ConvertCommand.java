package org.kolmo.cli;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;

import org.kolmo.model.Convention;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Rewrite a model in Ito or Stratonovich form (Lim, eqs. 2-4): the diffusion stays, "
                + "the drift changes by c^i = 1/2 sum_jk (d sigma^ij/d X^k) sigma^kj.")
final class ConvertCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "ito|stratonovich", description = "the target convention")
    String to;

    @Override
    Integer run() throws Exception {
        Convention target = CommonOptions.facade(() -> Kolmo.convention(to));
        KolmoModel model = ModelArgument.read(file);
        common.emit(Kolmo.convert(model, target), out());
        return ExitCode.OK;
    }
}

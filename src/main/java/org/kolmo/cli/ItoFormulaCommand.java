package org.kolmo.cli;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ito-formula", mixinStandardHelpOptions = true,
        description = "Ito's formula d f(X) = (L f) dt + (grad f)^T sigma dW for a given f.")
final class ItoFormulaCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--f", required = true, paramLabel = "EXPR",
            description = "the function of the model's variables, e.g. 'z*y'")
    String f;

    @Override
    Integer run() throws Exception {
        KolmoModel model = ModelArgument.read(file);
        common.emit(Kolmo.itoFormula(model, f), out());
        return ExitCode.OK;
    }
}

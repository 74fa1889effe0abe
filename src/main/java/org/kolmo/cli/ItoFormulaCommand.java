package org.kolmo.cli;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ito-formula", mixinStandardHelpOptions = true,
        description = "Ito's formula d f(X) = (L f) dt + (grad f)^T sigma dW for a given f.")
final class ItoFormulaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--f", required = true, paramLabel = "EXPR",
            description = "the function of the model's variables, e.g. 'z*y'")
    String f;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        KolmoModel model = ModelArgument.read(file);
        common.emit(Kolmo.itoFormula(model, f), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}

package org.kolmo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kolmo.calculus.ItoFormula;
import org.kolmo.model.Sde;
import org.kolmo.report.ItoFormulaReport;
import org.matheclipse.core.interfaces.IExpr;

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
        Sde model = ModelArgument.read(file);
        IExpr expr = ModelArgument.expression("--f", f, model);
        common.emit(new ItoFormulaReport(model, ItoFormula.apply(model, expr)), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}

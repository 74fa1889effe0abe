package org.kolmo.cli;

import org.kolmo.ClosedOdeOptions;
import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "closed-ode", mixinStandardHelpOptions = true,
        description = "The exact closed higher-order ODE of one moment (Chen et al. 2025, Proposition 1; eqs. 41-45, 86), "
                + "with its initial data.")
final class ClosedOdeCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--of", required = true, paramLabel = "COMPONENT",
            description = "the moment, e.g. m_z or p_zz (second moments p_xy, higher ones mu_xxy)")
    String component;

    @Option(names = "--minimal", description = "the component's own lowest-order equation instead of the "
            + "characteristic polynomial of its block")
    boolean minimal;

    @Option(names = "--with-constant", description = "drop the zero root: one order less and a constant (eq. 45)")
    boolean withConstant;

    @Override
    Integer run() throws Exception {
        KolmoModel model = ModelArgument.read(file);
        common.emit(Kolmo.closedOde(model, component, new ClosedOdeOptions(minimal, withConstant)),
                out());
        return ExitCode.OK;
    }
}

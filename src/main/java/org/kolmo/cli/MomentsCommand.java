package org.kolmo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.moments.CentralMoments;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.kolmo.report.MomentsReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "moments", mixinStandardHelpOptions = true,
        description = "Moment equations d/dt E[phi] = E[L phi] for all monomials up to --order (Chen et al. 2025, eqs. 3-6), "
                + "their decoupled blocks, conservation laws and stationary values; with --central, the equations "
                + "of means and covariances.")
final class MomentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--order", paramLabel = "K", defaultValue = "2", description = "highest moment order (default 2)")
    int order;

    @Option(names = "--central", description = "means and covariances c_ij = p_ij - m_i m_j (order 2)")
    boolean central;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        if (order < 1) {
            throw new UsageException("--order", "the moment order must be at least 1 (got " + order + ")");
        }
        Sde model = ModelArgument.read(file);
        MomentSystem system = MomentEquations.derive(model, order);
        MomentStructure structure = MomentStructure.of(system);
        common.emit(new MomentsReport(structure, central ? CentralMoments.derive(system) : null),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}

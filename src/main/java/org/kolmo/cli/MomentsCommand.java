package org.kolmo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.MomentsOptions;
import org.kolmo.report.ClosureCheckReport;
import org.kolmo.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "moments", mixinStandardHelpOptions = true,
        description = "Moment equations d/dt E[phi] = E[L phi] for all monomials up to --order (Chen et al. 2025, eqs. 3-6), "
                + "their decoupled blocks, conservation laws and stationary values; with --central, the equations "
                + "of means and covariances. With --closure, a hierarchy that does not close is closed at --order "
                + "by a moment-closure approximation, and --stationary gives the stationary points of the closed "
                + "system.")
final class MomentsCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--order", paramLabel = "K", defaultValue = "2", description = "highest moment order (default 2)")
    int order;

    @Option(names = "--central", description = "means and covariances c_ij = p_ij - m_i m_j (order 2)")
    boolean central;

    @Option(names = "--closure", paramLabel = "NAME", description = "close the moments above K: zero (central "
            + "moments above K are 0), normal (cumulants above K are 0; Whittle 1957), lognormal (Keeling 2000), "
            + "gamma (one variable; Lakatos et al. 2015), derivative-matching (Singh & Hespanha 2006, 2011)")
    String closure;

    @Option(names = "--stationary", description = "stationary points of the closed system: exact by a Groebner "
            + "basis where it gives them, else numeric (Newton from a long-time integration or --start)")
    boolean stationary;

    @Option(names = "--start", paramLabel = "U1,U2,...", split = ",", description = "start of Newton's method for "
            + "--stationary, one number per moment in the order of the output")
    double[] start;

    @Option(names = "--check", paramLabel = "N", description = "measure each closure of --closure (a comma list: "
            + "normal,lognormal,...) against N Monte Carlo paths of the full model, and against the exact stationary "
            + "moments of a one-variable model where its stationary density gives them")
    Integer check;

    @Option(names = "--T", paramLabel = "T", defaultValue = "10", description = "horizon of --check (default 10)")
    double horizon;

    @Option(names = "--dt", paramLabel = "H", defaultValue = "0.001",
            description = "Euler-Maruyama step of --check (default 0.001)")
    double dt;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of --check (default 1)")
    long seed;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "with --check: plot the moments over time, closures against Monte Carlo bands (.pdf, .svg "
                    + "or .png)")
    Path plot;

    @Override
    Integer run() throws Exception {
        MomentsOptions options = CommonOptions.facade(() -> new MomentsOptions(order, central,
                Optional.ofNullable(closure), stationary, Optional.ofNullable(start).map(u -> Arrays.stream(u).boxed()
                        .toList()), Optional.ofNullable(check), horizon, dt, seed).validate());
        KolmoModel model = ModelArgument.read(file);
        if (check == null && plot != null) {
            throw new UsageException("--plot", "plots the closure check: give --check N too");
        }
        if (check != null && closure != null && plot != null && !plot.toString().matches(".*\\.(pdf|svg|png)")) {
            throw new UsageException("--plot", "the plot file must end in .pdf, .svg or .png");
        }
        Report report = CommonOptions.facade(() -> Kolmo.moments(model, options, common.progressBars()));
        common.emit(report, out());
        if (plot != null && report instanceof ClosureCheckReport r) {
            r.plot(plot);
        }
        return ExitCode.OK;
    }
}

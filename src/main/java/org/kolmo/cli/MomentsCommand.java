package org.kolmo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.moments.CentralMoments;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.ClosedStationary;
import org.kolmo.moments.Closure;
import org.kolmo.moments.ClosureCheck;
import org.kolmo.moments.MomentClosure;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.kolmo.report.ClosedMomentsReport;
import org.kolmo.report.ClosureCheckReport;
import org.kolmo.report.MomentsReport;
import org.kolmo.stationary.StationaryDensity;
import org.kolmo.stationary.StationaryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "moments", mixinStandardHelpOptions = true,
        description = "Moment equations d/dt E[phi] = E[L phi] for all monomials up to --order (Chen et al. 2025, eqs. 3-6), "
                + "their decoupled blocks, conservation laws and stationary values; with --central, the equations "
                + "of means and covariances. With --closure, a hierarchy that does not close is closed at --order "
                + "by a moment-closure approximation, and --stationary gives the stationary points of the closed "
                + "system.")
final class MomentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        if (order < 1) {
            throw new UsageException("--order", "the moment order must be at least 1 (got " + order + ")");
        }
        if (closure == null && (stationary || start != null)) {
            throw new UsageException(stationary ? "--stationary" : "--start", "needs --closure (the stationary values "
                    + "of a hierarchy that closes are printed without it)");
        }
        if (start != null && !stationary) {
            throw new UsageException("--start", "is the start of --stationary");
        }
        Sde model = ModelArgument.read(file).sde();
        if (check != null) {
            return checkClosures(model);
        }
        if (plot != null) {
            throw new UsageException("--plot", "plots the closure check: give --check N too");
        }
        if (closure != null) {
            Closure c = Closure.parse(closure).orElseThrow(() -> new UsageException("--closure", "unknown closure '"
                    + closure + "' (expected " + Closure.names() + ")"));
            ClosedMomentSystem system = close(model, c);
            if (start != null && start.length != system.size()) {
                throw new UsageException("--start", "needs " + system.size() + " numbers (" + String.join(", ",
                        system.names()) + "), got " + start.length);
            }
            ClosedStationary.Result points = stationary ? ClosedStationary.of(system, start) : null;
            common.emit(new ClosedMomentsReport(system, central ? CentralMoments.derive(system) : null, points),
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
        MomentSystem system = MomentEquations.derive(model, order);
        MomentStructure structure = MomentStructure.of(system);
        common.emit(new MomentsReport(structure, central ? CentralMoments.derive(system) : null),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The closed system at --order; a closure undefined for the model is placed at its equation in the file. */
    private ClosedMomentSystem close(Sde model, Closure c) throws Exception {
        try {
            return MomentClosure.derive(model, order, c);
        } catch (MomentsException e) {
            if (e.code() == null) {
                throw e;
            }
            int[] at = e.variable() == null ? new int[] {0, 0} : HomogenizeCommand.equationStart(file, e.variable());
            throw e.at(file.toString(), at, at[0] > 0 ? Files.readAllLines(file).get(at[0] - 1) : null);
        }
    }

    /** {@code --check}: every closure of the list integrated and measured against Monte Carlo (issue 15, item 4). */
    private int checkClosures(Sde model) throws Exception {
        if (closure == null) {
            throw new UsageException("--check", "needs --closure (one closure or a comma list)");
        }
        if (check < 2) {
            throw new UsageException("--check", "the number of paths must be at least 2");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new UsageException("--T", "the horizon must be a positive number");
        }
        if (!(dt > 0) || dt > horizon) {
            throw new UsageException("--dt", "the step must be positive and at most the horizon");
        }
        if (plot != null && !plot.toString().matches(".*\\.(pdf|svg|png)")) {
            throw new UsageException("--plot", "the plot file must end in .pdf, .svg or .png");
        }
        List<ClosedMomentSystem> systems = new ArrayList<>();
        for (String name : closure.split(",")) {
            Closure c = Closure.parse(name.strip()).orElseThrow(() -> new UsageException("--closure",
                    "unknown closure '" + name.strip() + "' (expected " + Closure.names() + ")"));
            systems.add(close(model, c));
        }
        int points = 20;
        double[] times = new double[points];
        for (int k = 0; k < points; k++) {
            times[k] = horizon * (k + 1) / points;
        }
        ClosureCheck.Result result;
        try (ProgressOnStderr progress = common.progress("simulating " + model.name())) {
            result = ClosureCheck.run(model, systems, new ClosureCheck.Settings(check, dt, times, seed),
                    exactStationary(model, systems.get(0)), progress);
        }
        ClosureCheckReport report = new ClosureCheckReport(result);
        common.emit(report, spec.commandLine().getOut());
        if (plot != null) {
            report.plot(plot);
        }
        return ExitCode.OK;
    }

    /** E[x^k] of a one-variable model from its stationary density, by moment name; empty when there is none. */
    private Map<String, Double> exactStationary(Sde model, ClosedMomentSystem system) {
        Map<String, Double> out = new HashMap<>();
        if (model.dimension() != 1) {
            return out;
        }
        try {
            StationaryDensity.Result density = StationaryDensity.derive(model, file.toString(), Map.of(), order);
            for (StationaryDensity.Moment m : density.moments()) {
                for (int i = 0; i < system.size(); i++) {
                    if (system.moments().get(i).exponent(0) == m.order() && m.finite()) {
                        out.put(system.names().get(i), Double.isFinite(m.exactValue()) ? m.exactValue()
                                : m.quadrature());
                    }
                }
            }
        } catch (StationaryException | IllegalArgumentException e) {
            // no stationary density (not normalisable, outside the method): Monte Carlo alone
        }
        return out;
    }
}

package org.kolmo.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.report.SimulationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo of a model with compiled coefficients (Euler-Maruyama or Milstein for Ito, "
                + "stochastic Heun for Stratonovich), paths spread over all cores, results independent of the thread "
                + "count: means of observables with standard errors and 95%% intervals.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the table as CSV")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE", description = "also plot the means against time (.png or .svg)")
    Path plot;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        Sde model = ModelArgument.read(file);
        if (plot != null && !plot.toString().endsWith(".png") && !plot.toString().endsWith(".svg")) {
            throw new UsageException("--plot", "the plot file must end in .png or .svg");
        }
        SimulationReport report = new SimulationReport(model.name(), run(model, simulation, simulation.observableTexts(model)));
        if (csv != null) {
            AtomicFiles.write(csv, report.csv(), "--csv");
        }
        if (plot != null) {
            report.plot(plot);
        }
        common.emit(report, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** Compiles the model with the given parameter values and runs it, with a progress bar for long runs. */
    static MonteCarloResult run(Sde model, SimulationOptions options, List<String> observableTexts) throws Exception {
        CompiledSde compiled = CompiledSde.compile(model, options.parameters);
        Observables observables = options.observables(compiled, observableTexts);
        MonteCarloSettings settings = options.settings(model.convention());
        try (ProgressOnStderr progress = new ProgressOnStderr("simulating " + model.name(),
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8))) {
            return MonteCarlo.run(compiled, compiled.initialState(), observables, settings, progress);
        }
    }
}

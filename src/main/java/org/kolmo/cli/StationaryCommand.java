package org.kolmo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.report.StationaryReport;
import org.kolmo.stationary.StationaryDensity;
import org.kolmo.stationary.StationaryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stationary", mixinStandardHelpOptions = true,
        description = "The stationary density of a one-dimensional SDE, rho ~ sigma^-2 exp(int 2 b/sigma^2 dx), or of "
                + "a gradient system dx = -grad V dt + s dW, rho ~ exp(-2 V/s^2) (stationary Fokker-Planck equation "
                + "with zero probability flux), its normalising constant and moments E[x^k]: in closed form (Gamma "
                + "functions) where the density is u^p exp(-c u^n), and by double-exponential quadrature at the "
                + "parameter values.")
final class StationaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file (e.g. an effective SDE that "
            + "'kolmo homogenize FILE -o EFFECTIVE.sde' wrote)")
    Path file;

    @Option(names = "--order", paramLabel = "K", defaultValue = "4", description = "highest moment order (default 4)")
    int order;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value for the numerics "
            + "(repeatable); default: the model's")
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        if (order < 1 || order > 12) {
            throw new UsageException("--order", "the moment order must be between 1 and 12 (got " + order + ")");
        }
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new UsageException("--param", e.getKey() + " must be a finite number");
            }
        }
        Sde model = ModelArgument.read(file).sde();
        for (String name : parameters.keySet()) {
            if (model.parameter(name).isEmpty()) {
                throw new UsageException("--param", file + " has no parameter '" + name + "'");
            }
        }
        for (Parameter p : model.parameters()) {
            if (p.value().isEmpty() && !parameters.containsKey(p.name())) {
                throw new UsageException("--param", "parameter '" + p.name() + "' of " + file + " has no value; "
                        + "give one with --param " + p.name() + "=VALUE");
            }
        }
        StationaryDensity.Result result;
        try {
            result = StationaryDensity.derive(model, file.toString(), parameters, order);
        } catch (StationaryException e) {
            if (e.variable() == null) {
                throw e;
            }
            int[] start = HomogenizeCommand.equationStart(file, e.variable());
            throw e.at(start, start[0] > 0 ? Files.readAllLines(file).get(start[0] - 1) : null);
        }
        common.emit(new StationaryReport(result), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}

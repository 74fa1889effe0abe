package org.kolmo.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import org.kolmo.StationaryOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stationary", mixinStandardHelpOptions = true,
        description = "The stationary density of a one-dimensional SDE, rho ~ sigma^-2 exp(int 2 b/sigma^2 dx), or of "
                + "a gradient system dx = -grad V dt + s dW, rho ~ exp(-2 V/s^2) (stationary Fokker-Planck equation "
                + "with zero probability flux), its normalising constant and moments E[x^k]: in closed form (Gamma "
                + "functions) where the density is u^p exp(-c u^n), and by double-exponential quadrature at the "
                + "parameter values.")
final class StationaryCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file (e.g. an effective SDE that "
            + "'kolmo homogenize FILE -o EFFECTIVE.sde' wrote)")
    Path file;

    @Option(names = "--order", paramLabel = "K", defaultValue = "4", description = "highest moment order (default 4)")
    int order;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value for the numerics "
            + "(repeatable); default: the model's")
    Map<String, Double> parameters = new LinkedHashMap<>();

    @Override
    Integer run() throws Exception {
        StationaryOptions options = CommonOptions.facade(() -> new StationaryOptions(order, parameters).validate());
        KolmoModel model = ModelArgument.read(file);
        common.emit(CommonOptions.facade(() -> Kolmo.stationary(model, options)), out());
        return ExitCode.OK;
    }
}

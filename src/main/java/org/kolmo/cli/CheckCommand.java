package org.kolmo.cli;

import org.kolmo.CheckOptions;
import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kolmo.check.ClaimChecker;
import org.kolmo.report.CheckReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Decides whether a claimed identity holds for a model: symbolically first, then at random "
                + "rational parameter points; prints 'holds' or a counterexample with the two sides' values.",
                "A claim is LHS == RHS over the parameters and either the state variables, with drift(x), "
                        + "stratonovich_drift(x), diffusion(x[, k]) and L(f), or the moments (m_z, p_zz, mu_xxz) "
                        + "with derivative marks (p_zz'''), decided along the moment trajectory from the model's "
                        + "initial values."},
        footer = {"", "Exit status: 0 every claim holds, 1 a claim fails, 2 bad input."})
final class CheckCommand extends ModelCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the .sde model file")
    Path file;

    @Option(names = "--claim", required = true, paramLabel = "'LHS == RHS'",
            description = "the claim (repeat for several)")
    List<String> claims;

    @Option(names = "--given", paramLabel = "'NAME = EXPR'",
            description = "an abbreviation the claims use, or a parameter's value (a number or an expression in "
                    + "other parameters), which fixes it everywhere: in the model's equations and initial values, "
                    + "its moments, the claims and the test points (repeatable, in order)")
    List<String> givens = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "seed of the random rational points (default "
            + ClaimChecker.DEFAULT_SEED + ")")
    long seed = ClaimChecker.DEFAULT_SEED;

    @Override
    Integer run() throws Exception {
        KolmoModel model = ModelArgument.read(file);
        CheckReport report = Kolmo.check(model, claims, new CheckOptions(givens, seed));
        common.emit(report, out());
        return report.allHold() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
}

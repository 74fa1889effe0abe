package org.kolmo.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kolmo.io.Diagnostic;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.report.SimulationReport;
import org.kolmo.report.VerificationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks a reduced model against the full one by Monte Carlo: weak errors of the observables "
                + "with 95%% intervals and a verdict; exit status 1 when a difference exceeds the tolerance by more "
                + "than four standard errors. A slow-fast full model (Lim) is simulated as simulate does: fast "
                + "variables without an initial value start in their invariant law N(mu(X0), J(X0)), and its default "
                + "step is a fraction of the fast relaxation time eps^2 (see --dt), since a longer Euler-Maruyama "
                + "step simulates the fast process wrongly. The reduced model, e.g. the effective SDE written by "
                + "'homogenize FULL.sde -o EFFECTIVE.sde', is an ordinary model with its own default step. Each "
                + "--param goes to the models that declare it.")
final class VerifyCommand implements Callable<Integer> {
    /** Mixed into the reduced model's stream, so that the two estimates' errors are independent. */
    private static final long REDUCED_STREAM = 0x9E3779B97F4A7C15L;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the full .sde model")
    Path file;

    @Option(names = "--reduced", required = true, paramLabel = "OTHER.sde",
            description = "the reduced model (e.g. written by reduce or homogenize -o); the observables must make "
                    + "sense in both")
    Path reduced;

    @Option(names = "--observe", paramLabel = "EXPR,...", description = "observables, e.g. 'X1, X1^2', in the "
            + "variables and parameters of both models (default: the variables the two models share by name)")
    String observe;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "0",
            description = "weak error accepted beyond the statistical error (default 0)")
    double tolerance;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.configure();
        common.outputFormat();
        if (!(tolerance >= 0)) {
            throw new UsageException("--tolerance", "must be at least 0 (got " + tolerance + ")");
        }
        simulation.check();
        Sde full = ModelArgument.read(file).sde();
        Sde small = ModelArgument.read(reduced).sde();
        List<String> observables = observe != null ? SimulationOptions.observableTexts(observe) : shared(full, small);
        if (observables.isEmpty()) {
            throw new UsageException("--observe", file + " and " + reduced + " share no variable by name; name "
                    + "the observables with --observe");
        }
        observableIn(observables, full, "the full model " + file, null);
        observableIn(observables, small, "the reduced model " + reduced, full);
        for (String name : simulation.parameters.keySet()) {
            if (full.parameter(name).isEmpty() && small.parameter(name).isEmpty()) {
                throw new UsageException("--param", "neither " + file + " nor " + reduced + " has a parameter '"
                        + name + "'");
            }
        }
        SimulatedModel a = SimulatedModel.prepare(full, file, declared(full), simulation);
        SimulatedModel b = SimulatedModel.prepare(small, reduced, declared(small), simulation);
        MonteCarloResult ra = a.run(observables, simulation, simulation.seed, common);
        MonteCarloResult rb = b.run(observables, simulation, simulation.seed ^ REDUCED_STREAM, common);
        VerificationReport report = new VerificationReport(full.name(), ra, setup(a), small.name(), rb, setup(b),
                tolerance);
        common.emit(report, spec.commandLine().getOut());
        return report.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** The variables of {@code full} that {@code small} has too, by name, in the full model's order. */
    private static List<String> shared(Sde full, Sde small) {
        return full.variables().stream().map(Variable::name).filter(n -> small.variable(n).isPresent()).toList();
    }

    /** The --param values of the parameters {@code model} declares. */
    private Map<String, Double> declared(Sde model) {
        Map<String, Double> out = new LinkedHashMap<>();
        simulation.parameters.forEach((k, v) -> {
            if (model.parameter(k).isPresent()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Reads every observable in one of the models; a name that model lacks (a fast variable of {@code full} against
     * the reduced model, say) is reported with the model and its variables, other mistakes at their column.
     *
     * @param full the full model when {@code model} is the reduced one, else null
     */
    private static void observableIn(List<String> texts, Sde model, String which, Sde full) throws ModelException {
        for (String t : texts) {
            try {
                ModelReader.readObservable("--observe", t, model);
            } catch (ModelException e) {
                Diagnostic first = e.diagnostics().get(0);
                if (e.diagnostics().stream().anyMatch(d -> d.code() != ModelErrorCode.UNKNOWN_SYMBOL)) {
                    throw e;
                }
                String name = identifierAt(t, first.position().column());
                boolean fast = full != null && full.variable(name).map(v -> v.role() == Role.FAST).orElse(false);
                String variables = SimulatedModel.names(model.variables().stream().map(Variable::name).toList(),
                        "its variables");
                throw new UsageException("--observe", fast
                        ? "'" + t + "': " + name + " is a fast variable of the full model, which " + which
                                + " does not have" + variables + "; observe slow variables and functionals"
                        : "'" + t + "' cannot be observed in " + which + ": " + first.message() + variables);
            }
        }
    }

    /** The name that starts at 1-based {@code column} of {@code text}. */
    private static String identifierAt(String text, int column) {
        int end = column - 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(Math.max(0, Math.min(column - 1, end)), end);
    }

    private static SimulationReport.Setup setup(SimulatedModel m) {
        return new SimulationReport.Setup(m.dtRule, m.dtReason, m.startText);
    }
}

package org.kolmo.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;

import org.kolmo.algebra.AlgebraException;
import org.kolmo.cas.CasException;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.io.ModelException;
import org.kolmo.moments.MomentsException;
import org.kolmo.numeric.NonFiniteValueException;
import org.kolmo.numeric.NumericException;
import org.kolmo.reduction.ReductionException;
import org.kolmo.report.Report;
import org.kolmo.stationary.StationaryException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kolmo} command line: the only place that prints to the terminal or decides an exit status.
 */
@Command(name = "kolmo", mixinStandardHelpOptions = true, version = "kolmo 0.1.0",
        description = "Symbolic-numeric derivations for stochastic model reduction.",
        subcommands = {ConvertCommand.class, GeneratorCommand.class, ItoFormulaCommand.class, MomentsCommand.class,
                ClosedOdeCommand.class, ReduceCommand.class, HomogenizeCommand.class, SimulateCommand.class,
                VerifyCommand.class, CheckCommand.class, StationaryCommand.class, KernelCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 a check ran and failed, 2 bad input (model file or option), "
                + "70 internal error."})
public final class Main implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "show stack traces of internal errors")
    boolean debug;

    /** Where {@link CommonOptions#emit} hands a command's report while {@link #runForReport} runs it. */
    static final ThreadLocal<Consumer<Report>> REPORT_SINK = new ThreadLocal<>();

    /**
     * What a command run for a front end produced.
     *
     * @param status the exit status the command line would have returned
     * @param report the command's report, or null when it failed before producing one
     * @param errors what the command line would have printed on stderr (empty on success)
     */
    public record Outcome(int status, Report report, String errors) {
    }

    /**
     * Runs one command line (e.g. {@code closed-ode FILE --of p_zz}) and returns its report instead of printing it;
     * errors come back as the text the command line would print. Every command that emits a report works this way,
     * so a new command is available to front ends such as the notebook kernel without further code.
     */
    public static Outcome runForReport(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Report[] captured = new Report[1];
        REPORT_SINK.set(r -> captured[0] = r);
        int status;
        try {
            status = run(args, new PrintWriter(out), new PrintWriter(err));
        } finally {
            REPORT_SINK.remove();
        }
        String errors = err.toString();
        if (captured[0] == null && errors.isBlank()) {
            errors = out.toString(); // help or version text
        }
        return new Outcome(status, captured[0], errors.strip());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (see kolmo --help)");
    }

    /** The {@link AlgebraException} among the causes of {@code ex} (kept through the rule layer), or null. */
    private static AlgebraException algebraCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AlgebraException a) {
                return a;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs one command line; returns the exit status. Tests call this directly. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(false);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("kolmo: " + ex.getMessage());
            CommandLine failed = ex.getCommandLine();
            err.println("Try 'kolmo " + (failed.getParent() == null ? "" : failed.getCommandName() + " ") + "--help'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, failed, parsed) -> {
            if (ex instanceof ModelException me) {
                err.println(me.format());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof HomogenizationException || ex instanceof StationaryException) {
                // a model outside the class: the message names file, equation and term
                err.println(ex.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof NonFiniteValueException) {
                err.println("kolmo " + failed.getCommandName() + ": " + ex.getMessage());
                err.flush();
                return ExitCode.CHECK_FAILED;
            }
            if (ex instanceof UsageException || ex instanceof MomentsException || ex instanceof NumericException
                    || ex instanceof ReductionException) {
                err.println("kolmo " + failed.getCommandName() + ": " + ex.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            AlgebraException outside = algebraCause(ex);
            if (outside != null) {
                // an input the exact algebra cannot hold (e.g. a coefficient that is not rational in the
                // parameters), raised inside a rule: the user's error, with its code, not an engine failure
                err.println("kolmo " + failed.getCommandName() + ": error[" + outside.code().code() + "]: "
                        + outside.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof CasException) {
                err.println("kolmo: symbolic engine error: " + ex.getMessage());
            } else {
                err.println("kolmo: internal error: " + ex);
            }
            if (main.debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(rerun with --debug for the stack trace)");
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        return cli.execute(args);
    }
}

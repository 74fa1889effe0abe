package org.kolmo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.kolmo.cas.CasException;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.io.ModelException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kolmo} command line: the only place that prints to the terminal or decides an exit status.
 */
@Command(name = "kolmo", mixinStandardHelpOptions = true, version = "kolmo 0.1.0",
        description = "Symbolic-numeric derivations for stochastic model reduction.",
        subcommands = {ConvertCommand.class, GeneratorCommand.class, ItoFormulaCommand.class, HomogenizeCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 a check ran and failed, 2 bad input (model file or option), "
                + "70 internal error."})
public final class Main implements Runnable {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "show stack traces of internal errors")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (see kolmo --help)");
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
            if (ex instanceof HomogenizationException he) {
                // a model outside the class: the message names file, equation and term
                err.println(he.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof UsageException) {
                err.println("kolmo " + failed.getCommandName() + ": " + ex.getMessage());
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

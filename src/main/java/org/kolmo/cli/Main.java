package org.kolmo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.algebra.AlgebraException;
import org.kolmo.cas.CasException;
import org.kolmo.homogenization.HomogenizationException;
import org.kolmo.io.ModelException;
import org.kolmo.moments.MomentsException;
import org.kolmo.numeric.NonFiniteValueException;
import org.kolmo.numeric.NumericException;
import org.kolmo.reduction.ReductionException;
import org.kolmo.stationary.StationaryException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** True when the command line asks for {@code --format json}: its errors then come as JSON on stdout too. */
    private static boolean wantsJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format=json") || args[i].equals("--format") && i + 1 < args.length
                    && args[i + 1].equals("json")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LOCATED = Pattern.compile("^(.+?):(\\d+):(\\d+): error\\[(E\\d+)\\]: (.*)$");
    private static final Pattern CODED = Pattern.compile("error\\[(E\\d+)\\]");

    /**
     * Prints an error on stderr (unless {@code err} is null: already printed) and, when JSON was asked, as a JSON
     * document on stdout: every message line with its file, line, column and code where it has them, so that a
     * program that reads stdout sees why there is no result. Returns {@code status}.
     */
    private static int fail(PrintWriter out, PrintWriter err, boolean json, String command, int status,
            String message, String hint) {
        if (err != null) {
            err.println(message);
            if (hint != null) {
                err.println(hint);
            }
            err.flush();
        }
        if (json && !message.isBlank()) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode node = mapper.createObjectNode();
            node.put("schemaVersion", 1);
            node.put("command", command);
            node.put("status", status);
            ArrayNode errors = node.putArray("errors");
            for (String line : message.split("\n")) {
                if (line.startsWith("    ")) {
                    continue; // the source line and caret under a located message
                }
                ObjectNode e = errors.addObject();
                Matcher located = LOCATED.matcher(line);
                if (located.matches()) {
                    e.put("file", located.group(1));
                    e.put("line", Integer.parseInt(located.group(2)));
                    e.put("column", Integer.parseInt(located.group(3)));
                    e.put("code", located.group(4));
                    e.put("message", located.group(5));
                } else {
                    Matcher coded = CODED.matcher(line);
                    if (coded.find()) {
                        e.put("code", coded.group(1));
                    }
                    e.put("message", line);
                }
            }
            try {
                out.println(mapper.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.flush();
        }
        return status;
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
        boolean json = wantsJson(args);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            String command = failed.getParent() == null ? "kolmo" : failed.getCommandName();
            return fail(out, err, json, command, ExitCode.BAD_INPUT, "kolmo: " + ex.getMessage(),
                    "Try 'kolmo " + (failed.getParent() == null ? "" : failed.getCommandName() + " ") + "--help'.");
        });
        cli.setExecutionExceptionHandler((ex, failed, parsed) -> {
            String command = failed.getCommandName();
            if (ex instanceof ModelException me) {
                return fail(out, err, json, command, ExitCode.BAD_INPUT, me.format(), null);
            }
            if (ex instanceof MomentsException me && me.located()) {
                // a closure undefined for the model: the message names file, equation and reason
                err.println(ex.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (ex instanceof HomogenizationException || ex instanceof StationaryException) {
                // a model outside the class: the message names file, equation and term
                return fail(out, err, json, command, ExitCode.BAD_INPUT, ex.getMessage(), null);
            }
            if (ex instanceof NonFiniteValueException) {
                return fail(out, err, json, command, ExitCode.CHECK_FAILED, "kolmo " + command + ": "
                        + ex.getMessage(), null);
            }
            if (ex instanceof UsageException || ex instanceof MomentsException || ex instanceof NumericException
                    || ex instanceof ReductionException) {
                return fail(out, err, json, command, ExitCode.BAD_INPUT, "kolmo " + command + ": " + ex.getMessage(),
                        null);
            }
            AlgebraException outside = algebraCause(ex);
            if (outside != null) {
                // an input the exact algebra cannot hold (e.g. a coefficient that is not rational in the
                // parameters), raised inside a rule: the user's error, with its code, not an engine failure
                return fail(out, err, json, command, ExitCode.BAD_INPUT, "kolmo " + command + ": error["
                        + outside.code().code() + "]: " + outside.getMessage(), null);
            }
            String message = ex instanceof CasException ? "kolmo: symbolic engine error: " + ex.getMessage()
                    : "kolmo: internal error: " + ex;
            if (main.debug) {
                err.println(message);
                ex.printStackTrace(err);
                err.flush();
                return fail(out, null, json, command, ExitCode.INTERNAL, message, null);
            }
            return fail(out, err, json, command, ExitCode.INTERNAL, message, "(rerun with --debug for the stack trace)");
        });
        return cli.execute(args);
    }
}

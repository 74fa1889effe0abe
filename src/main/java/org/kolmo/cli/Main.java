package org.kolmo.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.kolmo.OptionErrorCode;
import org.kolmo.OptionException;
import org.kolmo.error.Diagnostic;
import org.kolmo.error.ErrorCode;
import org.kolmo.error.ErrorFormat;
import org.kolmo.error.InternalErrorCode;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

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
        throw new CommandLine.MissingParameterException(new CommandLine(this), List.of(),
                "a command is required (see kolmo --help)");
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

    /**
     * Prints an error on stderr in {@link ErrorFormat}'s form (with {@code hint} below it, when not null) and, when
     * JSON was asked, as a JSON document on stdout: every diagnostic with its code, file, line, column or option, and
     * message, so that a program that reads stdout sees why there is no result. Returns the error's exit status.
     */
    private static int fail(PrintWriter out, PrintWriter err, boolean json, String jsonCommand, String command,
            KolmoException error, String hint) {
        err.println(ErrorFormat.format(error, command));
        if (hint != null) {
            err.println(hint);
        }
        err.flush();
        int status = error.exitStatus();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode node = mapper.createObjectNode();
            node.put("schemaVersion", 1);
            node.put("command", jsonCommand);
            node.put("status", status);
            ArrayNode errors = node.putArray("errors");
            for (Diagnostic d : error.diagnostics()) {
                ObjectNode e = errors.addObject();
                e.put("code", d.code().code());
                Position p = d.position();
                if (p.inAFile()) {
                    e.put("file", p.file());
                    if (p.hasLine()) {
                        e.put("line", p.line());
                    }
                    if (p.hasColumn()) {
                        e.put("column", p.column());
                    }
                }
                if (p.kind() == Position.Kind.OPTION) {
                    e.put("option", p.option());
                }
                e.put("message", d.message());
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

    /** A picocli error in the command line as an option error: E001 unknown, E003 missing, E002 a bad value. */
    private static KolmoException optionError(CommandLine.ParameterException ex) {
        OptionErrorCode code = ex instanceof CommandLine.UnmatchedArgumentException ? OptionErrorCode.UNKNOWN_OPTION
                : ex instanceof CommandLine.MissingParameterException ? OptionErrorCode.MISSING_VALUE
                : OptionErrorCode.BAD_VALUE;
        String message = ex.getMessage();
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg == null && ex instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            arg = missing.getMissing().get(0);
        }
        if (arg instanceof CommandLine.Model.OptionSpec option) {
            return new OptionException(code, option.longestName(), message);
        }
        if (arg instanceof CommandLine.Model.PositionalParamSpec positional) {
            return new OptionException(code, positional.paramLabel(), message);
        }
        return new KolmoException(code, Position.none(), message);
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
            boolean root = failed.getParent() == null;
            String command = root ? "" : failed.getCommandName();
            return fail(out, err, json, root ? "kolmo" : command, command, optionError(ex),
                    "Try 'kolmo " + (root ? "" : command + " ") + "--help'.");
        });
        cli.setExecutionExceptionHandler((ex, failed, parsed) -> {
            String command = failed.getCommandName();
            KolmoException k = InternalErrorCode.wrap(ex);
            if (main.debug && k.exitStatus() == ErrorCode.INTERNAL) {
                ex.printStackTrace(err);
            }
            return fail(out, err, json, command, command, k, k.exitStatus() == ErrorCode.INTERNAL && !main.debug
                    ? "(rerun with --debug for the stack trace)" : null);
        });
        return cli.execute(args);
    }
}

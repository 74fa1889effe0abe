package org.kolmo.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.kolmo.cas.JavaFunctions;
import org.kolmo.cli.Main;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.io.ModelWriter;
import org.kolmo.model.Sde;
import org.kolmo.report.ModelReport;
import org.kolmo.report.Report;
import org.kolmo.report.SdeReport;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import picocli.CommandLine;

/**
 * The functions a notebook cell can call, registered into the session's Symja engine.
 *
 * <p>Every derivation runs the {@code kolmo} command of the same name in-process ({@link Main#runForReport}) and
 * returns a reference to its report, so a cell shows exactly what the command line derives; a command added to the
 * command line is callable at once as {@code Kolmo("name", model, Option -> value, ...)}. Options are Symja rules
 * whose names are the command's option names without dashes, in any case ({@code WithConstant -> True} is
 * {@code --with-constant}); a value True is a flag, a list repeats the option. Model-level expressions (claims,
 * functions f) are strings, read by Kolmo's own reader, so that names such as {@code beta} never meet Symja's parser.
 */
final class KernelFunctions {
    /**
     * Function name, command, and the options the positional arguments after the model fill, in order. Symja's
     * {@code Check} is replaced by the claim checker in the kernel (deliberately: it is the kernel's purpose);
     * {@code Reduce} stays Symja's, and the model reduction is {@code ReduceModel}.
     */
    private record Binding(String function, String command, List<String> positional) {
    }

    private static final List<Binding> BINDINGS = List.of(
            new Binding("Convert", "convert", List.of("--to")),
            new Binding("Generator", "generator", List.of("--apply")),
            new Binding("ItoFormula", "ito-formula", List.of("--f")),
            new Binding("Moments", "moments", List.of("--order")),
            new Binding("ClosedOde", "closed-ode", List.of("--of")),
            new Binding("ReduceModel", "reduce", List.of()),
            new Binding("Homogenize", "homogenize", List.of()),
            new Binding("Simulate", "simulate", List.of()),
            new Binding("Verify", "verify", List.of()),
            new Binding("StationaryDensity", "stationary", List.of("--order")));

    /** Names that may replace a Symja built-in of the same name. */
    private static final Set<String> SHADOWS = Set.of("check");

    /** The names registered so far in this process (registering again, for a new session, is fine). */
    private static final Set<String> DEFINED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final NotebookObjects objects;
    private final Path home;
    private Path scratch;
    /** An error raised inside a Symja evaluation, kept here because Symja may swallow exceptions of built-ins. */
    private RuntimeException pending;

    KernelFunctions(NotebookObjects objects, Path home) {
        this.objects = objects;
        this.home = home;
    }

    /** The names of the functions, for completion. */
    static List<String> names() {
        List<String> out = new ArrayList<>(List.of("LoadModel", "Check", "Kolmo", "PlotMoments"));
        BINDINGS.forEach(b -> out.add(b.function()));
        return out;
    }

    void register() {
        define("LoadModel", this::loadModel);
        define("Check", this::check);
        define("Kolmo", ast -> {
            if (ast.argSize() < 2 || !ast.arg1().isString()) {
                throw new NotebookException("Kolmo(\"command\", model, options...) runs any kolmo command");
            }
            return command(ast.arg1().toString(), ast, 2, List.of());
        });
        for (Binding b : BINDINGS) {
            define(b.function(), ast -> command(b.command(), ast, 1, b.positional()));
        }
        define("PlotMoments", ast -> new MomentPlots(this).plot(ast));
    }

    /** Takes (and clears) the error a function raised during the last evaluation. */
    RuntimeException takePending() {
        RuntimeException e = pending;
        pending = null;
        return e;
    }

    NotebookObjects objects() {
        return objects;
    }

    private void define(String name, Function<IAST, IExpr> body) {
        String key = name.toLowerCase(Locale.ROOT);
        if (Context.SYSTEM.get(key) != null && !SHADOWS.contains(key) && !DEFINED.contains(key)) {
            throw new IllegalStateException("the notebook function " + name + " would replace Symja's built-in");
        }
        DEFINED.add(key);
        JavaFunctions.register(name, ast -> {
            try {
                return body.apply(ast);
            } catch (RuntimeException e) {
                pending = e;
                throw e;
            }
        });
    }

    // ---------------------------------------------------------------- functions

    private IExpr loadModel(IAST ast) {
        if (ast.argSize() != 1 || !ast.arg1().isString()) {
            throw new NotebookException("LoadModel(\"path/to/model.sde\") takes the path of a model file");
        }
        Path path = resolvePath(ast.arg1().toString());
        try {
            Sde model = ModelReader.read(path);
            return objects.reference(new SdeReport(model), "model " + model.name());
        } catch (ModelException e) {
            throw new NotebookException(e.format(), e);
        } catch (IOException e) {
            throw new NotebookException("cannot read '" + path + "': " + e.getMessage(), e);
        }
    }

    /** Check(claim, model, Given -> ...): one claim (a string) or several (a list of strings). */
    private IExpr check(IAST ast) {
        if (ast.argSize() < 2) {
            throw new NotebookException("Check(\"LHS == RHS\", model, Given -> \"NAME = EXPR\") checks a claim");
        }
        List<String> args = new ArrayList<>(List.of("check", modelFile(ast.arg2())));
        for (IExpr claim : ast.arg1().isList() ? (IAST) ast.arg1() : List.of(ast.arg1())) {
            if (!claim.isString()) {
                throw new NotebookException("a claim is a string \"LHS == RHS\" (got " + claim + ")");
            }
            args.add("--claim");
            args.add(claim.toString());
        }
        args.addAll(options("check", ast, 3));
        return run(args, "check");
    }

    private IExpr command(String command, IAST ast, int modelArg, List<String> positional) {
        if (ast.argSize() < modelArg) {
            throw new NotebookException(command + " needs a model (from LoadModel or a derivation)");
        }
        List<String> args = new ArrayList<>(List.of(command, modelFile(ast.get(modelArg))));
        int next = modelArg + 1;
        for (String option : positional) {
            if (next <= ast.argSize() && !ast.get(next).isRuleAST()) {
                args.add(option);
                args.add(value(ast.get(next)));
                next++;
            }
        }
        args.addAll(options(command, ast, next));
        return run(args, command);
    }

    private IExpr run(List<String> args, String command) {
        Main.Outcome outcome = Main.runForReport(args.toArray(new String[0]));
        if (outcome.report() == null) {
            throw new NotebookException(outcome.errors().isEmpty() ? "kolmo " + command + " failed (status "
                    + outcome.status() + ")" : outcome.errors());
        }
        Report r = outcome.report();
        String what = r instanceof ModelReport m ? "model " + m.model().name() : command;
        return objects.reference(r, what);
    }

    // ---------------------------------------------------------------- arguments

    /** The model argument as a file for the command: a model the session holds is written to a scratch file. */
    String modelFile(IExpr arg) {
        Object o = objects.resolve(arg);
        if (o instanceof ModelReport m) {
            return write(m.model()).toString();
        }
        if (arg.isString()) {
            return resolvePath(arg.toString()).toString();
        }
        throw new NotebookException("expected a model (from LoadModel or a derivation that yields one), got "
                + (o == null ? arg.toString() : "a " + o.getClass().getSimpleName().replace("Report", "") + " result"));
    }

    Sde model(IExpr arg) {
        Object o = objects.resolve(arg);
        if (o instanceof ModelReport m) {
            return m.model();
        }
        try {
            return ModelReader.read(Path.of(modelFile(arg)));
        } catch (ModelException e) {
            throw new NotebookException(e.format(), e);
        } catch (IOException e) {
            throw new NotebookException("cannot read the model: " + e.getMessage(), e);
        }
    }

    private Path write(Sde model) {
        try {
            if (scratch == null) {
                scratch = Files.createTempDirectory("kolmo-notebook-");
                scratch.toFile().deleteOnExit();
            }
            Path file = scratch.resolve(model.name() + ".sde");
            Files.writeString(file, ModelWriter.write(model), StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new NotebookException("cannot write the model to a scratch file: " + e.getMessage(), e);
        }
    }

    /**
     * A path as written in a cell: absolute, relative to the notebook's folder, or relative to the Kolmo checkout
     * (so {@code "models/two_state.sde"} works from every notebook).
     */
    Path resolvePath(String text) {
        Path p = Path.of(text);
        if (p.isAbsolute() || Files.exists(p) || home == null) {
            return p;
        }
        Path inHome = home.resolve(p);
        return Files.exists(inHome) ? inHome : p;
    }

    /** The rules from argument {@code from} on, as command-line options of {@code command}. */
    private List<String> options(String command, IAST ast, int from) {
        Map<String, String> known = optionNames(command);
        List<String> out = new ArrayList<>();
        for (int i = from; i <= ast.argSize(); i++) {
            IExpr a = ast.get(i);
            if (!a.isRuleAST()) {
                throw new NotebookException("argument " + i + " of " + ast.head() + " should be an option Name -> value,"
                        + " got " + a);
            }
            String key = a.first().isString() ? a.first().toString() : a.first().toString();
            String option = known.get(normalise(key));
            if (option == null) {
                throw new NotebookException("kolmo " + command + " has no option '" + key + "' (options: "
                        + String.join(", ", known.values()) + ")");
            }
            IExpr v = a.second();
            for (IExpr one : v.isList() ? (IAST) v : List.of(v)) {
                if (one.isTrue()) {
                    out.add(option);
                } else if (!one.isFalse()) {
                    out.add(option);
                    out.add(value(one));
                }
            }
        }
        return out;
    }

    /** The long options of a command, by their name without dashes in lower case. */
    private static Map<String, String> optionNames(String command) {
        CommandLine sub = new CommandLine(new Main()).getSubcommands().get(command);
        if (sub == null) {
            throw new NotebookException("this build of Kolmo has no '" + command + "' command");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
            String longest = o.longestName();
            if (longest.startsWith("--") && !longest.equals("--help") && !longest.equals("--version")) {
                out.put(normalise(longest), longest);
            }
        }
        return out;
    }

    private static String normalise(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** An argument as command-line text: a string as written, a number in Kolmo's expression syntax. */
    private static String value(IExpr e) {
        if (e.isString()) {
            return e.toString();
        }
        if (e.isInteger() || e.isFraction()) {
            return e.toString();
        }
        if (e.isReal()) {
            // a machine number such as 0.001: Java's shortest round-tripping decimal
            return Double.toString(e.evalf());
        }
        throw new NotebookException("expected a string or a number, got " + e
                + " (model expressions are written as strings, e.g. \"x^2 + y^2\")");
    }
}

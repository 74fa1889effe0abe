package org.kolmo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kolmo.Progress;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.RuleSource;
import org.kolmo.report.Report;

import picocli.CommandLine.Option;

/** Options every derivation command takes: output format and file, rule folder. */
final class CommonOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), latex, latex-doc (a whole document for pdflatex) or json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the result to FILE (replaced only when the command succeeds) instead of stdout")
    Path output;

    @Option(names = "--quiet", description = "no progress bars on stderr (they appear only on a terminal, for runs "
            + "longer than a second)")
    boolean quiet;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "load the rule files from DIR instead of the packaged rules/")
    Path rules;

    /** A call of the facade, whose bad values the command line reports as usage errors. */
    @FunctionalInterface
    interface FacadeCall<T> {
        T call() throws Exception;
    }

    /**
     * Runs a call of the facade ({@link org.kolmo.Kolmo}); its errors, {@link org.kolmo.OptionException}s among them,
     * reach {@link Main}'s handler as they are.
     */
    static <T> T facade(FacadeCall<T> call) throws Exception {
        return call.call();
    }

    /** Progress bars on stderr for the facade's Monte Carlo runs (see --quiet). */
    Progress progressBars() {
        return task -> ProgressOnStderr.onTerminal(task, quiet);
    }

    /** Applies --rules; call before any symbolic work. */
    void configure() {
        if (rules != null && !Files.isDirectory(rules)) {
            throw new UsageException("--rules", "'" + rules + "' is not a directory");
        }
        CasSession.useRules(rules == null ? RuleSource.bundled() : RuleSource.directory(rules));
    }

    /** The progress bar of a long run, or none (see --quiet). */
    ProgressOnStderr progress(String task) {
        return ProgressOnStderr.onTerminal(task, quiet);
    }

    OutputFormat outputFormat() {
        return OutputFormat.parse(format);
    }

    /** Renders the report in the chosen format and writes it, to a temporary file first so none is left half-written. */
    void emit(Report report, PrintWriter out) {
        String text = switch (outputFormat()) {
            case TEXT -> report.text();
            case LATEX -> report.latex();
            case LATEX_DOC -> report.document();
            case JSON -> report.json();
        };
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        AtomicFiles.write(output, text, "--output");
    }
}

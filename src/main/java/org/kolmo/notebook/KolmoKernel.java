package org.kolmo.notebook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;
import org.kolmo.error.KolmoException;

/**
 * The Jupyter kernel of Kolmo, on the JJava kernel library: cells in Symja's syntax with Kolmo's rules and notebook
 * functions (see {@link CellEvaluator}); results as text/latex with a text/plain fallback, plots as image/png, and
 * a failing cell as one error message without a stack trace. Started by Jupyter through the kernelspec that
 * {@code kolmo kernel install} writes, with the connection file as the only argument.
 */
public final class KolmoKernel extends BaseKernel {
    private final CellEvaluator cells;

    KolmoKernel(Path home) {
        super("kolmo", version(), new LanguageInfo.Builder("symja").version("3.0.0").mimetype("text/x-mathematica")
                .fileExtension(".m").pygments("mathematica").codemirror("mathematica").build(), List.of(), null,
                new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null, null, false,
                new StringStyler.Builder().addPrimaryStyle(TextColor.BOLD_RESET_FG)
                        .addSecondaryStyle(TextColor.BOLD_RED_FG).addHighlightStyle(TextColor.BOLD_RESET_FG).build());
        this.cells = new CellEvaluator(home);
    }

    private static String version() {
        String v = KolmoKernel.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    /** Runs the kernel on the connection file Jupyter passes. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KolmoKernel CONNECTION_FILE (Jupyter starts the kernel; see kolmo kernel install)");
            System.exit(2);
        }
        String connection = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String home = System.getenv("KOLMO_HOME");
        KolmoKernel kernel = new KolmoKernel(home == null ? null : Path.of(home));
        JupyterConnection jupyter = new JupyterConnection(KernelConnectionProperties.parse(connection));
        kernel.becomeHandlerForConnection(jupyter);
        kernel.onStartup();
        jupyter.connect();
        jupyter.waitUntilClose();
    }

    @Override
    public Object evalRaw(String source) {
        List<DisplayData> shown = cells.evaluate(source);
        if (shown.isEmpty()) {
            return null;
        }
        // every result but the last is shown as display data; the last one is the cell's execute result
        for (DisplayData d : shown.subList(0, shown.size() - 1)) {
            display(d);
        }
        return shown.get(shown.size() - 1);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    /** Completes the notebook functions' names. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(code.charAt(start - 1))) {
            start--;
        }
        String prefix = code.substring(start, at);
        List<String> matches = new ArrayList<>();
        for (String name : KernelFunctions.names()) {
            if (!prefix.isEmpty() && name.startsWith(prefix)) {
                matches.add(name);
            }
        }
        return new ReplacementOptions(matches, start, at);
    }

    @Override
    public String isComplete(String code) {
        return Statements.complete(code) ? IS_COMPLETE_YES : "  ";
    }

    /**
     * A notebook error, or any other Kolmo error, is its message alone (the diagnostics with their codes); anything
     * else is an internal error and keeps its stack trace.
     */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof KolmoException) {
            return List.of(errorStyler.secondary(e.getMessage()).split("\n"));
        }
        return super.formatError(e);
    }
}

package org.kolmo.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.kolmo.Progress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only once a run has taken more than a second, and only when someone watches:
 * not with {@code --quiet}, not when the output goes to files or pipes (no console), where a bar would be noise in a
 * log.
 */
final class ProgressOnStderr implements Progress.Run {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final String task;
    private final PrintStream err;
    private final boolean shown;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    private ProgressOnStderr(String task, PrintStream err, boolean shown) {
        this.task = task;
        this.err = err;
        this.shown = shown;
    }

    /** A bar for {@code task} on the process's stderr, shown on a terminal unless {@code quiet}. */
    static ProgressOnStderr onTerminal(String task, boolean quiet) {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ProgressOnStderr(task, new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8), terminal && !quiet);
    }

    @Override
    public synchronized void update(long done, long total) {
        if (!shown) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < DELAY_NANOS || done >= total) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 100)).setUnit(" paths", 1).build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

package org.kolmo.cli;

import java.io.PrintStream;

import org.kolmo.numeric.MonteCarloProgress;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr that appears only once a run has taken more than a second. */
final class ProgressOnStderr implements MonteCarloProgress, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final String task;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    ProgressOnStderr(String task, PrintStream err) {
        this.task = task;
        this.err = err;
    }

    @Override
    public synchronized void update(long done, long total) {
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

package org.kolmo;

import org.kolmo.numeric.MonteCarloProgress;

/**
 * Where the facade reports how far its Monte Carlo runs have come: one {@link Run} per run, closed when the run ends.
 * The command line draws a progress bar on a terminal; {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface Progress {
    /** No progress shown. */
    Progress NONE = task -> Run.NONE;

    /** A run of {@code task} (e.g. "simulating two_state") starts. */
    Run start(String task);

    /** One run's progress. */
    interface Run extends MonteCarloProgress, AutoCloseable {
        Run NONE = new Run() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void close() {
            }
        };

        @Override
        void close();
    }
}

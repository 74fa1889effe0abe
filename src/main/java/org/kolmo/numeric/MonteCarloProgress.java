package org.kolmo.numeric;

/**
 * Told how far a Monte Carlo run has come, after each block of paths. Calls come from worker threads, one at a
 * time, with non-decreasing counts; they should return quickly. The CLI uses this to draw a progress bar.
 */
@FunctionalInterface
public interface MonteCarloProgress {
    /** A listener that ignores everything. */
    MonteCarloProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} paths are finished. */
    void update(long done, long total);
}

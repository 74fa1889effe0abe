package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/**
 * The initial state of each Monte Carlo path: a fixed point, or a draw from a distribution (e.g. a stationary
 * measure of some components). A random initial state is drawn from the path's own stream before its first step, so
 * it depends on the seed and the path index only and results stay the same for any number of threads. One instance
 * serves every worker thread at once, so {@link #sample} must not keep state between calls.
 */
@FunctionalInterface
public interface InitialState {
    /**
     * Writes the initial state of one path into {@code x} (of the model's dimension, its contents unspecified),
     * drawing any random numbers from {@code random}, the path's stream.
     */
    void sample(RandomGenerator random, double[] x);

    /** Every path starts at {@code x0} (copied); no random numbers are drawn. */
    static InitialState fixed(double[] x0) {
        double[] copy = x0.clone();
        return (random, x) -> System.arraycopy(copy, 0, x, 0, copy.length);
    }
}

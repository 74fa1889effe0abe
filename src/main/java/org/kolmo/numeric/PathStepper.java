package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/**
 * Advances one path of an SDE by a number of equal steps. The loop over steps lives in the subclass so that the
 * JIT sees one scheme per loop. Instances keep scratch arrays and belong to one thread.
 */
abstract class PathStepper {
    protected final CompiledSde sde;
    protected final int d;
    protected final int m;

    PathStepper(CompiledSde sde) {
        this.sde = sde;
        this.d = sde.dimension();
        this.m = sde.noiseCount();
    }

    /**
     * Advances {@code x} in place from time {@code t0} by {@code steps} steps of length {@code h}, drawing the
     * Brownian increments from {@code random}.
     *
     * @throws NonFiniteValueException when a component leaves the finite numbers
     */
    abstract void advance(double[] x, double t0, int steps, double h, RandomGenerator random, long path);

    /** Fails on the first non-finite component; called after every step, so the time reported is exact. */
    protected final void requireFinite(double[] x, double t, long path) {
        for (int i = 0; i < d; i++) {
            if (!Double.isFinite(x[i])) {
                throw new NonFiniteValueException(path, t, "variable '" + sde.variableNames().get(i) + "'", x[i]);
            }
        }
    }
}

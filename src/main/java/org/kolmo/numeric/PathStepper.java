package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/**
 * Advances one path of an SDE by a number of equal steps: the inner loop of {@link MonteCarlo}. The loop over
 * steps lives in the subclass so that the JIT sees one scheme per loop. For models of modest size the subclass is
 * generated per model and scheme ({@link KernelWriter}), with the state in locals and drift and diffusion inlined;
 * otherwise a generic stepper calls the compiled coefficient functions. Public only because generated classes,
 * which live in their own class loader, must be able to extend it.
 */
public abstract class PathStepper {
    /** The user's names of the variables, for error messages. */
    private final String[] names;

    /** A stepper for {@code sde}. */
    protected PathStepper(CompiledSde sde) {
        this.names = sde.variableNames().toArray(new String[0]);
    }

    /**
     * Advances {@code x} in place from time {@code t0} by {@code steps} steps of length {@code h}, drawing the
     * Brownian increments from {@code random}, and checks the state after every step.
     *
     * @param path index of the path, for the error message
     * @throws NonFiniteValueException when a component leaves the finite numbers
     */
    public abstract void advance(double[] x, double t0, int steps, double h, RandomGenerator random, long path);

    /** The error for the first non-finite component of {@code x}, reached at time {@code t}. */
    protected final NonFiniteValueException nonFinite(double[] x, double t, long path) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return new NonFiniteValueException(path, t, "variable '" + names[i] + "'", x[i]);
            }
        }
        throw new IllegalStateException("no non-finite component");
    }

    /** Fills {@code dw} with independent Wiener increments over a step whose square root is {@code sqrtH}. */
    protected static void wienerIncrements(double[] dw, double sqrtH, RandomGenerator random) {
        for (int j = 0; j < dw.length; j++) {
            dw[j] = sqrtH * random.nextGaussian();
        }
    }

    /**
     * The Euler-Maruyama step out_i = x_i + b_i h + Σ_j σ_ij ΔW_j, summed in this order (the generated kernels
     * follow it, so that both give the same bits); σ row-major with {@code dw.length} columns. {@code out} may be
     * {@code x}.
     */
    protected static void eulerStep(double[] x, double[] b, double[] sigma, double[] dw, double h, double[] out) {
        int m = dw.length;
        for (int i = 0; i < x.length; i++) {
            double v = x[i] + b[i] * h;
            int row = i * m;
            for (int j = 0; j < m; j++) {
                v += sigma[row + j] * dw[j];
            }
            out[i] = v;
        }
    }

    /** Fails on the first non-finite component; called after every step, so the time reported is exact. */
    protected final void requireFinite(double[] x, double t, long path) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                throw nonFinite(x, t, path);
            }
        }
    }
}

package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/**
 * A stepper that calls the compiled coefficient functions (the generic path, for models too large for a generated
 * kernel): the model's sizes, its drift and diffusion, the buffers every scheme evaluates them into, and the loop
 * over the steps that every scheme runs; a scheme implements {@link #step}.
 */
abstract class CoefficientStepper extends PathStepper {
    /** Number of variables. */
    protected final int d;
    /** Number of noises. */
    protected final int m;
    protected final CompiledBoundFunction drift;
    protected final CompiledBoundFunction diffusion;
    /** Drift at the step's start. */
    protected final double[] b;
    /** Diffusion at the step's start, row-major d × m. */
    protected final double[] sigma;
    /** The step's Wiener increments. */
    protected final double[] dw;

    CoefficientStepper(CompiledSde sde) {
        super(sde);
        d = sde.dimension();
        m = sde.noiseCount();
        drift = sde.drift();
        diffusion = sde.diffusion();
        b = new double[d];
        sigma = new double[d * m];
        dw = new double[m];
    }

    /**
     * Every scheme's step starts alike, with b and σ at the old state and the Wiener increments, and ends with the
     * finiteness check at the new time; what lies between is the scheme's {@link #step}.
     */
    @Override
    public final void advance(double[] x, double t0, int steps, double h, RandomGenerator random, long path) {
        double sqrtH = Math.sqrt(h);
        for (int s = 0; s < steps; s++) {
            double t = t0 + s * h;
            // the new time as t0 + (s + 1) h, not t + h, which can differ in the last bit
            double tNext = t0 + (s + 1) * h;
            drift.evaluate(t, x, b);
            diffusion.evaluate(t, x, sigma);
            wienerIncrements(dw, sqrtH, random);
            step(x, t, tNext, h);
            requireFinite(x, tNext, path);
        }
    }

    /**
     * One step of the scheme from time t to tNext = t + h, x overwritten in place; {@link #b}, {@link #sigma} and
     * {@link #dw} hold the drift and diffusion at (t, x) and the step's increments.
     */
    protected abstract void step(double[] x, double t, double tNext, double h);
}

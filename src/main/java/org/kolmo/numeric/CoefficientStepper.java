package org.kolmo.numeric;

/**
 * A stepper that calls the compiled coefficient functions (the generic path, for models too large for a generated
 * kernel): the model's sizes, its drift and diffusion, and the buffers every scheme evaluates them into.
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
}

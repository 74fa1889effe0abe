package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/** {@link Scheme#EULER_MARUYAMA}: X' = X + b Δ + σ ΔW. */
final class EulerMaruyamaStepper extends PathStepper {
    private final int d;
    private final int m;
    private final CompiledBoundFunction drift;
    private final CompiledBoundFunction diffusion;
    private final double[] b;
    private final double[] sigma;
    private final double[] dw;

    EulerMaruyamaStepper(CompiledSde sde) {
        super(sde);
        d = sde.dimension();
        m = sde.noiseCount();
        drift = sde.drift();
        diffusion = sde.diffusion();
        b = new double[d];
        sigma = new double[d * m];
        dw = new double[m];
    }

    @Override
    public void advance(double[] x, double t0, int steps, double h, RandomGenerator random, long path) {
        double sqrtH = Math.sqrt(h);
        for (int s = 0; s < steps; s++) {
            double t = t0 + s * h;
            drift.evaluate(t, x, b);
            diffusion.evaluate(t, x, sigma);
            wienerIncrements(dw, sqrtH, random);
            // b and sigma were evaluated at the old state, so x can be overwritten in place
            for (int i = 0; i < d; i++) {
                double v = x[i] + b[i] * h;
                int row = i * m;
                for (int j = 0; j < m; j++) {
                    v += sigma[row + j] * dw[j];
                }
                x[i] = v;
            }
            requireFinite(x, t0 + (s + 1) * h, path);
        }
    }
}

package org.kolmo.numeric;

import java.util.random.RandomGenerator;

/** {@link Scheme#EULER_MARUYAMA}: X' = X + b Δ + σ ΔW. */
final class EulerMaruyamaStepper extends CoefficientStepper {
    EulerMaruyamaStepper(CompiledSde sde) {
        super(sde);
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
            eulerStep(x, b, sigma, dw, h, x);
            requireFinite(x, t0 + (s + 1) * h, path);
        }
    }
}

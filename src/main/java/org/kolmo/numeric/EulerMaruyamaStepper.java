package org.kolmo.numeric;

/** {@link Scheme#EULER_MARUYAMA}: X' = X + b Δ + σ ΔW. */
final class EulerMaruyamaStepper extends CoefficientStepper {
    EulerMaruyamaStepper(CompiledSde sde) {
        super(sde);
    }

    @Override
    protected void step(double[] x, double t, double tNext, double h) {
        // b and sigma were evaluated at the old state, so x can be overwritten in place
        eulerStep(x, b, sigma, dw, h, x);
    }
}

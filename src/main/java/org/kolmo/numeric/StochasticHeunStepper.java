package org.kolmo.numeric;

/**
 * {@link Scheme#STOCHASTIC_HEUN}: the trapezoidal predictor-corrector, whose midpoint-like averaging of σ gives the
 * Stratonovich integral.
 */
final class StochasticHeunStepper extends CoefficientStepper {
    private final double[] b1;
    private final double[] sigma1;
    private final double[] predictor;

    StochasticHeunStepper(CompiledSde sde) {
        super(sde);
        b1 = new double[d];
        sigma1 = new double[d * m];
        predictor = new double[d];
    }

    @Override
    protected void step(double[] x, double t, double tNext, double h) {
        eulerStep(x, b, sigma, dw, h, predictor);
        drift.evaluate(tNext, predictor, b1);
        diffusion.evaluate(tNext, predictor, sigma1);
        for (int i = 0; i < d; i++) {
            double v = x[i] + 0.5 * (b[i] + b1[i]) * h;
            int row = i * m;
            for (int j = 0; j < m; j++) {
                v += 0.5 * (sigma[row + j] + sigma1[row + j]) * dw[j];
            }
            x[i] = v;
        }
    }
}

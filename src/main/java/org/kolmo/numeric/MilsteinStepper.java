package org.kolmo.numeric;

/**
 * {@link Scheme#MILSTEIN}: Euler-Maruyama plus ½ Σ_{j,k} G_{ijk} (ΔW_j ΔW_k - δ_{jk} Δ), where
 * G_{ijk} = Σ_l σ_{lj} ∂_l σ_{ik} comes compiled from {@link CompiledSde#milsteinCoefficients()}.
 */
final class MilsteinStepper extends CoefficientStepper {
    private final CompiledBoundFunction correction;
    private final double[] g;

    MilsteinStepper(CompiledSde sde) {
        super(sde);
        correction = sde.milsteinCoefficients();
        g = new double[d * m * m];
    }

    @Override
    protected void step(double[] x, double t, double tNext, double h) {
        correction.evaluate(t, x, g); // at the old state, before x is overwritten
        eulerStep(x, b, sigma, dw, h, x);
        for (int i = 0; i < d; i++) {
            double c = 0;
            int block = i * m * m;
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    double product = dw[j] * dw[k] - (j == k ? h : 0.0);
                    c += g[block + j * m + k] * product;
                }
            }
            x[i] += 0.5 * c;
        }
    }
}

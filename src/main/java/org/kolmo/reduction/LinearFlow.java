package org.kolmo.reduction;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/** The solution of u' = F u + h at given times (Dormand-Prince 8(5,3), tolerances 1e-12). */
final class LinearFlow {
    private LinearFlow() {
    }

    /** u(t) for each t of {@code times} (ascending, t ≥ 0), from u(0) = u0. */
    static double[][] solve(double[][] f, double[] h, double[] u0, double[] times) {
        int n = u0.length;
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] u) {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    double s = h[i];
                    for (int j = 0; j < n; j++) {
                        s += f[i][j] * u[j];
                    }
                    d[i] = s;
                }
                return d;
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-10, 10, 1e-13, 1e-12);
        double[][] out = new double[times.length][];
        double t = 0;
        double[] u = u0.clone();
        for (int k = 0; k < times.length; k++) {
            if (times[k] > t) {
                ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(t, u), times[k]);
                u = end.getPrimaryState();
                t = times[k];
            }
            out[k] = u.clone();
        }
        return out;
    }
}

package org.kolmo.numeric;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * General systems u' = f(t, u) by the adaptive Dormand-Prince 8(5,3) method of Hipparchus. Output times do not
 * constrain the step size: the state at each requested time is read from the method's dense output (its 7th-order
 * continuous extension) inside the step that covers it.
 */
public final class AdaptiveOdeSolver {
    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final int maxEvaluations;

    /**
     * @param relativeTolerance local relative error per step, e.g. 1e-10
     * @param absoluteTolerance local absolute error per step, e.g. 1e-12
     * @param maxEvaluations    limit on evaluations of f, after which the solve fails
     */
    public AdaptiveOdeSolver(double relativeTolerance, double absoluteTolerance, int maxEvaluations) {
        if (!(relativeTolerance > 0) || !(absoluteTolerance >= 0) || maxEvaluations <= 0) {
            throw new NumericException(NumericErrorCode.BAD_SETTING,
                    "tolerances must be positive and the evaluation limit at least 1");
        }
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.maxEvaluations = maxEvaluations;
    }

    /** Tolerances 1e-10 relative and 1e-12 absolute, at most 10^7 evaluations. */
    public AdaptiveOdeSolver() {
        this(1e-10, 1e-12, 10_000_000);
    }

    /**
     * The solution of u' = f(t, u), u(t0) = u0 at the given non-decreasing times (each ≥ t0).
     *
     * @throws NumericException {@link NumericErrorCode#ODE_FAILED} when f yields a non-finite value or the
     *                          integrator gives up (step size underflow, too many evaluations)
     */
    public Trajectory solve(OdeRightHandSide f, double t0, double[] u0, double[] times) {
        double[] checked = OutputTimes.checked(t0, times);
        int n = u0.length;
        double[][] out = new double[checked.length][];
        int first = 0;
        while (first < checked.length && checked[first] == t0) {
            out[first++] = u0.clone();
        }
        if (first == checked.length) {
            return new Trajectory(checked, out);
        }
        double tEnd = checked[checked.length - 1];
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0.0, tEnd - t0, absoluteTolerance,
                relativeTolerance);
        integrator.setMaxEvaluations(maxEvaluations);
        int[] nextOutput = {first};
        integrator.addStepHandler(new ODEStepHandler() {
            @Override
            public void handleStep(ODEStateInterpolator interpolator) {
                double stepEnd = interpolator.getCurrentState().getTime();
                while (nextOutput[0] < checked.length && checked[nextOutput[0]] <= stepEnd) {
                    double t = checked[nextOutput[0]];
                    out[nextOutput[0]++] = t == stepEnd ? interpolator.getCurrentState().getPrimaryState()
                            : interpolator.getInterpolatedState(t).getPrimaryState();
                }
            }
        });
        OrdinaryDifferentialEquation equation = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] u) {
                double[] du = new double[n];
                f.derivative(t, u, du);
                for (int i = 0; i < n; i++) {
                    if (!Double.isFinite(du[i])) {
                        throw new NumericException(NumericErrorCode.ODE_FAILED, t,
                                "component " + i + " of the right-hand side is " + du[i]);
                    }
                }
                return du;
            }
        };
        try {
            integrator.integrate(equation, new ODEState(t0, u0.clone()), tEnd);
        } catch (MathRuntimeException e) {
            double near = checked[Math.min(nextOutput[0], checked.length - 1)];
            throw new NumericException(NumericErrorCode.ODE_FAILED, e, near, e.getMessage());
        }
        return new Trajectory(checked, out);
    }
}

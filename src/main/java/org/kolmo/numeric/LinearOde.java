package org.kolmo.numeric;

import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A linear system with constant coefficients, u' = F u + h, solved exactly (up to rounding) with the matrix
 * exponential. The inhomogeneous term is absorbed by the augmented system (u, 1)' = [[F, h], [0, 0]] (u, 1), whose
 * exponential carries the particular solution ∫ exp(F s) h ds in its last column, so no inverse of F is needed.
 */
public final class LinearOde {
    private final int dimension;
    private final DMatrixRMaj augmented;

    /**
     * @param f square coefficient matrix, rows first
     * @param h inhomogeneous term, or null for zero
     */
    public LinearOde(double[][] f, double[] h) {
        dimension = f.length;
        augmented = new DMatrixRMaj(dimension + 1, dimension + 1);
        for (int i = 0; i < dimension; i++) {
            if (f[i].length != dimension) {
                throw new NumericException(NumericErrorCode.BAD_DIMENSION, "row " + i + " of F", f[i].length,
                        dimension);
            }
            for (int j = 0; j < dimension; j++) {
                augmented.set(i, j, f[i][j]);
            }
        }
        if (h != null) {
            if (h.length != dimension) {
                throw new NumericException(NumericErrorCode.BAD_DIMENSION, "h", h.length, dimension);
            }
            for (int i = 0; i < dimension; i++) {
                augmented.set(i, dimension, h[i]);
            }
        }
    }

    /** The homogeneous system u' = F u. */
    public LinearOde(double[][] f) {
        this(f, null);
    }

    public int dimension() {
        return dimension;
    }

    /**
     * The solution with u(t0) = u0 at the given non-decreasing times (each ≥ t0). The state is carried from one
     * output time to the next by the exponential of the step, computed once per distinct step length, so evenly
     * spaced outputs cost one matrix exponential.
     */
    public Trajectory solve(double t0, double[] u0, double[] times) {
        if (u0.length != dimension) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "u0", u0.length, dimension);
        }
        double[] checked = OutputTimes.checked(t0, times);
        Map<Double, DMatrixRMaj> propagators = new HashMap<>();
        DMatrixRMaj state = new DMatrixRMaj(dimension + 1, 1);
        for (int i = 0; i < dimension; i++) {
            state.set(i, 0, u0[i]);
        }
        state.set(dimension, 0, 1.0);
        DMatrixRMaj next = new DMatrixRMaj(dimension + 1, 1);
        double[][] out = new double[checked.length][];
        double t = t0;
        for (int k = 0; k < checked.length; k++) {
            double step = checked[k] - t;
            if (step > 0) {
                DMatrixRMaj propagator = propagators.computeIfAbsent(step, this::propagator);
                CommonOps_DDRM.mult(propagator, state, next);
                DMatrixRMaj swap = state;
                state = next;
                next = swap;
                t = checked[k];
            }
            out[k] = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                out[k][i] = state.get(i, 0);
            }
        }
        return new Trajectory(checked, out);
    }

    /** exp(M step) for the augmented matrix M. */
    private DMatrixRMaj propagator(double step) {
        DMatrixRMaj scaled = augmented.copy();
        CommonOps_DDRM.scale(step, scaled);
        return MatrixExponential.exp(scaled);
    }
}

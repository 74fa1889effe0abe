package org.kolmo.numeric;

import java.util.Arrays;

/**
 * The state of an ODE at requested times: an immutable value returned by the solvers.
 */
public final class Trajectory {
    private final double[] times;
    private final double[][] states;

    Trajectory(double[] times, double[][] states) {
        this.times = times.clone();
        this.states = new double[states.length][];
        for (int k = 0; k < states.length; k++) {
            this.states[k] = states[k].clone();
        }
    }

    /** Number of output times. */
    public int size() {
        return times.length;
    }

    public double time(int k) {
        return times[k];
    }

    /** A copy of the output times. */
    public double[] times() {
        return times.clone();
    }

    /** A copy of the state at output time {@code k}. */
    public double[] state(int k) {
        return states[k].clone();
    }

    /** Component {@code i} of the state at output time {@code k}. */
    public double component(int k, int i) {
        return states[k][i];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Trajectory[");
        for (int k = 0; k < times.length; k++) {
            s.append(k == 0 ? "" : ", ").append("t=").append(times[k]).append(": ").append(Arrays.toString(states[k]));
        }
        return s.append(']').toString();
    }
}

package org.kolmo.numeric;

import java.util.Arrays;

/** Checks on requested output times shared by the integrators. */
final class OutputTimes {
    private OutputTimes() {
    }

    /** A copy of {@code times} after checking that they are finite, non-decreasing and not before {@code t0}. */
    static double[] checked(double t0, double[] times) {
        double previous = t0;
        for (double t : times) {
            if (!Double.isFinite(t) || t < previous) {
                throw new NumericException(NumericErrorCode.BAD_TIMES, t0, Arrays.toString(times));
            }
            previous = t;
        }
        return times.clone();
    }
}

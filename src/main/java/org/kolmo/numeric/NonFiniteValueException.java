package org.kolmo.numeric;

/**
 * A Monte Carlo path whose state (or an observable of it) became infinite or NaN. When several paths fail, the one
 * with the lowest index is reported, so the error does not depend on the number of threads.
 */
public final class NonFiniteValueException extends NumericException {
    private static final long serialVersionUID = 1L;
    private final long pathIndex;
    private final double time;
    private final String quantity;

    /**
     * @param quantity what became non-finite, e.g. {@code variable 'x'} or {@code observable 'log(x)'}
     */
    NonFiniteValueException(long pathIndex, double time, String quantity, double value) {
        super(NumericErrorCode.NON_FINITE_STATE, pathIndex, quantity, Double.toString(value), Double.toString(time));
        this.pathIndex = pathIndex;
        this.time = time;
        this.quantity = quantity;
    }

    /** Index of the failing path (0-based), the same for any thread count. */
    public long pathIndex() {
        return pathIndex;
    }

    /** The time at the end of the step that produced the value. */
    public double time() {
        return time;
    }

    /** What became non-finite, e.g. {@code variable 'x'}. */
    public String quantity() {
        return quantity;
    }
}

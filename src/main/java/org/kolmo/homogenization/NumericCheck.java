package org.kolmo.homogenization;

/**
 * One numeric cross-check of a symbolic result, at the model's parameter values and a sample point of the slow
 * variables.
 *
 * @param name      what was checked
 * @param deviation the largest absolute deviation found (or, for a sign condition, the margin)
 * @param tolerance what counts as agreement
 * @param passed    whether the check passed
 */
public record NumericCheck(String name, double deviation, double tolerance, boolean passed) {
    /**
     * The deviation as printed: three digits, or {@code < 1e-12} at the level of double rounding, whose digits
     * depend on the order of the arithmetic (and so on the form of the expressions), not on the mathematics.
     */
    public String deviationText() {
        return deviation > 0 && deviation < 1e-12 ? "< 1e-12" : String.format(java.util.Locale.ROOT, "%.3g", deviation);
    }
}

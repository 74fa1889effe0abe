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
}

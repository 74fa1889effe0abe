package org.kolmo.algebra;

import org.kolmo.error.ErrorCode;

/**
 * Every error the {@code algebra} package reports, with a stable code (printed as {@code error[E601]}) and a message
 * template. Tests assert the constant, never the wording.
 */
public enum AlgebraErrorCode implements ErrorCode {
    /** An input expression is not a polynomial in the declared parameters with rational coefficients. */
    NOT_POLYNOMIAL("E601", "%s: %s is not a polynomial in (%s) with rational coefficients; %s"),
    /** A matrix was given without rows or columns. */
    EMPTY_MATRIX("E602", "a matrix needs at least one row and one column"),
    /** The rows of a matrix have different lengths. */
    RAGGED_MATRIX("E603", "row %d has %d entries but row 1 has %d"),
    /** A parameter symbol occurs twice in the parameter list. */
    DUPLICATE_PARAMETER("E604", "parameter '%s' is listed twice"),
    /** An operation defined for square matrices was applied to a rectangular one. */
    NOT_SQUARE("E605", "%s needs a square matrix, got %d x %d"),
    /** The shapes of two operands do not fit. */
    DIMENSION_MISMATCH("E606", "%s: %d x %d and %d x %d do not fit"),
    /** A row, column or component index lies outside the matrix. */
    INDEX_OUT_OF_RANGE("E607", "%s %d is outside 0..%d"),
    /** Two operands are polynomials over different parameter lists. */
    RING_MISMATCH("E608", "operands are polynomials in different parameters: (%s) and (%s)"),
    /** The number of numeric parameter values differs from the number of parameters. */
    PARAMETER_VALUES("E609", "%d parameter values given for %d parameters (%s)"),
    /** An exponent, index or count below its smallest meaningful value. */
    COUNT_TOO_SMALL("E610", "%s must be at least %d, got %d"),
    /** A divisor that must be monic in the main variable is not. */
    NOT_MONIC("E611", "%s must be monic, its leading coefficient is %s"),
    /** The variable of a polynomial in λ was given as one of the parameters. */
    VARIABLE_IS_PARAMETER("E612", "'%s' is a parameter and cannot also be the variable of the polynomial"),
    /** An exact division that the mathematics guarantees left a remainder: a bug, never bad input. */
    INEXACT_DIVISION("E690", "internal error in %s: (%s) / (%s) leaves a remainder") {
        @Override
        public int exitStatus() {
            return INTERNAL;
        }
    };

    private final Spec spec;

    AlgebraErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

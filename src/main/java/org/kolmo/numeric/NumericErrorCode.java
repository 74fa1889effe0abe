package org.kolmo.numeric;

import org.kolmo.error.ErrorCode;

/**
 * Every error the numeric layer reports, with a stable code (printed as {@code error[N101]}) and a message template.
 * Tests assert the enum constant, never the wording.
 */
public enum NumericErrorCode implements ErrorCode {
    /** A symbol that is neither an input of the compiled function nor a known real constant. */
    UNKNOWN_SYMBOL("N101", "unknown symbol '%s' in %s"),
    /** A complex number, which real arithmetic cannot represent. */
    COMPLEX_NUMBER("N102", "complex number %s in %s cannot be compiled to real arithmetic"),
    /** A head the compiler has no translation for, or a known head with the wrong number of arguments. */
    UNSUPPORTED_FUNCTION("N103", "function %s is not supported by the compiler (in %s)"),
    /** Anything else that is not an arithmetic expression (strings, patterns, lists inside an output). */
    UNSUPPORTED_EXPRESSION("N104", "cannot compile %s"),
    /** A constant that evaluates to an infinity or an indeterminate value. */
    NON_FINITE_CONSTANT("N105", "constant %s is not a finite real number"),
    /** The same symbol given twice among the inputs of a compiled function. */
    DUPLICATE_INPUT("N106", "symbol '%s' appears twice among the inputs"),
    /** Generated code that the Java compiler rejected: always a bug of ours. */
    INTERNAL("N190", "internal error of the expression compiler: %s") {
        @Override
        public int exitStatus() {
            return ErrorCode.INTERNAL;
        }
    },

    /** An array or matrix of the wrong size handed to a numeric routine. */
    BAD_DIMENSION("N201", "%s has size %d, expected %d"),
    /** Output times that are not finite, not sorted, or before the start time. */
    BAD_TIMES("N202", "output times must be finite, non-decreasing and not before t0 = %s (got %s)"),
    /** The adaptive integrator gave up. */
    ODE_FAILED("N203", "ODE integration failed near t = %s: %s"),
    /** A numeric setting out of range. */
    BAD_SETTING("N204", "%s"),

    /** A model parameter without a default value and without a value given for this run. */
    MISSING_PARAMETER_VALUE("N301", "parameter '%s' has no numeric value"),
    /** A model variable without an initial value and without one given for this run. */
    MISSING_INITIAL_VALUE("N302", "variable '%s' has no initial value"),
    /** A scheme applied to a model written in the other convention. */
    SCHEME_CONVENTION("N303", "scheme %s integrates %s equations, but the model is written in the %s convention"),
    /** A path whose state became infinite or NaN. */
    NON_FINITE_STATE("N304", "path %d: %s became %s at t = %s") {
        @Override
        public int exitStatus() {
            return CHECK_FAILED;
        }
    },
    /** A value given for a name the model does not declare. */
    UNKNOWN_NAME("N305", "the model has no %s named '%s'"),
    /** The run was interrupted. */
    INTERRUPTED("N306", "the Monte Carlo run was interrupted");

    private final Spec spec;

    NumericErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

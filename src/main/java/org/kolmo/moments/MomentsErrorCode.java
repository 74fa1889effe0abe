package org.kolmo.moments;

import org.kolmo.error.ErrorCode;

/**
 * Why a moment closure cannot be applied to a model, with a stable code (printed as {@code error[E801]}) and a message
 * template; the moments family of error codes. Tests assert the constant, never the wording.
 */
public enum MomentsErrorCode implements ErrorCode {
    /** Log-normal and gamma laws live on (0, ∞): a variable that can leave it has no such moments. */
    CLOSURE_NEEDS_POSITIVE("E801", "the %s closure assumes %s > 0, but %s can become negative: %s"),
    /** The gamma closure is a law of one variable. */
    CLOSURE_UNIVARIATE("E802", "the %s closure is defined for one variable, the model has %d (%s); use lognormal "
            + "or derivative-matching, which are multivariate"),
    /** The closure needs moments the order does not provide. */
    CLOSURE_ORDER("E803", "the %s closure needs the means and second moments: --order must be at least 2 (got %d)"),
    /** A drift or diffusion coefficient that is not a polynomial in the state variables. */
    NOT_POLYNOMIAL("E804", "not polynomial in the state variables (term %s, in the moment equation of %s); moment "
            + "equations need polynomial drift and diffusion"),
    /** Moments above the requested order enter the equations. */
    NOT_CLOSED("E805", "the moment equations of %s do not close at order %d: higher moments escape: %s"),
    /** Two moments would print with the same name. */
    NAME_CLASH("E806", "the variable names %s of %s give two moments the same name (a name joined from others): "
            + "rename a variable"),
    /** A moment the system does not contain. */
    NO_SUCH_MOMENT("E807", "no moment named '%s' in %s%s"),
    /** The moment matrix has entries outside Q[parameters]. */
    OUTSIDE_EXACT_ALGEBRA("E808", "the moment system of %s is outside the exact algebra: %s"),
    /** Central moments of another order than 2. */
    CENTRAL_ORDER("E809", "central moments are derived from the system of order 2 (means and covariances); use "
            + "--order 2"),
    /** A moment order below 1. */
    ORDER_TOO_LOW("E810", "the moment order must be at least 1 (got %d)"),
    /** A Monte Carlo check of closures without a parameter value. */
    CHECK_NEEDS_PARAMETER("E811", "parameter '%s' needs a value in the model file for the Monte Carlo run"),
    /** A Monte Carlo check of closures without initial values. */
    CHECK_NEEDS_INITIAL("E812", "every variable needs an initial value in the model file (the closed systems and the "
            + "Monte Carlo start there)"),
    /** Newton's method found no stationary point of a closed system. */
    NEWTON_FAILED("E813", "Newton's method from %s did not converge for the closed moments of %s"),
    /** The numeric stationary route without a start. */
    STATIONARY_NEEDS_START("E814", "the numeric route integrates from the initial values; give every variable an "
            + "initial value in the model file, or a start with --start");

    private final Spec spec;

    MomentsErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

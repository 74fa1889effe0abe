package org.kolmo.homogenization;

import org.kolmo.error.ErrorCode;

/**
 * Why a model lies outside the slow-fast class that homogenization handles (seed 000, eqs. 5-7) or outside the
 * first-order averaging class; each with a stable code (printed as {@code error[E701]}) and a message template. Tests
 * assert the constant, never the wording.
 */
public enum HomogenizationErrorCode implements ErrorCode {
    NOT_SLOW_FAST("E701", "the model has no fast variables (declare them with 'fast')"),
    NO_SMALL_PARAMETER("E702", "the model has no 'small' parameter (the scale separation eps)"),
    NOT_LAURENT("E703", "a coefficient is not a finite sum of powers of %s (term %s)"),
    ORDER_TOO_SINGULAR("E704", "%s has a term of order %s, more singular than eqs. (5)-(7) allow (term %s)"),
    FAST_DRIFT_NONLINEAR("E705", "the fast drift is nonlinear in Y (term %s); eq. (6) needs -B2(X) Y/%s"),
    FAST_DRIFT_MISSING("E706", "no fast variable relaxes: the drift of Y has no term of order 1/%1$s^2 or 1/%1$s"),
    SLOW_SINGULAR_DRIFT_NOT_LINEAR("E707", "the 1/%s drift of a slow variable must be U1(X) Y, linear in Y (term %s)"),
    DEPENDS_ON_FAST("E708", "%s must not depend on the fast variables (term %s)"),
    NOT_POLYNOMIAL_IN_FAST("E709", "%s is not a polynomial in the fast variables (%s)"),
    SHARED_NOISE("E710", "noise %s drives both slow and fast variables; eqs. (5)-(6) need independent noises"),
    FAST_NOISE_ORDER("E711", "the noise of a fast variable must be sigma1(X)/%s (term %s)"),
    FUNCTIONAL_NOISE("E712", "a functional may carry noise only through p.dX (eq. 7); term %s"),
    FUNCTIONAL_FAST_DIFFERENTIAL("E713", "a functional may not contain d%s of a fast variable (eq. 7)"),
    NOT_POSITIVE_STABLE("E714", "B2 is not positive stable: %s"),
    CENTERING("E715", "the centering condition fails: the average of %s under the fast invariant measure is %s, not 0"),
    EXTRA_FAST_TERM("E716", "the drift of a fast variable has a term that eq. (6) does not allow (term %s)"),
    NOT_RATIONAL("E717", "a coefficient holds %s, whose derivatives do not close into finitely many functions of the slow variables");

    private final Spec spec;

    HomogenizationErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

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
    CLOSURE_ORDER("E803", "the %s closure needs the means and second moments: --order must be at least 2 (got %d)");

    private final String code;
    private final String template;

    MomentsErrorCode(String code, String template) {
        this.code = code;
        this.template = template;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String template() {
        return template;
    }
}

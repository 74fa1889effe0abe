package org.kolmo.stationary;

import org.kolmo.error.ErrorCode;

/**
 * Why a model has no stationary density that {@code kolmo stationary} can derive; each with a stable code (printed as
 * {@code error[E901]}) and a message template. Tests assert the constant, never the wording.
 */
public enum StationaryErrorCode implements ErrorCode {
    NOT_NORMALISABLE("E901", "the stationary density %s is not normalisable on %s: %s"),
    NOT_GRADIENT_NOISE("E902", "a model of %d variables needs constant isotropic noise (sigma sigma^T = s^2 I) for a "
            + "gradient-system density; here %s"),
    NOT_GRADIENT("E903", "the drift is not a gradient: its Jacobian is not symmetric (d b_%s/d %s - d b_%s/d %s = %s)"),
    UNSUPPORTED("E904", "%s"),
    NOT_AN_ORDINARY_SDE("E905", "%s"),
    NO_NOISE("E906", "the noise of %s vanishes identically; a deterministic equation has no stationary density"),
    AMBIGUOUS_SUPPORT("E907", "the noise vanishes at %s, which splits the line into several intervals with a "
            + "normalisable density (%s); give the variable an initial value to choose one");

    private final Spec spec;

    StationaryErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

package org.kolmo.io;

import org.kolmo.error.ErrorCode;

/**
 * Every error the {@code .sde} reader reports, with a stable code (printed as {@code error[E101]}) and a message
 * template. Tests assert the enum constant, never the wording.
 */
public enum ModelErrorCode implements ErrorCode {
    SYNTAX("E101", "syntax error: %s"),
    MALFORMED_NUMBER("E102", "malformed number '%s'"),
    UNBALANCED_PARENTHESES("E103", "unbalanced parentheses: %s"),
    UNKNOWN_STATEMENT("E104", "unknown statement '%s'"),
    UNKNOWN_ASSUMPTION("E105", "unknown assumption '%s' (expected real, positive, nonzero or small)"),
    DUPLICATE_STATEMENT("E106", "'%s' given twice"),
    UNKNOWN_FUNCTION("E107", "unknown function '%s'"),
    BAD_VALUE("E108", "the value of '%s' must be a number"),
    REGIME_MISSING_ARROW("E109", "a regime rule is NAME -> EXPRESSION; expected '->' but found %s"),
    REGIME_TIME_FORM("E110", "the time rule must read t -> EXPR*t (or t -> t*EXPR), with no other t: %s"),
    UNKNOWN_SYMBOL("E201", "unknown symbol '%s'"),
    DUPLICATE_SYMBOL("E202", "'%s' is declared twice (first at line %d)"),
    PARAMETER_AS_VARIABLE("E203", "'%s' is a parameter, not a variable"),
    MISSING_EQUATION("E204", "variable '%s' has no equation"),
    DUPLICATE_EQUATION("E205", "second equation for '%s' (first at line %d)"),
    NO_VARIABLES("E206", "the model declares no variables"),
    MIXED_ROLES("E207", "'state' cannot be combined with 'slow'/'fast' in one model"),
    RESERVED_NAME("E209", "'%s' is reserved (%s) and cannot be declared"),
    REGIME_NOT_A_PARAMETER("E208", "'%s' is not a parameter of the model (a regime rule rescales a declared parameter, or the time t)"),
    TERM_WITHOUT_DIFFERENTIAL("E301", "term without a differential (every term needs dt, a noise dW or, in a functional, a dX)"),
    PRODUCT_OF_DIFFERENTIALS("E302", "product of differentials '%s'"),
    NONLINEAR_DIFFERENTIAL("E303", "differential '%s' used nonlinearly (an equation must be linear in dt and the dW)"),
    STATE_DIFFERENTIAL_OUTSIDE_FUNCTIONAL("E304", "'%s' may appear only in the equation of a functional"),
    FUNCTIONAL_IN_COEFFICIENT("E305", "functional '%s' cannot appear in a drift or diffusion coefficient"),
    TWO_SMALL_PARAMETERS("E401", "a second small parameter '%s' (the first is '%s'); a model has at most one"),
    SLOW_WITHOUT_FAST("E402", "slow variables are declared but no fast ones"),
    FAST_WITHOUT_SLOW("E403", "fast variables are declared but no slow ones"),
    FAST_WITHOUT_SMALL("E404", "fast variables need a 'small' parameter (the scale separation)"),
    REGIME_RULE_TWICE("E405", "'%s' is rescaled twice in the regime (first at column %d)"),
    REGIME_SMALL_RESCALED("E406", "'%s' is the small parameter of the regime and cannot be rescaled"),
    REGIME_NOT_IDENTITY("E407", "%s must be the identity at %s = 1, so that %s = 1 is the model as written"),
    REGIME_BAD_SMALL("E408", "'%s' is a %s; the regime's small parameter is the model's 'small' parameter or else a parameter (or new name) eps"),
    REGIME_CHANGES_NOTHING("E409", "the regime rescales neither a parameter nor the time"),
    CLAIM_WITHOUT_EQUALITY("E501", "a claim is two expressions joined by '==' (found %s)"),
    BAD_ARGUMENT("E502", "%s"),
    NOT_A_DEFINITION("E503", "a given is NAME = EXPRESSION (found %s)"),
    MIXED_CLAIM("E504", "%s");

    private final Spec spec;

    ModelErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

package org.kolmo.cas;

import org.kolmo.error.ErrorCode;

/**
 * Failures inside the symbolic engine, with a stable code (printed as {@code error[C101]}) and a message template.
 * They are Kolmo's failures, not the user's: exit status 70. Tests assert the constant, never the wording.
 */
public enum CasErrorCode implements ErrorCode {
    /** Symja printed a message (or threw) while evaluating a step. */
    ENGINE_MESSAGE("C101", "%s"),
    /** A function that no rule file defines. */
    NO_RULE_FILE("C102", "%s: no rule file defines %s (rules from %s)"),
    /** A function whose rules all failed to match. */
    NO_RULE_MATCHED("C103", "%s: no rule of %s (%s) matched its arguments"),
    /** Symja's parser rejected a statement. */
    SYNTAX("C104", "syntax error: %s"),
    /** A rule file that does not parse or load. */
    RULE_LOAD("C105", "%s: %s"),
    /** The rule files themselves cannot be found or opened. */
    RULES_MISSING("C106", "%s"),
    /** A rule file's pattern name that is also a Symja built-in. */
    BUILTIN_NAME("C107", "%s: the pattern or iterator name '%s' is also a Symja built-in (%s); rename it"),
    /** A rule returned a result of the wrong shape. */
    BAD_RESULT("C108", "%s: expected a list of %d entries, got %s"),
    /** A Java function called from a rule refused its arguments. */
    JAVA_FUNCTION("C109", "%s: %s");

    private final Spec spec;

    CasErrorCode(String code, String template) {
        spec = new Spec(code, template, INTERNAL);
    }

    public Spec spec() {
        return spec;
    }
}

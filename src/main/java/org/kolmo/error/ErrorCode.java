package org.kolmo.error;

/**
 * A stable error code and its message template, shared by every family of errors (see the README's table: E0xx
 * options, E1xx-E4xx the model file, E5xx claims, E6xx exact algebra, E7xx homogenization, E8xx moments, E9xx
 * stationary densities, R1xx-R4xx reductions, Nxxx numerics, C1xx the symbolic engine). Tests assert the code, never
 * the wording.
 */
public interface ErrorCode {
    /** Exit status of a user error: a model file, an option, a model outside a method's class. */
    int USER_ERROR = 2;
    /** Exit status of a check that ran and failed. */
    int CHECK_FAILED = 1;
    /** Exit status of a failure inside Kolmo or its symbolic engine (EX_SOFTWARE). */
    int INTERNAL = 70;

    /**
     * What each code holds, so that a family (an enum) keeps one field and states its codes alone.
     *
     * @param code       the stable code, e.g. {@code E302}
     * @param template   the {@link String#format} template of the message
     * @param exitStatus the command line's exit status when this error ends a run
     */
    record Spec(String code, String template, int exitStatus) {
        /** A user error: exit status {@link #USER_ERROR}. */
        public Spec(String code, String template) {
            this(code, template, USER_ERROR);
        }
    }

    /** The code, its template and its exit status. */
    Spec spec();

    /** The stable code, e.g. {@code E302}. */
    default String code() {
        return spec().code();
    }

    /** The {@link String#format} template of the message. */
    default String template() {
        return spec().template();
    }

    /** The message for the given template arguments. */
    default String message(Object... args) {
        return String.format(template(), args);
    }

    /** The exit status of the command line when this error ends a run: {@link #USER_ERROR} unless said otherwise. */
    default int exitStatus() {
        return spec().exitStatus();
    }
}

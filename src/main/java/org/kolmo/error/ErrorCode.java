package org.kolmo.error;

/**
 * A stable error code and its message template, shared by every family of user errors (E1xx-E4xx the model file,
 * E5xx claims, E6xx exact algebra, E7xx homogenization, E8xx moment closures, E9xx stationary densities, Nxxx
 * numerics). Tests assert the code, never the wording.
 */
public interface ErrorCode {
    /** The stable code, e.g. {@code E302}. */
    String code();

    /** The {@link String#format} template of the message. */
    String template();

    /** The message for the given template arguments. */
    default String message(Object... args) {
        return String.format(template(), args);
    }
}

package org.kolmo;

import org.kolmo.error.ErrorCode;

/**
 * Errors in the command line's options and the facade's option values, with a stable code (printed as
 * {@code error[E002]}) and a message template; each names its option. Tests assert the constant, never the wording.
 */
public enum OptionErrorCode implements ErrorCode {
    /** An option or subcommand that does not exist, or a stray argument. */
    UNKNOWN_OPTION("E001", "%s"),
    /** A value that cannot be used: out of range, not a number, not one of the choices. */
    BAD_VALUE("E002", "%s"),
    /** A required option or parameter that is missing, or an option without its value. */
    MISSING_VALUE("E003", "%s"),
    /** The model file (or another input file) does not exist. */
    NO_SUCH_FILE("E004", "the file does not exist"),
    /** A file that exists but cannot be read or written. */
    FILE_ACCESS("E005", "%s");

    private final Spec spec;

    OptionErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

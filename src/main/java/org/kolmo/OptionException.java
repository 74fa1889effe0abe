package org.kolmo;

/**
 * A value given to the facade that cannot be used, named by the option that carries it on the command line
 * ({@code --order}, {@code FILE}); the command line reports it as a usage error (exit status 2), the notebook as one
 * message.
 */
public final class OptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final String detail;

    public OptionException(String option, String detail) {
        super(option + ": " + detail);
        this.option = option;
        this.detail = detail;
    }

    /** The option's name, e.g. {@code --order}. */
    public String option() {
        return option;
    }

    /** What is wrong with it, without the option's name. */
    public String detail() {
        return detail;
    }
}

package org.kolmo.cli;

/** A mistake in the command line: names the option, ends the run with exit status 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String option, String message) {
        super(option + ": " + message);
    }
}

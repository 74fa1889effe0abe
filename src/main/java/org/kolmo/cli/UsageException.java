package org.kolmo.cli;

import org.kolmo.OptionErrorCode;
import org.kolmo.OptionException;

/** A mistake in the command line found by a command itself: names the option, ends the run with exit status 2. */
public final class UsageException extends OptionException {
    private static final long serialVersionUID = 1L;

    public UsageException(String option, String message) {
        super(option, message);
    }

    public UsageException(OptionErrorCode code, String option, Object... args) {
        super(code, option, args);
    }
}

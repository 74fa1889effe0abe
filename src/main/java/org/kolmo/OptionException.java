package org.kolmo;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * A value given to the facade that cannot be used, named by the option that carries it on the command line
 * ({@code --order}, {@code FILE}), with its {@link OptionErrorCode}; the command line reports it as a usage error
 * (exit status 2), the notebook as one message.
 */
public class OptionException extends KolmoException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final String detail;

    /** A bad value ({@link OptionErrorCode#BAD_VALUE}) of {@code option}; {@code detail} says what is wrong. */
    public OptionException(String option, String detail) {
        this(OptionErrorCode.BAD_VALUE, option, Position.option(option), detail);
    }

    /** The error {@code code} about {@code option}, its template filled in with {@code args}. */
    public OptionException(OptionErrorCode code, String option, Object... args) {
        this(code, option, Position.option(option), code.message(args));
    }

    /** An input file that does not exist or cannot be read: the position is the file itself. */
    static OptionException file(OptionErrorCode code, String file, Object... args) {
        return new OptionException(code, "FILE", Position.file(file), code.message(args));
    }

    protected OptionException(OptionErrorCode code, String option, Position position, String detail) {
        super(new Diagnostic(code, position, detail, null));
        this.option = option;
        this.detail = detail;
    }

    @Override
    public OptionErrorCode code() {
        return (OptionErrorCode) super.code();
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

package org.kolmo;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * A bad value of {@code option} ({@code FILE}: the model file {@code file}) that the error {@code why} explains;
     * both are reported, this one first.
     */
    static OptionException because(String option, String file, String detail, KolmoException why) {
        List<Diagnostic> all = new ArrayList<>();
        all.add(new Diagnostic(OptionErrorCode.BAD_VALUE, option.equals("FILE") ? Position.file(file)
                : Position.option(option), detail, null));
        all.addAll(why.diagnostics());
        return new OptionException(option, detail, all, why);
    }

    protected OptionException(OptionErrorCode code, String option, Position position, String detail) {
        this(option, detail, List.of(new Diagnostic(code, position, detail, null)), null);
    }

    private OptionException(String option, String detail, List<Diagnostic> diagnostics, Throwable cause) {
        super(diagnostics, cause);
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

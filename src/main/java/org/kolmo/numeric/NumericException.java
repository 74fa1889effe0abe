package org.kolmo.numeric;

import java.util.List;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/** An error of the numeric layer: a stable {@link NumericErrorCode} and the message it produced. */
public class NumericException extends KolmoException {
    private static final long serialVersionUID = 1L;
    private final NumericErrorCode code;
    private final transient List<Object> arguments;

    /** An error with the message {@code code.message(args)}. */
    public NumericException(NumericErrorCode code, Object... args) {
        this(code, null, args);
    }

    /** An error caused by a lower-level exception. */
    public NumericException(NumericErrorCode code, Throwable cause, Object... args) {
        super(new Diagnostic(code, Position.none(), code.message(args), null), cause);
        this.code = code;
        this.arguments = List.of(args);
    }

    /** The kind of error. */
    @Override
    public NumericErrorCode code() {
        return code;
    }

    /** The values inserted into the message template, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}

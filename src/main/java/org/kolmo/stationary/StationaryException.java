package org.kolmo.stationary;

import org.kolmo.io.EquationErrors;

/**
 * A model without a stationary density that this package can derive. The message has the form of the model file's
 * errors, {@code FILE:LINE:COLUMN: error[E901]: equation of x: ...} with the source line and a caret once the command
 * line has located the equation ({@link #at}); the command line maps it to exit status 2 (bad input).
 */
public final class StationaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final StationaryErrorCode code;
    private final String source;
    private final String variable;
    private final String detail;

    /**
     * @param source   the model file as the user named it
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public StationaryException(StationaryErrorCode code, String source, String variable, Object... args) {
        this(code, source, variable, code.message(args), 0, 0, null);
    }

    private StationaryException(StationaryErrorCode code, String source, String variable, String detail, int line,
            int column, String sourceLine) {
        super(format(code, source, variable, detail, line, column, sourceLine));
        this.code = code;
        this.source = source;
        this.variable = variable;
        this.detail = detail;
    }

    /** The same error at {line, column} of the variable's equation, {@code text} being that line (or null). */
    public StationaryException at(int[] lineAndColumn, String text) {
        StationaryException e = new StationaryException(code, source, variable, detail, lineAndColumn[0],
                lineAndColumn[1], lineAndColumn[0] > 0 ? text : null);
        e.setStackTrace(getStackTrace());
        return e;
    }

    private static String format(StationaryErrorCode code, String source, String variable, String detail, int line,
            int column, String sourceLine) {
        return EquationErrors.format(source, line, column, code.code(), variable, detail, sourceLine);
    }

    public StationaryErrorCode code() {
        return code;
    }

    /** The variable whose equation is at fault, or null. */
    public String variable() {
        return variable;
    }

    public String detail() {
        return detail;
    }
}

package org.kolmo.moments;

import org.kolmo.io.EquationErrors;

/**
 * A model or request outside what the moment derivations handle: a moment order below 1, a hierarchy that does not
 * close at the requested order (the message lists the escaping moments), a coefficient that is not polynomial in the
 * state, a component that does not exist, a closure undefined for the model. The command line reports it with exit
 * status 2. An error with a {@link MomentsErrorCode} names the equation at fault; {@link #at} places it in the file
 * ({@code FILE:LINE:COLUMN: error[E801]: equation of x: ...}, the form of the model file's own errors).
 */
public final class MomentsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final MomentsErrorCode code;
    private final String variable;
    private final String detail;
    private final boolean located;

    public MomentsException(String message) {
        super(message);
        this.code = null;
        this.variable = null;
        this.detail = message;
        this.located = false;
    }

    /** @param variable the variable whose equation is at fault, or null */
    public MomentsException(MomentsErrorCode code, String variable, Object... args) {
        this(code, variable, code.message(args), format(null, 0, 0, null, code, variable, code.message(args)), false);
    }

    private MomentsException(MomentsErrorCode code, String variable, String detail, String message, boolean located) {
        super(message);
        this.code = code;
        this.variable = variable;
        this.detail = detail;
        this.located = located;
    }

    /** The same error placed in {@code source} at {line, column} of the variable's equation, with that line shown. */
    public MomentsException at(String source, int[] lineAndColumn, String text) {
        MomentsException e = new MomentsException(code, variable, detail,
                format(source, lineAndColumn[0], lineAndColumn[1], lineAndColumn[0] > 0 ? text : null, code, variable,
                        detail), true);
        e.setStackTrace(getStackTrace());
        return e;
    }

    private static String format(String source, int line, int column, String sourceLine, MomentsErrorCode code,
            String variable, String detail) {
        return EquationErrors.format(source, line, column, code.code(), variable, detail, sourceLine);
    }

    /** The code, or null for the older errors without one. */
    public MomentsErrorCode code() {
        return code;
    }

    /** The variable whose equation is at fault, or null. */
    public String variable() {
        return variable;
    }

    /** The message without file and equation. */
    public String detail() {
        return detail;
    }

    /** True once {@link #at} has placed the error in the model file (printed without the command's prefix). */
    public boolean located() {
        return located;
    }
}

package org.kolmo.homogenization;

import org.kolmo.io.EquationErrors;

/**
 * A model outside the class that homogenization (or averaging) handles. The message names the model file, the
 * equation and the offending term in the form of the model file's errors, e.g. {@code area.sde:15:1: error[E705]:
 * equation of Y1: the fast drift is nonlinear in Y (term Y1^2/eps^2)} with the source line and a caret; the command
 * line maps it to exit status 2 (bad input).
 */
public final class HomogenizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HomogenizationErrorCode code;
    private final String source;
    private final String variable;
    private final String detail;
    private final int line;
    private final int column;
    private final String sourceLine;

    /**
     * @param source   the model file as the user named it (or the model's name)
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public HomogenizationException(HomogenizationErrorCode code, String source, String variable, Object... args) {
        this(code, source, variable, code.message(args), 0, 0, null);
    }

    private HomogenizationException(HomogenizationErrorCode code, String source, String variable, String detail,
            int line, int column, String sourceLine) {
        super(format(code, source, variable, detail, line, column, sourceLine));
        this.code = code;
        this.source = source;
        this.variable = variable;
        this.detail = detail;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    /**
     * The same error located in the model file: {@code lineAndColumn} = {line, column} of the start of the
     * variable's equation, {@code text} that line of the file (shown with a caret under the column), or null.
     */
    public HomogenizationException at(int[] lineAndColumn, String text) {
        HomogenizationException e = new HomogenizationException(code, source, variable, detail, lineAndColumn[0],
                lineAndColumn[1], lineAndColumn[0] > 0 ? text : null);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The same error attributed to the equation of {@code name} (a variable renamed by a rescaling). */
    HomogenizationException forVariable(String name) {
        HomogenizationException e = new HomogenizationException(code, source, name, detail, line, column, sourceLine);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The line of the equation at fault, 0 when unknown. */
    public int line() {
        return line;
    }

    /**
     * {@code FILE:LINE:COLUMN: error[CODE]: equation of V: detail}, then the source line and a caret, the form of the
     * model file's own errors.
     */
    private static String format(HomogenizationErrorCode code, String source, String variable, String detail,
            int line, int column, String sourceLine) {
        return EquationErrors.format(source, line, column, code.code(), variable, detail, sourceLine);
    }

    public HomogenizationErrorCode code() {
        return code;
    }

    public String source() {
        return source;
    }

    /** The variable whose equation is at fault, or null. */
    public String variable() {
        return variable;
    }

    /** The message without file and equation. */
    public String detail() {
        return detail;
    }
}

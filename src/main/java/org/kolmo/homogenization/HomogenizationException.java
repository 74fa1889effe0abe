package org.kolmo.homogenization;

/**
 * A model outside the class that homogenization (or averaging) handles. The message names the model file, the
 * equation and the offending term, e.g. {@code area.sde:15:1: equation of Y1: the fast drift is nonlinear in Y (term
 * Y1^2/eps^2); ... [E705]}; the command line maps it to exit status 2 (bad input).
 */
public final class HomogenizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HomogenizationErrorCode code;
    private final String source;
    private final String variable;
    private final String detail;
    private final int line;
    private final int column;

    /**
     * @param source   the model file as the user named it (or the model's name)
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public HomogenizationException(HomogenizationErrorCode code, String source, String variable, Object... args) {
        this(code, source, variable, code.message(args), 0, 0);
    }

    private HomogenizationException(HomogenizationErrorCode code, String source, String variable, String detail,
            int line, int column) {
        super(format(code, source, variable, detail, line, column));
        this.code = code;
        this.source = source;
        this.variable = variable;
        this.detail = detail;
        this.line = line;
        this.column = column;
    }

    /** The same error located in the model file: {line, column} of the start of the variable's equation. */
    public HomogenizationException at(int[] lineAndColumn) {
        HomogenizationException e = new HomogenizationException(code, source, variable, detail, lineAndColumn[0],
                lineAndColumn[1]);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The line of the equation at fault, 0 when unknown. */
    public int line() {
        return line;
    }

    private static String format(HomogenizationErrorCode code, String source, String variable, String detail,
            int line, int column) {
        StringBuilder sb = new StringBuilder();
        sb.append(source);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (variable != null) {
            sb.append("equation of ").append(variable).append(": ");
        }
        return sb.append(detail).append(" [").append(code.code()).append(']').toString();
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

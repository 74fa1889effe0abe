package org.kolmo.homogenization;

/**
 * A model outside the class that homogenization (or averaging) handles. The message names the model file, the
 * equation and the offending term, e.g. {@code area.sde: equation of Y1: the fast drift is nonlinear in Y (term
 * Y1^2/eps^2)}; the command line maps it to exit status 2 (bad input).
 */
public final class HomogenizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HomogenizationErrorCode code;
    private final String source;
    private final String variable;
    private final String detail;

    /**
     * @param source   the model file as the user named it (or the model's name)
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public HomogenizationException(HomogenizationErrorCode code, String source, String variable, Object... args) {
        super(format(code, source, variable, code.message(args)));
        this.code = code;
        this.source = source;
        this.variable = variable;
        this.detail = code.message(args);
    }

    private static String format(HomogenizationErrorCode code, String source, String variable, String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ");
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

package org.kolmo.io;

/**
 * The one form of an error about an equation of a model file, shared by the derivations that refuse a model
 * (homogenization, moment closures, stationary densities): {@code FILE:LINE:COLUMN: error[CODE]: equation of V:
 * detail}, then the source line and a caret under the column, as the model file's own errors print.
 */
public final class EquationErrors {
    private EquationErrors() {
    }

    /**
     * @param source     the model file as the user named it, or null for none
     * @param line       the equation's line, 0 when unknown (then neither position nor source line is shown)
     * @param variable   the variable whose equation is at fault, or null when the fault is the model's
     * @param sourceLine that line of the file, or null
     */
    public static String format(String source, int line, int column, String code, String variable, String detail,
            String sourceLine) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        }
        sb.append("error[").append(code).append("]: ");
        if (variable != null) {
            sb.append("equation of ").append(variable).append(": ");
        }
        sb.append(detail);
        if (sourceLine != null && line > 0) {
            sb.append("\n    ").append(sourceLine).append("\n    ").append(" ".repeat(Math.max(0, column - 1)))
                    .append('^');
        }
        return sb.toString();
    }
}

package org.kolmo.error;

/**
 * An error about one equation of a model, or about the model as a whole: its message reads {@code equation of x:
 * DETAIL} ({@code DETAIL} alone when no variable is at fault), and {@link #variable()} and {@link #detail()} give the
 * two parts apart. The derivations' exceptions (moments, stationary densities, homogenization) share this form, so
 * that they print like the model file's own errors once placed in the file.
 */
public abstract class EquationException extends KolmoException {
    private static final long serialVersionUID = 1L;

    private final String variable;
    private final String detail;

    /** @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole */
    protected EquationException(ErrorCode code, Position position, String variable, String detail) {
        super(new Diagnostic(code, position, variable == null ? detail : "equation of " + variable + ": " + detail,
                null));
        this.variable = variable;
        this.detail = detail;
    }

    /**
     * Places this error in {@code source} at {line, column} of the variable's equation, {@code text} being that line
     * (or null); nothing changes when the source or the line is unknown (0).
     */
    protected final void placeInFile(String source, int[] lineAndColumn, String text) {
        if (source != null && lineAndColumn[0] > 0) {
            relocate(d -> d.at(Position.at(source, lineAndColumn[0], lineAndColumn[1]), text));
        }
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

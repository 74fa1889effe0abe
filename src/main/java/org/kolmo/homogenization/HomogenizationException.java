package org.kolmo.homogenization;

import org.kolmo.error.EquationException;
import org.kolmo.error.Position;

/**
 * A model outside the class that homogenization (or averaging) handles, with its {@link HomogenizationErrorCode}.
 * Once located ({@link #at}) it prints like the model file's errors, e.g. {@code area.sde:15:1: error[E705]:
 * equation of Y1: the fast drift is nonlinear in Y (term Y1^2/eps^2)} with the source line and a caret; the command
 * line maps it to exit status 2 (bad input).
 */
public final class HomogenizationException extends EquationException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source   the model file as the user named it (or the model's name)
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public HomogenizationException(HomogenizationErrorCode code, String source, String variable, Object... args) {
        this(code, source, variable, code.message(args));
    }

    private HomogenizationException(HomogenizationErrorCode code, String source, String variable, String detail) {
        super(code, source == null ? Position.none() : Position.file(source), variable, detail);
        this.source = source;
    }

    /**
     * The same error located in the model file: {@code lineAndColumn} = {line, column} of the start of the
     * variable's equation, {@code text} that line of the file (shown with a caret under the column), or null.
     */
    public HomogenizationException at(int[] lineAndColumn, String text) {
        placeInFile(source, lineAndColumn, text);
        return this;
    }

    /** The same error attributed to the equation of {@code name} (a variable renamed by a rescaling). */
    HomogenizationException forVariable(String name) {
        HomogenizationException e = new HomogenizationException(code(), source, name, detail());
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The line of the equation at fault, 0 when unknown. */
    public int line() {
        return position().line();
    }

    @Override
    public HomogenizationErrorCode code() {
        return (HomogenizationErrorCode) super.code();
    }

    public String source() {
        return source;
    }
}

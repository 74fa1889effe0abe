package org.kolmo.stationary;

import org.kolmo.error.EquationException;
import org.kolmo.error.Position;

/**
 * A model without a stationary density that this package can derive, with its {@link StationaryErrorCode}. Once the
 * facade has located the equation ({@link #at}) it prints like the model file's errors, {@code
 * FILE:LINE:COLUMN: error[E901]: equation of x: ...} with the source line and a caret; exit status 2 (bad input).
 */
public final class StationaryException extends EquationException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source   the model file as the user named it
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public StationaryException(StationaryErrorCode code, String source, String variable, Object... args) {
        super(code, source == null ? Position.none() : Position.file(source), variable, code.message(args));
        this.source = source;
    }

    /** The same error at {line, column} of the variable's equation, {@code text} being that line (or null). */
    public StationaryException at(int[] lineAndColumn, String text) {
        placeInFile(source, lineAndColumn, text);
        return this;
    }

    @Override
    public StationaryErrorCode code() {
        return (StationaryErrorCode) super.code();
    }
}

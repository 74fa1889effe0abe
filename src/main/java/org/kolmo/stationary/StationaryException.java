package org.kolmo.stationary;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * A model without a stationary density that this package can derive, with its {@link StationaryErrorCode}. Once the
 * facade has located the equation ({@link #at}) it prints like the model file's errors, {@code
 * FILE:LINE:COLUMN: error[E901]: equation of x: ...} with the source line and a caret; exit status 2 (bad input).
 */
public final class StationaryException extends KolmoException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String variable;
    private final String detail;

    /**
     * @param source   the model file as the user named it
     * @param variable the variable whose equation is at fault, or null when the fault is the model's as a whole
     */
    public StationaryException(StationaryErrorCode code, String source, String variable, Object... args) {
        this(code, source, variable, code.message(args));
    }

    private StationaryException(StationaryErrorCode code, String source, String variable, String detail) {
        super(new Diagnostic(code, source == null ? Position.none() : Position.file(source),
                variable == null ? detail : "equation of " + variable + ": " + detail, null));
        this.source = source;
        this.variable = variable;
        this.detail = detail;
    }

    /** The same error at {line, column} of the variable's equation, {@code text} being that line (or null). */
    public StationaryException at(int[] lineAndColumn, String text) {
        if (source != null && lineAndColumn[0] > 0) {
            relocate(d -> d.at(Position.at(source, lineAndColumn[0], lineAndColumn[1]), text));
        }
        return this;
    }

    @Override
    public StationaryErrorCode code() {
        return (StationaryErrorCode) super.code();
    }

    /** The variable whose equation is at fault, or null. */
    public String variable() {
        return variable;
    }

    public String detail() {
        return detail;
    }
}

package org.kolmo.moments;

import org.kolmo.error.EquationException;
import org.kolmo.error.Position;

/**
 * A model or request outside what the moment derivations handle, with its {@link MomentsErrorCode}: a moment order
 * below 1, a hierarchy that does not close at the requested order (the message lists the escaping moments), a
 * coefficient that is not polynomial in the state, a component that does not exist, a closure undefined for the
 * model. An error about an equation names its variable; {@link #at} places it in the file ({@code
 * FILE:LINE:COLUMN: error[E801]: equation of x: ...}, the form of the model file's own errors). Exit status 2.
 */
public final class MomentsException extends EquationException {
    private static final long serialVersionUID = 1L;

    /** @param variable the variable whose equation is at fault, or null */
    public MomentsException(MomentsErrorCode code, String variable, Object... args) {
        this(code, Position.none(), variable, code.message(args));
    }

    /** An error about a command-line option ({@code --order}, {@code --of}). */
    static MomentsException option(String option, MomentsErrorCode code, Object... args) {
        return new MomentsException(code, Position.option(option), null, code.message(args));
    }

    /** An error about the model file as a whole (named later by the facade). */
    static MomentsException inModel(MomentsErrorCode code, Object... args) {
        return new MomentsException(code, Position.modelFile(), null, code.message(args));
    }

    private MomentsException(MomentsErrorCode code, Position position, String variable, String detail) {
        super(code, position, variable, detail);
    }

    /** This error placed in {@code source} at {line, column} of the variable's equation, with that line shown. */
    public MomentsException at(String source, int[] lineAndColumn, String text) {
        if (source != null && position().kind() != Position.Kind.OPTION) {
            Position where = lineAndColumn[0] > 0 ? Position.at(source, lineAndColumn[0], lineAndColumn[1])
                    : Position.file(source);
            relocate(d -> d.at(where, lineAndColumn[0] > 0 ? text : null));
        }
        return this;
    }

    @Override
    public MomentsErrorCode code() {
        return (MomentsErrorCode) super.code();
    }
}

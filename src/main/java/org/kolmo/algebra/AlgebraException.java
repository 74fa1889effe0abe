package org.kolmo.algebra;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * Bad input to the {@code algebra} package, such as a matrix entry that is not a polynomial in the parameters. The
 * caller that knows the model file reports it against the file's position.
 */
public final class AlgebraException extends KolmoException {
    private static final long serialVersionUID = 1L;
    private final AlgebraErrorCode code;

    /** The error {@code code} with its message template filled in with {@code args}. */
    public AlgebraException(AlgebraErrorCode code, Object... args) {
        super(new Diagnostic(code, Position.none(), code.message(args), null));
        this.code = code;
    }

    /** The error's stable code. */
    @Override
    public AlgebraErrorCode code() {
        return code;
    }
}

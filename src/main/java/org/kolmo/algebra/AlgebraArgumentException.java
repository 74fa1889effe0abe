package org.kolmo.algebra;

/**
 * A call that violates the contract of the {@code algebra} API (shapes that do not fit, an index outside the matrix,
 * operands over different parameter lists). Unchecked: it signals a bug in the caller, not bad user input.
 */
public final class AlgebraArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final AlgebraErrorCode code;

    /** The error {@code code} with its message template filled in with {@code args}. */
    public AlgebraArgumentException(AlgebraErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
    }

    /** The error's stable code. */
    public AlgebraErrorCode code() {
        return code;
    }
}

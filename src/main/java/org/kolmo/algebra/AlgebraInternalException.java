package org.kolmo.algebra;

/**
 * A broken invariant inside the {@code algebra} package, e.g. an exact division that left a remainder. Never caused by
 * input; the CLI maps it to the internal-error exit code.
 */
public final class AlgebraInternalException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final AlgebraErrorCode code;

    /** The error {@code code} with its message template filled in with {@code args}. */
    public AlgebraInternalException(AlgebraErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
    }

    /** The error's stable code. */
    public AlgebraErrorCode code() {
        return code;
    }
}

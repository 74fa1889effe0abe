package org.kolmo.algebra;

/**
 * Bad input to the {@code algebra} package, such as a matrix entry that is not a polynomial in the parameters. Checked,
 * because the input usually comes from a model file and the caller must report it against the file's position.
 */
public final class AlgebraException extends Exception {
    private static final long serialVersionUID = 1L;
    private final AlgebraErrorCode code;

    /** The error {@code code} with its message template filled in with {@code args}. */
    public AlgebraException(AlgebraErrorCode code, Object... args) {
        super(code.message(args));
        this.code = code;
    }

    /** The error's stable code. */
    public AlgebraErrorCode code() {
        return code;
    }
}

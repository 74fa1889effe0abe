package org.kolmo.error;

/**
 * One error: its code, its position and its message (the code's template filled in), with the source line the
 * position points into when it is a line of a file (shown with a caret under the column), else null.
 */
public record Diagnostic(ErrorCode code, Position position, String message, String sourceLine) {
    public Diagnostic {
        if (code == null || position == null || message == null) {
            throw new IllegalArgumentException("a diagnostic needs a code, a position and a message");
        }
    }

    /** The diagnostic of {@code code} at {@code position}, its template filled in with {@code args}. */
    public static Diagnostic of(ErrorCode code, Position position, Object... args) {
        return new Diagnostic(code, position, code.message(args), null);
    }

    /** The same error at another position, with that position's source line (or null). */
    public Diagnostic at(Position where, String line) {
        return new Diagnostic(code, where, message, line);
    }

    /** The same error with the model file named, when its position is the unnamed model file. */
    public Diagnostic inFile(String file) {
        return new Diagnostic(code, position.inFile(file), message, sourceLine);
    }

    /** The diagnostic as {@link ErrorFormat} prints it, without a command's name. */
    public String format() {
        return ErrorFormat.format(this, null);
    }
}

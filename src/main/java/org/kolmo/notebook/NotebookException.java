package org.kolmo.notebook;

import java.util.List;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * An error to show in a notebook cell as one message, without a stack trace: bad input to a kernel function
 * ({@link NotebookErrorCode#BAD_CALL}), a Symja error in the cell ({@link NotebookErrorCode#CELL}), or a failed Kolmo
 * command, which keeps the command's own diagnostics.
 */
public final class NotebookException extends KolmoException {
    private static final long serialVersionUID = 1L;

    /** A kernel function called with what it does not take. */
    public NotebookException(String message) {
        this(NotebookErrorCode.BAD_CALL, message, null);
    }

    /** The cause is kept for debugging; no stack trace is recorded, so none reaches the notebook. */
    public NotebookException(String message, Throwable cause) {
        this(NotebookErrorCode.BAD_CALL, message, cause);
    }

    NotebookException(NotebookErrorCode code, String message, Throwable cause) {
        super(List.of(new Diagnostic(code, Position.none(), message, null)), cause, false);
    }

    /** A Kolmo error shown in the cell with its own codes and positions. */
    NotebookException(KolmoException error) {
        super(error.diagnostics(), error, false);
    }
}

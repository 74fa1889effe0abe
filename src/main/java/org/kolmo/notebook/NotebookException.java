package org.kolmo.notebook;

/**
 * An error to show in a notebook cell as one message, without a stack trace: bad input to a kernel function, a
 * failed Kolmo command, a Symja syntax error.
 */
public final class NotebookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotebookException(String message) {
        super(message, null, false, false);
    }

    /** The cause is kept for debugging; no stack trace is recorded, so none reaches the notebook. */
    public NotebookException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}

package org.kolmo.notebook;

import org.kolmo.error.ErrorCode;

/**
 * Errors of the notebook kernel itself, with a stable code (printed as {@code error[K001]}) and a message template;
 * Kolmo's other errors reach a cell with their own codes. Tests assert the constant, never the wording.
 */
public enum NotebookErrorCode implements ErrorCode {
    /** A kernel function called with arguments or options it does not take. */
    BAD_CALL("K001", "%s"),
    /** A cell that Symja cannot parse or evaluate. */
    CELL("K002", "%s");

    private final Spec spec;

    NotebookErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

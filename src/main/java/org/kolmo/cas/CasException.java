package org.kolmo.cas;

/**
 * A failure inside the symbolic engine: a Symja message, a rule that did not apply, a rule file that does not parse.
 * The message names the derivation step and, where known, the rule's file and line.
 */
public final class CasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CasException(String message) {
        super(message);
    }

    public CasException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.kolmo.cas;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * A failure inside the symbolic engine, with its {@link CasErrorCode}: a Symja message, a rule that did not apply, a
 * rule file that does not parse. The message names the derivation step and, where known, the rule's file and line.
 * Exit status 70: the user's input was accepted, the engine failed on it.
 */
public final class CasException extends KolmoException {
    private static final long serialVersionUID = 1L;

    public CasException(CasErrorCode code, Object... args) {
        this(code, null, args);
    }

    public CasException(CasErrorCode code, Throwable cause, Object... args) {
        super(new Diagnostic(code, Position.none(), code.message(args), null), cause);
    }

    @Override
    public CasErrorCode code() {
        return (CasErrorCode) super.code();
    }

    /** The engine's message, without the code. */
    public String detail() {
        return diagnostic().message();
    }
}

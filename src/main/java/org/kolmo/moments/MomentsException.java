package org.kolmo.moments;

/**
 * A model or request outside what the moment derivations handle: a moment order below 1, a hierarchy that does not
 * close at the requested order (the message lists the escaping moments), a coefficient that is not polynomial in the
 * state, a component that does not exist. The command line reports it with exit status 2.
 */
public final class MomentsException extends Exception {
    private static final long serialVersionUID = 1L;

    public MomentsException(String message) {
        super(message);
    }
}

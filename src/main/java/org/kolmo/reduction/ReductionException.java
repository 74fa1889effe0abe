package org.kolmo.reduction;

/**
 * A model, regime or request outside what a reduction method handles, with the reason: moments that do not close
 * or are not linear, a regime in which the kept component is not slow, no separation of time scales, no invariant
 * manifold branch with a vanishing slow rate, a bad option value. The command line reports it with exit status 2,
 * prefixed by the option it concerns when there is one.
 */
public final class ReductionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReductionException(String message) {
        super(message);
    }
}

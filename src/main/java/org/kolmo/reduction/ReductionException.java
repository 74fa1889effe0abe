package org.kolmo.reduction;

import org.kolmo.error.KolmoException;
import org.kolmo.error.Position;

/**
 * A model, regime or request outside what a reduction method handles, with its {@link ReductionErrorCode}: moments
 * that do not close or are not linear, a regime in which the kept component is not slow, no separation of time
 * scales, no invariant manifold branch with a vanishing slow rate. The position is the option the fault concerns
 * ({@code --keep}, {@code --scale}), the model file, or the {@code regime} statement in it.
 */
public final class ReductionException extends KolmoException {
    private static final long serialVersionUID = 1L;

    public ReductionException(ReductionErrorCode code, Position position, Object... args) {
        super(code, position, args);
    }

    /** The error {@code code} in the model file (named later by the facade). */
    static ReductionException inModel(ReductionErrorCode code, Object... args) {
        return new ReductionException(code, Position.modelFile(), args);
    }

    /** The error {@code code} about the option {@code option}. */
    static ReductionException option(String option, ReductionErrorCode code, Object... args) {
        return new ReductionException(code, Position.option(option), args);
    }

    @Override
    public ReductionErrorCode code() {
        return (ReductionErrorCode) super.code();
    }
}

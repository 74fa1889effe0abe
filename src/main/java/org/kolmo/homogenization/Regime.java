package org.kolmo.homogenization;

import org.kolmo.model.Sde;

/** Which limit a slow-fast model has, read off the order of its fast drift. */
public enum Regime {
    /**
     * Fast drift of order 1/ε², fast noise of order 1/ε: L = ε⁻² L0 + ε⁻¹ L1 + L2 (seed 000, eq. 25) and the effective
     * generator avg(L1 (-L0)⁻¹ L1 + L2).
     */
    HOMOGENIZATION,
    /** Fast drift of order 1/ε, fast noise of order 1/√ε: L = ε⁻¹ L0 + L1 and the effective generator avg(L1). */
    AVERAGING;

    /**
     * The regime of a slow-fast model, read off the most singular order of its fast drift: the rest of the model
     * need not be in the class that {@code homogenize} handles.
     *
     * @param source the model file as the user named it, for messages
     * @throws HomogenizationException when the fast drift has no term of order 1/ε² or 1/ε, or the coefficients
     *                                  cannot be expanded in ε
     */
    public static Regime of(Sde model, String source) {
        return GeneratorSplit.regimeOf(ModelExpansion.of(model, source));
    }
}

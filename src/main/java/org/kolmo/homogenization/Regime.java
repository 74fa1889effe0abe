package org.kolmo.homogenization;

/** Which limit a slow-fast model has, read off the order of its fast drift. */
public enum Regime {
    /**
     * Fast drift of order 1/ε², fast noise of order 1/ε: L = ε⁻² L0 + ε⁻¹ L1 + L2 (seed 000, eq. 25) and the effective
     * generator avg(L1 (-L0)⁻¹ L1 + L2).
     */
    HOMOGENIZATION,
    /** Fast drift of order 1/ε, fast noise of order 1/√ε: L = ε⁻¹ L0 + L1 and the effective generator avg(L1). */
    AVERAGING
}

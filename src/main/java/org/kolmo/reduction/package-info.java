/**
 * Reduced models of linear moment systems (Chen et al. 2025, secs. 4-6), each derived from a model and a stated regime.
 *
 * <ul>
 * <li>{@link org.kolmo.reduction.Regime}: β ↦ β/√ε, t ↦ εt and the like; ε = 1 is the original model.</li>
 * <li>{@link org.kolmo.reduction.AdiabaticElimination}: truncation of the exact closed equation (eqs. 42, 46-49).</li>
 * <li>{@link org.kolmo.reduction.InvariantManifold}: invariance equations (54, 58), all branches from a Gröbner basis
 * ({@link org.kolmo.reduction.InvarianceAlgebra}), the branch of eq. 59, the reduced equation (56, 60) and the
 * {@link org.kolmo.reduction.ChapmanEnskog} series (62).</li>
 * <li>{@link org.kolmo.reduction.Breakdown}: ε_c' and ε_c'' from discriminants.</li>
 * <li>{@link org.kolmo.reduction.ReducedSde} (eqs. 64-68) and {@link org.kolmo.reduction.Wasserstein} bounds
 * (Proposition 2; the Gelbrich bound in d dimensions, exact for Gaussians).</li>
 * <li>{@link org.kolmo.reduction.JointReduction}: several kept variables ({@code --keep x,z}): adiabatic elimination
 * of the kept means and second moments (exact Schur complement after the conservation laws, leading terms in ε), the
 * invariant manifold of the means (slow spectral subspace), the Gelbrich comparison of the laws, and
 * {@link org.kolmo.reduction.JointReducedSde}, their reduced SDE with additive noise from the fluctuation-dissipation
 * relation.</li>
 * <li>{@link org.kolmo.reduction.ReducedSdeCheck}: the Monte Carlo check of the reduced SDE against the full model
 * ({@code --check N}): weak errors of E[z], E[z²] with 95% intervals beside the weak errors the exact moments
 * predict.</li>
 * <li>{@link org.kolmo.reduction.Reduction} ties them together and measures every reduced model against the full
 * one; {@link org.kolmo.reduction.Figures} redraws Figures 1-3.</li>
 * </ul>
 * The symbolic steps that are plain list algebra are rules ({@code rules/reduction.m}); exact elimination and
 * numerics are Java. A request outside a method's reach is a {@link org.kolmo.reduction.ReductionException} with its
 * {@link org.kolmo.reduction.ReductionErrorCode}: R1xx the regime and its scaling, R2xx the kept variables, the moment
 * equations and the adiabatic elimination, R3xx the invariant manifold and its series, R4xx the reduced SDE and its
 * check.
 */
package org.kolmo.reduction;

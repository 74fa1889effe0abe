/**
 * Homogenization and first-order averaging of slow-fast SDEs (Lim): from a model with slow variables X, fast
 * variables Y and additive functionals A to the effective SDE of (X, A) as ε → 0.
 *
 * <p>The path through the package:
 * <ol>
 * <li>{@link org.kolmo.homogenization.GeneratorSplit}: the generator of the whole system split by powers of ε,
 * L = ε⁻² L0 + ε⁻¹ L1 + L2 (eqs. 25-28), every coefficient a {@link org.kolmo.homogenization.FastPolynomial}
 * (a polynomial in Y over exact rational functions of the rest);</li>
 * <li>{@link org.kolmo.homogenization.SlowFastSystem}: the class of eqs. 5-7 recognised and u0, U1, B2, b1, σ0, σ1,
 * r, q, p identified, or a {@link org.kolmo.homogenization.HomogenizationException} naming the equation and the
 * term;</li>
 * <li>{@link org.kolmo.homogenization.CellProblem}: the fast invariant measure N(μ, J) (eq. 39, μ = 0 in Lim's class),
 * averages by Isserlis' theorem, and the cell problem -L0 h = g solved exactly on polynomials in Y with its centering
 * condition;</li>
 * <li>the two routes, {@link org.kolmo.homogenization.GeneratorRoute} (the hierarchy 30-32 and the solvability
 * condition 38, general) and {@link org.kolmo.homogenization.ClosedFormRoute} (Results 2.1 and 2.2, eqs. 8-24),
 * held equal entry by entry by {@link org.kolmo.homogenization.Homogenization};</li>
 * <li>{@link org.kolmo.homogenization.EffectiveSde}: the result as {@link org.kolmo.model.Sde} values (Itô,
 * Stratonovich, the functional forms of Result 2.2) with a symbolic factor of the diffusion matrix
 * ({@link org.kolmo.homogenization.DiffusionFactor});</li>
 * <li>{@link org.kolmo.homogenization.MonteCarloCheck}: the weak-error check of the effective SDE against the full
 * model, simulated by {@link org.kolmo.numeric.MonteCarlo} with the fast variables drawn from their invariant
 * measure ({@link org.kolmo.homogenization.FastInvariantLaw}, which {@code simulate} and {@code verify} use too).</li>
 * </ol>
 * Exact arithmetic is done by {@link org.kolmo.algebra.RationalFunctionField} (JAS); the closed formulas are rules in
 * {@code rules/homogenization.m}.
 */
package org.kolmo.homogenization;

/**
 * Exact linear algebra over Q[p1..pk], the polynomials with rational coefficients in a model's parameters: the part of
 * the derivations that Symja's general simplifier does slowly (its {@code Together(CharacteristicPolynomial(M, l))}
 * took 50 to 80 s on the 4 x 4 matrix M of Chen et al. 2025, eq. (38), in our runs).
 *
 * <h2>What is here</h2>
 * <ul>
 * <li>{@link org.kolmo.algebra.ParameterRing}: the ring Q[p1..pk] over the parameters' Symja symbols, and the
 * conversions between Symja expressions and JAS polynomials. Input is read as written; an entry that is not a
 * polynomial with rational coefficients ({@code 1/eps}, {@code Sqrt(beta)}, {@code 0.5}) is an
 * {@link org.kolmo.algebra.AlgebraException} with code {@link org.kolmo.algebra.AlgebraErrorCode#NOT_POLYNOMIAL}
 * naming the entry. Output is Symja's expanded canonical form.</li>
 * <li>{@link org.kolmo.algebra.PolynomialMatrix}: immutable matrices over that ring. The characteristic polynomial
 * det(λI - F) comes from Berkowitz's division-free algorithm over Z[p1..pk] (Chen et al. 2025, eq. (82) is a test); the
 * minimal polynomial and each component's own annihilating polynomial (MATH.md §3; Chen et al. 2025, Proposition 1 and
 * eqs. (41), (43)-(45)) from fraction-free Krylov elimination, with exact tests at rational points that settle the
 * generic case without elimination.</li>
 * <li>{@link org.kolmo.algebra.ParametricPolynomial}: the results, polynomials in λ with coefficients in
 * Q[p1..pk], with conversion to Symja and numeric evaluation at parameter values.</li>
 * <li>{@link org.kolmo.algebra.ComponentAnnihilator}: one component's closed equation with its Krylov rows
 * e_j^T F^i (the initial data u_j^(i)(0) = e_j^T F^i u(0)) and a genericity polynomial.</li>
 * <li>{@link org.kolmo.algebra.Monomial}: a monomial by its exponent vector, ordered by degree then
 * lexicographically; the moments of {@code org.kolmo.moments} and the terms of the fast polynomials of
 * {@code org.kolmo.homogenization} alike.</li>
 * </ul>
 *
 * <h2>What "minimal" means with parameters</h2>
 * Minimal and component polynomials are computed over the field Q(p1..pk), i.e. for generic parameter values. At
 * special values a lower-order relation can exist (for the covariances of Chen et al. 2025 at α = 0, p_zz is constant);
 * {@link org.kolmo.algebra.ComponentAnnihilator#genericityPolynomial()} is a nonzero polynomial off whose zero set the
 * order is exactly the generic one. The relations themselves hold at every parameter value.
 *
 * <h2>Errors</h2>
 * Bad input is an {@link org.kolmo.algebra.AlgebraException} (a {@code org.kolmo.error.KolmoException}); contract
 * violations (shapes, indices, operands
 * over different parameters) are {@link org.kolmo.algebra.AlgebraArgumentException}; broken invariants are
 * {@link org.kolmo.algebra.AlgebraInternalException}. All carry an {@link org.kolmo.algebra.AlgebraErrorCode}.
 */
package org.kolmo.algebra;

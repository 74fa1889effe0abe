/**
 * Checking a hand derivation: {@link org.kolmo.check.ClaimChecker} decides whether a claimed identity holds for a
 * model.
 *
 * <p>A claim is {@code LHS == RHS} over the model's parameters and either its state variables (with the derived
 * quantities {@code drift(x)}, {@code stratonovich_drift(x)}, {@code diffusion(x)}, {@code L(f)}) or its moments
 * ({@code m_z}, {@code p_zz}, {@code mu_xxz}) with derivative marks ({@code p_zz'''}). A state claim must hold as an
 * identity in the variables and parameters. A moment claim must hold along the moment trajectory the model's initial
 * values start (for every initial value when the model gives none): with the moment system augmented by the constant,
 * U' = G U, every derivative is a linear form, u_j^(k) = e_j^T G^k U, so an affine claim c^T U(t) = 0 holds for all t
 * exactly when c^T G^k U(0) = 0 for k = 0..dim G - 1 (Cayley-Hamilton).
 *
 * <p>The decision is symbolic first (the difference brought to a normal form); a difference the simplifier cannot
 * bring to zero is then evaluated exactly at random rational parameter points, where a non-zero value is a concrete
 * counterexample.
 *
 * <p>A given {@code NAME = EXPR} either defines an abbreviation the claims may use or, when NAME is a parameter, fixes
 * that parameter (to a number or an expression in the other parameters) for the whole check: the model's
 * coefficients and initial values, hence its moment system, the claims, the simplification and the test points,
 * which never draw a fixed parameter and show it with its given value.
 */
package org.kolmo.check;

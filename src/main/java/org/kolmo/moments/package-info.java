/**
 * Moment equations d/dt E[φ] = E[L φ] and what is derived from them (Chen, Colangeli, Duong, Serva 2025, sections
 * 2-4).
 *
 * <p>The path through the package:
 * <ol>
 * <li>{@link org.kolmo.moments.MomentEquations} applies the generator to every monomial of degree 1..K (rule
 * {@code KoMomentRhs}) and, when the hierarchy closes, returns the linear {@link org.kolmo.moments.MomentSystem}
 * u' = F u + h, the moments named as in the paper ({@link org.kolmo.moments.MomentNames}: m_x, p_xy, mu_xxy);</li>
 * <li>{@link org.kolmo.moments.MomentStructure} splits it into decoupled blocks and finds its conservation laws (an
 * exact left null space); {@link org.kolmo.moments.CentralMoments} rewrites it for means and covariances;</li>
 * <li>{@link org.kolmo.moments.ClosedOde} derives one component's exact closed higher-order ODE (Cayley-Hamilton or
 * the component's own annihilator, computed by {@code org.kolmo.algebra.PolynomialMatrix});</li>
 * <li>when the hierarchy does not close, a {@link org.kolmo.moments.Closure} ({@link
 * org.kolmo.moments.MomentClosure}: zero, normal, log-normal, gamma, derivative matching) gives a
 * {@link org.kolmo.moments.ClosedMomentSystem}, its stationary points ({@link org.kolmo.moments.ClosedStationary})
 * and its measured error against a Monte Carlo of the full model ({@link org.kolmo.moments.ClosureCheck}).</li>
 * </ol>
 * Requests outside the class (a state-dependent coefficient that is not polynomial, a closure undefined for the model)
 * end in a {@link org.kolmo.moments.MomentsException} with its {@link org.kolmo.moments.MomentsErrorCode} (E8xx),
 * naming the equation when the fault is one (the facade places it at the equation in the model file) or the option
 * otherwise.
 */
package org.kolmo.moments;

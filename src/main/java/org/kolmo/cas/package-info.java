/**
 * The symbolic engine's front door: the one Symja session of the process and everything that crosses into it.
 *
 * <p>How the layer is used:
 * <ol>
 * <li>{@link org.kolmo.cas.Symbols} maps the names a user writes onto Symja symbols. User names are encoded
 * ({@code ko$beta}) so that Symja's parser never reads them (it would take {@code beta} for the Beta function), and
 * a derivation's own unknowns (moments, manifold coefficients, eigenvalues) live in a second namespace
 * ({@code kx$}) that no user name can reach. Printers decode both.</li>
 * <li>{@link org.kolmo.cas.CasSession} evaluates expressions and calls the functions the rule files of
 * {@code rules/} define ({@code KoGenerator}, {@code KoItoCorrection}, ...), loaded once by
 * {@link org.kolmo.cas.RuleSource} and {@link org.kolmo.cas.RuleFile}. Symja reports trouble by printing a message
 * and returning its input; the session turns that into a {@link org.kolmo.cas.CasException} naming the step, with a
 * {@link org.kolmo.cas.CasErrorCode} (C1xx, exit status 70: an engine failure, not the user's). An error of Kolmo's
 * own raised by Java code that a rule called (an {@code AlgebraException}, say) is rethrown as itself, with its
 * code.</li>
 * <li>{@link org.kolmo.cas.JavaFunctions} and {@link org.kolmo.cas.RuleFunctionProvider} make Java functions callable
 * from rules, for what rules do badly (exact polynomial algebra, Lyapunov solves, Gaussian moments); providers are
 * found by {@link java.util.ServiceLoader}.</li>
 * <li>{@link org.kolmo.cas.ParameterAtoms} turns roots and other non-rational functions of the parameters
 * ({@code sqrt(beta)}) into fresh generators of the exact algebra and back; {@link org.kolmo.cas.BySlots} runs the
 * Symja operations whose result would otherwise depend on the alphabetical order of the user's names.</li>
 * </ol>
 * Nothing here knows about SDEs beyond parameter assumptions; the derivations live in {@code calculus},
 * {@code moments}, {@code reduction} and {@code homogenization}.
 */
package org.kolmo.cas;

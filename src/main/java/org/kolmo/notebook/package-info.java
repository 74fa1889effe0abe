/**
 * Kolmo in Jupyter notebooks: {@link org.kolmo.notebook.KolmoKernel} (on the JJava kernel library) evaluates cells
 * in Symja's syntax with Kolmo's rule files loaded and these functions:
 * <ul>
 * <li>{@code LoadModel("models/two_state.sde")}: a model;</li>
 * <li>{@code Convert(m, "stratonovich")}, {@code Generator(m[, "f"])}, {@code ItoFormula(m, "f")},
 * {@code Moments(m[, k], Central -> True)}, {@code ClosedOde(m, "p_zz", WithConstant -> True, Minimal -> True)}:
 * the command-line derivations, each shown as LaTeX;</li>
 * <li>{@code Check("LHS == RHS", m, Given -> "k = 2*beta^2")}: {@code kolmo check};</li>
 * <li>{@code ReduceModel}, {@code Homogenize}, {@code Simulate}, {@code Verify}, and {@code Kolmo("command", m,
 * Option -> value, ...)} for any command: every command that emits a report runs in-process;</li>
 * <li>{@code PlotMoments(m, {"p_zz", "m_z"}, tmax, Values -> {"beta" -> 2})}: moment trajectories as a PNG.</li>
 * </ul>
 * Model-level expressions are strings read by Kolmo's reader, so that parameter names such as {@code beta} never go
 * through Symja's parser (which would read the Beta function).
 */
package org.kolmo.notebook;

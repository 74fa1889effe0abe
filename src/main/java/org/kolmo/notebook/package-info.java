/**
 * Kolmo in Jupyter notebooks: {@link org.kolmo.notebook.KolmoKernel} (on the JJava kernel library) evaluates cells
 * in Symja's syntax with Kolmo's rule files loaded and these functions, each a thin face over the facade
 * {@link org.kolmo.Kolmo} (this package imports nothing from {@code org.kolmo.cli}; the CLI's {@code kernel
 * install} imports this one):
 * <ul>
 * <li>{@code LoadModel("models/two_state.sde")}: a model, kept as a reference and shown as its equations;</li>
 * <li>{@code Convert}, {@code Generator}, {@code ItoFormula}, {@code Moments}, {@code ClosedOde}, {@code Check},
 * {@code ReduceModel}, {@code Homogenize}, {@code Simulate}, {@code Verify}, {@code StationaryDensity} and
 * {@code Kolmo("command", m, ...)}: the derivations, each returning a Symja expression in the user's names (the
 * right sides of the moment equations, the closed ODE as an equation, the effective drift and diffusion, ...);</li>
 * <li>{@code Report(x)}: the typeset report of a stored result; {@code PlotMoments}: moment trajectories as a PNG.</li>
 * </ul>
 * Display: the statement that calls a function shows the derivation's report (LaTeX, with the whole text report
 * folded below; a check shows each claim as the user wrote it; {@code Simulate(..., Plot -> True)} adds the plot as
 * an image), while the value it returns is an expression a next cell can pass to {@code D}, {@code Series},
 * {@code Simplify} or {@code Plot} (Symja's {@code Graphics} are drawn as PNG).
 *
 * <p>Names: Kolmo's derivations hold a model's names as encoded symbols ({@code ko$beta}, see
 * {@link org.kolmo.cas.Symbols}); {@link org.kolmo.notebook.CellSymbols} turns them into plain symbols of the cell's
 * global context named as the model names them, and back for printing, so no {@code ko$} reaches a cell. Model-level
 * expressions given to the functions (claims, functions f) are strings read by Kolmo's reader; a name that Symja's
 * parser would read as a built-in ({@code beta}, the Beta function) is written {@code Global`beta} into a cell's
 * statements once a model declares it.
 */
package org.kolmo.notebook;

/**
 * Numerics that every symbolic result is held against (MATH.md §6): compiled evaluation, ODE integration and
 * Monte Carlo simulation.
 *
 * <h2>Compiled evaluation</h2>
 * {@link org.kolmo.numeric.ExpressionCompiler} turns a list of Symja expressions over an
 * {@link org.kolmo.numeric.InputLayout} (ordered state symbols, ordered parameter symbols, optional time) into JVM
 * bytecode: a {@link org.kolmo.numeric.CompiledFunction} {@code f(t, x, p)} or, with parameter values fixed and
 * constants folded, a {@link org.kolmo.numeric.CompiledBoundFunction} {@code f(t, x)}. Repeated subtrees are
 * computed once (hash-consed DAG), integer powers become multiplication chains. What cannot be compiled raises a
 * {@link org.kolmo.numeric.CompilationException} naming the subexpression.
 *
 * <pre>{@code
 * ExpressionCompiler compiler = new ExpressionCompiler(InputLayout.of(List.of(x, y), List.of(beta)));
 * CompiledBoundFunction f = compiler.compileBound(List.of(F.Times(F.CN2, F.Sqr(beta), x)), new double[] {1.0});
 * double[] out = f.evaluate(0.0, new double[] {0.3, 0.4});
 * }</pre>
 *
 * <h2>Moment ODEs</h2>
 * {@link org.kolmo.numeric.LinearOde} solves u' = F u + h exactly through the
 * {@link org.kolmo.numeric.MatrixExponential} of the augmented matrix; {@link org.kolmo.numeric.AdaptiveOdeSolver}
 * integrates u' = f(t, u) with Dormand-Prince 8(5,3) and reads requested times from its dense output. Both return a
 * {@link org.kolmo.numeric.Trajectory}.
 *
 * <h2>Monte Carlo</h2>
 * {@link org.kolmo.numeric.CompiledSde} compiles a model's coefficients with numeric parameter values;
 * {@link org.kolmo.numeric.MonteCarlo#run} simulates it with a {@link org.kolmo.numeric.Scheme} (Euler-Maruyama
 * or Milstein for Itô models, stochastic Heun for Stratonovich ones) under
 * {@link org.kolmo.numeric.MonteCarloSettings}, and returns means, covariances and standard errors of the
 * {@link org.kolmo.numeric.Observables} at the output times in a {@link org.kolmo.numeric.MonteCarloResult}.
 * Paths start from a fixed state or from an {@link org.kolmo.numeric.InitialState} drawn per path (e.g. a
 * stationary measure of the fast variables, for the homogenization check); a path that leaves the finite numbers
 * fails the run or, if the settings say so, is discarded and counted.
 * Each path has its own random stream derived from the seed and the path index, paths run in fixed blocks on a
 * thread pool, and block statistics ({@link org.kolmo.numeric.MomentAccumulator}) are merged in block order, so
 * the numbers are the same bits for any thread count. For models of modest size the stepping loop itself is
 * generated per model and scheme, with the state in local variables.
 *
 * <h2>Errors</h2>
 * Every error is a {@link org.kolmo.numeric.NumericException} carrying a stable
 * {@link org.kolmo.numeric.NumericErrorCode}; a path that leaves the finite numbers raises a
 * {@link org.kolmo.numeric.NonFiniteValueException} with the path index and time. Nothing in this package prints;
 * progress goes to a {@link org.kolmo.numeric.MonteCarloProgress}.
 */
package org.kolmo.numeric;

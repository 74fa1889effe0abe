/**
 * Monte Carlo checks of homogenization: the Itô coefficients of a model compiled to Java with Janino
 * ({@link org.kolmo.homogenization.montecarlo.CompiledSde}), the Euler-Maruyama scheme
 * ({@link org.kolmo.homogenization.montecarlo.EulerMaruyama}), and the comparison of first and second moments of the
 * full model at its own ε with those of the effective SDE, with standard errors and 95% confidence intervals
 * ({@link org.kolmo.homogenization.montecarlo.MonteCarloCheck}). A plain stand-in until the numeric package lands.
 */
package org.kolmo.homogenization.montecarlo;

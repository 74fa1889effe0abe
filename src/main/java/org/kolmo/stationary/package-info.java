/**
 * Stationary densities (kolmo stationary): the zero-flux solution of the stationary Fokker-Planck equation of a
 * one-dimensional SDE or of a gradient system with constant isotropic noise, its support and the integrability at
 * its ends, closed forms of the normalising constant and moments (Gamma and Beta types), and double-exponential
 * quadrature at the parameter values for everything else.
 */
package org.kolmo.stationary;

/**
 * Stochastic calculus on {@link org.kolmo.model.Sde} values: the Itô/Stratonovich conversion (Lim, eqs. 2-4), the
 * generator L f (Lim, eqs. 26-28) and Itô's formula. Each operation is a pure function from model to result; the
 * symbolic work is done by the rule files {@code rules/ito_stratonovich.m}, {@code rules/generator.m} and
 * {@code rules/ito_formula.m}, called through {@link org.kolmo.cas.CasSession}.
 */
package org.kolmo.calculus;

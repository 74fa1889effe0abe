/**
 * LaTeX output: expressions, SDE systems and whole documents.
 *
 * <p>Start with {@link org.kolmo.latex.LatexPrinter}: {@code LatexPrinter.of(sde).latex(expr)} prints an expression
 * in Symja's evaluated form as LaTeX math, {@code sde(sde)} prints a system as an {@code aligned} block, and
 * {@link org.kolmo.latex.LatexDocument} wraps sections of prose and equations into a document that compiles with a
 * minimal TeX installation.
 *
 * <p>How names look and in which order factors and terms appear is decided by a
 * {@link org.kolmo.latex.Notation}, usually made from the model ({@code Notation.of(sde)}): parameters before
 * variables inside a product, terms ordered by the variables they contain. {@link org.kolmo.latex.LatexNames} holds
 * the rules that turn a user's name into LaTeX (Greek letters, subscripts). {@link org.kolmo.latex.Quotient} reads a
 * product as sign, numerator and denominator; the plain-text writer in {@code org.kolmo.io} shares it, so the two
 * outputs agree.
 *
 * <p>Nothing here evaluates: the printers show the expression they are given.
 */
package org.kolmo.latex;

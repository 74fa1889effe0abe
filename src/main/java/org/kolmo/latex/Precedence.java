package org.kolmo.latex;

/**
 * How tightly a printed form binds, loosest first: the one table of the LaTeX printer and the plain-text writer,
 * which differ in spelling, not in grouping. A child is parenthesised when its precedence is below what its place
 * needs: a factor needs {@link #PRODUCT}, the base of a power {@link #ATOM}. (Generated Java source has a table of
 * its own, since Java binds a unary minus tighter than a product.)
 */
public enum Precedence {
    /** a + b, a - b */
    SUM,
    /** -a: a leading minus */
    NEGATIVE,
    /** a b, a*b, a/b in text, 2/3 */
    PRODUCT,
    /** \frac{a}{b} in LaTeX: safe as a factor, not as the base of a power (text writes a/b, a PRODUCT) */
    FRACTION,
    /** a^{b}, a^b, \sqrt{a} */
    POWER,
    /** symbols, positive numbers, f(x), |x|, (...) */
    ATOM
}

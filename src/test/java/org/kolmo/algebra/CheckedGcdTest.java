package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import edu.jas.arith.BigInteger;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

/**
 * The divisibility check behind {@link CheckedGcd}: exact for leading coefficients other than ±1 (a check that needed
 * a unit leading coefficient sent one gcd in ten of the 2x2 homogenization to the slow fallback, 6 s instead of 0.6 s).
 */
class CheckedGcdTest {
    private final GenPolynomialRing<BigInteger> ring = new GenPolynomialRing<>(BigInteger.ZERO, new String[] {"x", "y"});

    private GenPolynomial<BigInteger> p(String s) {
        return ring.parse(s);
    }

    @Test
    void divisibilityWithNonUnitLeadingCoefficients() {
        assertTrue(CheckedGcd.divides(p("2 x + 2 y"), p("(2 x + 2 y) * (3 x y - 5)")));
        assertTrue(CheckedGcd.divides(p("3 x^2 y + 1"), p("(3 x^2 y + 1)^2 * (x - 7 y)")));
        assertTrue(CheckedGcd.divides(p("4"), p("6 x + 1")), "a nonzero constant divides over Q");
        assertFalse(CheckedGcd.divides(p("2 x + 1"), p("x + 1")));
        assertFalse(CheckedGcd.divides(p("x y + 1"), p("x^2 y^2 + 2")));
        assertFalse(CheckedGcd.divides(p("0"), p("x")));
    }

    @Test
    void gcdOfProductsIsTheCommonFactor() {
        GenPolynomial<BigInteger> common = p("6 x^2 y - 4 y + 2");
        GenPolynomial<BigInteger> g = new CheckedGcd().gcd(common.multiply(p("3 x + 5 y^2")),
                common.multiply(p("7 x y - 1")));
        // the gcd is the common factor up to a constant
        assertTrue(CheckedGcd.divides(g, common) && CheckedGcd.divides(common, g), g.toString());
        assertEquals(common.degree(), g.degree());
    }
}

package org.kolmo.algebra;

import edu.jas.arith.BigInteger;
import edu.jas.arith.ModLong;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.PolyUtil;
import edu.jas.ufd.GreatestCommonDivisorModular;
import edu.jas.ufd.GreatestCommonDivisorSubres;

/**
 * JAS's modular GCD over Z, its result checked: JAS 2.7.200's modular algorithm was seen to return a polynomial that
 * divides neither argument (coefficients near 2^27 left from a failed lift, for bivariate polynomials of degree 8;
 * see ExactLinearSystemTest), which made a product of two fractions wrong. When the modular result does not divide
 * both arguments exactly, the (slower, here correct) subresultant algorithm is used instead.
 */
final class CheckedGcd extends GreatestCommonDivisorModular<ModLong> {
    private final GreatestCommonDivisorSubres<BigInteger> fallback = new GreatestCommonDivisorSubres<>();

    @Override
    public GenPolynomial<BigInteger> gcd(GenPolynomial<BigInteger> p, GenPolynomial<BigInteger> s) {
        GenPolynomial<BigInteger> g = super.gcd(p, s);
        if (divides(g, p) && divides(g, s)) {
            return g;
        }
        return fallback.gcd(p, s);
    }

    /**
     * Whether g divides p over Q[x]: the pseudo-remainder of p by g is 0 (one polynomial is a Gröbner basis of the
     * ideal it generates, so this is exact). Not {@code quotientRemainder}, which needs a unit leading coefficient and
     * would send every gcd with a leading coefficient other than ±1 to the slow fallback.
     */
    static boolean divides(GenPolynomial<BigInteger> g, GenPolynomial<BigInteger> p) {
        if (p.isZERO()) {
            return true;
        }
        if (g.isZERO()) {
            return false;
        }
        if (g.isConstant()) {
            return true;
        }
        return PolyUtil.baseSparsePseudoRemainder(p, g).isZERO();
    }
}

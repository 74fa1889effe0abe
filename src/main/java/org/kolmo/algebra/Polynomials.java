package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.jas.arith.BigInteger;
import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.ufd.GCDFactory;
import edu.jas.ufd.GreatestCommonDivisorAbstract;

/** Small exact operations on JAS polynomials over Q that the algorithms of this package share. */
final class Polynomials {
    private Polynomials() {
    }

    /**
     * a / b when b divides a exactly; JAS's multivariate division stops at the first non-divisible term, so a
     * remainder means a broken invariant of the caller.
     */
    static GenPolynomial<BigRational> exactQuotient(GenPolynomial<BigRational> a, GenPolynomial<BigRational> b,
            String where) {
        if (b.isONE()) {
            return a;
        }
        GenPolynomial<BigRational>[] qr = a.quotientRemainder(b);
        if (!qr[1].isZERO()) {
            throw new AlgebraInternalException(AlgebraErrorCode.INEXACT_DIVISION, where, readable(a), readable(b));
        }
        return qr[0];
    }

    /**
     * a / b over Z[p] when b divides a exactly, by the division algorithm on leading terms with the remainder updated
     * in place (JAS's own division needs a unit leading coefficient).
     */
    static GenPolynomial<BigInteger> exactIntegerQuotient(GenPolynomial<BigInteger> a, GenPolynomial<BigInteger> b,
            String where) {
        if (b.isONE()) {
            return a;
        }
        GenPolynomial<BigInteger> remainder = a.copy();
        GenPolynomial<BigInteger> quotient = a.ring.getZERO().copy();
        ExpVector lead = b.leadingExpVector();
        BigInteger leadCoefficient = b.leadingBaseCoefficient();
        while (!remainder.isZERO()) {
            ExpVector e = remainder.leadingExpVector();
            BigInteger[] qr = remainder.leadingBaseCoefficient().quotientRemainder(leadCoefficient);
            if (!e.multipleOf(lead) || !qr[1].isZERO()) {
                throw new AlgebraInternalException(AlgebraErrorCode.INEXACT_DIVISION, where, readable(a), readable(b));
            }
            ExpVector shift = e.subtract(lead);
            quotient.doPutToMap(shift, qr[0]);
            BigInteger minus = qr[0].negate();
            for (Monomial<BigInteger> m : b) {
                remainder.doAddTo(m.coefficient().multiply(minus), m.exponent().sum(shift));
            }
        }
        return quotient;
    }

    /** The vector times the least common multiple of its coefficients' denominators. */
    record IntegerVector(GenPolynomial<BigInteger>[] entries, java.math.BigInteger scale) {
    }

    static IntegerVector toIntegers(GenPolynomialRing<BigInteger> integers, GenPolynomial<BigRational>[] v) {
        java.math.BigInteger d = java.math.BigInteger.ONE;
        for (GenPolynomial<BigRational> p : v) {
            d = lcm(d, p);
        }
        @SuppressWarnings("unchecked")
        GenPolynomial<BigInteger>[] w = new GenPolynomial[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = scaled(integers, v[i], d);
        }
        return new IntegerVector(w, d);
    }

    /** The lcm of d and the denominators of p's coefficients. */
    static java.math.BigInteger lcm(java.math.BigInteger d, GenPolynomial<BigRational> p) {
        for (Monomial<BigRational> m : p) {
            java.math.BigInteger den = m.coefficient().den;
            d = d.divide(d.gcd(den)).multiply(den);
        }
        return d;
    }

    /** d·p with integer coefficients; d must be a multiple of every denominator of p. */
    static GenPolynomial<BigInteger> scaled(GenPolynomialRing<BigInteger> integers, GenPolynomial<BigRational> p,
            java.math.BigInteger d) {
        GenPolynomial<BigInteger> out = integers.getZERO().copy();
        for (Monomial<BigRational> m : p) {
            BigRational c = m.coefficient();
            out.doPutToMap(m.exponent(), new BigInteger(c.num.multiply(d.divide(c.den))));
        }
        return out;
    }

    /** p·numerator/denominator as a polynomial over Q. */
    static GenPolynomial<BigRational> rational(GenPolynomialRing<BigRational> rationals, GenPolynomial<BigInteger> p,
            java.math.BigInteger numerator, java.math.BigInteger denominator) {
        GenPolynomial<BigRational> out = rationals.getZERO().copy();
        BigRational factor = new BigRational(new BigInteger(numerator), new BigInteger(denominator));
        for (Map.Entry<ExpVector, BigInteger> m : p.getMap().entrySet()) {
            out.doPutToMap(m.getKey(), new BigRational(m.getValue()).multiply(factor));
        }
        return out;
    }

    /** a / b if b divides a, otherwise null. */
    static GenPolynomial<BigRational> quotientOrNull(GenPolynomial<BigRational> a, GenPolynomial<BigRational> b) {
        GenPolynomial<BigRational>[] qr = a.quotientRemainder(b);
        return qr[1].isZERO() ? qr[0] : null;
    }

    /**
     * The relation D λ^k - Σ_{t<k} y_t λ^t, i.e. the coefficients (-y_0, ..., -y_{k-1}, D), scaled to the simplest
     * polynomial multiple: divided by D when D divides every y_t (always so for Krylov relations, see
     * {@link PolynomialMatrix#componentAnnihilator(int)}), otherwise divided by the content (gcd of all coefficients)
     * and normalised to a positive leading coefficient.
     */
    static List<GenPolynomial<BigRational>> normalisedRelation(GenPolynomial<BigRational> d,
            List<GenPolynomial<BigRational>> y) {
        List<GenPolynomial<BigRational>> out = new ArrayList<>(y.size() + 1);
        for (GenPolynomial<BigRational> yt : y) {
            GenPolynomial<BigRational> q = quotientOrNull(yt, d);
            if (q == null) {
                return primitiveRelation(d, y);
            }
            out.add(q.negate());
        }
        out.add(d.ring.getONE());
        return out;
    }

    private static List<GenPolynomial<BigRational>> primitiveRelation(GenPolynomial<BigRational> d,
            List<GenPolynomial<BigRational>> y) {
        GreatestCommonDivisorAbstract<BigRational> engine = GCDFactory.getImplementation(BigRational.ONE);
        GenPolynomial<BigRational> g = d;
        for (GenPolynomial<BigRational> yt : y) {
            g = engine.gcd(g, yt);
        }
        // make the leading coefficient of the λ^k term positive and the content 1
        g = g.multiply(d.leadingBaseCoefficient().signum() * g.leadingBaseCoefficient().signum() < 0
                ? BigRational.ONE.negate() : BigRational.ONE);
        List<GenPolynomial<BigRational>> out = new ArrayList<>(y.size() + 1);
        for (GenPolynomial<BigRational> yt : y) {
            out.add(exactQuotient(yt, g, "content removal").negate());
        }
        out.add(exactQuotient(d, g, "content removal"));
        return out;
    }

    /** p divided by its leading base coefficient, so that equal-up-to-a-constant polynomials print alike. */
    static GenPolynomial<BigRational> monic(GenPolynomial<BigRational> p) {
        return p.isZERO() ? p : p.monic();
    }

    static String readable(GenPolynomial<?> p) {
        return org.kolmo.cas.Symbols.readable(p.toString());
    }
}

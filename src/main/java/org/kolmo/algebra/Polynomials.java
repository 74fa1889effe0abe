package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
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

    static String readable(GenPolynomial<BigRational> p) {
        return p.toString().replace(org.kolmo.cas.Symbols.PREFIX, "");
    }
}

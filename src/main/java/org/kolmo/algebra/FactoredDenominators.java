package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import edu.jas.ufd.FactorAbstract;
import edu.jas.ufd.FactorFactory;
import edu.jas.ufd.SquarefreeAbstract;
import edu.jas.ufd.SquarefreeFactory;

/**
 * Denominators for display as products of powers of irreducible polynomials: {@code g^4 + 4*g^2 + 4} becomes
 * {@code (g^2 + 2)^2}, {@code 2*g^3 + 4*g} becomes {@code 2*g*(g^2 + 2)}.
 *
 * <p>A polynomial with rational coefficients in its symbols (parameters and variables alike) is read into
 * Z[symbols] after clearing denominators, split into squarefree parts by JAS and each part factored over Q (JAS's
 * factorization over Z, with Gauss's lemma). The factors are multiplied back and compared exactly with the
 * polynomial before the factored form is returned; a mismatch, a polynomial beyond the effort caps or anything that
 * is not such a polynomial (roots, functions, floating-point numbers) gives no factored form, and the caller keeps
 * the expanded one. The value never changes, only its presentation.
 *
 * <p>Effort is capped: at most {@value #MAX_TERMS} terms, {@value #MAX_SYMBOLS} symbols and total degree
 * {@value #MAX_DEGREE}; results are cached, since printers read the same denominator many times.
 */
public final class FactoredDenominators {
    /** The most terms a polynomial may have to be factored. */
    public static final int MAX_TERMS = 40;
    /** The most symbols it may hold. */
    public static final int MAX_SYMBOLS = 8;
    /** The highest total degree it may have. */
    public static final int MAX_DEGREE = 24;

    /**
     * p = constant · Π factor^power, every factor a non-constant polynomial with integer coefficients and content 1,
     * as an evaluated Symja sum (or symbol), the powers positive.
     */
    public record Factored(IRational constant, List<Power> factors) {
        public Factored {
            factors = List.copyOf(factors);
        }

        /** The product written as a Symja expression (unevaluated, for display). */
        public IExpr product() {
            IASTAppendable times = F.TimesAlloc(factors.size() + 1);
            if (!constant.isOne()) {
                times.append(constant);
            }
            for (Power p : factors) {
                times.append(p.power() == 1 ? p.factor() : F.Power(p.factor(), F.ZZ(p.power())));
            }
            return times.argSize() == 1 ? times.arg1() : times;
        }
    }

    /** One factor and its power. */
    public record Power(IExpr factor, int power) {
    }

    private static final Map<IExpr, Optional<Factored>> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(64,
            0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<IExpr, Optional<Factored>> eldest) {
            return size() > 4096;
        }
    });

    private FactoredDenominators() {
    }

    /**
     * The factorization of the polynomial {@code p} (a sum, as Symja evaluated it), or empty when it has no
     * non-trivial one (irreducible with content 1), is not a polynomial with rational coefficients, exceeds the caps,
     * or its factors do not multiply back to it exactly.
     */
    public static Optional<Factored> factor(IExpr p) {
        if (!p.isPlus()) {
            return Optional.empty();
        }
        Optional<Factored> cached = CACHE.get(p);
        if (cached != null) {
            return cached;
        }
        Optional<Factored> result = compute((IAST) p);
        CACHE.put(p, result);
        return result;
    }

    /**
     * {@code e} with every denominator factor that is a polynomial in its symbols written as a product of powers of
     * its irreducible factors, numerators left as they are: the presentation numerator / Π factor^power. Unevaluated
     * (evaluation would give Symja's own form back); equal in value to {@code e}.
     */
    public static IExpr present(IExpr e) {
        if (e.isPower()) {
            return presentFactor(e);
        }
        if (!e.isTimes()) {
            return e;
        }
        IASTAppendable out = F.TimesAlloc(((IAST) e).argSize());
        for (IExpr f : (IAST) e) {
            out.append(presentFactor(f));
        }
        return out;
    }

    private static IExpr presentFactor(IExpr f) {
        if (!f.isPower() || !f.base().isPlus() || !f.exponent().isInteger() || !f.exponent().isNegative()) {
            return f;
        }
        Optional<Factored> fd = factor(f.base());
        if (fd.isEmpty()) {
            return f;
        }
        return F.Power(fd.get().product(), f.exponent());
    }

    // ------------------------------------------------------------------ reading, factoring, checking

    private static Optional<Factored> compute(IAST plus) {
        if (plus.argSize() > MAX_TERMS) {
            return Optional.empty();
        }
        Set<ISymbol> found = new LinkedHashSet<>();
        for (IExpr t : plus) {
            if (!collectSymbols(t, found)) {
                return Optional.empty();
            }
        }
        if (found.isEmpty() || found.size() > MAX_SYMBOLS) {
            return Optional.empty();
        }
        // read and cleared of denominators by the exact algebra's own conversions (Z[symbols], first symbol last)
        ParameterRing ring = ParameterRing.of(new ArrayList<>(found));
        GenPolynomial<BigRational> rational;
        try {
            rational = ring.toPolynomial(plus);
        } catch (AlgebraException e) {
            return Optional.empty();
        }
        java.math.BigInteger lcm = Polynomials.lcm(java.math.BigInteger.ONE, rational);
        GenPolynomial<BigInteger> p = Polynomials.scaled(ring.integerRing(), rational, lcm);
        if (p.isZERO() || p.degree() > MAX_DEGREE || p.totalDegree() > MAX_DEGREE) {
            return Optional.empty();
        }
        List<GenPolynomial<BigInteger>> factors = new ArrayList<>();
        List<Integer> powers = new ArrayList<>();
        try {
            SquarefreeAbstract<BigInteger> squarefree = SquarefreeFactory.getImplementation(BigInteger.ONE);
            FactorAbstract<BigInteger> engine = FactorFactory.getImplementation(BigInteger.ONE);
            SortedMap<GenPolynomial<BigInteger>, Long> parts = squarefree.squarefreeFactors(p);
            for (Map.Entry<GenPolynomial<BigInteger>, Long> part : parts.entrySet()) {
                if (part.getKey().isConstant()) {
                    continue;
                }
                for (GenPolynomial<BigInteger> irreducible : engine.factorsSquarefree(part.getKey())) {
                    if (irreducible.isConstant()) {
                        continue;
                    }
                    GenPolynomial<BigInteger> primitive = irreducible.abs();
                    BigInteger content = content(primitive);
                    if (!content.isONE()) {
                        primitive = primitive.divide(content);
                    }
                    factors.add(primitive);
                    powers.add(Math.toIntExact(part.getValue()));
                }
            }
        } catch (RuntimeException e) {
            // JAS refused (an unexpected ring, an overflow of its bounds): print the polynomial as it is
            return Optional.empty();
        }
        if (factors.isEmpty()) {
            return Optional.empty();
        }
        // the check: p = k * prod factor^power for an integer k, exactly
        GenPolynomial<BigInteger> product = ring.integerRing().getONE();
        for (int i = 0; i < factors.size(); i++) {
            product = product.multiply(factors.get(i).power(powers.get(i)));
        }
        BigInteger lead = p.leadingBaseCoefficient();
        BigInteger productLead = product.leadingBaseCoefficient();
        BigInteger[] qr = lead.quotientRemainder(productLead);
        if (!qr[1].isZERO() || !product.multiply(qr[0]).equals(p)) {
            return Optional.empty();
        }
        java.math.BigInteger[] lowest = lowest(qr[0].getVal(), lcm);
        IRational constant = lowest[1].equals(java.math.BigInteger.ONE) ? F.ZZ(lowest[0])
                : F.QQ(F.ZZ(lowest[0]), F.ZZ(lowest[1]));
        if (factors.size() == 1 && powers.get(0) == 1 && constant.abs().isOne()) {
            return Optional.empty();
        }
        List<Power> out = new ArrayList<>();
        java.math.BigInteger one = java.math.BigInteger.ONE;
        for (int i = 0; i < factors.size(); i++) {
            out.add(new Power(ring.toExpr(Polynomials.rational(ring.jasRing(), factors.get(i), one, one)),
                    powers.get(i)));
        }
        return Optional.of(new Factored(constant, out));
    }

    private static java.math.BigInteger[] lowest(java.math.BigInteger p, java.math.BigInteger q) {
        java.math.BigInteger g = p.gcd(q);
        return new java.math.BigInteger[] {p.divide(g), q.divide(g)};
    }

    private static BigInteger content(GenPolynomial<BigInteger> p) {
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        for (Monomial<BigInteger> m : p) {
            g = g.gcd(m.coefficient().getVal());
        }
        return new BigInteger(g);
    }

    /** The symbols of the monomial t into found; false when t is not a monomial with a rational coefficient. */
    private static boolean collectSymbols(IExpr t, Set<ISymbol> found) {
        if (t instanceof IRational) {
            return true;
        }
        if (t instanceof ISymbol s) {
            if (s.isBuiltInSymbol()) {
                return false;
            }
            found.add(s);
            return true;
        }
        if (t.isPower()) {
            return t.base() instanceof ISymbol && t.exponent() instanceof IInteger k && k.isPositive()
                    && k.toIntDefault(Integer.MAX_VALUE) <= MAX_DEGREE
                    && collectSymbols(t.base(), found);
        }
        if (t.isTimes()) {
            for (IExpr f : (IAST) t) {
                if (f.isTimes() || f.isPlus() || !collectSymbols(f, found)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}

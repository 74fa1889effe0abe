package org.kolmo.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kolmo.algebra.FactoredDenominators;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IReal;

/**
 * A product read the way it is printed: a sign, the factors above the fraction bar and the factors below it, each
 * list in the {@link Notation#factorOrder() factor order}. Both the LaTeX printer and the plain-text writer print
 * products from this one reading, so they agree on signs and on what goes into a denominator.
 *
 * <ul>
 * <li>A numeric coefficient p/q puts |p| (unless 1) first in the numerator and q (unless 1) first in the denominator;
 * its sign becomes {@link #negative()}. An imaginary coefficient k·i becomes k and the factor i.</li>
 * <li>A power with a negative numeric exponent x^(-n) goes to the denominator as x^n (x alone when n = 1); e^(-n)
 * stays an exponential.</li>
 * <li>A polynomial sum raised to a negative integer power goes to the denominator factored into irreducibles
 * ({@link FactoredDenominators}; its content joins the numeric coefficient, each factor leads with a positive
 * term): (g^4 + 4 g^2 + 4)^(-1) reads as 1/(g^2 + 2)^2. Numerators stay as they are.</li>
 * <li>A sum factor whose leading term (in the {@link Notation#termOrder() term order}) is negative is negated and
 * the sign moved to the front: (-Y1 + g Y2)/ε² reads as -(Y1 - g Y2)/ε². For a power of such a sum this happens
 * when the exponent is an integer, and the sign moves only for odd ones. A sum on its own is never turned round.</li>
 * </ul>
 *
 * @param negative    whether a minus sign goes in front of the whole
 * @param numerator   factors above the bar; empty means 1
 * @param denominator factors below the bar; empty means there is no fraction
 */
public record Quotient(boolean negative, List<IExpr> numerator, List<IExpr> denominator) {
    public Quotient {
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
    }

    /**
     * The product {@code e} (any expression; a non-product is a product of one factor) read under {@code n}, with
     * sums turned round as described in the class comment. For display.
     */
    public static Quotient of(IExpr e, Notation n) {
        return read(e, n, true);
    }

    /**
     * As {@link #of}, but sum factors stay as they are. Symja does not undo the turning when it reads
     * {@code -(x - 1)^3} back (it keeps {@code -(-1+x)^3} apart from {@code (1-x)^3}), so text that must read back
     * as the same expression uses this reading.
     */
    public static Quotient withoutTurning(IExpr e, Notation n) {
        return read(e, n, false);
    }

    private static Quotient read(IExpr e, Notation n, boolean turnSums) {
        List<IExpr> factors = new ArrayList<>();
        INumber coefficient = F.C1;
        for (IExpr f : n.factors(e)) {
            if (f.isNumber()) {
                coefficient = coefficient.times((INumber) f);
            } else {
                factors.add(f);
            }
        }
        if (coefficient instanceof IRational) {
            coefficient = factorDenominators(factors, (IRational) coefficient, n);
        }
        if (!(coefficient instanceof IReal) && coefficient.re().isZero()) {
            factors.add(0, F.CI);
            coefficient = coefficient.im();
        }
        boolean negative = false;
        if (coefficient instanceof IReal r && isNegative(r)) {
            negative = true;
            coefficient = r.negate();
        }
        if (turnSums && !e.isPlus()) {
            for (int i = 0; i < factors.size(); i++) {
                IExpr f = factors.get(i);
                if (f.isPlus() && leadsNegative(f, n)) {
                    factors.set(i, negateSum(f));
                    negative = !negative;
                } else if (f.isPower() && f.base().isPlus() && f.exponent().isInteger() && leadsNegative(f.base(), n)) {
                    factors.set(i, F.Power(negateSum(f.base()), f.exponent()));
                    if (((IInteger) f.exponent()).isOdd()) {
                        negative = !negative;
                    }
                }
            }
        }
        List<IExpr> num = new ArrayList<>();
        List<IExpr> den = new ArrayList<>();
        if (coefficient instanceof IRational q) {
            IInteger[] pq = normalized(q);
            if (!pq[0].abs().isOne()) {
                num.add(pq[0].abs());
            }
            if (!pq[1].isOne()) {
                den.add(pq[1]);
            }
        } else if (!coefficient.isOne()) {
            num.add(coefficient);
        }
        for (IExpr f : factors) {
            if (f.isPower() && !f.base().isE() && isNegative(f.exponent())) {
                IReal x = (IReal) f.exponent();
                IReal positive = x.negate();
                den.add(positive.isOne() ? f.base() : F.Power(f.base(), positive));
            } else {
                num.add(f);
            }
        }
        return new Quotient(negative, num, den);
    }

    /**
     * Replaces, in {@code factors}, every power of a polynomial sum with a negative integer exponent by the powers of
     * its irreducible factors ({@link FactoredDenominators}), each factor's sign chosen so that its leading term in
     * the term order of {@code n} is positive; the constant and the signs go into the coefficient, which is returned.
     * The list is sorted again in the factor order.
     */
    private static INumber factorDenominators(List<IExpr> factors, IRational coefficient, Notation n) {
        boolean changed = false;
        IRational c = coefficient;
        List<IExpr> out = new ArrayList<>();
        for (IExpr f : factors) {
            if (!f.isPower() || !f.base().isPlus() || !(f.exponent() instanceof IInteger k) || !k.isNegative()) {
                out.add(f);
                continue;
            }
            Optional<FactoredDenominators.Factored> fd = FactoredDenominators.factor(f.base());
            if (fd.isEmpty()) {
                out.add(f);
                continue;
            }
            int m = k.negate().toIntDefault();
            if (m <= 0) {
                out.add(f);
                continue;
            }
            changed = true;
            IRational constant = fd.get().constant();
            for (FactoredDenominators.Power p : fd.get().factors()) {
                IExpr base = p.factor();
                int power = m * p.power();
                if (base.isPlus() && leadsNegative(base, n)) {
                    // f^(-power) = (-1)^power (-f)^(-power)
                    base = negateSum(base);
                    if (power % 2 != 0) {
                        c = c.negate();
                    }
                }
                out.add(F.Power(base, F.ZZ(-power)));
            }
            // (constant * ...)^(-m): the constant^m divides the coefficient
            c = c.divideBy(constant.powerRational(m));
        }
        if (!changed) {
            return coefficient;
        }
        out.sort(n.factorOrder());
        factors.clear();
        factors.addAll(out);
        return c;
    }

    /**
     * True when {@code e} is a real number below zero. Symja can hold a rational with a negative denominator (it
     * makes 1/(-8) in some products) and then reports the wrong sign itself, so rationals are judged by their parts.
     */
    public static boolean isNegative(IExpr e) {
        if (e instanceof IRational q) {
            return q.numerator().complexSign() * q.denominator().complexSign() < 0;
        }
        return e instanceof IReal r && r.isNegative();
    }

    /** Numerator and denominator of {@code q} with the sign on the numerator and a positive denominator. */
    public static IInteger[] normalized(IRational q) {
        IInteger p = q.numerator();
        IInteger d = q.denominator();
        return d.isNegative() ? new IInteger[] {p.negate(), d.negate()} : new IInteger[] {p, d};
    }

    /** The same quotient without its sign. */
    public Quotient abs() {
        return new Quotient(false, numerator, denominator);
    }

    /** True when the numeric factors of the term {@code t} multiply to a negative number (or to -k·i). */
    public static boolean hasNegativeCoefficient(IExpr t) {
        INumber c = coefficient(t);
        if (c instanceof IReal r) {
            return isNegative(r);
        }
        IReal re = c.re();
        return isNegative(re) || (re.isZero() && isNegative(c.im()));
    }

    /** The term {@code t} with its sign changed, built without evaluation. */
    public static IExpr negateTerm(IExpr t) {
        if (t.isNumber()) {
            return ((INumber) t).negate();
        }
        if (t.isTimes()) {
            IAST times = (IAST) t;
            INumber c = F.CN1;
            List<IExpr> rest = new ArrayList<>();
            for (IExpr f : times) {
                if (f.isNumber()) {
                    c = c.times((INumber) f);
                } else {
                    rest.add(f);
                }
            }
            if (!c.isOne()) {
                rest.add(0, c);
            }
            return product(rest);
        }
        return F.Times(F.CN1, t);
    }

    /** {@code t} with a negative numeric coefficient made positive; other terms unchanged. */
    static IExpr abs(IExpr t) {
        return hasNegativeCoefficient(t) ? negateTerm(t) : t;
    }

    private static INumber coefficient(IExpr t) {
        if (t.isNumber()) {
            return (INumber) t;
        }
        INumber c = F.C1;
        if (t.isTimes()) {
            for (IExpr f : (IAST) t) {
                if (f.isNumber()) {
                    c = c.times((INumber) f);
                }
            }
        }
        return c;
    }

    /**
     * True when the sum {@code sum} begins (in the term order of {@code n}) with a negative term, so that a product
     * containing it prints it turned round.
     */
    public static boolean leadsNegative(IExpr sum, Notation n) {
        return hasNegativeCoefficient(n.terms(sum).get(0));
    }

    /**
     * The product {@code e} with every sum factor that leads with a negative term negated and the sign moved to the
     * numeric coefficient: -4 (-c - g) (c g - k m) becomes 4 (c + g) (c g - k m). Unevaluated, for display by
     * printers that keep sums as they are.
     */
    public static IExpr turned(IExpr e, Notation n) {
        if (!e.isTimes()) {
            return e;
        }
        IASTAppendable out = F.TimesAlloc(((IAST) e).argSize() + 1);
        boolean negative = false;
        for (IExpr f : (IAST) e) {
            if (f.isPlus() && leadsNegative(f, n)) {
                out.append(negateSum(f));
                negative = !negative;
            } else {
                out.append(f);
            }
        }
        if (!negative) {
            return out;
        }
        for (int i = 1; i <= out.argSize(); i++) {
            if (out.get(i).isNumber()) {
                out.set(i, ((INumber) out.get(i)).negate());
                return out;
            }
        }
        out.append(0, F.CN1);
        return out;
    }

    private static IExpr negateSum(IExpr sum) {
        IAST plus = (IAST) sum;
        IASTAppendable out = F.PlusAlloc(plus.argSize());
        for (IExpr t : plus) {
            out.append(negateTerm(t));
        }
        return out;
    }

    private static IExpr product(List<IExpr> factors) {
        if (factors.isEmpty()) {
            return F.C1;
        }
        if (factors.size() == 1) {
            return factors.get(0);
        }
        IASTAppendable out = F.TimesAlloc(factors.size());
        factors.forEach(out::append);
        return out;
    }
}

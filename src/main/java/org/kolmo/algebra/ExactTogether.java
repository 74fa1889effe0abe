package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * An exact replacement for Symja's {@code Together}, which in Symja 3.0.0 returns wrong fractions for some sums of
 * rational functions (Together of ((g - a x)/(2 + g^2))^2 + ((2 + a g x)/(2 + g^2))^2 is 113/180 instead of 17/36
 * at g = 2, a = x = 1): the expression is read into a {@link RationalFunctionField} over its symbols, where JAS
 * keeps every intermediate result as one fraction in lowest terms by exact polynomial GCDs, and is written back as
 * one fraction c·N/D (N expanded, D as a product of powers of the denominators the expression was written
 * with, or of their common factors).
 *
 * <p>Subexpressions that are not rational in the symbols are atoms, extra generators of the field: sin x, e^x, x^a
 * and roots. The radicand of a root is brought into this normal form first (so that sqrt(1/x + 1/y) and
 * sqrt((x + y)/(x y)) are one atom), other functions' arguments are left as Symja evaluated them. Expressions
 * without a denominator are only expanded. Expressions with floating-point or complex numbers outside the atoms,
 * which the field does not hold, are left to Symja's Together.
 */
public final class ExactTogether {
    private ExactTogether() {
    }

    /** e as one fraction in lowest terms; lists element by element. */
    public static IExpr together(IExpr e) {
        if (e.isList()) {
            List<IExpr> out = new ArrayList<>();
            for (IExpr x : (IAST) e) {
                out.add(together(x));
            }
            return F.List(out.toArray(new IExpr[0]));
        }
        IExpr prepared = eval(normalizeRadicands(e));
        if (!exactSkeleton(prepared)) {
            return eval(F.Together(prepared));
        }
        if (!hasDenominator(prepared)) {
            return eval(F.Expand(prepared));
        }
        Set<ISymbol> found = new LinkedHashSet<>();
        symbols(prepared, found);
        List<ISymbol> symbols = new ArrayList<>(found);
        symbols.sort(Comparator.comparing(ISymbol::toString));
        try {
            RationalFunctionField field = RationalFunctionField.of(symbols, List.of(prepared), List.of(), List.of(),
                    true);
            Quotient<BigInteger> q = field.fromExpr(prepared);
            List<IExpr> denominators = new ArrayList<>();
            denominators(prepared, denominators);
            return field.toFraction(q, denominators);
        } catch (RationalFunctionField.NotRational ex) {
            return eval(F.Together(prepared));
        }
    }

    /**
     * e evaluated in the session (a Symja message becomes a {@link org.kolmo.cas.CasException}) and brought to one
     * fraction: the exact replacement of {@code cas.evaluate(F.Together(e))} for Java code outside the rules.
     */
    public static IExpr evaluate(IExpr e) {
        return together(CasSession.get().evaluate(e));
    }

    /**
     * Whether the rules (one solution of Symja's Solve) satisfy the equations, decided exactly when the equations
     * with the rules put in are rational functions of their symbols; null when they are not (roots or functions, whose
     * relations the exact normal form may not see), so that a nonzero residue would prove nothing.
     */
    public static Boolean isSolution(List<IExpr> equations, IExpr rules) {
        for (IExpr eq : equations) {
            IExpr difference = eq.isAST(org.matheclipse.core.expression.S.Equal, 3)
                    ? F.Subtract(eq.first(), eq.second()) : eq;
            IExpr residue = eval(F.ReplaceAll(difference, rules));
            if (!residue.isFree(x -> x.isPower() && !x.exponent().isInteger() || x.isNumber() && !(x instanceof IRational)
                    || x.isAST() && !rationalOperation(x), false)) {
                return null;
            }
            if (!together(residue).isZero()) {
                return false;
            }
        }
        return true;
    }

    private static IExpr eval(IExpr e) {
        return CasSession.get().evaluateNested(e);
    }

    /** Whether e is a plus, a product or an integer power: the operations the field reads through. */
    private static boolean rationalOperation(IExpr e) {
        return e.isPlus() || e.isTimes() || e.isPower() && e.exponent().isInteger();
    }

    /** e with the radicand of every root (x^(p/q)) outside other functions in normal form. */
    private static IExpr normalizeRadicands(IExpr e) {
        if (rationalOperation(e)) {
            IASTMutable copy = ((IAST) e).copy();
            for (int i = 1; i < copy.size(); i++) {
                copy.set(i, normalizeRadicands(copy.get(i)));
            }
            return copy;
        }
        if (e.isPower() && e.exponent() instanceof IRational && !e.base().isNumber()) {
            return F.Power(together(e.base()), e.exponent());
        }
        return e;
    }

    /** True when the numbers outside the atoms are all rational (no 0.5, no complex I). */
    private static boolean exactSkeleton(IExpr e) {
        if (e.isNumber()) {
            return e instanceof IRational;
        }
        if (rationalOperation(e)) {
            for (IExpr x : (IAST) e) {
                if (!exactSkeleton(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when some factor has a negative exponent and a base that is not a number. */
    private static boolean hasDenominator(IExpr e) {
        if (e.isPower() && !e.base().isNumber() && e.exponent().isNumber() && e.exponent().isNegative()) {
            return true;
        }
        if (e.isPower() && e.base().isNumber() && e.exponent().isNumber() && !e.exponent().isInteger()
                && e.exponent().isNegative()) {
            return true; // 1/sqrt(2)
        }
        if (rationalOperation(e)) {
            for (IExpr x : (IAST) e) {
                if (hasDenominator(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reciprocals of the factors with negative exponents, the denominators e was written with. */
    private static void denominators(IExpr e, List<IExpr> out) {
        if (e.isPower() && e.exponent().isNumber() && e.exponent().isNegative()) {
            out.add(eval(F.Power(e.base(), e.exponent().negate())));
        }
        if (rationalOperation(e)) {
            for (IExpr x : (IAST) e) {
                denominators(x, out);
            }
        }
    }

    /**
     * The field's variables: the symbols that occur outside the atoms, and those in the radicands of roots. The
     * latter are needed when the fraction is written: Symja then reduces the powers of the roots (sqrt(a)^2 = a,
     * sqrt((y^2 + 1)^3)^2 = (y^2 + 1)^3), and the reduced fraction is read back into the field, where the factors
     * that the reduction brought out cancel against the denominator. A field without a (a symbol only under
     * sqrt(a)) cannot read the reduced fraction back, and the fraction was left as JAS saw it, with the roots as
     * independent generators: 2 a y (y^6 + 3 y^4 + 3 y^2 + 1)/(y^2 + 1)^3 - 3 a y/(y^2 + 1)^3 - ... instead of a y.
     */
    private static void symbols(IExpr e, Set<ISymbol> out) {
        if (e instanceof ISymbol s) {
            out.add(s);
        } else if (rationalOperation(e)) {
            for (IExpr x : (IAST) e) {
                symbols(x, out);
            }
        } else if (e.isPower() && e.exponent() instanceof IRational) {
            symbols(e.base(), out);
        }
    }
}

package org.kolmo.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Exact equality of symbolic results as rational functions of their user symbols (radicals as atoms). */
public final class Exact {
    private Exact() {
    }

    public static boolean same(IExpr a, IExpr b) {
        Set<ISymbol> symbols = new LinkedHashSet<>();
        collect(a, symbols);
        collect(b, symbols);
        RationalFunctionField f = RationalFunctionField.of(new ArrayList<>(symbols), List.of(a, b), List.of(),
                new ArrayList<>(symbols));
        return f.same(a, b);
    }

    /**
     * Equality of expressions with square roots, whose atoms {@link #same} takes by their form: a sqrt(P)/(Q P) and
     * a/(Q sqrt(P)) (which Symja makes of it when P is printed as a factor of its own and read back) are the same
     * value but not the same rational function of the atom sqrt(P). Equal when {@link #same}, or when their squares
     * are the same (roots squared away) and their signs agree at a positive rational point.
     */
    public static boolean sameValue(IExpr a, IExpr b) {
        if (same(a, b)) {
            return true;
        }
        org.kolmo.cas.CasSession cas = org.kolmo.cas.CasSession.get();
        // squared, not expanded: the powers of the roots reduce on evaluation, and the exact field does the rest
        // (Symja's Expand of a long squared coefficient costs seconds)
        IExpr a2 = cas.evaluateNested(org.matheclipse.core.expression.F.Sqr(a));
        IExpr b2 = cas.evaluateNested(org.matheclipse.core.expression.F.Sqr(b));
        if (!same(a2, b2)) {
            return false;
        }
        Set<ISymbol> symbols = new LinkedHashSet<>();
        collect(a, symbols);
        collect(b, symbols);
        List<IExpr> rules = new ArrayList<>();
        int k = 0;
        for (ISymbol x : symbols) {
            rules.add(org.matheclipse.core.expression.F.Rule(x, org.matheclipse.core.expression.F.QQ(7 + 3 * k++, 5)));
        }
        IExpr at = org.matheclipse.core.expression.F.List(rules.toArray(new IExpr[0]));
        double va = cas.evaluateNested(org.matheclipse.core.expression.F.N(
                org.matheclipse.core.expression.F.ReplaceAll(a, at))).evalf();
        double vb = cas.evaluateNested(org.matheclipse.core.expression.F.N(
                org.matheclipse.core.expression.F.ReplaceAll(b, at))).evalf();
        return Math.signum(va) == Math.signum(vb);
    }

    public static void assertSameValue(IExpr expected, IExpr actual, String what) {
        assertTrue(sameValue(expected, actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    public static void assertSameValue(List<IExpr> expected, List<IExpr> actual, String what) {
        assertTrue(expected.size() == actual.size(), what + ": sizes differ");
        for (int i = 0; i < expected.size(); i++) {
            assertSameValue(expected.get(i), actual.get(i), what + "[" + i + "]");
        }
    }

    public static void assertSame(IExpr expected, IExpr actual, String what) {
        assertTrue(same(expected, actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    public static void assertSame(List<IExpr> expected, List<IExpr> actual, String what) {
        assertTrue(expected.size() == actual.size(), what + ": sizes differ");
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), what + "[" + i + "]");
        }
    }

    /** Adds the user symbols of {@code e} to {@code out}. */
    public static void collect(IExpr e, Set<ISymbol> out) {
        if (Symbols.isUser(e)) {
            out.add((ISymbol) e);
        } else if (e.isAST()) {
            for (IExpr x : (IAST) e) {
                collect(x, out);
            }
        }
    }
}

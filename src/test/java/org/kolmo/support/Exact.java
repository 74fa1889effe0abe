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

    public static void assertSame(IExpr expected, IExpr actual, String what) {
        assertTrue(same(expected, actual), () -> what + ": expected " + expected + " but was " + actual);
    }

    public static void assertSame(List<IExpr> expected, List<IExpr> actual, String what) {
        assertTrue(expected.size() == actual.size(), what + ": sizes differ");
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), what + "[" + i + "]");
        }
    }

    private static void collect(IExpr e, Set<ISymbol> out) {
        if (Symbols.isUser(e)) {
            out.add((ISymbol) e);
        } else if (e.isAST()) {
            for (IExpr x : (IAST) e) {
                collect(x, out);
            }
        }
    }
}

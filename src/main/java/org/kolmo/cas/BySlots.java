package org.kolmo.cas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Symja operations whose result does not depend on the user's names. Symja orders symbols by name, and the form it
 * returns follows that order: which factor of a product carries the sign, which denominators Together splits,
 * how √n/√d combines with a rational factor. Done on slot symbols that only number the given symbols (in the order
 * of declaration) and mapped back, the result depends on that order alone.
 */
public final class BySlots {
    private BySlots() {
    }

    /** {@code operation} applied to {@code e} with {@code symbols} replaced by slots, and put back afterwards. */
    public static IExpr apply(IExpr e, List<? extends IExpr> symbols, UnaryOperator<IExpr> operation) {
        if (symbols.isEmpty()) {
            return operation.apply(e);
        }
        Map<IExpr, IExpr> to = slots(symbols);
        Map<IExpr, IExpr> from = new LinkedHashMap<>();
        to.forEach((k, v) -> from.put(v, k));
        return F.subst(operation.apply(F.subst(e, to)), from);
    }

    /** {@code e} with {@code symbols} replaced by their slots: a key for orders that must not read names. */
    public static IExpr slotted(IExpr e, List<? extends IExpr> symbols) {
        return symbols.isEmpty() ? e : F.subst(e, slots(symbols));
    }

    private static Map<IExpr, IExpr> slots(List<? extends IExpr> symbols) {
        Map<IExpr, IExpr> to = new LinkedHashMap<>();
        for (IExpr s : symbols) {
            if (s instanceof ISymbol && !to.containsKey(s)) {
                to.put(s, Symbols.internal(String.format("slot%04d", to.size())));
            }
        }
        return to;
    }
}

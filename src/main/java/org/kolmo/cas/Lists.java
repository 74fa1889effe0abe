package org.kolmo.cas;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Conversions between Java lists and Symja's {@code List(...)} expressions, the terms of a sum and the factors of a
 * product.
 */
public final class Lists {
    private Lists() {
    }

    public static IAST vector(List<? extends IExpr> entries) {
        return F.List(entries.toArray(new IExpr[0]));
    }

    public static IAST matrix(List<? extends List<? extends IExpr>> rows) {
        IExpr[] out = new IExpr[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vector(rows.get(i));
        }
        return F.List(out);
    }

    /** The entries of a Symja list; a {@link CasException} when {@code e} is not a list of the expected length. */
    public static List<IExpr> toVector(IExpr e, int expectedLength, String what) {
        if (!e.isList() || e.argSize() != expectedLength) {
            throw new CasException(CasErrorCode.BAD_RESULT, what, expectedLength, e);
        }
        List<IExpr> out = new ArrayList<>(expectedLength);
        for (int i = 1; i <= expectedLength; i++) {
            out.add(((IAST) e).get(i));
        }
        return List.copyOf(out);
    }

    /** The terms of a sum; a single term when e is not a sum, none when it is zero. */
    public static List<IExpr> terms(IExpr e) {
        List<IExpr> out = new ArrayList<>();
        if (e.isPlus()) {
            for (IExpr t : (IAST) e) {
                out.add(t);
            }
        } else if (!e.isZero()) {
            out.add(e);
        }
        return out;
    }

    /**
     * The factors of a product, in Symja's order; {@code e} alone when it is not a product (a power stays one
     * factor: callers that want its base take it themselves).
     */
    public static List<IExpr> factors(IExpr e) {
        List<IExpr> out = new ArrayList<>();
        if (e.isTimes()) {
            for (IExpr f : (IAST) e) {
                out.add(f);
            }
        } else {
            out.add(e);
        }
        return out;
    }
}

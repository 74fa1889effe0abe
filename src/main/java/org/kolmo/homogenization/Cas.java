package org.kolmo.homogenization;

import java.util.List;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Short forms of the symbolic operations this package uses, all evaluated in the one {@link CasSession}. */
final class Cas {
    private Cas() {
    }

    static IExpr eval(IExpr e) {
        return CasSession.get().evaluate(e);
    }

    static IExpr expand(IExpr e) {
        return eval(F.Expand(e));
    }

    static IExpr d(IExpr e, ISymbol x) {
        return e.isFree(x) ? F.C0 : eval(F.D(e, x));
    }

    static boolean isFree(IExpr e, List<? extends IExpr> symbols) {
        for (IExpr s : symbols) {
            if (!e.isFree(s)) {
                return false;
            }
        }
        return true;
    }
}

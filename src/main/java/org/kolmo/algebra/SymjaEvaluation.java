package org.kolmo.algebra;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.interfaces.IExpr;

/** Brings converted results into Symja's canonical form, in the engine of the one {@link CasSession}. */
final class SymjaEvaluation {
    private SymjaEvaluation() {
    }

    static IExpr eval(IExpr e) {
        return CasSession.get().evaluateNested(e);
    }
}

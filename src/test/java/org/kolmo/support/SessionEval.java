package org.kolmo.support;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Evaluation for tests, in the engine of the one {@link CasSession}: a test must never create its own Symja
 * evaluator, which would start a second symbol table and break the session's rules for the tests that follow.
 */
public final class SessionEval {
    /** Evaluates like Symja itself: its messages (1/0 and the like) are not turned into errors here. */
    public IExpr eval(IExpr e) {
        return CasSession.get().evaluateNested(e);
    }

    /** Parses source text with Symja's parser; only for text without user names. */
    public IExpr eval(String source) {
        return CasSession.get().evaluateSource(source);
    }

    public double evalf(IExpr e) {
        return CasSession.get().evaluateNested(F.N(e)).evalf();
    }
}

package org.kolmo.algebra;

import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

/** One Symja evaluator per thread, used only to bring converted results into Symja's canonical form. */
final class SymjaEvaluation {
    // Symja engines are not thread-safe; one per thread keeps the conversions usable from parallel tests.
    private static final ThreadLocal<ExprEvaluator> EVALUATOR =
            ThreadLocal.withInitial(() -> new ExprEvaluator(false, (short) 100));

    private SymjaEvaluation() {
    }

    static IExpr eval(IExpr e) {
        return EVALUATOR.get().eval(e);
    }
}

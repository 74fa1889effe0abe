package org.kolmo.numeric;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.IExpr;

/** Expressions as a user reads them in messages: every symbol by the name the user (or the derivation) gave it. */
final class ExpressionText {
    private ExpressionText() {
    }

    static String of(IExpr e) {
        return Symbols.readable(e);
    }
}

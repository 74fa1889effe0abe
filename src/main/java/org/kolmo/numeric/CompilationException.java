package org.kolmo.numeric;

import org.matheclipse.core.interfaces.IExpr;

/** An expression, or a part of one, that {@link ExpressionCompiler} cannot turn into real arithmetic. */
public final class CompilationException extends NumericException {
    private static final long serialVersionUID = 1L;
    private final transient IExpr offending;

    CompilationException(NumericErrorCode code, IExpr offending, Object... args) {
        super(code, args);
        this.offending = offending;
    }

    /** The smallest subexpression the compiler rejected. */
    public IExpr offendingExpression() {
        return offending;
    }
}

package org.kolmo.cas;

import java.util.Locale;
import java.util.function.Function;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.interfaces.AbstractFunctionEvaluator;
import org.matheclipse.core.expression.BuiltInSymbol;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Java functions made callable from the rule files, for what rules do badly (exact polynomial linear algebra,
 * Lyapunov solves, Gaussian moments). A registered name resolves like a built-in when rule files are parsed.
 *
 * <p>An implementation returns null when its arguments do not fit, which leaves the call unevaluated (and
 * {@link CasSession#call} then reports that no rule matched); errors it throws reach the caller as a
 * {@link CasException} naming the step.
 */
public final class JavaFunctions {
    /**
     * Symja numbers its own built-ins; ours share one ordinal past the end of that range, which only Symja's
     * internal dispatch tables would read, and they never see these symbols.
     */
    private static final int ORDINAL = Integer.MAX_VALUE;

    private JavaFunctions() {
    }

    /** Makes {@code name} (by convention {@code Ko...}) a function of the rule language. */
    public static synchronized ISymbol register(String name, Function<IAST, IExpr> implementation) {
        Symbols.init();
        BuiltInSymbol symbol = new BuiltInSymbol(name, ORDINAL);
        symbol.setEvaluator(new AbstractFunctionEvaluator() {
            @Override
            public IExpr evaluate(IAST ast, EvalEngine engine) {
                IExpr result = implementation.apply(ast);
                return result == null ? F.NIL : result;
            }
        });
        // Symja's parser resolves names through the System context; Java callers go through the same map
        String key = name.toLowerCase(Locale.ROOT);
        Context.SYSTEM.put(key, symbol);
        Context.PREDEFINED_SYMBOLS_MAP.put(key, symbol);
        return symbol;
    }
}

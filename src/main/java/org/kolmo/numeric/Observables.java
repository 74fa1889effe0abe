package org.kolmo.numeric;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Named functions of the state whose mean and covariance a Monte Carlo run estimates, compiled together (so that
 * shared subexpressions such as x*y in x*y and x*y*z are computed once per sample).
 */
public final class Observables {
    private final List<String> names;
    private final CompiledBoundFunction function;

    private Observables(List<String> names, CompiledBoundFunction function) {
        this.names = List.copyOf(names);
        this.function = function;
    }

    /**
     * Observables given as expressions of the model's variables and parameters.
     *
     * @param names       labels for reports, one per expression
     * @param expressions the observables
     */
    public static Observables of(CompiledSde sde, List<String> names, List<? extends IExpr> expressions) {
        if (names.size() != expressions.size()) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "observable names", names.size(),
                    expressions.size());
        }
        return new Observables(names, sde.compileExpressions(expressions));
    }

    /** The variables themselves. */
    public static Observables variables(CompiledSde sde) {
        List<IExpr> expressions = new ArrayList<>(sde.model().variableSymbols());
        return new Observables(sde.variableNames(), sde.compileExpressions(expressions));
    }

    /** The variables and all their products x_i x_j (i ≤ j), named like {@code x} and {@code x*y}. */
    public static Observables firstAndSecondMoments(CompiledSde sde) {
        List<ISymbol> x = sde.model().variableSymbols();
        List<String> names = new ArrayList<>(sde.variableNames());
        List<IExpr> expressions = new ArrayList<>(x);
        for (int i = 0; i < x.size(); i++) {
            for (int j = i; j < x.size(); j++) {
                names.add(sde.variableNames().get(i) + "*" + sde.variableNames().get(j));
                expressions.add(F.Times(x.get(i), x.get(j)));
            }
        }
        return new Observables(names, sde.compileExpressions(expressions));
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Index of the observable called {@code name}, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    CompiledBoundFunction function() {
        return function;
    }
}

package org.kolmo.moments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.Monomial;
import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledBoundFunction;
import org.kolmo.numeric.ExpressionCompiler;
import org.kolmo.numeric.InputLayout;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The moment equations of orders 1..K closed by a {@link Closure}: d/dt u_i = rhs_i(u), polynomial or rational in
 * the moments u (no longer linear), with the closure's value of each moment of order above K that the hierarchy
 * needed. {@code closedMoments} is empty when the hierarchy closes by itself: the system is then the exact one.
 */
public record ClosedMomentSystem(Sde model, int order, Closure closure, List<Monomial> moments, List<String> names,
        List<IExpr> rhs, Map<String, IExpr> closedMoments, List<IExpr> initialValues) {

    public ClosedMomentSystem {
        moments = List.copyOf(moments);
        names = List.copyOf(names);
        rhs = List.copyOf(rhs);
        closedMoments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(closedMoments));
        initialValues = initialValues == null ? null : List.copyOf(initialValues);
    }

    public int size() {
        return moments.size();
    }

    public List<ISymbol> symbols() {
        return names.stream().map(org.kolmo.cas.Symbols::internal).toList();
    }

    /** The right sides compiled for floating point, d/dt u = f(u), at the parameter values given. */
    public CompiledBoundFunction compiledRhs(Map<ISymbol, Double> parameterValues) {
        List<ISymbol> params = new ArrayList<>(parameterValues.keySet());
        double[] values = new double[params.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameterValues.get(params.get(i));
        }
        return new ExpressionCompiler(InputLayout.of(symbols(), params))
                .compileBound(rhs, values);
    }

    /** True when some moment above K had to be closed. */
    public boolean closureUsed() {
        return !closedMoments.isEmpty();
    }
}

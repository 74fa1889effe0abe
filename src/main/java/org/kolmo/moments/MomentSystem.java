package org.kolmo.moments;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.Monomial;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A closed linear system of moment equations u' = F u + h (seed 003, eqs. 3-6 in their general form), with the
 * moments u = E[x^a] named as in the seed ({@code m_x}, {@code p_xy}) and their values at t = 0 when the model gives
 * initial values (a deterministic start: E[x^a](0) = x(0)^a).
 */
public record MomentSystem(Sde model, int order, List<Monomial> moments, List<String> names,
        List<List<IExpr>> matrix, List<IExpr> constant, List<IExpr> initialValues) {

    public MomentSystem {
        moments = List.copyOf(moments);
        names = List.copyOf(names);
        List<List<IExpr>> rows = new ArrayList<>();
        matrix.forEach(r -> rows.add(List.copyOf(r)));
        matrix = List.copyOf(rows);
        constant = List.copyOf(constant);
        initialValues = initialValues == null ? null : List.copyOf(initialValues);
    }

    public int size() {
        return moments.size();
    }

    public List<ISymbol> symbols() {
        return names.stream().map(org.kolmo.cas.Symbols::internal).toList();
    }

    public int indexOf(String momentName) {
        return names.indexOf(momentName);
    }

    /** True when the initial values of all moments are known. */
    public boolean hasInitialValues() {
        return initialValues != null;
    }

    /** True when the system has a constant term h. */
    public boolean isHomogeneous() {
        return constant.stream().allMatch(IExpr::isZero);
    }

    /** The subsystem of the given moment indices (rows and columns), e.g. one decoupled block. */
    public MomentSystem restrict(List<Integer> indices) {
        List<Monomial> m = new ArrayList<>();
        List<String> n = new ArrayList<>();
        List<List<IExpr>> f = new ArrayList<>();
        List<IExpr> h = new ArrayList<>();
        List<IExpr> u0 = initialValues == null ? null : new ArrayList<>();
        for (int i : indices) {
            m.add(moments.get(i));
            n.add(names.get(i));
            List<IExpr> row = new ArrayList<>();
            for (int j : indices) {
                row.add(matrix.get(i).get(j));
            }
            f.add(row);
            h.add(constant.get(i));
            if (u0 != null) {
                u0.add(initialValues.get(i));
            }
        }
        return new MomentSystem(model, order, m, n, f, h, u0);
    }
}

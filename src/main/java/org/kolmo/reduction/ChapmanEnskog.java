package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.Symbols;
import org.kolmo.error.Position;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The Chapman-Enskog solution of the invariance equations (Chen et al. 2025, sec. 5.5, eq. 62): the closure
 * coefficients as power series a_i = Σ_k c_{i,k} ε^k, found order by order. Because the slow row of the rescaled
 * generator vanishes at ε = 0, the equations at order ε^k are linear in the c_{·,k} once the lower orders are known
 * (with the conservation constraints they have one solution); every order is a linear solve.
 *
 * @param order        the highest order K computed
 * @param coefficients c_{i,0..K} for each unknown
 * @param series       Σ_k c_{i,k} ε^k for each unknown
 * @param rateSeries   the reduced rate ξ/τ in the original time, truncated where the series are exact
 * @param rateOrder    the highest power of ε kept in rateSeries
 * @param residualOrder the ε-order of the eliminant at the truncated series (the agreement with the exact branch:
 *                     it exceeds K)
 */
public record ChapmanEnskog(int order, List<List<IExpr>> coefficients, List<IExpr> series, IExpr rateSeries,
        int rateOrder, int residualOrder) {

    /** The same series with {@code f} applied to every expression (e.g. parameter atoms mapped back). */
    public ChapmanEnskog map(java.util.function.UnaryOperator<IExpr> f) {
        return new ChapmanEnskog(order, coefficients.stream().map(row -> row.stream().map(f).toList()).toList(),
                series.stream().map(f).toList(), f.apply(rateSeries), rateOrder, residualOrder);
    }

    /**
     * Solves the equations order by order.
     *
     * @param equations invariance equations and constraints, polynomial in ε and the unknowns
     * @throws ReductionException when an order has no solution or leaves a coefficient undetermined
     */
    static ChapmanEnskog solve(List<IExpr> equations, List<ISymbol> unknowns, ISymbol eps, IExpr slowRate,
            IExpr timeScale, IExpr eliminant, ISymbol eliminated, int order) throws ReductionException {
        CasSession cas = CasSession.get();
        int m = unknowns.size();
        List<List<IExpr>> coefficients = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            coefficients.add(new ArrayList<>());
        }
        for (int k = 0; k <= order; k++) {
            List<ISymbol> c = new ArrayList<>();
            List<IExpr> trial = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                ISymbol ci = Symbols.internal("ce_" + i + "_" + k);
                c.add(ci);
                trial.add(F.Plus(series(coefficients.get(i), eps), F.Times(ci, F.Power(eps, F.ZZ(k)))));
            }
            List<IExpr> atOrder = new ArrayList<>();
            for (IExpr e : equations) {
                IExpr substituted = substitute(e, unknowns, trial);
                IExpr ck = cas.call("Chapman-Enskog order " + k, "KoEpsCoefficient", substituted, eps, F.ZZ(k));
                if (!ck.isZero()) {
                    atOrder.add(F.Equal(ck, F.C0));
                }
            }
            IExpr solution = atOrder.isEmpty() ? F.List(F.List())
                    : cas.evaluate(F.Solve(Lists.vector(atOrder), Lists.vector(c)));
            if (!solution.isList() || solution.argSize() != 1) {
                throw ReductionException.option("--order", ReductionErrorCode.NO_SERIES, k,
                        solution.isList() && solution.argSize() == 0 ? "have no solution" : "have no unique solution");
            }
            IAST rules = (IAST) ((IAST) solution).arg1();
            if (Boolean.FALSE.equals(ExactTogether.isSolution(atOrder, rules))) {
                // Symja's Solve, like its Together, can go wrong on rational coefficients: refuse rather than print
                throw new ReductionException(ReductionErrorCode.SERIES_CHECK_FAILED, Position.none(), k);
            }
            for (int i = 0; i < m; i++) {
                IExpr value = null;
                for (int r = 1; r < rules.size(); r++) {
                    if (rules.get(r).first().equals(c.get(i))) {
                        value = ExactTogether.evaluate(rules.get(r).second());
                    }
                }
                if (value == null || !value.isFree(x -> c.contains(x), false)) {
                    throw ReductionException.option("--order", ReductionErrorCode.SERIES_UNDETERMINED, k,
                            Symbols.displayName(unknowns.get(i)));
                }
                coefficients.get(i).add(value);
            }
        }
        List<IExpr> series = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            series.add(cas.evaluate(series(coefficients.get(i), eps)));
        }
        // ξ = F_ss + F_sf·a: the slow row is O(ε), so ξ is exact through ε^(K+1)
        IExpr xi = cas.evaluate(F.Expand(substitute(slowRate, unknowns, series)));
        IExpr truncated = truncate(xi, eps, order + 1);
        IExpr rate = cas.evaluate(F.Expand(ExactTogether.evaluate(F.Divide(truncated, timeScale))));
        int tauOrder = EpsilonSeries.leading(timeScale, eps).halfOrder() / 2;
        IExpr residual = cas.evaluate(F.Expand(F.subst(eliminant, eliminated, series.get(unknowns.indexOf(eliminated)))));
        int residualOrder = Integer.MAX_VALUE;
        if (!residual.isZero()) {
            residualOrder = EpsilonSeries.leading(residual, eps).halfOrder() / 2;
        }
        List<List<IExpr>> frozen = new ArrayList<>();
        coefficients.forEach(l -> frozen.add(List.copyOf(l)));
        return new ChapmanEnskog(order, List.copyOf(frozen), List.copyOf(series), rate, order + 1 - tauOrder,
                residualOrder);
    }

    private static IExpr series(List<IExpr> c, ISymbol eps) {
        IExpr s = F.C0;
        for (int k = 0; k < c.size(); k++) {
            s = F.Plus(s, F.Times(c.get(k), F.Power(eps, F.ZZ(k))));
        }
        return s;
    }

    static IExpr substitute(IExpr e, List<ISymbol> unknowns, List<IExpr> values) {
        java.util.Map<IExpr, IExpr> map = new java.util.HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            map.put(unknowns.get(i), values.get(i));
        }
        return F.subst(e, map);
    }

    /** The terms of a polynomial in ε up to ε^k. */
    static IExpr truncate(IExpr polynomial, ISymbol eps, int k) {
        List<IExpr> c = EpsilonSeries.coefficients(polynomial, eps);
        IExpr s = F.C0;
        for (int j = 0; j <= k && j < c.size(); j++) {
            s = F.Plus(s, F.Times(c.get(j), F.Power(eps, F.ZZ(j))));
        }
        return CasSession.get().evaluate(s);
    }
}

package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.moments.ClosedOde;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Adiabatic elimination of one moment (Chen et al. 2025, sec. 2.3 and eqs. 42, 46-49): the exact closed equation
 * Σ a_i u^{(i)} = a_0 u∞ of the component (Proposition 1, eq. 45) is read in the regime, and every derivative above
 * the first is dropped, keeping the equilibrium term: a_1 u' + a_0 (u - u∞) = 0 with a_1, a_0 replaced by their
 * leading terms in ε. The reduced rate is λ̄ = -lead(a_0)/lead(a_1) (eq. 48: -6α²ε/β², i.e. -6α²/β² at ε = 1).
 *
 * <p>The truncation is justified when the dropped terms are of higher order on the slow solution e^{λ̄ t}: for every
 * i ≥ 2, ord(a_i) + i ord(λ̄) > ord(a_1) + ord(λ̄). Otherwise the regime has no separation of time scales for this
 * component and the derivation stops with the term that fails.
 *
 * @param component      the moment, e.g. p_zz
 * @param closedOde      its exact closed equation in the original parameters
 * @param scaledCoefficients a_0..a_n in the regime (original time)
 * @param truncated      the intermediate second-order equation b_0..b_2 when the closed equation has order ≥ 3 (the
 *                       third derivative dropped, eq. 46), else null
 * @param rate           λ̄ in the regime's parameters (original time), eq. 61
 * @param rateOriginal   λ̄ at ε = 1, in the model's parameters, eq. 48
 * @param equilibrium    u∞ in the regime, exact in ε (0 for a homogeneous equation)
 * @param initialValue   u(0)
 * @param solution       u∞ + (u(0) - u∞) e^{λ̄ t} in the model's parameters, eq. 49
 * @param time           the symbol t of the solution
 */
public record AdiabaticElimination(String component, ClosedOde closedOde, List<IExpr> scaledCoefficients,
        List<IExpr> truncated, IExpr rate, IExpr rateOriginal, IExpr equilibrium, IExpr initialValue,
        IExpr solution, ISymbol time) {

    /**
     * Derives the adiabatic reduction of {@code component} in {@code regime}.
     *
     * @throws ReductionException when the component does not relax (a_0 = 0 or a_1 = 0) or the regime does not
     *         separate its time scale from the others
     */
    public static AdiabaticElimination derive(MomentSystem system, String component, Regime regime)
            throws ReductionException {
        ClosedOde ode;
        try {
            ode = ClosedOde.derive(system, component, false, true);
        } catch (MomentsException e) {
            throw e;
        }
        CasSession cas = CasSession.get();
        cas.assume(regime.parameters(system.model()));
        ISymbol eps = regime.eps();
        List<IExpr> scaled = new ArrayList<>();
        for (IExpr a : ode.coefficients()) {
            scaled.add(regime.scale(a));
        }
        if (scaled.size() < 2 || scaled.get(0).isZero() || scaled.get(1).isZero()) {
            throw ReductionException.option("--keep", ReductionErrorCode.NO_EQUILIBRIUM, component,
                    scaled.size() < 2 || scaled.get(0).isZero() ? "undifferentiated" : "first-derivative");
        }
        EpsilonSeries.Leading a0;
        EpsilonSeries.Leading a1;
        try {
            a0 = EpsilonSeries.leading(scaled.get(0), eps);
            a1 = EpsilonSeries.leading(scaled.get(1), eps);
        } catch (IllegalArgumentException e) {
            throw ReductionException.option("--scale", ReductionErrorCode.NOT_RATIONAL_IN_ROOT,
                    "the coefficients of the closed equation of " + component + " are", Symbols.displayName(eps));
        }
        IExpr rate = ExactTogether.evaluate(F.Negate(F.Divide(a0.term(eps), a1.term(eps))));
        int rateOrder = a0.halfOrder() - a1.halfOrder();
        for (int i = 2; i < scaled.size(); i++) {
            if (scaled.get(i).isZero()) {
                continue;
            }
            EpsilonSeries.Leading ai = EpsilonSeries.leading(scaled.get(i), eps);
            if (ai.halfOrder() + i * rateOrder <= a1.halfOrder() + rateOrder) {
                throw ReductionException.option("--scale", ReductionErrorCode.NO_SEPARATION,
                        "for " + component + " in the regime " + regime.text()
                        + ": on the slow solution the dropped term of derivative order "
                        + i + " is of order eps^" + (ai.halfOrder() + i * rateOrder) / 2.0
                        + ", not smaller than the kept first-order term (eps^" + (a1.halfOrder() + rateOrder) / 2.0
                        + ")");
            }
        }
        List<IExpr> truncated = null;
        if (ode.order() >= 3) {
            truncated = List.copyOf(ode.coefficients().subList(0, 3));
        }
        // the equilibrium in the regime, exactly in ε: the full model's at every ε (the unscaled one is its value
        // at ε = 1 only, which would leave the reduced model an O(1) error wherever u∞ reads a scaled parameter)
        IExpr equilibrium = ode.equilibrium() == null ? F.C0 : regime.scale(ode.equilibrium());
        IExpr u0 = ode.initialDerivatives().get(0);
        IExpr rateOriginal = regime.atOne(rate);
        IExpr equilibriumOriginal = regime.atOne(equilibrium);
        ISymbol t = Symbols.internal("t");
        IExpr solution = cas.evaluate(F.Plus(equilibriumOriginal,
                F.Times(F.Subtract(u0, equilibriumOriginal), F.Exp(F.Times(rateOriginal, t)))));
        return new AdiabaticElimination(component, ode, List.copyOf(scaled), truncated, rate, rateOriginal,
                equilibrium, u0, solution, t);
    }
}

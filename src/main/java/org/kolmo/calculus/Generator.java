package org.kolmo.calculus;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The generator of an SDE, L f = b·∇f + ½ (σσ^T):∇∇f (seed 000, eqs. 26-28), taken on the Itô form of the model
 * whatever convention it was written in. Rules: {@code rules/generator.m}.
 */
public final class Generator {
    private Generator() {
    }

    /** L f for a function f of the model's variables and parameters. */
    public static IExpr apply(Sde sde, IExpr f) {
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(sde));
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        return cas.call("applying the generator of " + sde.name(), "KoGenerator", f, Lists.vector(ito.drift()),
                Lists.matrix(ito.diffusion()), Lists.vector(ito.variableSymbols()));
    }

    /** Γ(f, g) = L(fg) - f Lg - g Lf = ∇f·(σσ^T)∇g, the rate of the quadratic covariation of f(X) and g(X). */
    public static IExpr carreDuChamp(Sde sde, IExpr f, IExpr g) {
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(sde));
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        return cas.call("computing the carre du champ of " + sde.name(), "KoCarreDuChamp", f, g,
                Lists.matrix(ito.diffusion()), Lists.vector(ito.variableSymbols()));
    }
}

package org.kolmo.calculus;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The coefficients of L as a differential operator: L = Σ_i b^i ∂_i + ½ Σ_ij a^ij ∂_i ∂_j with a = σσ^T, taken
     * from the Itô form of the model.
     */
    public record Operator(Sde ito, List<IExpr> drift, List<List<IExpr>> diffusionMatrix) {
    }

    public static Operator operator(Sde sde) {
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(sde));
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        String step = "computing sigma sigma^T of " + sde.name();
        IExpr a = cas.call(step, "KoDiffusionMatrix", Lists.matrix(ito.diffusion()),
                Lists.vector(ito.variableSymbols()));
        List<List<IExpr>> rows = new ArrayList<>();
        for (IExpr row : Lists.toVector(a, sde.dimension(), step)) {
            List<IExpr> simplified = new ArrayList<>();
            for (IExpr entry : Lists.toVector(row, sde.dimension(), step)) {
                simplified.add(cas.call(step, "KoSimplify", entry));
            }
            rows.add(List.copyOf(simplified));
        }
        return new Operator(ito, ito.drift(), List.copyOf(rows));
    }
}

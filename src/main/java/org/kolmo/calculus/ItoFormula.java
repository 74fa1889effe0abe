package org.kolmo.calculus;

import java.util.List;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Itô's formula d f(X) = (L f) dt + (∇f)^T σ dW for a user-given f (seed 003, eq. 28 is its use on x², y², z²).
 * Rules: {@code rules/ito_formula.m}.
 */
public final class ItoFormula {
    private ItoFormula() {
    }

    /** The Itô differential of f(X): its dt coefficient and one coefficient per noise of the model. */
    public record Result(IExpr f, IExpr drift, List<IExpr> noise) {
    }

    public static Result apply(Sde sde, IExpr f) {
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(sde));
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        String step = "applying Ito's formula to f = " + f + " in " + sde.name();
        IExpr drift = cas.call(step, "KoItoDrift", f, Lists.vector(ito.drift()), Lists.matrix(ito.diffusion()),
                Lists.vector(ito.variableSymbols()));
        IExpr noise = cas.call(step, "KoItoNoise", f, Lists.matrix(ito.diffusion()),
                Lists.vector(ito.variableSymbols()));
        return new Result(f, drift, Lists.toVector(noise, sde.noiseCount(), step));
    }
}

package org.kolmo.calculus;

import java.util.List;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Conversion between the Itô and the Stratonovich form of an SDE (seed 000, eqs. 2-4): the diffusion stays, the drift
 * changes by c^i = ½ Σ_{j,k} ∂σ^{ij}/∂X^k σ^{kj}. Rules: {@code rules/ito_stratonovich.m}.
 */
public final class ItoStratonovich {
    private ItoStratonovich() {
    }

    /** The model in the convention {@code target}; the model itself when it is already in that convention. */
    public static Sde convert(Sde sde, Convention target) {
        return target == Convention.ITO ? toIto(sde) : toStratonovich(sde);
    }

    /** u = b - c [L 2-4]. */
    public static Sde toStratonovich(Sde sde) {
        if (sde.convention() == Convention.STRATONOVICH) {
            return sde;
        }
        return convert(Differentials.substitute(sde), "KoToStratonovich", Convention.STRATONOVICH,
                "converting " + sde.name() + " to Stratonovich form");
    }

    /** b = u + c, the inverse of {@link #toStratonovich(Sde)}. */
    public static Sde toIto(Sde sde) {
        if (sde.convention() == Convention.ITO) {
            return sde;
        }
        return convert(Differentials.substitute(sde), "KoToIto", Convention.ITO,
                "converting " + sde.name() + " to Ito form");
    }

    private static Sde convert(Sde sde, String rule, Convention target, String step) {
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        IExpr drift = cas.call(step, rule, Lists.vector(sde.drift()), Lists.matrix(sde.diffusion()),
                Lists.vector(sde.variableSymbols()));
        List<IExpr> newDrift = Lists.toVector(drift, sde.dimension(), step);
        return sde.withCoefficients(target, newDrift, sde.diffusion());
    }
}

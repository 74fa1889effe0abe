package org.kolmo.calculus;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.cas.CasSession;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Removes the dX terms of functionals (seed 000, eq. 7) by substituting the variables' own equations:
 * p·dX = p·b dt + p·σ dW. The substitution holds in both conventions (for Stratonovich, p∘dX = p·u dt + p·σ∘dW), so
 * the result is an ordinary SDE system in the model's own convention.
 */
public final class Differentials {
    private Differentials() {
    }

    public static Sde substitute(Sde sde) {
        if (!sde.hasDifferentialWeights()) {
            return sde;
        }
        CasSession cas = CasSession.get();
        int d = sde.dimension();
        int m = sde.noiseCount();
        List<IExpr> drift = new ArrayList<>(d);
        List<List<IExpr>> diffusion = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            List<IExpr> weights = sde.differentialWeights().get(i);
            IExpr b = sde.drift().get(i);
            for (int k = 0; k < d; k++) {
                b = F.Plus(b, F.Times(weights.get(k), sde.drift().get(k)));
            }
            drift.add(cas.evaluate(F.Expand(b)));
            List<IExpr> row = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                IExpr s = sde.diffusion().get(i).get(j);
                for (int k = 0; k < d; k++) {
                    s = F.Plus(s, F.Times(weights.get(k), sde.diffusion().get(k).get(j)));
                }
                row.add(cas.evaluate(F.Expand(s)));
            }
            diffusion.add(row);
        }
        return sde.withCoefficients(sde.convention(), drift, diffusion);
    }
}

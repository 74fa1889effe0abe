package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.calculus.Differentials;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The Itô form of a model with the functionals' p·dX substituted: b = u + c with c^i = ½ Σ_{j,k} ∂σ^{ij}/∂z^k σ^{kj}
 * (seed 000, eq. 4) for a Stratonovich model. The correction is formed by differentiation and expansion alone:
 * bringing it over a common denominator with Symja's Together, as the general conversion does, is not exact in
 * Symja 3.0.0 on some rational functions (Together of ((g - a x)/(2 + g^2))^2 + ((2 + a g x)/(2 + g^2))^2 is wrong),
 * and the slow-fast expansion needs no common denominator.
 */
public final class ItoForm {
    private ItoForm() {
    }

    public static Sde of(Sde model) {
        Sde sub = Differentials.substitute(model);
        if (sub.convention() == Convention.ITO) {
            return sub;
        }
        List<ISymbol> z = sub.variableSymbols();
        List<IExpr> drift = new ArrayList<>();
        for (int i = 0; i < sub.dimension(); i++) {
            List<IExpr> terms = new ArrayList<>();
            terms.add(sub.drift().get(i));
            for (int j = 0; j < sub.noiseCount(); j++) {
                IExpr sij = sub.diffusion().get(i).get(j);
                for (int k = 0; k < sub.dimension(); k++) {
                    IExpr skj = sub.diffusion().get(k).get(j);
                    if (!skj.isZero() && !sij.isFree(z.get(k))) {
                        terms.add(F.Times(F.C1D2, Cas.d(sij, z.get(k)), skj));
                    }
                }
            }
            drift.add(Cas.expand(F.Plus(terms.toArray(new IExpr[0]))));
        }
        return sub.withCoefficients(Convention.ITO, drift, sub.diffusion());
    }
}

package org.kolmo.moments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.Monomial;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Means and covariances c_ij = p_ij - m_i m_j from a moment system of order 2: c_ij' = p_ij' - m_i' m_j - m_i m_j',
 * with every p_kl replaced by c_kl + m_k m_l. For linear models with additive noise the covariances close among
 * themselves (C' = A C + C A^T + D D^T); for geometric Brownian motions the mean enters quadratically (the B P B^T
 * term of Chen et al. 2025, eq. 4), so the right sides are polynomial, not linear.
 */
public final class CentralMoments {
    private CentralMoments() {
    }

    /** Equations d/dt name = rhs, in the order m_*, then c_* (upper triangle). */
    public static Map<String, IExpr> derive(MomentSystem s) throws MomentsException {
        if (s.order() != 2) {
            throw MomentsException.option("--central", MomentsErrorCode.CENTRAL_ORDER);
        }
        CasSession cas = CasSession.get();
        List<ISymbol> u = s.symbols();
        Map<ISymbol, IExpr> substitution = new LinkedHashMap<>();
        List<Integer> means = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.moments().get(i).degree() == 1) {
                means.add(i);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            Monomial mono = s.moments().get(i);
            if (mono.degree() == 2) {
                int[] pair = pair(mono);
                IExpr product = F.Times(u.get(means.get(pair[0])), u.get(means.get(pair[1])));
                substitution.put(u.get(i), F.Plus(covariance(s, i), product));
            }
        }
        Map<String, IExpr> out = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            IExpr rhs = rhs(s, i);
            if (s.moments().get(i).degree() == 1) {
                out.put(s.names().get(i), cas.evaluate(F.Expand(substitute(rhs, substitution))));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            Monomial mono = s.moments().get(i);
            if (mono.degree() != 2) {
                continue;
            }
            int[] pair = pair(mono);
            int a = means.get(pair[0]);
            int b = means.get(pair[1]);
            IExpr dc = F.Subtract(rhs(s, i), F.Plus(F.Times(rhs(s, a), u.get(b)), F.Times(u.get(a), rhs(s, b))));
            out.put(Symbols.displayName(covariance(s, i)), cas.evaluate(F.Expand(substitute(dc, substitution))));
        }
        return out;
    }

    /**
     * Means and covariances of a closed system of order 2, the same substitution p_ij = c_ij + m_i m_j applied to its
     * (nonlinear) right sides.
     */
    public static Map<String, IExpr> derive(ClosedMomentSystem s) throws MomentsException {
        if (s.order() != 2) {
            throw MomentsException.option("--central", MomentsErrorCode.CENTRAL_ORDER);
        }
        CasSession cas = CasSession.get();
        List<ISymbol> u = s.symbols();
        List<Integer> means = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.moments().get(i).degree() == 1) {
                means.add(i);
            }
        }
        Map<ISymbol, IExpr> substitution = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.moments().get(i).degree() == 2) {
                int[] pair = pair(s.moments().get(i));
                substitution.put(u.get(i), F.Plus(Symbols.internal("c_" + s.names().get(i).substring(2)),
                        F.Times(u.get(means.get(pair[0])), u.get(means.get(pair[1])))));
            }
        }
        Map<String, IExpr> out = new LinkedHashMap<>();
        for (int i : means) {
            out.put(s.names().get(i), cas.evaluate(F.Expand(substitute(s.rhs().get(i), substitution))));
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.moments().get(i).degree() != 2) {
                continue;
            }
            int[] pair = pair(s.moments().get(i));
            int a = means.get(pair[0]);
            int b = means.get(pair[1]);
            IExpr dc = F.Subtract(s.rhs().get(i), F.Plus(F.Times(s.rhs().get(a), u.get(b)),
                    F.Times(u.get(a), s.rhs().get(b))));
            out.put("c_" + s.names().get(i).substring(2), cas.evaluate(F.Expand(substitute(dc, substitution))));
        }
        return out;
    }

    /** The symbol c_xy of the second moment p_xy. */
    private static ISymbol covariance(MomentSystem s, int i) {
        return Symbols.internal("c_" + s.names().get(i).substring(2));
    }

    /** The two variable indices of a degree-2 monomial (equal for a square). */
    private static int[] pair(Monomial m) {
        int[] e = m.exponents();
        int first = -1;
        for (int k = 0; k < e.length; k++) {
            if (e[k] == 2) {
                return new int[] {k, k};
            }
            if (e[k] == 1) {
                if (first < 0) {
                    first = k;
                } else {
                    return new int[] {first, k};
                }
            }
        }
        throw new IllegalArgumentException("not a second moment: " + m);
    }

    private static IExpr rhs(MomentSystem s, int i) {
        IExpr sum = s.constant().get(i);
        for (int j = 0; j < s.size(); j++) {
            sum = F.Plus(sum, F.Times(s.matrix().get(i).get(j), s.symbols().get(j)));
        }
        return sum;
    }

    private static IExpr substitute(IExpr e, Map<ISymbol, IExpr> substitution) {
        IExpr out = e;
        for (Map.Entry<ISymbol, IExpr> entry : substitution.entrySet()) {
            out = F.subst(out, entry.getKey(), entry.getValue());
        }
        return out;
    }
}

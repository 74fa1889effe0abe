package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;
import org.kolmo.error.Position;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.Symbols;
import org.kolmo.moments.MomentSystem;
import org.kolmo.numeric.PositiveSemidefinite;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;


/**
 * The reduced SDE of several kept variables Z from the adiabatic reduction, the multivariate form of eqs. 12-13 with
 * B̄ = 0 (the choice Lemmas 1-2 make in one dimension): dZ = (Ā Z + c̄) dt + D̄ dU, with Ā and c̄ the reduced mean
 * equations and D̄ D̄ᵀ fixed by the fluctuation-dissipation relation Ā Σ∞ + Σ∞ Āᵀ + D̄ D̄ᵀ = 0, so that the
 * reduced SDE has the stationary covariance Σ∞ = P∞ - m∞ m∞ᵀ of the reduced moment equations, taken at ε = 0 like
 * the leading terms of Ā. The equilibrium is found exactly over the rational functions of the parameters; D̄ D̄ᵀ must
 * be positive semi-definite at the model's values, else there is no such SDE and the reason is reported.
 *
 * @param variables            the kept variables Z
 * @param drift                Ā (leading terms in ε, in the regime)
 * @param forcing              c̄
 * @param diffusionMatrix      D̄ D̄ᵀ
 * @param stationaryMean       m∞
 * @param stationaryCovariance Σ∞
 */
public record JointReducedSde(List<String> variables, List<List<IExpr>> drift, List<IExpr> forcing,
        List<List<IExpr>> diffusionMatrix, List<IExpr> stationaryMean, List<List<IExpr>> stationaryCovariance) {

    /**
     * @param system the full moment system of order 2
     * @param kept   the kept moments, means first (names of {@code system})
     * @param vars   the kept variables, in the model's order
     * @param matrix the reduced matrix over the kept moments
     * @param values the model's values (with ε) for the semi-definiteness check
     * @throws ReductionException with the reason when the reduced moments have no unique equilibrium, the mean
     *                            equations read second moments, or D̄ D̄ᵀ is not positive semi-definite
     */
    static JointReducedSde derive(MomentSystem system, List<String> kept, List<String> vars, List<List<IExpr>> matrix,
            List<IExpr> constant, ISymbol eps, Numeric values) throws ReductionException {
        int d = vars.size();
        int n = kept.size();
        List<Integer> positions = vars.stream().map(system.model()::indexOfVariable).toList();
        int[] mean = new int[d];
        int[][] second = new int[d][d];
        for (int k = 0; k < n; k++) {
            int[] ex = system.moments().get(system.names().indexOf(kept.get(k))).exponents();
            List<Integer> at = new ArrayList<>();
            for (int v = 0; v < ex.length; v++) {
                for (int r = 0; r < ex[v]; r++) {
                    at.add(positions.indexOf(v));
                }
            }
            if (at.size() == 1) {
                mean[at.get(0)] = k;
            } else {
                second[at.get(0)][at.get(1)] = k;
                second[at.get(1)][at.get(0)] = k;
            }
        }
        List<List<IExpr>> a = new ArrayList<>();
        List<IExpr> c = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                row.add(matrix.get(mean[i]).get(mean[j]));
            }
            for (int k = 0; k < n; k++) {
                boolean isMean = false;
                for (int m : mean) {
                    isMean |= m == k;
                }
                if (!isMean && !matrix.get(mean[i]).get(k).isZero()) {
                    throw new ReductionException(ReductionErrorCode.MEAN_READS_SECOND_MOMENT, Position.none(),
                            vars.get(i), kept.get(k));
                }
            }
            a.add(List.copyOf(row));
            c.add(constant.get(mean[i]));
        }
        List<IExpr> u = equilibrium(matrix, constant);
        List<IExpr> m = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            m.add(leadingOrder(u.get(mean[i]), eps, values));
        }
        List<List<IExpr>> sigma = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                row.add(leadingOrder(ExactTogether.evaluate(F.Subtract(u.get(second[i][j]),
                        F.Times(m.get(i), m.get(j)))), eps, values));
            }
            sigma.add(List.copyOf(row));
        }
        List<List<IExpr>> q = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                IExpr s = F.C0;
                for (int k = 0; k < d; k++) {
                    s = F.Plus(s, F.Times(a.get(i).get(k), sigma.get(k).get(j)),
                            F.Times(sigma.get(i).get(k), a.get(j).get(k)));
                }
                row.add(ExactTogether.evaluate(F.Negate(s)));
            }
            q.add(List.copyOf(row));
        }
        double smallest = PositiveSemidefinite.smallestEigenvalue(new DMatrixRMaj(values.eval(q)));
        if (smallest < -1e-9) {
            throw new ReductionException(ReductionErrorCode.NEGATIVE_DIFFUSION, Position.none(), smallest);
        }
        return new JointReducedSde(List.copyOf(vars), List.copyOf(a), List.copyOf(c), List.copyOf(q), List.copyOf(m),
                List.copyOf(sigma));
    }

    /**
     * The value at ε = 0 when it is finite: Ā and c̄ are leading terms in ε, and the stationary law they are matched
     * with must be taken to the same order (the reduced second-moment equations carry higher-order terms of the
     * elimination, which the fluctuation-dissipation relation would otherwise read as noise).
     */
    private static IExpr leadingOrder(IExpr e, ISymbol eps, Numeric values) {
        IExpr at0 = ExactTogether.evaluate(F.subst(e, eps, F.C0));
        try {
            return Double.isFinite(values.eval(at0)) ? at0 : e;
        } catch (RuntimeException singular) {
            return e; // 1/0 at eps = 0: the exact value is kept
        }
    }

    /** The equilibrium of u' = M u + h, exactly; an error when it is not unique. */
    private static List<IExpr> equilibrium(List<List<IExpr>> matrix, List<IExpr> constant) throws ReductionException {
        List<IExpr> inputs = new ArrayList<>(constant);
        matrix.forEach(inputs::addAll);
        Set<ISymbol> found = new LinkedHashSet<>();
        for (IExpr e : inputs) {
            Symbols.collectUser(e, found);
        }
        List<IExpr> minusH = new ArrayList<>();
        constant.forEach(h -> minusH.add(F.Negate(h)));
        try {
            List<IExpr> x = RationalFunctionField.solveUnique(matrix, minusH, found);
            if (x == null) {
                throw new ReductionException(ReductionErrorCode.NO_UNIQUE_EQUILIBRIUM, Position.none());
            }
            return x;
        } catch (RationalFunctionField.NotRational e) {
            throw new ReductionException(ReductionErrorCode.REDUCED_NOT_RATIONAL, Position.none(),
                    Symbols.readable(e.offending()));
        }
    }
}

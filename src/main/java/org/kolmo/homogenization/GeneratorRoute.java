package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The general route to the effective SDE: the perturbative expansion of the backward Kolmogorov equation
 * ∂ρ/∂t = L ρ with L split by {@link GeneratorSplit} (seed 000, appendix A).
 *
 * <p>Homogenization, L = ε⁻² L0 + ε⁻¹ L1 + L2, ρ = ρ0 + ε ρ1 + ε² ρ2 + ...: the hierarchy
 * <pre>
 *   L0 ρ0 = 0                       (30)  so ρ0 = ρ(X, A, t) does not depend on Y,
 *   L0 ρ1 + L1 ρ0 = 0               (31)  the cell problem -L0 ρ1 = L1 ρ0 = Σ_i θ_i ∂_i ρ0,
 *   ∂ρ0/∂t = L0 ρ2 + L1 ρ1 + L2 ρ0   (32)  solvable only if ∂ρ0/∂t = avg(L1 ρ1 + L2 ρ0) (38).
 * </pre>
 * For each resolved variable z_i (slow variables and functionals) the cell problem -L0 Φ_i = θ_i, θ_i = L1 z_i, is
 * solved exactly ({@link CellProblem}), after its centering condition avg(θ_i) = 0 has been checked; then
 * ρ1 = Σ_i Φ_i ∂_i ρ0 (34), and the effective generator L̄ ρ0 = avg(L1 ρ1 + L2 ρ0) is applied to the test functions
 * z_i and z_i z_j: the effective drift is L̄ z_i, the effective diffusion matrix L̄(z_i z_j) - z_i L̄ z_j - z_j L̄ z_i.
 *
 * <p>First-order averaging, L = ε⁻¹ L0 + L1: ρ0 = ρ(X, A, t) again and L̄ = avg(L1), read off the same way.
 */
public final class GeneratorRoute {
    private GeneratorRoute() {
    }

    /**
     * One cell problem -L0 Φ = θ.
     *
     * @param variable the resolved variable z_i
     * @param theta    θ_i = L1 z_i
     * @param average  avg(θ_i), checked to be zero (the centering condition)
     * @param solution Φ_i
     */
    public record Cell(ISymbol variable, FastPolynomial theta, IExpr average, FastPolynomial solution) {
    }

    /**
     * What the route derived.
     *
     * @param covariance        J, solving B2 J + J B2^T = σ1σ1^T (eq. 39)
     * @param cells             the cell problems, one per resolved variable (none for averaging)
     * @param averagedDrift     avg(L2 z_i) (homogenization) or avg(L1 z_i) (averaging)
     * @param fastDrift         avg(L1' Φ_i) with L1' the part of L1 differentiating in Y (the b1 term of eq. 9)
     * @param noiseInducedDrift avg(θ·∇ Φ_i), the part of L1 differentiating in X and A (S of eq. 11 for X)
     * @param drift             L̄ z_i, the sum of the three parts
     * @param diffusion         L̄(z_i z_j) - z_i L̄ z_j - z_j L̄ z_i
     */
    public record Result(GeneratorSplit split, List<List<IExpr>> covariance, List<Cell> cells,
            List<IExpr> averagedDrift, List<IExpr> fastDrift, List<IExpr> noiseInducedDrift, List<IExpr> drift,
            List<List<IExpr>> diffusion) {
    }

    public static Result derive(GeneratorSplit split) {
        List<List<IExpr>> j = LyapunovEquation.solve(split.b2(), split.sigma1Squared());
        CellProblem cell = new CellProblem(split.b2(), split.sigma1Squared(), j);
        List<ISymbol> resolved = split.resolved();
        int n = resolved.size();
        boolean homogenization = split.regime() == Regime.HOMOGENIZATION;
        SplitOperator l1 = split.l1();
        SplitOperator slowOrder = homogenization ? split.l2() : split.l1();
        ExpressionWriter writer = new ExpressionWriter(Notation.of(split.model()));

        List<Cell> cells = new ArrayList<>();
        if (homogenization) {
            for (ISymbol z : resolved) {
                FastPolynomial theta = l1.applyToSlow(z);
                CellProblem.Solution s = cell.solve(theta);
                IExpr avg = Cas.normal(s.average());
                if (!avg.isZero()) {
                    throw new HomogenizationException(HomogenizationErrorCode.CENTERING, split.source(),
                            writer.write(z), "the 1/" + writer.write(split.eps()) + " drift "
                                    + writer.write(theta.toExpr(split.fast())),
                            writer.write(avg));
                }
                cells.add(new Cell(z, theta, avg, s.h()));
            }
        }

        List<IExpr> averaged = new ArrayList<>();
        List<IExpr> fastPart = new ArrayList<>();
        List<IExpr> induced = new ArrayList<>();
        List<IExpr> drift = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IExpr a = cell.average(slowOrder.applyToSlow(resolved.get(i)));
            IExpr f = F.C0;
            IExpr s = F.C0;
            if (homogenization) {
                FastPolynomial phi = cells.get(i).solution();
                f = cell.average(l1.applyFastPart(phi));
                s = cell.average(l1.applySlowPart(phi));
            }
            averaged.add(Cas.normal(a));
            fastPart.add(Cas.normal(f));
            induced.add(Cas.normal(s));
            drift.add(Cas.normal(F.Plus(a, f, s)));
        }

        IExpr[][] diffusion = new IExpr[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i; k < n; k++) {
                ISymbol zi = resolved.get(i);
                ISymbol zk = resolved.get(k);
                IExpr lbar = effectiveGenerator(F.Times(zi, zk), resolved, cells, l1, slowOrder, cell);
                diffusion[i][k] = Cas.normal(
                        F.Subtract(lbar, F.Plus(F.Times(zi, drift.get(k)), F.Times(zk, drift.get(i)))));
                diffusion[k][i] = diffusion[i][k];
            }
        }
        List<List<IExpr>> symmetric = new ArrayList<>();
        for (IExpr[] row : diffusion) {
            symmetric.add(List.of(row));
        }
        return new Result(split, j, List.copyOf(cells), List.copyOf(averaged), List.copyOf(fastPart),
                List.copyOf(induced), List.copyOf(drift), List.copyOf(symmetric));
    }

    /**
     * L̄ f = avg(L1 ρ1 + L2 f) with ρ1 = Σ_i (∂_i f) Φ_i (eqs. 34, 38) for homogenization; avg(L1 f) for averaging.
     */
    static IExpr effectiveGenerator(IExpr f, List<ISymbol> resolved, List<Cell> cells, SplitOperator l1,
            SplitOperator slowOrder, CellProblem cell) {
        int m = cell.fastDimension();
        List<FastPolynomial> terms = new ArrayList<>();
        terms.add(slowOrder.applyToSlow(f));
        if (!cells.isEmpty()) {
            List<FastPolynomial> rho1 = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                IExpr dfi = Cas.d(f, resolved.get(i));
                if (!dfi.isZero()) {
                    rho1.add(cells.get(i).solution().times(dfi));
                }
            }
            terms.add(l1.apply(FastPolynomial.sum(m, rho1)));
        }
        return cell.average(FastPolynomial.sum(m, terms));
    }
}

package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

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
 * z_i: the effective drift is L̄ z_i. The effective diffusion matrix L̄(z_i z_j) - z_i L̄ z_j - z_j L̄ z_i is read off by
 * the product rule (see {@link #derive}), and {@link Result#apply} applies L̄ to any f, so tests hold the two
 * readings equal.
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
     * @param average  avg(θ_i), checked: zero (the centering condition)
     * @param solution Φ_i
     */
    public record Cell(ISymbol variable, FastPolynomial theta, IExpr average, FastPolynomial solution) {
    }

    /**
     * What the route derived.
     *
     * @param cellProblem       the fast generator's cell problem and averages
     * @param covariance        J, solving B2 J + J B2^T = σ1σ1^T (eq. 39)
     * @param cells             the cell problems, one per resolved variable (none for averaging)
     * @param averagedDrift     avg(L2 z_i) (homogenization) or avg(L1 z_i) (averaging)
     * @param fastDrift         avg(L1' Φ_i) with L1' the part of L1 differentiating in Y (the b1 term of eq. 9)
     * @param noiseInducedDrift avg(θ·∇ Φ_i), the part of L1 differentiating in X and A (S of eq. 11 for X)
     * @param drift             L̄ z_i, the sum of the three parts
     * @param diffusion         L̄(z_i z_j) - z_i L̄ z_j - z_j L̄ z_i
     */
    public record Result(GeneratorSplit split, CellProblem cellProblem, List<List<IExpr>> covariance,
            List<Cell> cells, List<IExpr> averagedDrift, List<IExpr> fastDrift, List<IExpr> noiseInducedDrift,
            List<IExpr> drift, List<List<IExpr>> diffusion) {

        /**
         * The effective generator applied to a function f(X, A): L̄ f = avg(L1 ρ1 + L2 f) with ρ1 = Σ_i (∂_i f) Φ_i
         * for homogenization (eqs. 34, 38), avg(L1 f) for averaging.
         */
        public IExpr apply(IExpr f) {
            boolean hom = split.regime() == Regime.HOMOGENIZATION;
            return split.field().toExpr(effectiveGenerator(f, split.resolved(), cells, split.l1(),
                    hom ? split.l2() : split.l1(), cellProblem));
        }
    }

    public static Result derive(GeneratorSplit split) {
        RationalFunctionField field = split.field();
        CellProblem cell = new CellProblem(field, split.b2(), split.offset(), split.sigma1Squared());
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
                if (!field.isZero(s.average())) {
                    throw new HomogenizationException(HomogenizationErrorCode.CENTERING, split.source(),
                            writer.write(z), "the 1/" + writer.write(split.eps()) + " drift "
                                    + writer.write(theta.toExpr(split.fast())),
                            writer.write(field.toExpr(s.average())));
                }
                cells.add(new Cell(z, theta, F.C0, s.h()));
            }
        }

        List<IExpr> averaged = new ArrayList<>();
        List<IExpr> fastPart = new ArrayList<>();
        List<IExpr> induced = new ArrayList<>();
        List<IExpr> drift = new ArrayList<>();
        List<Quotient<BigInteger>> driftQ = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Quotient<BigInteger> a = cell.average(slowOrder.applyToSlow(resolved.get(i)));
            Quotient<BigInteger> f = field.zero();
            Quotient<BigInteger> s = field.zero();
            if (homogenization) {
                FastPolynomial phi = cells.get(i).solution();
                f = cell.average(l1.applyFastPart(phi));
                s = cell.average(l1.applySlowPart(phi));
            }
            averaged.add(field.toExpr(a));
            fastPart.add(field.toExpr(f));
            induced.add(field.toExpr(s));
            Quotient<BigInteger> total = a.sum(f).sum(s);
            driftQ.add(total);
            drift.add(field.toExpr(total));
        }

        // the second-order coefficient of the effective generator, by the product rule
        // L(fg) = f Lg + g Lf + Γ(f, g) with Γ(f, g) = ∇f·a∇g: for f = z_i, g = z_j (free of Y) and
        // ρ1 = z_i Φ_j + z_j Φ_i, L̄(z_i z_j) - z_i L̄ z_j - z_j L̄ z_i = avg(θ_i Φ_j + θ_j Φ_i + Γ1(z_i, Φ_j)
        // + Γ1(z_j, Φ_i)) + avg(a^(2)_ij); written this way the terms z_i L̄ z_j cancel before they are formed
        SplitOperator slowOrderOp = slowOrder;
        IExpr[][] diffusion = new IExpr[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = i; k < n; k++) {
                List<FastPolynomial> terms = new ArrayList<>();
                int zi = split.variables().indexOf(resolved.get(i));
                int zk = split.variables().indexOf(resolved.get(k));
                terms.add(slowOrderOp.diffusion().get(zi).get(zk));
                if (homogenization) {
                    FastPolynomial phiI = cells.get(i).solution();
                    FastPolynomial phiK = cells.get(k).solution();
                    terms.add(cells.get(i).theta().times(phiK));
                    terms.add(cells.get(k).theta().times(phiI));
                    terms.add(l1.carreDuChamp(zi, phiK));
                    terms.add(l1.carreDuChamp(zk, phiI));
                }
                diffusion[i][k] = field.toExpr(cell.average(FastPolynomial.sum(field, cell.fastDimension(), terms)));
                diffusion[k][i] = diffusion[i][k];
            }
        }
        List<List<IExpr>> rows = new ArrayList<>();
        for (IExpr[] row : diffusion) {
            rows.add(List.of(row));
        }
        List<List<IExpr>> j = new ArrayList<>();
        for (List<Quotient<BigInteger>> row : cell.covariance()) {
            j.add(row.stream().map(field::toExpr).toList());
        }
        return new Result(split, cell, List.copyOf(j), List.copyOf(cells), List.copyOf(averaged),
                List.copyOf(fastPart), List.copyOf(induced), List.copyOf(drift), List.copyOf(rows));
    }

    /**
     * L̄ f = avg(L1 ρ1 + L2 f) with ρ1 = Σ_i (∂_i f) Φ_i (eqs. 34, 38) for homogenization; avg(L1 f) for averaging.
     */
    static Quotient<BigInteger> effectiveGenerator(IExpr f, List<ISymbol> resolved, List<Cell> cells,
            SplitOperator l1, SplitOperator slowOrder, CellProblem cell) {
        int m = cell.fastDimension();
        RationalFunctionField field = cell.field();
        List<FastPolynomial> terms = new ArrayList<>();
        terms.add(slowOrder.applyToSlow(f));
        if (!cells.isEmpty()) {
            List<FastPolynomial> rho1 = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                IExpr dfi = Cas.d(f, resolved.get(i));
                if (!dfi.isZero()) {
                    rho1.add(cells.get(i).solution().times(field.fromExpr(dfi)));
                }
            }
            terms.add(l1.apply(FastPolynomial.sum(field, m, rho1)));
        }
        return cell.average(FastPolynomial.sum(field, m, terms));
    }
}

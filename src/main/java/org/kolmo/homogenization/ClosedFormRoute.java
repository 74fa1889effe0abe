package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kolmo.algebra.ExactLinearSystem;
import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * The closed-form route: the effective SDE dQ = F(X) dt + A(X) dW of Q = (X, A) by the formulas of Result 2.1
 * (seed 000, eqs. 8-17) and, when its hypotheses hold, Result 2.2 (eqs. 20-24), from the coefficients identified by
 * {@link SlowFastSystem}. The formulas themselves are rules ({@code rules/homogenization.m}); the averages and the
 * inverse -L0⁻¹ on polynomials come from {@link CellProblem}.
 *
 * <p>Drift: F1 = u0 + U1 B2⁻¹ b1 + S with the noise-induced drift S^i = (U1 J)^{lk} ∂_l (U1 B2⁻¹)^{ik} (eqs. 9, 11);
 * F2 = avg(r) + avg(p·u0) + avg(b1·∇_Y φ) + avg(U1 Y·∇_X φ) with φ = -L0⁻¹(p·U1 Y + q) (eq. 10). Diffusion:
 * AA^T = ½(A0 + A0^T) + A1 (eqs. 12-17).
 *
 * <p>Erratum (found by holding this route against the generator route): eq. 17 prints the A-A entry of A1 as
 * (p̄^T σ0)(p̄^T σ0)^T; the generator gives avg((p^T σ0)(p^T σ0)^T), the average of the square rather than the square
 * of the average. The two differ when p depends on Y and σ0 ≠ 0; this route uses the average.
 *
 * <p>With several functionals, eqs. 14-17 hold block by block: the A-A block of A0 is 2 avg(θ_a φ_b) with
 * θ_a = p_a·U1 Y + q_a.
 *
 * <p>First-order averaging has the closed form F = avg(u0), F_A = avg(r + p·u0) and the averaged diffusion matrix
 * of (X, A), avg(σ0σ0^T), avg(σ0σ0^T p), avg(p^T σ0σ0^T p).
 */
public final class ClosedFormRoute {
    private ClosedFormRoute() {
    }

    /**
     * The quantities of Result 2.2 (eqs. 20-24), for p = p0(X), q = 0, σ0 = 0.
     *
     * @param rBar              avg(r), one per functional
     * @param p0                p = p0(X), one row per functional
     * @param itoExtraDrift     dA'/dt of eq. 22, one per functional
     * @param stratonovichExtraDrift dA''/dt of eq. 24, one per functional
     * @param muAntisymmetric   μ_A = (μ - μ^T)/2, μ = B2⁻¹ J
     * @param slowNoise         U1 B2⁻¹ σ1, the noise coefficient of X in eq. 21 (one column per noise)
     */
    public record Result22(List<IExpr> rBar, List<List<IExpr>> p0, List<IExpr> itoExtraDrift,
            List<IExpr> stratonovichExtraDrift, List<List<IExpr>> muAntisymmetric, List<List<IExpr>> slowNoise) {
    }

    /**
     * What the route derived.
     *
     * @param covariance          J (eq. 39)
     * @param b2Inverse           B2⁻¹ (empty when averaging)
     * @param mu                  μ = B2⁻¹ J (empty when averaging)
     * @param noiseInducedDrift   S (eq. 11)
     * @param fastDrift           U1 B2⁻¹ b1
     * @param slowDrift           F1 (eq. 9)
     * @param phi                 φ = -L0⁻¹(p·U1 Y + q), one per functional
     * @param functionalDriftParts per functional: avg(r), avg(p·u0), avg(b1·∇_Y φ), avg(U1 Y·∇_X φ) (eq. 10)
     * @param functionalDrift     F2 (eq. 10)
     * @param a0                  A0 (eqs. 12-16), (n + k) x (n + k)
     * @param a1                  A1 (eq. 17, A-A block as the average, see the erratum above)
     * @param a1AsPrinted         the A-A block of A1 as eq. 17 prints it, (p̄^T σ0)(p̄^T σ0)^T
     * @param diffusion           AA^T = ½(A0 + A0^T) + A1
     * @param result22            present when the hypotheses of Result 2.2 hold
     */
    public record Result(SlowFastSystem system, List<List<IExpr>> covariance, List<List<IExpr>> b2Inverse,
            List<List<IExpr>> mu, List<IExpr> noiseInducedDrift, List<IExpr> fastDrift, List<IExpr> slowDrift,
            List<FastPolynomial> phi, List<List<IExpr>> functionalDriftParts, List<IExpr> functionalDrift,
            List<List<IExpr>> a0, List<List<IExpr>> a1, List<List<IExpr>> a1AsPrinted,
            List<List<IExpr>> diffusion, Optional<Result22> result22) {

        /** F = (F1, F2). */
        public List<IExpr> drift() {
            List<IExpr> out = new ArrayList<>(slowDrift);
            out.addAll(functionalDrift);
            return List.copyOf(out);
        }
    }

    public static Result derive(SlowFastSystem sys) {
        return sys.regime() == Regime.HOMOGENIZATION ? homogenize(sys) : average(sys);
    }

    /** Exact arithmetic of one derivation: the system's field, its expressions and the rules' results. */
    private static final class Work {
        final SlowFastSystem sys;
        final RationalFunctionField field;
        final CasSession cas = CasSession.get();
        final String step;

        Work(SlowFastSystem sys) {
            this.sys = sys;
            this.field = sys.field();
            this.step = "Result 2.1 for " + sys.model().name();
            cas.assume(sys.model().parameters());
        }

        IExpr expr(Quotient<BigInteger> q) {
            return field.toExpr(q);
        }

        IAST matrix(List<List<Quotient<BigInteger>>> m) {
            List<List<IExpr>> rows = new ArrayList<>();
            for (List<Quotient<BigInteger>> row : m) {
                rows.add(row.stream().map(field::toExpr).toList());
            }
            return Lists.matrix(rows);
        }

        IAST vector(List<Quotient<BigInteger>> v) {
            return Lists.vector(v.stream().map(field::toExpr).toList());
        }

        /** A rule's result (a list), entry by entry in the field. */
        List<Quotient<BigInteger>> vectorOf(String what, String rule, IExpr... args) {
            List<Quotient<BigInteger>> out = new ArrayList<>();
            for (IExpr e : (IAST) cas.call(step + ": " + what, rule, args)) {
                out.add(field.fromExpr(e));
            }
            return List.copyOf(out);
        }

        List<List<Quotient<BigInteger>>> matrixOf(String what, String rule, IExpr... args) {
            List<List<Quotient<BigInteger>>> out = new ArrayList<>();
            for (IExpr row : (IAST) cas.call(step + ": " + what, rule, args)) {
                List<Quotient<BigInteger>> r = new ArrayList<>();
                for (IExpr e : (IAST) row) {
                    r.add(field.fromExpr(e));
                }
                out.add(List.copyOf(r));
            }
            return List.copyOf(out);
        }

        Quotient<BigInteger> scalarOf(String what, String rule, IExpr... args) {
            return field.fromExpr(cas.call(step + ": " + what, rule, args));
        }

        List<IExpr> exprs(List<Quotient<BigInteger>> v) {
            return v.stream().map(field::toExpr).toList();
        }

        List<List<IExpr>> exprs(Quotient<BigInteger>[][] m) {
            List<List<IExpr>> out = new ArrayList<>();
            for (Quotient<BigInteger>[] row : m) {
                List<IExpr> r = new ArrayList<>();
                for (Quotient<BigInteger> e : row) {
                    r.add(field.toExpr(e));
                }
                out.add(List.copyOf(r));
            }
            return List.copyOf(out);
        }

        List<List<IExpr>> exprMatrix(List<List<Quotient<BigInteger>>> m) {
            List<List<IExpr>> out = new ArrayList<>();
            for (List<Quotient<BigInteger>> row : m) {
                out.add(exprs(row));
            }
            return List.copyOf(out);
        }
    }

    /** σσ^T of a matrix with constant entries. */
    private static List<List<Quotient<BigInteger>>> outer(List<List<Quotient<BigInteger>>> s,
            RationalFunctionField f) {
        return ExactLinearSystem.multiply(s, ExactLinearSystem.transpose(s), f);
    }

    @SuppressWarnings("unchecked")
    private static Quotient<BigInteger>[][] square(int d) {
        return new Quotient[d][d];
    }

    private static Result homogenize(SlowFastSystem sys) {
        return new Homogenizer(sys).result();
    }

    /**
     * Result 2.1 in its steps (the slow drift, the functionals' cell problems and drifts, A0, A1), then Result 2.2
     * where its hypotheses hold; the quantities every step shares are fields.
     */
    private static final class Homogenizer {
        final SlowFastSystem sys;
        final Work w;
        final RationalFunctionField field;
        final List<ISymbol> x;
        final int n;
        final int m;
        final int k;
        final IAST xs;
        final CellProblem cell;
        final List<List<Quotient<BigInteger>>> j;
        final List<List<Quotient<BigInteger>>> b2inv;
        final IAST u1;
        final IAST b2invE;
        final List<List<Quotient<BigInteger>>> u1b2inv;
        /** U1 Y and (-L0)⁻¹(U1 Y) = U1 B2⁻¹ Y, as polynomials in Y, one per slow variable. */
        final List<FastPolynomial> u1y = new ArrayList<>();
        final List<FastPolynomial> u1b2y = new ArrayList<>();

        Homogenizer(SlowFastSystem sys) {
            this.sys = sys;
            this.w = new Work(sys);
            this.field = w.field;
            this.x = sys.slow();
            this.n = x.size();
            this.m = sys.fast().size();
            this.k = sys.functionals().size();
            this.xs = Lists.vector(x);
            this.cell = new CellProblem(field, sys.b2Exact(), outer(sys.sigma1Exact(), field));
            this.j = cell.covariance();
            this.b2inv = ExactLinearSystem.inverse(sys.b2Exact(), field);
            this.u1 = w.matrix(sys.u1Exact());
            this.b2invE = w.matrix(b2inv);
            this.u1b2inv = ExactLinearSystem.multiply(sys.u1Exact(), b2inv, field);
            for (int i = 0; i < n; i++) {
                u1y.add(FastPolynomial.linear(field, sys.u1Exact().get(i)));
                u1b2y.add(FastPolynomial.linear(field, u1b2inv.get(i)));
            }
        }

        Result result() {
            // F1 = u0 + U1 B2⁻¹ b1 + S (eqs. 9, 11)
            List<Quotient<BigInteger>> s = w.vectorOf("the noise-induced drift (eq. 11)", "KoNoiseInducedDrift", u1,
                    b2invE, w.matrix(j), xs);
            List<Quotient<BigInteger>> fastDrift = w.vectorOf("eq. 9", "KoFastDriftContribution", u1, b2invE,
                    w.vector(sys.b1Exact()));
            List<Quotient<BigInteger>> f1 = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Quotient<BigInteger> u0 = sys.u0Polynomials().get(i).coefficient(Monomial.one(m));
                f1.add(u0.sum(fastDrift.get(i)).sum(s.get(i)));
            }
            List<List<Quotient<BigInteger>>> mu = ExactLinearSystem.multiply(b2inv, j, field);
            Functionals fn = functionals();
            Quotient<BigInteger>[][] a0 = a0(fn);
            Quotient<BigInteger>[][] a1 = square(n + k);
            Quotient<BigInteger>[][] a1Printed = square(k);
            a1(a1, a1Printed);
            Quotient<BigInteger> half = field.divide(field.one(), field.fromInteger(2));
            Quotient<BigInteger>[][] diffusion = square(n + k);
            for (int i = 0; i < n + k; i++) {
                for (int l = 0; l < n + k; l++) {
                    diffusion[i][l] = half.multiply(a0[i][l].sum(a0[l][i])).sum(a1[i][l]);
                }
            }
            Optional<Result22> r22 = sys.satisfiesResult22() ? Optional.of(result22(fn, mu)) : Optional.empty();
            return new Result(sys, w.exprMatrix(j), w.exprMatrix(b2inv), w.exprMatrix(mu), w.exprs(s),
                    w.exprs(fastDrift), w.exprs(f1), List.copyOf(fn.phi), List.copyOf(fn.f2Parts), w.exprs(fn.f2),
                    w.exprs(a0), w.exprs(a1), w.exprs(a1Printed), w.exprs(diffusion), r22);
        }

        /** Per functional: θ = p·U1 Y + q (centred, or E715), φ = -L0⁻¹ θ, and F2 with its four parts (eq. 10). */
        record Functionals(List<FastPolynomial> theta, List<FastPolynomial> phi, List<List<IExpr>> f2Parts,
                List<Quotient<BigInteger>> f2) {
        }

        Functionals functionals() {
            Functionals fn = new Functionals(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            ExpressionWriter writer = new ExpressionWriter(Notation.of(sys.model()));
            for (int a = 0; a < k; a++) {
                List<FastPolynomial> parts = new ArrayList<>();
                parts.add(sys.qPolynomials().get(a));
                for (int i = 0; i < n; i++) {
                    parts.add(sys.pPolynomials().get(a).get(i).times(u1y.get(i)));
                }
                FastPolynomial th = FastPolynomial.sum(field, m, parts);
                CellProblem.Solution sol = cell.solve(th);
                if (!field.isZero(sol.average())) {
                    throw new HomogenizationException(HomogenizationErrorCode.CENTERING, sys.source(),
                            writer.write(sys.functionals().get(a)),
                            "p.U1 Y + q = " + writer.write(th.toExpr(sys.fast())),
                            writer.write(field.toExpr(sol.average())));
                }
                fn.theta.add(th);
                FastPolynomial ph = sol.h();
                fn.phi.add(ph);
                Quotient<BigInteger> rBar = cell.average(sys.rPolynomials().get(a));
                List<FastPolynomial> pu0 = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    pu0.add(sys.pPolynomials().get(a).get(i).times(sys.u0Polynomials().get(i)));
                }
                Quotient<BigInteger> pu0Bar = cell.average(FastPolynomial.sum(field, m, pu0));
                List<FastPolynomial> b1Grad = new ArrayList<>();
                for (int c = 0; c < m; c++) {
                    b1Grad.add(ph.derivative(c).times(sys.b1Exact().get(c)));
                }
                Quotient<BigInteger> b1Term = cell.average(FastPolynomial.sum(field, m, b1Grad));
                List<FastPolynomial> u1Grad = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    u1Grad.add(u1y.get(i).times(ph.derivative(x.get(i))));
                }
                Quotient<BigInteger> u1Term = cell.average(FastPolynomial.sum(field, m, u1Grad));
                fn.f2Parts.add(w.exprs(List.of(rBar, pu0Bar, b1Term, u1Term)));
                fn.f2.add(rBar.sum(pu0Bar).sum(b1Term).sum(u1Term));
            }
            return fn;
        }

        /** A0 (eqs. 12-16): B0 in the X-X block, 2 avg(U1 Y φ), 2 avg(θ U1 B2⁻¹ Y) and 2 avg(θ_a φ_b) beside it. */
        Quotient<BigInteger>[][] a0(Functionals fn) {
            Quotient<BigInteger>[][] a0 = square(n + k);
            List<List<Quotient<BigInteger>>> b0 = w.matrixOf("eq. 13", "KoB0", u1, b2invE,
                    w.matrix(sys.sigma1Exact()));
            Quotient<BigInteger> two = field.fromInteger(2);
            for (int i = 0; i < n; i++) {
                for (int l = 0; l < n; l++) {
                    a0[i][l] = b0.get(i).get(l);
                }
            }
            for (int a = 0; a < k; a++) {
                for (int i = 0; i < n; i++) {
                    a0[i][n + a] = two.multiply(cell.average(u1y.get(i).times(fn.phi.get(a)))); // eq. 14
                    a0[n + a][i] = two.multiply(cell.average(fn.theta.get(a).times(u1b2y.get(i)))); // eq. 15
                }
                for (int b = 0; b < k; b++) {
                    a0[n + a][n + b] = two.multiply(cell.average(fn.theta.get(a).times(fn.phi.get(b)))); // eq. 16
                }
            }
            return a0;
        }

        /**
         * A1 (eq. 17) into {@code a1}: σ0σ0^T, σ0σ0^T p̄ and the average avg((p^T σ0)(p^T σ0)^T) (see the erratum);
         * the A-A block as eq. 17 prints it into {@code a1Printed}.
         */
        void a1(Quotient<BigInteger>[][] a1, Quotient<BigInteger>[][] a1Printed) {
            List<List<Quotient<BigInteger>>> sigma0 = new ArrayList<>();
            for (List<FastPolynomial> row : sys.sigma0Polynomials()) {
                sigma0.add(row.stream().map(pp -> pp.coefficient(Monomial.one(m))).toList());
            }
            IAST sigma0E = w.matrix(sigma0);
            List<List<Quotient<BigInteger>>> s0s0 = w.matrixOf("eq. 17", "KoSlowNoiseMatrix", sigma0E);
            List<List<Quotient<BigInteger>>> pBar = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                List<Quotient<BigInteger>> row = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    row.add(cell.average(sys.pPolynomials().get(a).get(i)));
                }
                pBar.add(row);
            }
            for (int i = 0; i < n; i++) {
                for (int l = 0; l < n; l++) {
                    a1[i][l] = s0s0.get(i).get(l);
                }
            }
            if (k > 0) {
                List<List<Quotient<BigInteger>>> cross = w.matrixOf("eq. 17", "KoSlowFunctionalNoise", sigma0E,
                        w.matrix(pBar));
                for (int i = 0; i < n; i++) {
                    for (int a = 0; a < k; a++) {
                        a1[i][n + a] = cross.get(i).get(a);
                        a1[n + a][i] = cross.get(i).get(a);
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    List<FastPolynomial> quad = new ArrayList<>();
                    Quotient<BigInteger> printed = field.zero();
                    for (int i = 0; i < n; i++) {
                        for (int l = 0; l < n; l++) {
                            Quotient<BigInteger> sil = s0s0.get(i).get(l);
                            if (sil.isZERO()) {
                                continue;
                            }
                            quad.add(sys.pPolynomials().get(a).get(i).times(sys.pPolynomials().get(b).get(l))
                                    .times(sil));
                            printed = printed.sum(pBar.get(a).get(i).multiply(pBar.get(b).get(l)).multiply(sil));
                        }
                    }
                    a1[n + a][n + b] = cell.average(FastPolynomial.sum(field, m, quad));
                    a1Printed[a][b] = printed;
                }
            }
        }

        /** Result 2.2 (eqs. 20-24): the functionals' Itô and Stratonovich drifts, μ_A and X's noise U1 B2⁻¹ σ1. */
        Result22 result22(Functionals fn, List<List<Quotient<BigInteger>>> mu) {
            List<IExpr> rBar = new ArrayList<>();
            List<IExpr> ito = new ArrayList<>();
            List<IExpr> strat = new ArrayList<>();
            List<List<IExpr>> p0s = new ArrayList<>();
            IAST muList = w.matrix(mu);
            for (int a = 0; a < k; a++) {
                rBar.add(fn.f2Parts.get(a).get(0));
                List<Quotient<BigInteger>> p0 = new ArrayList<>();
                for (FastPolynomial pp : sys.pPolynomials().get(a)) {
                    p0.add(pp.coefficient(Monomial.one(m)));
                }
                IAST p0E = w.vector(p0);
                p0s.add(w.exprs(p0));
                ito.add(w.expr(w.scalarOf("eq. 22", "KoFunctionalItoDrift", p0E, u1, muList, xs)));
                strat.add(w.expr(w.scalarOf("eq. 24", "KoFunctionalStratonovichDrift", p0E, u1, muList, xs)));
            }
            List<List<Quotient<BigInteger>>> muA = w.matrixOf("eq. 24", "KoAntisymmetricPart", muList);
            List<List<Quotient<BigInteger>>> noise = ExactLinearSystem.multiply(u1b2inv, sys.sigma1Exact(), field);
            return new Result22(List.copyOf(rBar), List.copyOf(p0s), List.copyOf(ito), List.copyOf(strat),
                    w.exprMatrix(muA), w.exprMatrix(noise));
        }
    }

    private static Result average(SlowFastSystem sys) {
        Work w = new Work(sys);
        RationalFunctionField field = w.field;
        int n = sys.slow().size();
        int m = sys.fast().size();
        int k = sys.functionals().size();
        CellProblem cell = new CellProblem(field, sys.b2Exact(), outer(sys.sigma1Exact(), field));
        int noises = sys.model().noiseCount();
        // rows of the noise coefficient of (X, A): sigma0 and p^T sigma0, polynomials in Y
        List<List<FastPolynomial>> sigma = new ArrayList<>(sys.sigma0Polynomials());
        List<Quotient<BigInteger>> f1 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            f1.add(cell.average(sys.u0Polynomials().get(i)));
        }
        List<Quotient<BigInteger>> f2 = new ArrayList<>();
        List<List<IExpr>> f2Parts = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            List<FastPolynomial> pu = new ArrayList<>();
            List<FastPolynomial> row = new ArrayList<>();
            for (int c = 0; c < noises; c++) {
                List<FastPolynomial> col = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    col.add(sys.pPolynomials().get(a).get(i).times(sys.sigma0Polynomials().get(i).get(c)));
                }
                row.add(FastPolynomial.sum(field, m, col));
            }
            for (int i = 0; i < n; i++) {
                pu.add(sys.pPolynomials().get(a).get(i).times(sys.u0Polynomials().get(i)));
            }
            sigma.add(row);
            Quotient<BigInteger> rBar = cell.average(sys.rPolynomials().get(a));
            Quotient<BigInteger> puBar = cell.average(FastPolynomial.sum(field, m, pu));
            f2Parts.add(w.exprs(List.of(rBar, puBar, field.zero(), field.zero())));
            f2.add(rBar.sum(puBar));
        }
        int d = n + k;
        Quotient<BigInteger>[][] diffusion = square(d);
        for (int i = 0; i < d; i++) {
            for (int l = i; l < d; l++) {
                List<FastPolynomial> terms = new ArrayList<>();
                for (int c = 0; c < noises; c++) {
                    terms.add(sigma.get(i).get(c).times(sigma.get(l).get(c)));
                }
                diffusion[i][l] = cell.average(FastPolynomial.sum(field, m, terms));
                diffusion[l][i] = diffusion[i][l];
            }
        }
        List<IExpr> zeros = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            zeros.add(F.C0);
        }
        return new Result(sys, w.exprMatrix(cell.covariance()), List.of(), List.of(), List.copyOf(zeros),
                List.copyOf(zeros), w.exprs(f1), List.of(), List.copyOf(f2Parts), w.exprs(f2), List.of(),
                w.exprs(diffusion), List.of(), w.exprs(diffusion), Optional.empty());
    }
}

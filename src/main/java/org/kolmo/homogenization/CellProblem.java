package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.algebra.ExactLinearSystem;
import org.kolmo.algebra.GaussianMoments;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * The cell problem -L0 h = g of Lim (eqs. 33-36), solved exactly on polynomials in the fast variables, with
 * L0 = (c - B2 Y)·∇_Y + ½ σ1σ1^T:∇_Y∇_Y the generator of the fast Ornstein-Uhlenbeck process (X a parameter), and the
 * averages under its invariant measure N(μ, J), B2 μ = c and B2 J + J B2^T = σ1σ1^T (eq. 39), by Isserlis' theorem.
 * Lim's eq. (6) has c = 0 (the fast process centred at 0); an offset c(X) at the leading order, a fast equilibrium
 * that moves with the slow variables, is the general Ornstein-Uhlenbeck case and costs one more term below.
 *
 * <p>L0 maps polynomials of degree ≤ k into themselves: its drift part D = (B2 Y)·∇_Y keeps the degree of every
 * monomial, c·∇_Y lowers it by one, the diffusion part by two. On the homogeneous polynomials of degree d ≥ 1, D is
 * invertible when B2 is positive stable (its eigenvalues are sums of d eigenvalues of B2). So -L0 h = g is solved
 * degree by degree from the top, h_d = D_d⁻¹ (g_d + c·∇ h_{d+1} + ½ σ1σ1^T:∇∇ h_{d+2}), each step a linear solve on
 * coefficient vectors; on constants D vanishes and what is left, g_0 + c·∇ h_1 + ½ σ1σ1^T:∇∇ h_2, equals the
 * average of g: the centering condition, which {@link #solve} reports rather than assumes. The constant of the
 * solution (the null space of L0) is set to 0.
 */
public final class CellProblem {
    private final RationalFunctionField field;
    private final int m;
    private final List<List<Quotient<BigInteger>>> b2;
    private final List<Quotient<BigInteger>> offset;
    private final List<Quotient<BigInteger>> mean;
    private final List<List<Quotient<BigInteger>>> sigma1Squared;
    private final List<List<Quotient<BigInteger>>> covariance;
    private final GaussianMoments<Quotient<BigInteger>> moments;
    private final Map<Integer, Block> blocks = new HashMap<>();

    /** The solution of one cell problem and the average of its right side (zero when the problem is solvable). */
    public record Solution(FastPolynomial h, Quotient<BigInteger> average) {
    }

    /** D_d on the monomials of degree d, and its inverse. */
    private record Block(List<Monomial> monomials, List<List<Quotient<BigInteger>>> inverse) {
    }

    /** The fast process centred at 0 (c = 0), as in Lim's eq. (6). */
    public CellProblem(RationalFunctionField field, List<List<Quotient<BigInteger>>> b2,
            List<List<Quotient<BigInteger>>> sigma1Squared) {
        this(field, b2, Collections.nCopies(b2.size(), field.zero()), sigma1Squared);
    }

    /**
     * @param b2            B2(X), positive stable
     * @param offset        c(X), the constant of the fast drift c - B2 Y
     * @param sigma1Squared σ1σ1^T
     */
    public CellProblem(RationalFunctionField field, List<List<Quotient<BigInteger>>> b2,
            List<Quotient<BigInteger>> offset, List<List<Quotient<BigInteger>>> sigma1Squared) {
        this.field = field;
        this.m = b2.size();
        this.b2 = b2;
        this.offset = List.copyOf(offset);
        this.mean = offset.stream().allMatch(Quotient::isZERO) ? this.offset
                : List.copyOf(ExactLinearSystem.solveUnique(b2, offset, field));
        this.sigma1Squared = sigma1Squared;
        this.covariance = LyapunovEquation.solve(b2, sigma1Squared, field);
        this.moments = new GaussianMoments<>(covariance, field);
    }

    public int fastDimension() {
        return m;
    }

    public RationalFunctionField field() {
        return field;
    }

    /** J, the covariance of the fast invariant measure (eq. 39). */
    public List<List<Quotient<BigInteger>>> covariance() {
        return covariance;
    }

    public GaussianMoments<Quotient<BigInteger>> moments() {
        return moments;
    }

    /** μ = B2⁻¹ c, the mean of the fast invariant measure. */
    public List<Quotient<BigInteger>> mean() {
        return mean;
    }

    /** True when the fast process is centred at 0 (c = 0, Lim's eq. 6). */
    public boolean centred() {
        return mean.stream().allMatch(Quotient::isZERO);
    }

    /** The average of p under N(μ, J): Σ_α c_α E[(μ + Z)^α], Z ~ N(0, J). */
    public Quotient<BigInteger> average(FastPolynomial p) {
        Quotient<BigInteger> sum = field.zero();
        for (Map.Entry<Monomial, Quotient<BigInteger>> t : shiftedByMean(p).terms().entrySet()) {
            if (t.getKey().degree() % 2 == 0) {
                Quotient<BigInteger> mom = moments.moment(t.getKey().exponents());
                if (!mom.isZERO()) {
                    sum = sum.sum(t.getValue().multiply(mom));
                }
            }
        }
        return sum;
    }

    /** p(μ + Z) as a polynomial in Z. */
    private FastPolynomial shiftedByMean(FastPolynomial p) {
        if (centred()) {
            return p;
        }
        List<List<FastPolynomial>> powers = new ArrayList<>(); // (Z_i + μ_i)^k, k = 0, 1, ...
        for (int i = 0; i < m; i++) {
            List<FastPolynomial> row = new ArrayList<>();
            row.add(FastPolynomial.constant(field, m, field.one()));
            powers.add(row);
        }
        List<FastPolynomial> parts = new ArrayList<>();
        for (Map.Entry<Monomial, Quotient<BigInteger>> t : p.terms().entrySet()) {
            FastPolynomial product = FastPolynomial.constant(field, m, t.getValue());
            for (int i = 0; i < m; i++) {
                int k = t.getKey().exponent(i);
                List<FastPolynomial> row = powers.get(i);
                while (row.size() <= k) {
                    FastPolynomial shift = FastPolynomial.monomial(field, Monomial.variable(m, i), field.one())
                            .plus(FastPolynomial.constant(field, m, mean.get(i)));
                    row.add(row.get(row.size() - 1).times(shift));
                }
                if (k > 0) {
                    product = product.times(row.get(k));
                }
            }
            parts.add(product);
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /** L0 h = (c - B2 Y)·∇_Y h + ½ σ1σ1^T:∇_Y∇_Y h. */
    public FastPolynomial applyL0(FastPolynomial h) {
        return diffusionPart(h).plus(offsetPart(h)).minus(driftPart(h));
    }

    /**
     * Solves -L0 h = g.
     *
     * @return h without constant term, and the average of g; when that average is not zero the problem has no
     *         polynomial solution and h solves -L0 h = g - avg(g)
     */
    public Solution solve(FastPolynomial g) {
        int top = g.degree();
        List<FastPolynomial> h = new ArrayList<>();
        for (int d = 0; d <= top + 2; d++) {
            h.add(FastPolynomial.zero(field, m));
        }
        for (int d = top; d >= 1; d--) {
            FastPolynomial rhs = g.homogeneous(d);
            if (d + 1 <= top) {
                rhs = rhs.plus(offsetPart(h.get(d + 1)));
            }
            if (d + 2 <= top) {
                rhs = rhs.plus(diffusionPart(h.get(d + 2)));
            }
            if (!rhs.isZero()) {
                h.set(d, solveDrift(d, rhs));
            }
        }
        FastPolynomial solution = FastPolynomial.sum(field, m, h.subList(1, h.size()));
        return new Solution(solution, average(g));
    }

    /** (B2 Y)·∇_Y h. */
    private FastPolynomial driftPart(FastPolynomial h) {
        List<FastPolynomial> parts = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            FastPolynomial di = h.derivative(i);
            if (!di.isZero()) {
                parts.add(di.times(FastPolynomial.linear(field, b2.get(i))));
            }
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /** c·∇_Y h. */
    private FastPolynomial offsetPart(FastPolynomial h) {
        List<FastPolynomial> parts = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (!offset.get(i).isZERO()) {
                parts.add(h.derivative(i).times(offset.get(i)));
            }
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /** ½ σ1σ1^T:∇_Y∇_Y h. */
    private FastPolynomial diffusionPart(FastPolynomial h) {
        List<FastPolynomial> parts = new ArrayList<>();
        Quotient<BigInteger> half = field.divide(field.one(), field.fromInteger(2));
        for (int i = 0; i < m; i++) {
            FastPolynomial di = h.derivative(i);
            for (int j = 0; j < m; j++) {
                Quotient<BigInteger> s = sigma1Squared.get(i).get(j);
                if (!s.isZERO() && !di.isZero()) {
                    parts.add(di.derivative(j).times(half.multiply(s)));
                }
            }
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /** The homogeneous h of degree d with D h = rhs. */
    private FastPolynomial solveDrift(int d, FastPolynomial rhs) {
        Block block = blocks.computeIfAbsent(d, this::block);
        List<Monomial> mons = block.monomials();
        List<FastPolynomial> parts = new ArrayList<>();
        for (int r = 0; r < mons.size(); r++) {
            Quotient<BigInteger> sum = field.zero();
            for (int c = 0; c < mons.size(); c++) {
                Quotient<BigInteger> inv = block.inverse().get(r).get(c);
                Quotient<BigInteger> g = rhs.coefficient(mons.get(c));
                if (!inv.isZERO() && !g.isZERO()) {
                    sum = sum.sum(inv.multiply(g));
                }
            }
            parts.add(FastPolynomial.monomial(field, mons.get(r), sum));
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /** The matrix of D = (B2 Y)·∇_Y on the monomials of degree d (D Y^β = Σ_ij β_i B2_ij Y^{β - e_i + e_j}), inverted. */
    private Block block(int d) {
        List<Monomial> mons = monomials(m, d);
        int n = mons.size();
        List<List<Quotient<BigInteger>>> matrix = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                row.add(field.zero());
            }
            matrix.add(row);
        }
        for (int c = 0; c < n; c++) {
            Monomial beta = mons.get(c);
            for (int i = 0; i < m; i++) {
                Monomial lower = beta.divideBy(i);
                if (lower == null) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    Quotient<BigInteger> bij = b2.get(i).get(j);
                    if (bij.isZERO()) {
                        continue;
                    }
                    int r = mons.indexOf(lower.multiplyBy(j));
                    matrix.get(r).set(c, matrix.get(r).get(c).sum(bij.multiply(field.fromInteger(beta.exponent(i)))));
                }
            }
        }
        return new Block(mons, ExactLinearSystem.inverse(matrix, field));
    }

    /** All monomials of total degree d in m variables, in {@link Monomial} order. */
    static List<Monomial> monomials(int m, int d) {
        return Monomial.ofDegree(m, d);
    }
}

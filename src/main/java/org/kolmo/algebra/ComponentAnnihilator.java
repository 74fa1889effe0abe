package org.kolmo.algebra;

import java.util.Objects;
import java.util.function.Supplier;

import org.matheclipse.core.interfaces.IExpr;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

/**
 * The lowest-order linear relation satisfied by one component of a linear system u' = F u: the monic polynomial
 * q(λ) = Σ_{i=0}^{k} a_i λ^i of least degree with e_j^T q(F) = 0, so that Σ a_i u_j^{(i)}(t) = 0 for every solution
 * (seed 003, Proposition 1 and eqs. (9)-(11), applied to one component; MATH.md §3).
 *
 * <p>k is the smallest order for which e_j^T F^k lies in the span of e_j^T F^0, ..., e_j^T F^{k-1} over the field of
 * rational functions of the parameters; q divides the minimal polynomial of F, so it is monic with polynomial
 * coefficients. The Krylov rows e_j^T F^i (i = 0..k) give the initial data of the closed equation,
 * u_j^{(i)}(0) = e_j^T F^i u(0). Immutable.
 */
public final class ComponentAnnihilator {
    private final int component;
    private final ParametricPolynomial polynomial;
    private final PolynomialMatrix krylovRows;
    /** Computes the genericity polynomial on first use: when the order is n it costs a symbolic elimination. */
    private final Supplier<GenPolynomial<BigRational>> genericitySource;
    private volatile GenPolynomial<BigRational> genericity;

    ComponentAnnihilator(int component, ParametricPolynomial polynomial, PolynomialMatrix krylovRows,
            Supplier<GenPolynomial<BigRational>> genericity) {
        this.component = component;
        this.polynomial = Objects.requireNonNull(polynomial);
        this.krylovRows = Objects.requireNonNull(krylovRows);
        this.genericitySource = Objects.requireNonNull(genericity);
    }

    /** The index j of the component (0-based). */
    public int component() {
        return component;
    }

    /** The order k of the closed equation, i.e. the degree of {@link #polynomial()}. */
    public int order() {
        return polynomial.degree();
    }

    /** The monic annihilating polynomial q(λ) of the component. */
    public ParametricPolynomial polynomial() {
        return polynomial;
    }

    /** The (k+1) x n matrix whose row i is e_j^T F^i, i = 0..k. */
    public PolynomialMatrix krylovRows() {
        return krylovRows;
    }

    /**
     * A nonzero polynomial δ in the parameters (monic in JAS's term order): a k x k minor of the Krylov rows
     * e_j^T F^0..F^{k-1}. Wherever δ ≠ 0 those rows stay independent, so the specialised relation is still the
     * lowest-order one; where δ = 0 (e.g. α = 0 for the covariances of seed 003) a lower-order relation may exist.
     * Sufficient, not necessary.
     */
    public GenPolynomial<BigRational> genericityPolynomial() {
        GenPolynomial<BigRational> g = genericity;
        if (g == null) {
            g = genericitySource.get(); // idempotent, so a race only repeats work
            genericity = g;
        }
        return g;
    }

    /** {@link #genericityPolynomial()} as a Symja expression. */
    public IExpr genericityCondition() {
        return polynomial.ring().toExpr(genericity);
    }

    @Override
    public String toString() {
        return "component " + component + ": " + polynomial;
    }
}

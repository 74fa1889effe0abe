package org.kolmo.algebra;

import java.util.List;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The system matrices of the two-state model of seed 003 (dx = -2β²x dt - 2βy dW, dy = (-2β²y - 2αz) dt + 2βx dW,
 * dz = 2αy dt, eq. (27)), transcribed from the LaTeX source of the seed, with parameters (α, β) in this order.
 */
final class SeedMatrices {
    static final ISymbol ALPHA = Symbols.user("alpha");
    static final ISymbol BETA = Symbols.user("beta");
    static final List<ISymbol> PARAMETERS = List.of(ALPHA, BETA);
    static final ParameterRing RING = ParameterRing.of(PARAMETERS);

    private SeedMatrices() {
    }

    /** c·α^i·β^j, unevaluated, the way a caller builds entries with {@link F}. */
    static IExpr term(long c, int i, int j) {
        return F.Times(F.ZZ(c), F.Power(ALPHA, F.ZZ(i)), F.Power(BETA, F.ZZ(j)));
    }

    /** M of eq. (38): d/dt (p_xx, p_yy, p_yz, p_zz) = M (p_xx, p_yy, p_yz, p_zz), from eq. (37). */
    static PolynomialMatrix m() throws AlgebraException {
        return PolynomialMatrix.of(PARAMETERS, List.of(
                List.of(term(-4, 0, 2), term(4, 0, 2), F.C0, F.C0),
                List.of(term(4, 0, 2), term(-4, 0, 2), term(-4, 1, 0), F.C0),
                List.of(F.C0, term(2, 1, 0), term(-2, 0, 2), term(-2, 1, 0)),
                List.of(F.C0, F.C0, term(4, 1, 0), F.C0)));
    }

    /** Q of eq. (40): d/dt (m_y, m_z) = Q (m_y, m_z). */
    static PolynomialMatrix q() throws AlgebraException {
        return PolynomialMatrix.of(PARAMETERS, List.of(
                List.of(term(-2, 0, 2), term(-2, 1, 0)),
                List.of(term(2, 1, 0), F.C0)));
    }

    /** The block of eq. (36): d/dt (p_xy, p_xz). */
    static PolynomialMatrix crossBlock() throws AlgebraException {
        return PolynomialMatrix.of(PARAMETERS, List.of(
                List.of(term(-8, 0, 2), term(-2, 1, 0)),
                List.of(term(2, 1, 0), term(-2, 0, 2))));
    }

    /**
     * The six covariance equations (35) in the order (p_xx, p_xy, p_xz, p_yy, p_yz, p_zz), before they are split into
     * the blocks (36) and (37).
     */
    static PolynomialMatrix covariances() throws AlgebraException {
        IExpr z = F.C0;
        return PolynomialMatrix.of(PARAMETERS, List.of(
                List.of(term(-4, 0, 2), z, z, term(4, 0, 2), z, z),
                List.of(z, term(-8, 0, 2), term(-2, 1, 0), z, z, z),
                List.of(z, term(2, 1, 0), term(-2, 0, 2), z, z, z),
                List.of(term(4, 0, 2), z, z, term(-4, 0, 2), term(-4, 1, 0), z),
                List.of(z, z, z, term(2, 1, 0), term(-2, 0, 2), term(-2, 1, 0)),
                List.of(z, z, z, z, term(4, 1, 0), z)));
    }

    /**
     * The homogeneous part of eq. (83), p_xx eliminated by p_xx + p_yy + p_zz = 1: d/dt (p_yy, p_yz, p_zz) =
     * G (p_yy, p_yz, p_zz) + (4β², 0, 0).
     */
    static PolynomialMatrix reduced() throws AlgebraException {
        return PolynomialMatrix.of(PARAMETERS, List.of(
                List.of(term(-8, 0, 2), term(-4, 1, 0), term(-4, 0, 2)),
                List.of(term(2, 1, 0), term(-2, 0, 2), term(-2, 1, 0)),
                List.of(F.C0, term(4, 1, 0), F.C0)));
    }

    /** The polynomial Σ c_i λ^i from Symja coefficients, ascending. */
    static ParametricPolynomial poly(IExpr... ascending) throws AlgebraException {
        return ParametricPolynomial.of(RING, List.of(ascending));
    }
}

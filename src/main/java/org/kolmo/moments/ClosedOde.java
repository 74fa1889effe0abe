package org.kolmo.moments;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.AlgebraException;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.ParametricPolynomial;
import org.kolmo.algebra.PolynomialMatrix;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.ParameterAtoms;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The exact closed higher-order ODE of one moment (Chen et al. 2025, Proposition 1 and eqs. 9-11, 41-45, 82-86):
 * Σ_i a_i u^{(i)} = C for the component u = u_j of a linear moment system u' = F u + h.
 *
 * <p>The polynomial a(λ) is the characteristic polynomial of the component's subsystem (its block and every block
 * that feeds it), or with {@code minimal} the component's own annihilating polynomial, the lowest order at which
 * e_j^T F^k falls into the span of the lower powers. A constant term h is handled by augmenting the state with the
 * constant 1. When a(λ) = λ q(λ) (a conserved quantity, or the augmentation), one order drops:
 * d/dt[e_j^T q(F) u] = e_j^T a(F) u = 0 gives q(D) u_j = C with C = e_j^T q(F) u(0), and when q(0) ≠ 0 the
 * constant is an equilibrium, q(D)(u_j - u∞) = 0 with u∞ = C / q(0) (eq. 45: u∞ = 1/3; eq. 86: C = 32α²β²).
 *
 * @param component      the moment's name, e.g. {@code p_zz}
 * @param coefficients   a_0..a_n of the left-hand side, highest a_n = 1
 * @param constant       C of the reduced form, or null for the homogeneous form Σ a_i u^{(i)} = 0
 * @param equilibrium    u∞ = C / a_0 when the reduced form has one, else null
 * @param initialDerivatives u^{(k)}(0) for k = 0..n-1, exact, from the model's initial values (or symbols u_0)
 * @param subsystem      the moments the equation was derived from
 * @param minimal        whether a(λ) is the component's own annihilating polynomial
 * @param radicals       radicals and other non-rational functions of parameters in the subsystem (sqrt(beta)) that
 *                       the exact algebra treated as independent symbols ({@link ParameterAtoms}); empty when
 *                       there are none
 */
public record ClosedOde(String component, List<IExpr> coefficients, IExpr constant, IExpr equilibrium,
        List<IExpr> initialDerivatives, MomentSystem subsystem, boolean minimal, List<IExpr> radicals) {

    public int order() {
        return coefficients.size() - 1;
    }

    /**
     * Derives the closed equation of {@code component}.
     *
     * @param withConstant reduce the order by one where a(0) = 0, with the constant C (and u∞ when it exists)
     * @throws MomentsException when the component does not exist
     */
    public static ClosedOde derive(MomentSystem system, String component, boolean minimal, boolean withConstant)
            throws MomentsException {
        int index = system.indexOf(component);
        if (index < 0) {
            throw MomentsException.option("--of", MomentsErrorCode.NO_SUCH_MOMENT, component, system.model().name(),
                    " at order " + system.order() + " (moments: " + String.join(", ", system.names()) + ")");
        }
        MomentStructure structure = MomentStructure.of(system);
        MomentSystem sub = system.restrict(structure.closure(List.of(index)));
        int j = sub.indexOf(component);
        boolean augmented = !sub.isHomogeneous();
        List<List<IExpr>> f = augmentedMatrix(sub, augmented);
        List<IExpr> u0 = initialState(sub, augmented);
        // radicals (and other non-rational functions) of parameters become generators of the polynomial algebra,
        // mapped back at the end
        List<IExpr> inputs = new ArrayList<>(u0);
        f.forEach(inputs::addAll);
        List<ISymbol> parameters = system.model().parameterSymbols();
        ParameterAtoms atoms = ParameterAtoms.of(inputs, parameters::contains);
        f = f.stream().map(atoms::forward).toList();
        u0 = atoms.forward(u0);
        List<ISymbol> ring = new ArrayList<>(parameters);
        ring.addAll(atoms.symbols());

        CasSession.get().assume(system.model().parameters());
        // the polynomial algebra needs polynomial entries: with F = G/d (d a common denominator in the parameters),
        // a_F(λ) = d^-n a_G(d λ), so a_k = c_k d^(k-n), and e_j F^k u0 = e_j G^k u0 / d^k
        IExpr d = commonDenominator(f);
        IExpr dFinal = d;
        List<List<IExpr>> g = f.stream().map(row -> row.stream()
                .map(x -> ExactTogether.evaluate(F.Times(dFinal, x))).toList()).toList();
        // the polynomial algebra is Java on JAS (Berkowitz, Krylov rows), called directly: one exact matrix for the
        // polynomial, the initial derivatives and the constant
        PolynomialMatrix gm = polynomialMatrix(ring, g, component);
        ParametricPolynomial polynomial = minimal ? gm.componentAnnihilator(j).polynomial()
                : gm.characteristicPolynomial();
        List<IExpr> c = polynomial.coefficients();
        int n = c.size() - 1;
        List<IExpr> coefficients = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            coefficients.add(ExactTogether.evaluate(F.Times(c.get(k), F.Power(d, F.ZZ(k - n)))));
        }
        boolean reduced = withConstant && coefficients.size() > 1 && coefficients.get(0).isZero();
        if (reduced) {
            coefficients.remove(0); // a(λ) = λ q(λ)
        }
        int order = coefficients.size() - 1;
        // u^(k)(0) = (e_j^T G^k u(0)) / d^k for k = 0..order (the last one only for the constant C = q(D) u at t = 0)
        List<List<IExpr>> krylov = gm.krylovRows(j, order + 1).toExprRows();
        List<IExpr> derivatives = new ArrayList<>();
        for (int k = 0; k <= order; k++) {
            derivatives.add(ExactTogether.evaluate(F.Times(dot(krylov.get(k), u0), F.Power(d, F.ZZ(-k)))));
        }
        // C = Σ_k q_k u^(k)(0) [Chen et al. 2025, eqs. 44, 86]
        IExpr constant = reduced ? ExactTogether.evaluate(dot(coefficients, derivatives)) : null;
        IExpr equilibrium = null;
        List<IExpr> initialDerivatives = derivatives.subList(0, order);
        coefficients = new ArrayList<>(atoms.back(coefficients).stream().map(ExactTogether::evaluate).toList());
        if (constant != null) {
            constant = ExactTogether.evaluate(atoms.back(constant));
            if (!coefficients.get(0).isZero()) {
                equilibrium = ExactTogether.evaluate(F.Divide(constant, coefficients.get(0)));
            }
        }
        List<IExpr> initial = atoms.back(initialDerivatives).stream().map(ExactTogether::evaluate).toList();
        return new ClosedOde(component, List.copyOf(coefficients), constant, equilibrium, initial, sub, minimal,
                atoms.atoms());
    }

    /** The exact matrix of G over Q[ring]; entries that are not polynomial in the ring are a user error. */
    private static PolynomialMatrix polynomialMatrix(List<ISymbol> ring, List<List<IExpr>> g, String component)
            throws MomentsException {
        try {
            return PolynomialMatrix.of(ring, g);
        } catch (AlgebraException e) {
            throw MomentsException.inModel(MomentsErrorCode.OUTSIDE_EXACT_ALGEBRA, component, e.diagnostic().message());
        }
    }

    /** Σ_i a_i b_i, unsimplified. */
    private static IExpr dot(List<IExpr> a, List<IExpr> b) {
        IExpr sum = F.C0;
        for (int i = 0; i < a.size(); i++) {
            sum = F.Plus(sum, F.Times(a.get(i), b.get(i)));
        }
        return sum;
    }

    /**
     * A common denominator of the entries, as a polynomial in the parameters: the product of their distinct
     * denominators, each taken only when the product so far is not already a multiple of it (1 for a polynomial
     * matrix, which then goes to the algebra unchanged).
     */
    private static IExpr commonDenominator(List<List<IExpr>> m) {
        IExpr d = F.C1;
        for (List<IExpr> row : m) {
            for (IExpr x : row) {
                IExpr den = CasSession.get().evaluate(F.Denominator(ExactTogether.evaluate(x)));
                if (den.isOne() || den.isNumber()) {
                    continue;
                }
                IExpr ratio = CasSession.get().evaluate(F.Denominator(ExactTogether.evaluate(F.Divide(d, den))));
                if (!ratio.isNumber()) {
                    d = CasSession.get().evaluate(F.Expand(F.Times(d, ratio)));
                }
            }
        }
        return d;
    }

    private static List<List<IExpr>> augmentedMatrix(MomentSystem s, boolean augmented) {
        List<List<IExpr>> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            List<IExpr> row = new ArrayList<>(s.matrix().get(i));
            if (augmented) {
                row.add(s.constant().get(i));
            }
            rows.add(row);
        }
        if (augmented) {
            List<IExpr> last = new ArrayList<>();
            for (int i = 0; i <= s.size(); i++) {
                last.add(F.C0);
            }
            rows.add(last);
        }
        return rows;
    }

    /** u(0), with the augmented constant 1; symbols {@code <name>_0} where the model gives no initial values. */
    private static List<IExpr> initialState(MomentSystem s, boolean augmented) {
        List<IExpr> u0 = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            u0.add(s.hasInitialValues() ? s.initialValues().get(i) : Symbols.internal(s.names().get(i) + "_0"));
        }
        if (augmented) {
            u0.add(F.C1);
        }
        return u0;
    }

    /** The unknown's symbol, e.g. p_zz. */
    public ISymbol symbol() {
        return Symbols.internal(component);
    }
}

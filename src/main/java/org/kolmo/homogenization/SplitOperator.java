package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.RationalFunctionField;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * One term of the split generator, L_k = Σ_z b_z ∂_z + ½ Σ_{z,w} a_{zw} ∂_z ∂_w over all variables z of the model
 * (slow, fast, functionals), with every coefficient a polynomial in the fast variables (seed 000, eqs. 26-28 and the
 * erratum of MATH.md: the σ0σ0^T term of L2 acts on X).
 *
 * @param field     the field of the coefficients
 * @param variables the symbols z, in the order of the model
 * @param fast      the fast variables Y, a sub-list of {@code variables}
 * @param drift     b_z, one per variable
 * @param diffusion a_{zw}, symmetric
 */
public record SplitOperator(RationalFunctionField field, List<ISymbol> variables, List<ISymbol> fast,
        List<FastPolynomial> drift, List<List<FastPolynomial>> diffusion) {

    public SplitOperator {
        variables = List.copyOf(variables);
        fast = List.copyOf(fast);
        drift = List.copyOf(drift);
        List<List<FastPolynomial>> rows = new ArrayList<>();
        for (List<FastPolynomial> r : diffusion) {
            rows.add(List.copyOf(r));
        }
        diffusion = List.copyOf(rows);
    }

    public static SplitOperator zero(RationalFunctionField field, List<ISymbol> variables, List<ISymbol> fast) {
        int d = variables.size();
        FastPolynomial z = FastPolynomial.zero(field, fast.size());
        List<FastPolynomial> b = new ArrayList<>();
        List<List<FastPolynomial>> a = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            b.add(z);
            List<FastPolynomial> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                row.add(z);
            }
            a.add(row);
        }
        return new SplitOperator(field, variables, fast, b, a);
    }

    public boolean isZero() {
        return drift.stream().allMatch(FastPolynomial::isZero)
                && diffusion.stream().flatMap(List::stream).allMatch(FastPolynomial::isZero);
    }

    /**
     * L h for h = Σ_α c_α(X, A) Y^α: derivatives in the fast variables act on the monomials, the others on the
     * coefficients.
     */
    public FastPolynomial apply(FastPolynomial h) {
        return apply(h, false);
    }

    /**
     * The part of L h in which the derivatives act on the slow variables and functionals only (first order and the
     * slow-slow second order): θ·∇_X̃ h in seed 000, eq. 40, whose average is the noise-induced drift.
     */
    public FastPolynomial applySlowPart(FastPolynomial h) {
        return apply(h, true);
    }

    /** L h - (slow part of L) h: every term in which some derivative acts on a fast variable. */
    public FastPolynomial applyFastPart(FastPolynomial h) {
        return apply(h).minus(applySlowPart(h));
    }

    private FastPolynomial apply(FastPolynomial h, boolean slowOnly) {
        int m = fast.size();
        int d = variables.size();
        List<FastPolynomial> first = new ArrayList<>(d);
        for (int z = 0; z < d; z++) {
            first.add(partial(h, z));
        }
        List<FastPolynomial> parts = new ArrayList<>();
        Quotient<BigInteger> half = field.divide(field.one(), field.fromInteger(2));
        for (int z = 0; z < d; z++) {
            if (drift.get(z).isZero() || slowOnly && isFast(z)) {
                continue;
            }
            parts.add(drift.get(z).times(first.get(z)));
        }
        for (int z = 0; z < d; z++) {
            for (int w = 0; w < d; w++) {
                FastPolynomial a = diffusion.get(z).get(w);
                if (a.isZero() || slowOnly && (isFast(z) || isFast(w))) {
                    continue;
                }
                parts.add(a.times(partial(first.get(z), w)).times(half));
            }
        }
        return FastPolynomial.sum(field, m, parts);
    }

    /**
     * Γ(z, h) = Σ_w a_{zw} ∂_w h, the carré du champ of this operator between the variable z (its index) and h:
     * L(z h) - z L h - h L z.
     */
    public FastPolynomial carreDuChamp(int z, FastPolynomial h) {
        List<FastPolynomial> parts = new ArrayList<>();
        for (int w = 0; w < variables.size(); w++) {
            FastPolynomial a = diffusion.get(z).get(w);
            if (!a.isZero()) {
                parts.add(a.times(partial(h, w)));
            }
        }
        return FastPolynomial.sum(field, fast.size(), parts);
    }

    /** L f for f(X, A) free of the fast variables, as an ordinary expression (no cell problem needed). */
    public FastPolynomial applyToSlow(IExpr f) {
        return apply(FastPolynomial.constant(field, fast.size(), field.fromExpr(f)));
    }

    private boolean isFast(int z) {
        return fast.contains(variables.get(z));
    }

    private FastPolynomial partial(FastPolynomial h, int z) {
        ISymbol s = variables.get(z);
        int k = fast.indexOf(s);
        return k >= 0 ? h.derivative(k) : h.derivative(s);
    }
}

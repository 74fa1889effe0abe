package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

/**
 * A univariate polynomial p(λ) = Σ_{i=0}^{n} a_i λ^i whose coefficients a_i are polynomials in the parameters
 * (elements of a {@link ParameterRing}): the shape of characteristic, minimal and component annihilating polynomials
 * (MATH.md §3; seed 003, eqs. (9)-(11) and (82)).
 *
 * <p>Coefficients are kept in ascending order of powers of λ and without trailing zeros, so {@link #degree()} is the
 * index of the last coefficient; the zero polynomial has degree -1. Immutable.
 */
public final class ParametricPolynomial {
    private final ParameterRing ring;
    private final List<GenPolynomial<BigRational>> coefficients;

    /**
     * The polynomial Σ a_i λ^i.
     *
     * @param ascending a_0, a_1, ..., a_n; trailing zeros are dropped
     */
    public ParametricPolynomial(ParameterRing ring, List<GenPolynomial<BigRational>> ascending) {
        this.ring = Objects.requireNonNull(ring);
        int end = ascending.size();
        while (end > 0 && ascending.get(end - 1).isZERO()) {
            end--;
        }
        List<GenPolynomial<BigRational>> copy = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            GenPolynomial<BigRational> c = ascending.get(i);
            if (!c.ring.equals(ring.jasRing())) {
                throw new AlgebraArgumentException(AlgebraErrorCode.RING_MISMATCH, ring.describe(),
                        String.join(", ", c.ring.getVars()));
            }
            copy.add(c);
        }
        this.coefficients = Collections.unmodifiableList(copy);
    }

    /**
     * The polynomial with the given Symja coefficients a_0..a_n, each a polynomial in the ring's parameters.
     *
     * @throws AlgebraException {@link AlgebraErrorCode#NOT_POLYNOMIAL} naming the coefficient that is not
     */
    public static ParametricPolynomial of(ParameterRing ring, List<? extends IExpr> ascending) throws AlgebraException {
        List<GenPolynomial<BigRational>> c = new ArrayList<>(ascending.size());
        for (int i = 0; i < ascending.size(); i++) {
            c.add(ring.toPolynomial(ascending.get(i), "the coefficient of λ^" + i));
        }
        return new ParametricPolynomial(ring, c);
    }

    /** The parameter ring of the coefficients. */
    public ParameterRing ring() {
        return ring;
    }

    /** The degree in λ; -1 for the zero polynomial. */
    public int degree() {
        return coefficients.size() - 1;
    }

    /** True for the zero polynomial. */
    public boolean isZero() {
        return coefficients.isEmpty();
    }

    /** True when the coefficient of the highest power of λ is 1. */
    public boolean isMonic() {
        return !isZero() && coefficients.get(degree()).isONE();
    }

    /** The coefficients a_0..a_n as Symja expressions in expanded canonical form. */
    public List<IExpr> coefficients() {
        List<IExpr> out = new ArrayList<>(coefficients.size());
        for (GenPolynomial<BigRational> c : coefficients) {
            out.add(ring.toExpr(c));
        }
        return Collections.unmodifiableList(out);
    }

    /** The coefficient a_i as a Symja expression; 0 beyond the degree. */
    public IExpr coefficient(int i) {
        return ring.toExpr(coefficientPolynomial(i));
    }

    /** The coefficient a_i as a JAS polynomial (read-only); zero beyond the degree. */
    public GenPolynomial<BigRational> coefficientPolynomial(int i) {
        if (i < 0) {
            throw new AlgebraArgumentException(AlgebraErrorCode.COUNT_TOO_SMALL, "a power of λ", 0, i);
        }
        return i < coefficients.size() ? coefficients.get(i) : ring.zero();
    }

    /** The coefficients a_0..a_n as JAS polynomials (read-only). */
    public List<GenPolynomial<BigRational>> coefficientPolynomials() {
        return coefficients;
    }

    /** Σ a_i λ^i as one expanded Symja expression in {@code lambda} and the parameters. */
    public IExpr toExpr(ISymbol lambda) {
        if (ring.parameters().contains(lambda)) {
            throw new AlgebraArgumentException(AlgebraErrorCode.VARIABLE_IS_PARAMETER,
                    org.kolmo.cas.Symbols.displayName(lambda));
        }
        IASTAppendable sum = F.ast(S.Plus, coefficients.size());
        for (int i = 0; i < coefficients.size(); i++) {
            IExpr power = i == 0 ? null : i == 1 ? lambda : F.Power(lambda, F.ZZ(i));
            // one flat sum of monomials c·p^e·λ^i: Symja's evaluation only has to sort it
            ring.appendTerms(sum, coefficients.get(i), power);
        }
        return SymjaEvaluation.eval(sum.argSize() == 0 ? F.C0 : sum);
    }

    /** The coefficients a_0..a_n at numeric parameter values, given in the order of the ring's parameters. */
    public double[] coefficientsAt(double... parameterValues) {
        ring.checkValues(parameterValues);
        double[] out = new double[coefficients.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ring.evaluate(coefficients.get(i), parameterValues);
        }
        return out;
    }

    /** The coefficients a_0..a_n, exactly, at rational parameter values. */
    public List<BigRational> coefficientsAt(List<BigRational> parameterValues) {
        List<BigRational> out = new ArrayList<>(coefficients.size());
        for (GenPolynomial<BigRational> c : coefficients) {
            out.add(ring.evaluate(c, parameterValues));
        }
        return out;
    }

    /** The multiplicity of the root λ = 0, i.e. the number of leading zero coefficients a_0 = a_1 = ... = 0. */
    public int zeroRootMultiplicity() {
        int m = 0;
        while (m < coefficients.size() && coefficients.get(m).isZERO()) {
            m++;
        }
        return m;
    }

    /**
     * p(λ) / λ^m with m the multiplicity of the root 0. For the covariances of seed 003 this turns the fourth-order
     * relation (43) into the third-order one of (44)-(45), whose constant C comes from the conserved quantity.
     */
    public ParametricPolynomial withoutZeroRoots() {
        return new ParametricPolynomial(ring, coefficients.subList(zeroRootMultiplicity(), coefficients.size()));
    }

    /** The sum of two polynomials over the same parameters. */
    public ParametricPolynomial add(ParametricPolynomial other) {
        ring.requireSame(other.ring);
        int n = Math.max(coefficients.size(), other.coefficients.size());
        List<GenPolynomial<BigRational>> c = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            c.add(coefficientPolynomial(i).sum(other.coefficientPolynomial(i)));
        }
        return new ParametricPolynomial(ring, c);
    }

    /** The product of two polynomials over the same parameters. */
    public ParametricPolynomial multiply(ParametricPolynomial other) {
        ring.requireSame(other.ring);
        if (isZero() || other.isZero()) {
            return new ParametricPolynomial(ring, List.of());
        }
        List<GenPolynomial<BigRational>> c = new ArrayList<>();
        for (int k = 0; k <= degree() + other.degree(); k++) {
            c.add(ring.zero());
        }
        for (int i = 0; i <= degree(); i++) {
            for (int j = 0; j <= other.degree(); j++) {
                c.set(i + j, c.get(i + j).sum(coefficients.get(i).multiply(other.coefficients.get(j))));
            }
        }
        return new ParametricPolynomial(ring, c);
    }

    /**
     * Division with remainder by a divisor that is monic in λ: this = q·divisor + r with deg r &lt; deg divisor. Since
     * the divisor is monic no parameter ever lands in a denominator, so q and r again have polynomial coefficients.
     *
     * @return {q, r}
     */
    public ParametricPolynomial[] divideByMonic(ParametricPolynomial divisor) {
        ring.requireSame(divisor.ring);
        if (!divisor.isMonic()) {
            throw new AlgebraArgumentException(AlgebraErrorCode.NOT_MONIC, "the divisor",
                    divisor.isZero() ? "0" : ParameterRing.readable(divisor.coefficient(divisor.degree())));
        }
        int m = divisor.degree();
        List<GenPolynomial<BigRational>> r = new ArrayList<>(coefficients);
        List<GenPolynomial<BigRational>> q = new ArrayList<>();
        for (int k = 0; k <= degree() - m; k++) {
            q.add(ring.zero());
        }
        for (int k = degree() - m; k >= 0; k--) {
            GenPolynomial<BigRational> lead = r.get(k + m);
            q.set(k, lead);
            for (int i = 0; i <= m; i++) {
                r.set(k + i, r.get(k + i).subtract(lead.multiply(divisor.coefficients.get(i))));
            }
        }
        return new ParametricPolynomial[] {new ParametricPolynomial(ring, q),
            new ParametricPolynomial(ring, r.subList(0, Math.min(m, r.size())))};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParametricPolynomial p && p.ring.equals(ring) && p.coefficients.equals(coefficients);
    }

    @Override
    public int hashCode() {
        return coefficients.hashCode();
    }

    /** Σ a_i λ^i with the coefficients in JAS's notation, highest power first, e.g. {@code λ^2 + (2 b^2) λ + (4 a^2)}. */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = degree(); i >= 0; i--) {
            GenPolynomial<BigRational> c = coefficients.get(i);
            if (c.isZERO()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            String power = i == 0 ? "" : i == 1 ? "λ" : "λ^" + i;
            if (c.isONE() && i > 0) {
                sb.append(power);
            } else {
                sb.append('(').append(org.kolmo.cas.Symbols.readable(c.toString())).append(')');
                if (i > 0) {
                    sb.append(' ').append(power);
                }
            }
        }
        return sb.toString();
    }
}

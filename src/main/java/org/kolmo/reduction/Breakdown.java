package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.Complex_F64;
import org.ejml.simple.SimpleMatrix;
import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.AlgebraException;
import org.kolmo.algebra.ParametricPolynomial;
import org.kolmo.algebra.PolynomialMatrix;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.ParameterAtoms;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Where a reduction breaks down (Chen et al. 2025, eq. 55 and Fig. 2): the smallest ε > 0 at which two eigenvalues of
 * the rescaled generator F_ε merge and turn complex, so the real invariant manifold ceases to exist. It is a root of
 * the discriminant, in λ, of the characteristic polynomial of F_ε (with its zero roots, the conservation laws,
 * removed): ε_c' = β²/(2|α|) for the mean block (eq. 55), ε_c'' ≈ 0.59185 at α = 1/2, β = 1 for the covariances.
 *
 * @param characteristic det(λI - F_ε) without its factor λ^k
 * @param discriminant   its discriminant in λ, factored
 * @param closedForm     the critical ε as an expression when the discriminant's relevant factor is at most
 *                       quadratic in ε (or in ε²), else null
 * @param value          the critical ε at the model's parameter values, or NaN when the spectrum stays real
 */
public record Breakdown(IExpr characteristic, IExpr discriminant, IExpr closedForm, double value) {

    /**
     * Computes the breakdown point of a rescaled block.
     *
     * @throws ReductionException when the block is not polynomial in the parameters and ε
     */
    public static Breakdown of(List<List<IExpr>> scaled, List<Parameter> parameters, ISymbol eps, Numeric values)
            throws ReductionException {
        CasSession cas = CasSession.get();
        List<ISymbol> symbols = new ArrayList<>(parameters.stream().map(Parameter::symbol).toList());
        // roots and functions of parameters are generators of the characteristic polynomial, mapped back after
        ParameterAtoms atoms = ParameterAtoms.ofRegimeMatrix(scaled, eps);
        symbols.addAll(atoms.symbols());
        ParametricPolynomial p;
        try {
            p = PolynomialMatrix.of(symbols, scaled.stream().map(atoms::forward).toList()).characteristicPolynomial()
                    .withoutZeroRoots();
        } catch (AlgebraException e) {
            throw ReductionException.option("--scale", ReductionErrorCode.MATRIX_NOT_POLYNOMIAL,
                    e.diagnostic().message());
        }
        ISymbol lambda = Symbols.internal("lambda");
        IExpr chi = p.toExpr(lambda);
        IExpr disc = cas.evaluate(F.Factor(F.Discriminant(chi, lambda)));
        chi = atoms.back(chi);
        disc = atoms.back(disc);
        double critical = Double.NaN;
        IExpr relevant = null;
        // the positive real roots of every factor, smallest first; the first at which the spectrum turns complex
        List<IExpr> factorList = InvariantManifold.factors(disc, eps);
        List<double[]> candidates = new ArrayList<>();
        for (int k = 0; k < factorList.size(); k++) {
            List<IExpr> c = EpsilonSeries.coefficients(factorList.get(k), eps);
            double[] v = new double[c.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.eval(c.get(i));
            }
            for (Complex_F64 r : PolynomialRoots.of(v)) {
                if (Math.abs(r.imaginary) < 1e-9 * Math.max(1, Math.abs(r.real)) && r.real > 0) {
                    candidates.add(new double[] {r.real, k});
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(x[0], y[0]));
        for (double[] c : candidates) {
            double e = c[0];
            if (!realSpectrum(scaled, values.with(eps, e * (1 + 1e-6))) && realSpectrum(scaled,
                    values.with(eps, e * (1 - 1e-6)))) {
                critical = e;
                relevant = factorList.get((int) c[1]);
                break;
            }
        }
        IExpr closed = relevant == null ? null : closedForm(relevant, eps, critical, values, parameters);
        return new Breakdown(chi, disc, closed, critical);
    }

    /** True when every eigenvalue of the rescaled block is real at these values. */
    public static boolean realSpectrum(List<List<IExpr>> scaled, Numeric at) {
        SimpleMatrix m = new SimpleMatrix(at.eval(scaled));
        var evd = m.eig();
        for (int i = 0; i < evd.getNumberOfEigenvalues(); i++) {
            Complex_F64 z = evd.getEigenvalue(i);
            if (Math.abs(z.imaginary) > 1e-9 * Math.max(1, z.getMagnitude())) {
                return false;
            }
        }
        return true;
    }

    /** The root of a factor of low degree in ε (or ε²) that equals the numeric value; |p| for odd real p. */
    private static IExpr closedForm(IExpr factor, ISymbol eps, double value, Numeric values,
            List<Parameter> parameters) {
        CasSession cas = CasSession.get();
        int degree = CasSession.get().evaluate(F.Exponent(factor, eps)).toIntDefault();
        if (degree > 4) {
            return null;
        }
        IExpr sol = cas.evaluate(F.Solve(F.Equal(factor, F.C0), eps));
        if (!sol.isList()) {
            return null;
        }
        for (IExpr rule : (IAST) sol) {
            IExpr root = ExactTogether.evaluate(((IAST) rule).arg1().second());
            try {
                if (Math.abs(values.eval(root) - value) > 1e-8 * Math.max(1, value)) {
                    continue;
                }
            } catch (RuntimeException e) {
                continue;
            }
            // a root odd in a real parameter of unknown sign is positive as a function of |p|
            for (Parameter p : parameters) {
                if (p.assumptions().contains(Assumption.POSITIVE) || p.assumptions().contains(Assumption.SMALL)
                        || root.isFree(p.symbol())) {
                    continue;
                }
                IExpr flipped = ExactTogether.evaluate(F.Plus(root, F.subst(root, p.symbol(), F.Negate(p.symbol()))));
                if (flipped.isZero() && values.value(p.symbol()) > 0) {
                    root = cas.evaluate(F.subst(root, p.symbol(), F.Abs(p.symbol())));
                }
            }
            return root;
        }
        return null;
    }
}

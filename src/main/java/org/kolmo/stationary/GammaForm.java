package org.kolmo.stationary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A density of the form u^p exp(-c u^n) in the distance u from a point: u = x - e on (e, inf), u = e - x on
 * (-inf, e), and u = x - m on the whole line (there p = 0 and n even). Every moment of such a density is a ratio of
 * Gamma functions, E[u^j] = c^(-j/n) Gamma((p + 1 + j)/n)/Gamma((p + 1)/n): the x^n potentials with constant noise,
 * the Ornstein-Uhlenbeck Gaussian, and the Gamma densities of multiplicative noise on a half-line.
 *
 * <p>It is recognised from the logarithmic derivative L' of the density: u L'(u) = p - c n u^n must be a polynomial
 * in u with only those two terms.
 *
 * @param kind   where the density lives
 * @param centre e (half-lines) or m (whole line)
 * @param p      the power of u (0 on the whole line)
 * @param c      the coefficient of u^n in the exponent
 * @param n      the power in the exponent
 */
record GammaForm(DoubleExponential.Kind kind, IExpr centre, IExpr p, IExpr c, int n) implements ClosedForm {

    /** Recognises the form from L' on the whole line. */
    static Optional<GammaForm> onWholeLine(IExpr logDerivative, ISymbol x) {
        IExpr lp = Symbolic.together(logDerivative);
        if (!Symbolic.isPolynomial(lp, x)) {
            return Optional.empty();
        }
        List<IExpr> coef = Symbolic.coefficients(lp, x);
        int degree = coef.size() - 1; // n - 1
        if (degree < 1 || degree % 2 == 0) {
            return Optional.empty();
        }
        IExpr lead = coef.get(degree);
        // the centre m cancels the next-to-leading term of -c n (x - m)^(n-1)
        IExpr m = Symbolic.simplify(F.Divide(F.Negate(coef.get(degree - 1)), F.Times(F.ZZ(degree), lead)));
        IExpr shifted = Symbolic.eval(F.ReplaceAll(lp, F.Rule(x, F.Plus(x, m))));
        if (!Symbolic.isZero(F.Subtract(shifted, F.Times(lead, F.Power(x, F.ZZ(degree)))))) {
            return Optional.empty();
        }
        int n = degree + 1;
        IExpr c = Symbolic.simplify(F.Divide(F.Negate(lead), F.ZZ(n)));
        return Optional.of(new GammaForm(DoubleExponential.Kind.WHOLE_LINE, m, F.C0, c, n));
    }

    /** Recognises the form on the half-line beyond the end point {@code e} ({@code RIGHT_OF} or {@code LEFT_OF}). */
    static Optional<GammaForm> onHalfLine(IExpr logDerivative, ISymbol x, IExpr e, DoubleExponential.Kind kind) {
        IExpr g = Symbolic.together(F.Times(F.Subtract(x, e), logDerivative));
        if (!Symbolic.isPolynomial(g, x)) {
            return Optional.empty();
        }
        IExpr inU = Symbolic.eval(F.ReplaceAll(g, F.Rule(x, kind == DoubleExponential.Kind.RIGHT_OF
                ? F.Plus(e, x) : F.Subtract(e, x))));
        List<IExpr> coef = Symbolic.coefficients(inU, x);
        if (coef.isEmpty()) {
            return Optional.empty();
        }
        int n = -1;
        for (int i = 1; i < coef.size(); i++) {
            if (!Symbolic.isZero(coef.get(i))) {
                if (n > 0) {
                    return Optional.empty();
                }
                n = i;
            }
        }
        if (n < 1) {
            return Optional.empty();
        }
        IExpr p = Symbolic.simplify(coef.get(0));
        IExpr c = Symbolic.simplify(F.Divide(F.Negate(coef.get(n)), F.ZZ(n)));
        return Optional.of(new GammaForm(kind, e, p, c, n));
    }

    /** u as an expression in x. */
    IExpr distance(ISymbol x) {
        return kind == DoubleExponential.Kind.LEFT_OF ? F.Subtract(centre, x) : F.Subtract(x, centre);
    }

    /** The unnormalised density u^p exp(-c u^n). */
    @Override
    public IExpr density(ISymbol x) {
        IExpr u = distance(x);
        IExpr e = F.Exp(F.Times(F.CN1, c, F.Power(u, F.ZZ(n))));
        return Symbolic.eval(p.isZero() ? e : F.Times(F.Power(u, p), e));
    }

    /** The logarithm of {@link #density}, for quadrature. */
    @Override
    public IExpr logDensity(ISymbol x) {
        IExpr u = distance(x);
        return Symbolic.eval(F.Plus(F.Times(p, F.Log(u)), F.Times(F.CN1, c, F.Power(u, F.ZZ(n)))));
    }

    private IExpr z() {
        return Symbolic.eval(F.Divide(F.Plus(p, F.C1), F.ZZ(n)));
    }

    /** The integral of {@link #density}. */
    @Override
    public IExpr normaliser() {
        IExpr z = z();
        IExpr half = F.Divide(F.Gamma(z), F.Times(F.ZZ(n), F.Power(c, z)));
        return Symbolic.simplify(kind == DoubleExponential.Kind.WHOLE_LINE ? F.Times(F.C2, half) : half);
    }

    /**
     * E[u^j] = c^(-j/n) Gamma(z + j/n)/Gamma(z), z = (p + 1)/n; the whole j/n of the shift taken out as the rising
     * product Gamma(w + q)/Gamma(w) = w (w + 1) ... (w + q - 1), so that only a ratio with a fractional shift stays.
     */
    IExpr distanceMoment(int j) {
        if (j == 0) {
            return F.C1;
        }
        if (kind == DoubleExponential.Kind.WHOLE_LINE && j % 2 == 1) {
            return F.C0; // symmetric about m
        }
        IExpr z = z();
        int whole = j / n;
        IExpr fraction = F.QQ(j % n, n);
        IExpr w = Symbolic.eval(F.Plus(z, fraction));
        List<IExpr> factors = new ArrayList<>();
        factors.add(F.Power(c, F.QQ(-j, n)));
        for (int i = 0; i < whole; i++) {
            factors.add(F.Plus(w, F.ZZ(i)));
        }
        if (!fraction.isZero()) {
            factors.add(F.Divide(F.Gamma(w), F.Gamma(z)));
        }
        return Symbolic.eval(F.Times(factors.toArray(new IExpr[0])));
    }

    /** E[x^k] by the binomial expansion of x = e ± u. */
    @Override
    public IExpr moment(int k) {
        IExpr sign = kind == DoubleExponential.Kind.LEFT_OF ? F.CN1 : F.C1;
        List<IExpr> terms = new ArrayList<>();
        for (int j = 0; j <= k; j++) {
            terms.add(F.Times(F.Binomial(k, j), k == j ? F.C1 : F.Power(centre, F.ZZ(k - j)), F.Power(sign, F.ZZ(j)),
                    distanceMoment(j)));
        }
        return Symbolic.simplify(Symbolic.eval(F.Plus(terms.toArray(new IExpr[0]))));
    }
}

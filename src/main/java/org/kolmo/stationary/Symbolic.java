package org.kolmo.stationary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.CasException;
import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The symbolic operations of this package, in the one {@link CasSession}. */
final class Symbolic {
    private Symbolic() {
    }

    static IExpr eval(IExpr e) {
        return CasSession.get().evaluate(e);
    }

    /** Kolmo's simplifier (rules/simplify.m), under the parameters' assumptions stated beforehand. */
    static IExpr simplify(IExpr e) {
        return CasSession.get().call("simplifying the stationary density", "KoSimplify", e);
    }

    static IExpr together(IExpr e) {
        return eval(F.Together(e));
    }

    static IExpr d(IExpr e, ISymbol x) {
        return e.isFree(x) ? F.C0 : eval(F.D(e, x));
    }

    /** True when {@code e} simplifies to 0. */
    static boolean isZero(IExpr e) {
        IExpr t = together(e);
        if (t.isZero()) {
            return true;
        }
        try {
            return simplify(t).isZero();
        } catch (CasException ex) {
            return false;
        }
    }

    static boolean isPolynomial(IExpr e, ISymbol x) {
        return eval(F.PolynomialQ(e, x)).isTrue();
    }

    /** Coefficients c_0, c_1, ... of a polynomial in x. */
    static List<IExpr> coefficients(IExpr polynomial, ISymbol x) {
        IExpr list = eval(F.CoefficientList(eval(F.Expand(polynomial)), x));
        List<IExpr> out = new ArrayList<>();
        if (list.isList()) {
            for (IExpr c : (IAST) list) {
                out.add(c);
            }
        }
        return out;
    }

    /** An exact rational equal to the double {@code v} (its shortest decimal form). */
    static IExpr exact(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v));
        if (d.scale() <= 0) {
            return F.ZZ(d.toBigIntegerExact());
        }
        return F.fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /** {@code e} with each parameter replaced by its exact value. */
    static IExpr atValues(IExpr e, Map<ISymbol, IExpr> values) {
        if (values.isEmpty()) {
            return e;
        }
        IExpr[] rules = values.entrySet().stream().map(en -> F.Rule(en.getKey(), en.getValue())).toArray(IExpr[]::new);
        return eval(F.ReplaceAll(e, F.List(rules)));
    }

    /** The real number {@code e} is at the parameter values, or NaN when it is not a finite real number. */
    static double numeric(IExpr e, Map<ISymbol, IExpr> values) {
        IExpr n = eval(F.N(atValues(e, values)));
        if (n.isReal()) {
            return n.evalf();
        }
        if (n.isNumber()) {
            // a complex number whose imaginary part is rounding noise
            IExpr re = eval(F.Re(n));
            IExpr im = eval(F.Im(n));
            if (re.isReal() && im.isReal() && Math.abs(im.evalf()) <= 1e-12 * (1 + Math.abs(re.evalf()))) {
                return re.evalf();
            }
        }
        return Double.NaN;
    }
}

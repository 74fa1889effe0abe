package org.kolmo.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.latex.Notation;
import org.kolmo.latex.Precedence;
import org.kolmo.latex.Quotient;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IReal;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Writes Symja expressions in the expression syntax of the {@code .sde} model file, so that what the engine prints
 * can be read back: {@code + - * / ^}, {@code sqrt exp log sin cos tan sinh cosh tanh abs}, rationals as {@code 2/3},
 * {@code Pi}, {@code I}, and the user's names without Symja's prefix.
 *
 * <p>The order of factors and terms and the reading of products as fractions are those of the LaTeX printer (a
 * shared {@link Notation} and {@link Quotient}), except that sums are never turned round: Symja keeps
 * {@code -(x - 1)^3} and {@code (1 - x)^3} apart, so the writer prints the sum Symja holds and
 * {@code -(Y1 - g*Y2)/eps^2} comes back as {@code (-Y1 + g*Y2)/eps^2}. Denominators are factored as in LaTeX
 * ({@code 1/(g^2 + 2)^2}, not {@code 1/(g^4 + 4*g^2 + 4)}): the text reads back as the same value, in the
 * factored form.
 *
 * <p>Parentheses are the fewest that keep the usual grammar (unary minus binds looser than {@code *} and {@code /},
 * which bind looser than a right-associative {@code ^}) reading the same expression:
 * {@code -2*beta^2*x}, {@code 2*alpha/3}, {@code 1/(2*x)}, {@code x^(1/3)}, {@code 2^(-x)}, {@code (-2)^x}. The
 * number e is written {@code exp(1)}, which every reader of the syntax knows.
 */
public final class ExpressionWriter {
    private record Written(String text, Precedence prec) {
    }

    private static final Map<ISymbol, String> FUNCTIONS = Map.of(S.Sin, "sin", S.Cos, "cos", S.Tan, "tan", S.Sinh,
            "sinh", S.Cosh, "cosh", S.Tanh, "tanh", S.Log, "log", S.Abs, "abs", S.Exp, "exp", S.Sqrt, "sqrt");

    private final Notation notation;

    /** A writer that knows no names: user symbols are written as Symja holds them (lower case). */
    public ExpressionWriter() {
        this(Notation.DEFAULT);
    }

    /** A writer giving back the declared spelling of the names in {@code notation}, and ordering by it. */
    public ExpressionWriter(Notation notation) {
        this.notation = notation;
    }

    /** The text of {@code e} in the model file's syntax. */
    public String write(IExpr e) {
        return print(e).text;
    }

    /**
     * Σ c_k·s_k in the model file's syntax, for names s_k that are not expressions ({@code dt}, {@code dW1},
     * {@code m_z''}): each coefficient read as a product with its sign, the sign written at the join ("a*dt - b*dW"),
     * a coefficient ±1 as the sign alone, a sum in parentheses, zero terms left out. The empty string when every
     * coefficient is zero.
     */
    public String linearForm(List<IExpr> coefficients, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < coefficients.size(); k++) {
            IExpr c = coefficients.get(k);
            if (c.isZero()) {
                continue;
            }
            boolean negative;
            String product;
            if (c.isPlus()) {
                negative = false;
                product = "(" + print(c).text + ")*" + names.get(k);
            } else {
                Quotient q = Quotient.withoutTurning(c, notation);
                negative = q.negative();
                Quotient magnitude = q.abs();
                // not a sum, so nothing in the coefficient binds looser than the * that follows
                product = magnitude.numerator().isEmpty() && magnitude.denominator().isEmpty() ? names.get(k)
                        : quotient(magnitude).text + "*" + names.get(k);
            }
            if (sb.length() == 0) {
                sb.append(negative ? "-" : "").append(product);
            } else {
                sb.append(negative ? " - " : " + ").append(product);
            }
        }
        return sb.toString();
    }

    private Written print(IExpr e) {
        if (e.isNumber()) {
            return number((INumber) e);
        }
        if (e instanceof ISymbol s) {
            return symbol(s);
        }
        if (e.isPlus()) {
            return sum((IAST) e);
        }
        if (e.isTimes()) {
            return quotient(Quotient.withoutTurning(e, notation));
        }
        if (e.isPower()) {
            return power(e.base(), e.exponent());
        }
        if (e.isAST()) {
            return function((IAST) e);
        }
        throw new IllegalArgumentException("cannot write " + e + " in model syntax");
    }

    private Written symbol(ISymbol s) {
        if (s.equals(S.E)) {
            return new Written("exp(1)", Precedence.ATOM);
        }
        if (s.isBuiltInSymbol()) {
            // Symja's own spelling (Pi, I, Infinity), which its parser and the model syntax read back
            return new Written(s.toString(), Precedence.ATOM);
        }
        return new Written(notation.name(s), Precedence.ATOM);
    }

    private Written number(INumber n) {
        if (n.isImaginaryUnit()) {
            return new Written("I", Precedence.ATOM);
        }
        if (n instanceof IInteger i) {
            return new Written(i.toString(), i.isNegative() ? Precedence.NEGATIVE : Precedence.ATOM);
        }
        if (n instanceof IRational) {
            return quotient(Quotient.withoutTurning(n, notation));
        }
        if (n instanceof IReal r) {
            return real(r.doubleValue());
        }
        if (n.re().isZero()) {
            return quotient(Quotient.withoutTurning(n, notation));
        }
        return sum(F.Plus(n.re(), F.Times(n.im(), F.CI)));
    }

    private static Written real(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("cannot write the number " + d + " in model syntax");
        }
        if (d < 0) {
            return new Written("-" + real(-d).text, Precedence.NEGATIVE);
        }
        // plain digits with a decimal point: every reader takes them as a real number, none needs an exponent syntax
        String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return new Written(s.contains(".") ? s : s + ".0", Precedence.ATOM);
    }

    private Written sum(IAST plus) {
        StringBuilder sb = new StringBuilder();
        for (IExpr t : notation.terms(plus)) {
            Quotient q = Quotient.withoutTurning(t, notation);
            Written body = quotient(q.abs());
            String text = body.prec.compareTo(Precedence.NEGATIVE) > 0 ? body.text : "(" + body.text + ")";
            if (sb.length() == 0) {
                sb.append(q.negative() ? "-" : "").append(text);
            } else {
                sb.append(q.negative() ? " - " : " + ").append(text);
            }
        }
        return new Written(sb.toString(), Precedence.SUM);
    }

    private Written quotient(Quotient q) {
        Written body;
        List<IExpr> num = q.numerator();
        List<IExpr> den = q.denominator();
        if (den.isEmpty()) {
            if (num.isEmpty()) {
                body = new Written("1", Precedence.ATOM);
            } else if (num.size() == 1) {
                body = print(num.get(0));
            } else {
                body = new Written(factors(num), Precedence.PRODUCT);
            }
        } else {
            String top = num.isEmpty() ? "1" : factors(num);
            // a/b*c would divide by b only: the denominator is one factor or parenthesised
            String bottom = den.size() == 1 ? atLeast(den.get(0), Precedence.POWER) : "(" + factors(den) + ")";
            body = new Written(top + "/" + bottom, Precedence.PRODUCT);
        }
        if (!q.negative()) {
            return body;
        }
        String inner = body.prec.compareTo(Precedence.PRODUCT) >= 0 ? body.text : "(" + body.text + ")";
        return new Written("-" + inner, Precedence.NEGATIVE);
    }

    private String factors(List<IExpr> fs) {
        List<String> parts = new ArrayList<>();
        for (IExpr f : fs) {
            // a factor written a/b would regroup with its neighbours, so it needs the parentheses too
            parts.add(atLeast(f, fs.size() == 1 ? Precedence.PRODUCT : Precedence.POWER));
        }
        return String.join("*", parts);
    }

    private Written power(IExpr base, IExpr exponent) {
        if (base.isE()) {
            return new Written("exp(" + print(exponent).text + ")", Precedence.ATOM);
        }
        if (Quotient.isNegative(exponent)) {
            return quotient(Quotient.withoutTurning(F.Power(base, exponent), notation));
        }
        if (exponent.equals(F.C1D2)) {
            return new Written("sqrt(" + print(base).text + ")", Precedence.ATOM);
        }
        // ^ groups to the right, so a power as exponent would also be safe; parentheses keep it obvious
        return new Written(atLeast(base, Precedence.ATOM) + "^" + atLeast(exponent, Precedence.ATOM), Precedence.POWER);
    }

    private Written function(IAST f) {
        IExpr head = f.head();
        String name;
        if (head instanceof ISymbol s && FUNCTIONS.containsKey(s)) {
            name = FUNCTIONS.get(s);
        } else if (head instanceof ISymbol s) {
            name = s.isBuiltInSymbol() ? s.toString() : notation.name(s);
        } else {
            name = atLeast(head, Precedence.ATOM);
        }
        List<String> args = new ArrayList<>();
        for (IExpr a : f) {
            args.add(print(a).text);
        }
        return new Written(name + "(" + String.join(", ", args) + ")", Precedence.ATOM);
    }

    private String atLeast(IExpr e, Precedence needed) {
        Written w = print(e);
        return w.prec.compareTo(needed) >= 0 ? w.text : "(" + w.text + ")";
    }
}

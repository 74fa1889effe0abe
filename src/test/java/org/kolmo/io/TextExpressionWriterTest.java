package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matheclipse.core.expression.F.Abs;
import static org.matheclipse.core.expression.F.C1;
import static org.matheclipse.core.expression.F.C1D2;
import static org.matheclipse.core.expression.F.C2;
import static org.matheclipse.core.expression.F.CI;
import static org.matheclipse.core.expression.F.CN1;
import static org.matheclipse.core.expression.F.CN1D2;
import static org.matheclipse.core.expression.F.Cos;
import static org.matheclipse.core.expression.F.Cosh;
import static org.matheclipse.core.expression.F.Divide;
import static org.matheclipse.core.expression.F.Exp;
import static org.matheclipse.core.expression.F.Log;
import static org.matheclipse.core.expression.F.Negate;
import static org.matheclipse.core.expression.F.Pi;
import static org.matheclipse.core.expression.F.Plus;
import static org.matheclipse.core.expression.F.Power;
import static org.matheclipse.core.expression.F.QQ;
import static org.matheclipse.core.expression.F.Sin;
import static org.matheclipse.core.expression.F.Sinh;
import static org.matheclipse.core.expression.F.Sqr;
import static org.matheclipse.core.expression.F.Sqrt;
import static org.matheclipse.core.expression.F.Subtract;
import static org.matheclipse.core.expression.F.Tan;
import static org.matheclipse.core.expression.F.Tanh;
import static org.matheclipse.core.expression.F.Times;
import static org.matheclipse.core.expression.F.ZZ;
import static org.kolmo.support.SeedSymbols.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.kolmo.latex.Notation;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Literal pairs: an expression in Symja's evaluated form and its text in the model file's syntax. */
class TextExpressionWriterTest {
    private static final org.kolmo.support.SessionEval EVAL = new org.kolmo.support.SessionEval();

    private static final Notation MODEL = Notation.of(List.of("alpha", "beta", "g", "eps", "a", "b"),
            List.of("x", "y", "z", "X1", "X2", "Y1", "Y2"));

    private final ExpressionWriter writer = new ExpressionWriter(MODEL);

    private String text(IExpr e) {
        return writer.write(EVAL.eval(e));
    }

    @Test
    void twoStateSystemOfSeed003() {
        List<String> expected = List.of("-2*beta^2*x", "-2*beta*y", "-2*beta^2*y - 2*alpha*z", "2*beta*x", "2*alpha*y");
        assertEquals(expected, twoStateCoefficients().stream().map(this::text).toList());
    }

    @Test
    void slowFastSystemOfSeed000() {
        // the sum is printed as Symja holds it (unlike LaTeX, which shows -(Y1 - g Y2)/eps^2), so it reads back alike
        assertEquals("Y1/eps", text(Divide(Y1, eps)));
        assertEquals("(-Y1 + g*Y2)/eps^2", text(Negate(Divide(Subtract(Y1, Times(g, Y2)), Sqr(eps)))));
        assertEquals("-(g*Y1 + Y2)/eps^2", text(Negate(Divide(Plus(Times(g, Y1), Y2), Sqr(eps)))));
        assertEquals("sqrt(2)/eps", text(Divide(Sqrt(C2), eps)));
        assertEquals("-X2/2", text(Times(CN1D2, X2)));
        assertEquals("X1/2", text(Times(C1D2, X1)));
    }

    @Test
    void linearFormsWriteTheSignAtTheJoin() {
        ExpressionWriter w = new ExpressionWriter(MODEL);
        List<String> d = List.of("dt", "dW1", "dW2", "dW3");
        assertEquals("-2*beta^2*x*dt - 2*beta*y*dW1",
                w.linearForm(List.of(EVAL.eval(Times(ZZ(-2), Sqr(beta), x)), EVAL.eval(Times(ZZ(-2), beta, y)),
                        F.C0, F.C0), d));
        assertEquals("dt - dW1 + (x + a)*dW2 - a/(2*b)*dW3",
                w.linearForm(List.of(C1, CN1, EVAL.eval(Plus(a, x)), EVAL.eval(Divide(Negate(a), Times(C2, b)))), d));
        assertEquals("", w.linearForm(List.of(F.C0), List.of("dt")));
        assertEquals("0*dt", ModelWriter.linearForm(w, List.of(F.C0), List.of("dt")));
    }

    @Test
    void numbers() {
        assertEquals("0", text(F.C0));
        assertEquals("-3", text(ZZ(-3)));
        assertEquals("2/3", text(QQ(2, 3)));
        assertEquals("-1/3", text(QQ(-1, 3)));
        assertEquals("1.5", text(F.num(1.5)));
        assertEquals("2.0", text(F.num(2.0)));
        assertEquals("0.00000001", text(F.num(1e-8)));
        assertEquals("-0.5*x", text(Times(F.num(-0.5), x)));
    }

    @Test
    void productsAndQuotients() {
        assertEquals("2*alpha/3", text(Times(QQ(2, 3), alpha)));
        assertEquals("beta^2*x/2", text(Times(C1D2, Sqr(beta), x)));
        assertEquals("1/(2*x)", text(Power(Times(C2, x), CN1)));
        assertEquals("1/x", text(Power(x, CN1)));
        assertEquals("1/x^2", text(Power(x, ZZ(-2))));
        assertEquals("x/(y*z)", text(Divide(x, Times(y, z))));
        assertEquals("-2*alpha/(3*x)", text(Times(QQ(-2, 3), alpha, Power(x, CN1))));
        assertEquals("(x + y)/2", text(Times(C1D2, Plus(x, y))));
        assertEquals("1/(x + y)", text(Power(Plus(x, y), CN1)));
        assertEquals("1/(1/x + 1)", text(Divide(C1, Plus(C1, Divide(C1, x)))));
    }

    @Test
    void signsAndSums() {
        assertEquals("-a - b", text(Negate(Plus(a, b))));
        assertEquals("-x*(a + b)", text(Times(x, Negate(Plus(a, b)))));
        assertEquals("x^2 + 2*x*y + y^2 + 1", text(Plus(C1, Sqr(y), Times(C2, x, y), Sqr(x))));
        assertEquals("-x/2 - y/2", text(Subtract(Times(QQ(-1, 2), x), Times(C1D2, y))));
        assertEquals("x - 1", text(Subtract(x, C1)));
        assertEquals("(-x + 1)^3", text(Power(Subtract(C1, x), ZZ(3))));
        assertEquals("(-x + 1)^2", text(Power(Subtract(C1, x), C2)));
        assertEquals("1/(-x + 1)", text(Power(Subtract(C1, x), CN1)));
    }

    @Test
    void powers() {
        assertEquals("x^(1/3)", text(Power(x, QQ(1, 3))));
        assertEquals("1/x^(3/2)", text(Power(x, QQ(-3, 2))));
        assertEquals("2^(-x)", text(Power(C2, Negate(x))));
        assertEquals("(-2)^x", text(Power(ZZ(-2), x)));
        assertEquals("(1/2)^x", text(Power(C1D2, x)));
        assertEquals("x^(y + 1)", text(Power(x, Plus(y, C1))));
        assertEquals("x^y", text(Power(x, y)));
        assertEquals("sqrt(x)", text(Sqrt(x)));
        assertEquals("1/sqrt(x)", text(Power(x, F.CN1D2)));
        assertEquals("3*sqrt(2)", text(Times(ZZ(3), Sqrt(C2))));
        assertEquals("2*3^x", text(Times(C2, Power(ZZ(3), x))));
    }

    @Test
    void functionsAndConstants() {
        assertEquals("exp(x)", text(Exp(x)));
        assertEquals("exp(-x^2/2)", text(Exp(Times(CN1D2, Sqr(x)))));
        assertEquals("exp(1)", text(F.E));
        assertEquals("log(x)", text(Log(x)));
        assertEquals("sin(x + y)", text(Sin(Plus(x, y))));
        assertEquals("cos(2*x) + tan(x)", text(Plus(Cos(Times(C2, x)), Tan(x))));
        assertEquals("cosh(x) + sinh(x) + tanh(x)", text(Plus(Sinh(x), Cosh(x), Tanh(x))));
        assertEquals("sin(x)^2", text(Sqr(Sin(x))));
        assertEquals("abs(x)", text(Abs(x)));
        assertEquals("Pi*x", text(Times(Pi, x)));
        assertEquals("I*x", text(Times(CI, x)));
        assertEquals("1 + 2*I", text(F.complex(C1, C2)));
    }

    @Test
    void declaredSpellingComesBack() {
        // the case survives without a notation too: Symbols encodes capitals in the Symja name
        assertEquals("Y1", new ExpressionWriter().write(Y1));
        assertEquals("Y1", writer.write(Y1));
        assertEquals("p_xz", writer.write(Symbols.user("p_xz")));
    }
}

package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matheclipse.core.expression.F.Abs;
import static org.matheclipse.core.expression.F.C1;
import static org.matheclipse.core.expression.F.C1D2;
import static org.matheclipse.core.expression.F.C2;
import static org.matheclipse.core.expression.F.CI;
import static org.matheclipse.core.expression.F.CN1;
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
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Literal pairs: an expression in Symja's evaluated form and the LaTeX it must print as. */
class LatexPrinterTest {
    private static final org.kolmo.support.SessionEval EVAL = new org.kolmo.support.SessionEval();

    /** The parameters and variables of seeds 003 and 000 together. */
    private static final Notation MODEL = Notation.of(List.of("alpha", "beta", "g", "eps"),
            List.of("x", "y", "z", "X1", "X2", "Y1", "Y2"));

    private final LatexPrinter printer = new LatexPrinter(MODEL);
    private final LatexPrinter plain = new LatexPrinter();

    private static IExpr ev(IExpr e) {
        return EVAL.eval(e);
    }

    private String latex(IExpr e) {
        return printer.latex(ev(e));
    }

    @Test
    void driftAndDiffusionOfTheTwoStateSystem() {
        // seed 003, eq. (27)
        List<String> expected = List.of("-2\\beta^{2} x", "-2\\beta y", "-2\\beta^{2} y - 2\\alpha z", "2\\beta x",
                "2\\alpha y");
        assertEquals(expected, twoStateCoefficients().stream().map(this::latex).toList());
    }

    @Test
    void slowFastCoefficientsOfSeed000() {
        assertEquals("\\frac{\\sqrt{2}}{\\varepsilon}", latex(Divide(Sqrt(C2), eps)));
        assertEquals("\\frac{Y_1}{\\varepsilon}", latex(Divide(Y1, eps)));
        assertEquals("-\\frac{Y_1 - g Y_2}{\\varepsilon^{2}}",
                latex(Negate(Divide(Subtract(Y1, Times(g, Y2)), Sqr(eps)))));
        assertEquals("-\\frac{g Y_1 + Y_2}{\\varepsilon^{2}}", latex(Negate(Divide(Plus(Times(g, Y1), Y2), Sqr(eps)))));
        assertEquals("-\\frac{X_2}{2}", latex(Times(CN1, Divide(X2, C2))));
        assertEquals("\\frac{X_1}{2}", latex(Divide(X1, C2)));
    }

    @Test
    void integersAndRationals() {
        assertEquals("0", latex(F.C0));
        assertEquals("7", latex(ZZ(7)));
        assertEquals("-7", latex(ZZ(-7)));
        assertEquals("\\frac{1}{3}", latex(QQ(1, 3)));
        assertEquals("-\\frac{1}{3}", latex(QQ(-1, 3)));
        assertEquals("-\\frac{5}{2}", latex(QQ(-5, 2)));
        assertEquals("123456789012345678901234567890",
                latex(F.ZZ(new java.math.BigInteger("123456789012345678901234567890"))));
    }

    @Test
    void rationalCoefficientsGoIntoTheFraction() {
        assertEquals("\\frac{2\\alpha}{3}", latex(Times(QQ(2, 3), alpha)));
        assertEquals("\\frac{\\beta^{2} x}{2}", latex(Times(C1D2, Sqr(beta), x)));
        assertEquals("-\\frac{x}{2} - \\frac{y}{2}", latex(Subtract(Times(QQ(-1, 2), x), Times(C1D2, y))));
        assertEquals("-\\frac{2\\alpha}{3 x}", latex(Times(QQ(-2, 3), alpha, Power(x, CN1))));
        assertEquals("\\frac{x + y}{2}", latex(Times(C1D2, Plus(x, y))));
    }

    @Test
    void negativePowersMakeFractions() {
        assertEquals("\\frac{1}{x}", latex(Power(x, CN1)));
        assertEquals("\\frac{1}{x^{2}}", latex(Power(x, ZZ(-2))));
        assertEquals("\\frac{1}{2 x}", latex(Power(Times(C2, x), CN1)));
        assertEquals("\\frac{1}{(x + y)^{2}}", latex(Power(Plus(x, y), ZZ(-2))));
        assertEquals("\\frac{1}{x + y}", latex(Power(Plus(x, y), CN1)));
        assertEquals("\\frac{x}{y z}", latex(Divide(x, Times(y, z))));
    }

    @Test
    void nestedFractions() {
        assertEquals("\\frac{1}{\\frac{1}{x} + 1}", latex(Divide(C1, Plus(C1, Divide(C1, x)))));
        assertEquals("\\frac{\\frac{x}{2} + 1}{y}", latex(Divide(Plus(C1, Divide(x, C2)), y)));
    }

    @Test
    void roots() {
        assertEquals("\\sqrt{x}", latex(Sqrt(x)));
        assertEquals("\\frac{1}{\\sqrt{x}}", latex(Power(x, F.CN1D2)));
        assertEquals("3\\sqrt{2}", latex(Times(ZZ(3), Sqrt(C2))));
        assertEquals("\\sqrt{x + y}", latex(Sqrt(Plus(x, y))));
        assertEquals("x^{1/3}", latex(Power(x, QQ(1, 3))));
        assertEquals("x^{3/2}", latex(Power(x, QQ(3, 2))));
        assertEquals("\\frac{1}{x^{3/2}}", latex(Power(x, QQ(-3, 2))));
    }

    @Test
    void powers() {
        assertEquals("x^{2}", latex(Sqr(x)));
        assertEquals("x^{y}", latex(Power(x, y)));
        assertEquals("2^{-x}", latex(Power(C2, Negate(x))));
        assertEquals("(-2)^{x}", latex(Power(ZZ(-2), x)));
        assertEquals("\\left(\\frac{1}{2}\\right)^{x}", latex(Power(C1D2, x)));
        assertEquals("(x + y)^{2}", latex(Power(Plus(x, y), C2)));
        assertEquals("x^{y + 1}", latex(Power(x, Plus(y, C1))));
        assertEquals("X_1^{2}", latex(Sqr(X1)));
        assertEquals("\\varepsilon^{2}", latex(Sqr(eps)));
        assertEquals("2 \\cdot 3^{x}", latex(Times(C2, Power(ZZ(3), x))));
    }

    @Test
    void powersOfSumsLeadingWithAMinus() {
        assertEquals("-(x - 1)^{3}", latex(Power(Subtract(C1, x), ZZ(3))));
        assertEquals("(x - 1)^{2}", latex(Power(Subtract(C1, x), C2)));
        assertEquals("-\\frac{1}{x - 1}", latex(Power(Subtract(C1, x), CN1)));
    }

    @Test
    void exponentialsAndFunctions() {
        assertEquals("e^{x}", latex(Exp(x)));
        assertEquals("e^{-1}", latex(Exp(CN1)));
        assertEquals("e^{-\\frac{x^{2}}{2}}", latex(Exp(Times(QQ(-1, 2), Sqr(x)))));
        assertEquals("x e^{-\\alpha x}", latex(Times(x, Exp(Times(CN1, alpha, x)))));
        assertEquals("\\log(x)", latex(Log(x)));
        assertEquals("\\sin(x + y)", latex(Sin(Plus(x, y))));
        assertEquals("\\cos(2 x)", latex(Cos(Times(C2, x))));
        assertEquals("\\tan(x)", latex(Tan(x)));
        assertEquals("\\cosh(x) + \\sinh(x) + \\tanh(x)", latex(Plus(Sinh(x), Cosh(x), Tanh(x))));
        assertEquals("\\sin^{2}(x)", latex(Sqr(Sin(x))));
        assertEquals("\\left|x\\right|", latex(Abs(x)));
        assertEquals("\\sin\\left(\\frac{x}{2}\\right)", latex(Sin(Divide(x, C2))));
    }

    @Test
    void constants() {
        assertEquals("\\pi x", latex(Times(Pi, x)));
        assertEquals("e", latex(F.E));
        assertEquals("i x", latex(Times(CI, x)));
        assertEquals("-i", latex(Negate(CI)));
        assertEquals("1 + 2 i", latex(F.complex(C1, C2)));
        assertEquals("(1 + 2 i) x", latex(Times(F.complex(C1, C2), x)));
        assertEquals("\\frac{\\pi}{2}", latex(Divide(Pi, C2)));
    }

    @Test
    void realNumbers() {
        assertEquals("1.5", latex(F.num(1.5)));
        assertEquals("-0.5 x", latex(Times(F.num(-0.5), x)));
        assertEquals("10^{-8}", latex(F.num(1e-8)));
        assertEquals("2.5 \\cdot 10^{9}", latex(F.num(2.5e9)));
    }

    @Test
    void productsOfSums() {
        assertEquals("x (x + y)", latex(Times(x, Plus(x, y))));
        assertEquals("-x (\\alpha + \\beta)", latex(Times(x, Negate(Plus(alpha, beta)))));
        assertEquals("-\\alpha - \\beta", latex(Negate(Plus(alpha, beta))));
        assertEquals("\\alpha (x - y)", latex(Times(alpha, Subtract(x, y))));
    }

    @Test
    void termOrderFollowsTheVariables() {
        assertEquals("x^{2} + 2 x y + y^{2} + 1", latex(Plus(C1, Sqr(y), Times(C2, x, y), Sqr(x))));
        assertEquals("x^{3} + x z - y + \\alpha + 1", latex(Plus(C1, alpha, Negate(y), Times(x, z), Power(x, ZZ(3)))));
        assertEquals("x + \\sin(x) + \\beta", latex(Plus(beta, Sin(x), x)));
        assertEquals("z - \\alpha^{2} - \\alpha\\beta", latex(Plus(z, Negate(Sqr(alpha)), Times(CN1, alpha, beta))));
        assertEquals("X_1 Y_1 + X_2 Y_2", latex(Plus(Times(X2, Y2), Times(X1, Y1))));
    }

    @Test
    void factorOrderPutsParametersBeforeVariables() {
        assertEquals("2\\alpha\\beta x y", latex(Times(y, x, beta, alpha, C2)));
        assertEquals("g\\varepsilon X_1", latex(Times(X1, eps, g)));
        assertEquals("\\sqrt{2}\\alpha x", latex(Times(x, alpha, Sqrt(C2))));
    }

    @Test
    void defaultNotationKeepsSymjaNamesAndSortsAlphabetically() {
        // without a model the declared capital still comes back from the symbol itself
        assertEquals("Y_1", plain.latex(ev(Y1)));
        assertEquals("-2\\alpha z - 2\\beta^{2} y",
                plain.latex(ev(Plus(Times(ZZ(-2), Sqr(beta), y), Times(ZZ(-2), alpha, z)))));
        assertEquals("a + b", plain.latex(ev(Plus(F.symbol("b"), F.symbol("a")))));
    }

    @Test
    void equation() {
        assertEquals("m_z' = -2\\alpha m_y", printer.equation("m_z'", ev(Times(ZZ(-2), alpha, Symbols.user("m_y")))));
    }

    @Test
    void momentNames() {
        ISymbol pxx = Symbols.user("p_xx");
        ISymbol pxz = Symbols.user("p_xz");
        ISymbol mz = Symbols.user("m_z");
        assertEquals("p_{xz}", printer.latex(pxz));
        assertEquals("m_z", printer.latex(mz));
        assertEquals("-4\\beta^{2} p_{xx} + 4\\beta^{2} p_{xz}",
                new LatexPrinter(Notation.of(List.of("beta"), List.of("p_xx", "p_xz")))
                        .latex(ev(Plus(Times(ZZ(-4), Sqr(beta), pxx), Times(ZZ(4), Sqr(beta), pxz)))));
    }
}

package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matheclipse.core.expression.F.C0;
import static org.matheclipse.core.expression.F.C1;
import static org.matheclipse.core.expression.F.C1D2;
import static org.matheclipse.core.expression.F.C2;
import static org.matheclipse.core.expression.F.CN1;
import static org.matheclipse.core.expression.F.CN1D2;
import static org.matheclipse.core.expression.F.Divide;
import static org.matheclipse.core.expression.F.Negate;
import static org.matheclipse.core.expression.F.Plus;
import static org.matheclipse.core.expression.F.Sqr;
import static org.matheclipse.core.expression.F.Sqrt;
import static org.matheclipse.core.expression.F.Subtract;
import static org.matheclipse.core.expression.F.Times;
import static org.matheclipse.core.expression.F.ZZ;
import static org.kolmo.support.SeedSymbols.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Assumption;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** SDE systems as aligned blocks. */
class LatexSdeTest {
    private static final org.kolmo.support.SessionEval EVAL = new org.kolmo.support.SessionEval();

    private static IExpr ev(IExpr e) {
        return EVAL.eval(e);
    }

    private static List<IExpr> row(IExpr... es) {
        return Arrays.stream(es).map(LatexSdeTest::ev).toList();
    }

    private static Parameter param(String name, Assumption... a) {
        return new Parameter(name, a.length == 0 ? Set.of() : Set.of(a), Optional.empty());
    }

    private static Variable var(String name, Role role) {
        return new Variable(name, role, Optional.empty());
    }

    /** Seed 003, eq. (27). */
    private static Sde twoState(Convention c) {
        return new Sde("two_state", "", c, List.of(param("alpha"), param("beta", Assumption.POSITIVE)),
                List.of(var("x", Role.STATE), var("y", Role.STATE), var("z", Role.STATE)), List.of("W"),
                row(Times(ZZ(-2), Sqr(beta), x), Plus(Times(ZZ(-2), Sqr(beta), y), Times(ZZ(-2), alpha, z)),
                        Times(C2, alpha, y)),
                List.of(row(Times(ZZ(-2), beta, y)), row(Times(C2, beta, x)), row(C0)));
    }

    @Test
    void twoStateSystemOfSeed003() {
        assertEquals("""
                \\begin{aligned}
                \\mathrm{d}x &= -2\\beta^{2} x\\,\\mathrm{d}t - 2\\beta y\\,\\mathrm{d}W_t,\\\\
                \\mathrm{d}y &= (-2\\beta^{2} y - 2\\alpha z)\\,\\mathrm{d}t + 2\\beta x\\,\\mathrm{d}W_t,\\\\
                \\mathrm{d}z &= 2\\alpha y\\,\\mathrm{d}t
                \\end{aligned}""", new LatexPrinter().sde(twoState(Convention.ITO)));
    }

    @Test
    void stratonovichUsesCirc() {
        assertEquals("""
                \\begin{aligned}
                \\mathrm{d}x &= -2\\beta^{2} x\\,\\mathrm{d}t - 2\\beta y\\circ\\,\\mathrm{d}W_t,\\\\
                \\mathrm{d}y &= (-2\\beta^{2} y - 2\\alpha z)\\,\\mathrm{d}t + 2\\beta x\\circ\\,\\mathrm{d}W_t,\\\\
                \\mathrm{d}z &= 2\\alpha y\\,\\mathrm{d}t
                \\end{aligned}""", new LatexPrinter().sde(twoState(Convention.STRATONOVICH)));
    }

    /** Seed 000, eqs. (5)-(7). */
    private static Sde area(Convention c) {
        IExpr noise = Divide(Sqrt(C2), eps);
        return new Sde("area", "", c, List.of(param("g"), param("eps", Assumption.SMALL)),
                List.of(var("X1", Role.SLOW), var("X2", Role.SLOW), var("Y1", Role.FAST), var("Y2", Role.FAST),
                        var("A", Role.FUNCTIONAL)),
                List.of("W1", "W2"),
                row(Divide(Y1, eps), Divide(Y2, eps), Negate(Divide(Subtract(Y1, Times(g, Y2)), Sqr(eps))),
                        Negate(Divide(Plus(Times(g, Y1), Y2), Sqr(eps))), C0),
                List.of(row(C0, C0), row(C0, C0), row(noise, C0), row(C0, noise), row(C0, C0)),
                List.of(row(C0, C0, C0, C0, C0), row(C0, C0, C0, C0, C0), row(C0, C0, C0, C0, C0),
                        row(C0, C0, C0, C0, C0), row(Times(CN1D2, X2), Times(C1D2, X1), C0, C0, C0)));
    }

    @Test
    void slowFastSystemWithFunctionalOfSeed000() {
        assertEquals("""
                \\begin{aligned}
                \\mathrm{d}X_1 &= \\frac{Y_1}{\\varepsilon}\\,\\mathrm{d}t,\\\\
                \\mathrm{d}X_2 &= \\frac{Y_2}{\\varepsilon}\\,\\mathrm{d}t,\\\\
                \\mathrm{d}Y_1 &= -\\frac{Y_1 - g Y_2}{\\varepsilon^{2}}\\,\\mathrm{d}t + \\frac{\\sqrt{2}}{\\varepsilon}\\,\\mathrm{d}W_{1,t},\\\\
                \\mathrm{d}Y_2 &= -\\frac{g Y_1 + Y_2}{\\varepsilon^{2}}\\,\\mathrm{d}t + \\frac{\\sqrt{2}}{\\varepsilon}\\,\\mathrm{d}W_{2,t},\\\\
                \\mathrm{d}A &= -\\frac{X_2}{2}\\,\\mathrm{d}X_1 + \\frac{X_1}{2}\\,\\mathrm{d}X_2
                \\end{aligned}""", new LatexPrinter().sde(area(Convention.ITO)));
    }

    @Test
    void functionalInStratonovichForm() {
        String block = new LatexPrinter().sde(area(Convention.STRATONOVICH));
        assertEquals("\\mathrm{d}A &= -\\frac{X_2}{2}\\circ\\,\\mathrm{d}X_1 + \\frac{X_1}{2}\\circ\\,\\mathrm{d}X_2",
                block.lines().filter(l -> l.startsWith("\\mathrm{d}A")).findFirst().orElseThrow());
    }

    private static Sde oneVariable(Convention c, IExpr drift, IExpr... diffusion) {
        List<String> noises = diffusion.length == 1 ? List.of("W") : List.of("W1", "W2");
        return new Sde("one", "", c, List.of(param("a"), param("b")), List.of(var("x", Role.STATE)), noises,
                row(drift), List.of(row(diffusion)));
    }

    private static String rhs(Sde sde) {
        String block = new LatexPrinter().sde(sde);
        String line = block.lines().filter(l -> l.startsWith("\\mathrm{d}x")).findFirst().orElseThrow();
        return line.substring(line.indexOf("&= ") + 3);
    }

    @Test
    void specialCoefficients() {
        ISymbol a = Symbols.user("a");
        ISymbol b = Symbols.user("b");
        assertEquals("0", rhs(oneVariable(Convention.ITO, C0, C0)));
        assertEquals("\\mathrm{d}W_t", rhs(oneVariable(Convention.ITO, C0, C1)));
        assertEquals("-\\mathrm{d}t + \\mathrm{d}W_t", rhs(oneVariable(Convention.ITO, CN1, C1)));
        assertEquals("-a x\\,\\mathrm{d}t - \\mathrm{d}W_t", rhs(oneVariable(Convention.ITO, Times(CN1, a, x), CN1)));
        assertEquals("-a (x - b)\\,\\mathrm{d}t + (x + b)\\,\\mathrm{d}W_t",
                rhs(oneVariable(Convention.ITO, Times(a, Subtract(b, x)), Plus(x, b))));
        assertEquals("b\\,\\mathrm{d}W_{1,t} - \\sqrt{x}\\,\\mathrm{d}W_{2,t}",
                rhs(oneVariable(Convention.ITO, C0, b, Negate(Sqrt(x)))));
        assertEquals("-\\frac{x}{2}\\,\\mathrm{d}t + \\mathrm{d}W_t",
                rhs(oneVariable(Convention.STRATONOVICH, Times(CN1D2, x), C1)));
        assertEquals("-\\frac{x}{2}\\,\\mathrm{d}t + x\\circ\\,\\mathrm{d}W_t",
                rhs(oneVariable(Convention.STRATONOVICH, Times(CN1D2, x), x)));
    }
}

package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.support.SeedSymbols.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Ordering of factors and terms, and what a notation knows. */
class LatexNotationTest {
    private static final org.kolmo.support.SessionEval EVAL = new org.kolmo.support.SessionEval();

    @Test
    void ofSdeTakesDeclarationOrder() {
        Sde sde = new Sde("m", "", Convention.ITO, List.of(new Parameter("k", Set.of(), Optional.empty())),
                List.of(new Variable("y", Role.STATE, Optional.empty()),
                        new Variable("x", Role.STATE, Optional.empty())),
                List.of("W"), List.of(F.C0, F.C0), List.of(List.of(F.C0), List.of(F.C0)));
        Notation n = Notation.of(sde);
        assertEquals(List.of("k"), n.parameters());
        assertEquals(List.of("y", "x"), n.variables());
        assertEquals(List.of("W"), n.noises());
        assertTrue(n.isParameter(k));
        assertTrue(n.isVariable(x));
        assertFalse(n.isVariable(k));
        // y is declared first, so it leads even though x sorts first alphabetically
        assertEquals("y^{2} + y x + x^{2}",
                new LatexPrinter(n).latex(EVAL.eval(F.Plus(F.Sqr(x), F.Times(x, y), F.Sqr(y)))));
    }

    @Test
    void factorOrder() {
        Notation n = Notation.of(List.of("k", "a"), List.of("y", "x"));
        IExpr product = F.Times(F.Sin(x), x, y, a, k, u, F.Sqrt(F.C2), F.ZZ(3));
        // number, constant, parameters in declared order, unknown u, variables in declared order, functions
        assertEquals(List.of(F.ZZ(3), F.Sqrt(F.C2), k, a, u, y, x, F.Sin(x)), n.factors(product));
    }

    @Test
    void termOrder() {
        Notation n = Notation.of(List.of("k"), List.of("x", "y"));
        IExpr sum = F.Plus(F.C1, k, y, F.Sqr(y), x, F.Times(x, y), F.Sqr(x), F.Exp(x));
        // e^x contains x but no power of it, so it follows the monomials in x and y
        assertEquals(List.of(F.Sqr(x), F.Times(x, y), x, F.Sqr(y), y, F.Exp(x), k, F.C1), n.terms(sum));
    }

    @Test
    void unknownSymbolsActAsVariablesOnlyWhenNoneIsDeclared() {
        IExpr sum = EVAL.eval(F.Plus(a, x));
        assertEquals("a + x", new LatexPrinter(Notation.DEFAULT).latex(sum));
        assertEquals("x + a", new LatexPrinter(Notation.of(List.of(), List.of("x"))).latex(sum));
    }

    @Test
    void valueSemantics() {
        assertEquals(Notation.of(List.of("k"), List.of("x")), Notation.of(List.of("k"), List.of("x")));
        assertTrue(Notation.DEFAULT.isEmpty());
        assertFalse(Notation.DEFAULT.withLatex("x", "\\xi").isEmpty());
    }
}

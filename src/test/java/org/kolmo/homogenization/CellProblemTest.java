package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/** The exact cell problem: -L0 h = g checked by applying L0, and the centering condition as the average of g. */
class CellProblemTest {
    private static final ISymbol G = Symbols.user("g");
    private static final ISymbol X = Symbols.user("X");

    @Test
    void randomPolynomialsAreSolvedExactly() {
        RationalFunctionField f = RationalFunctionField.of(List.of(G, X));
        // B2 = [[1 + X^2, g], [-g, 2]]: symmetric part positive definite, so positive stable for all g, X
        List<List<Quotient<BigInteger>>> b2 = List.of(
                List.of(f.fromExpr(org.matheclipse.core.expression.F.Plus(
                        org.matheclipse.core.expression.F.C1, org.matheclipse.core.expression.F.Sqr(X))),
                        f.fromExpr(G)),
                List.of(f.fromExpr(G).negate(), f.fromInteger(2)));
        List<List<Quotient<BigInteger>>> s1 = List.of(List.of(f.fromInteger(2), f.fromInteger(1)),
                List.of(f.fromInteger(1), f.fromInteger(3)));
        CellProblem cell = new CellProblem(f, b2, s1);
        Random r = new Random(5L);
        for (int trial = 0; trial < 8; trial++) {
            List<FastPolynomial> terms = new ArrayList<>();
            for (int d = 0; d <= 4; d++) {
                for (Monomial m : CellProblem.monomials(2, d)) {
                    int c = r.nextInt(5) - 2;
                    if (c != 0) {
                        terms.add(FastPolynomial.monomial(f, m, f.fromInteger(c).multiply(
                                r.nextBoolean() ? f.fromExpr(X) : f.one())));
                    }
                }
            }
            FastPolynomial g = FastPolynomial.sum(f, 2, terms);
            CellProblem.Solution s = cell.solve(g);
            // -L0 h = g - avg(g): the residual is exactly the (constant) average
            FastPolynomial residual = cell.applyL0(s.h()).plus(g);
            assertTrue(residual.isConstant(), residual.toString());
            assertEquals(s.average(), residual.coefficient(Monomial.one(2)));
            // centred, g - avg(g) is solved exactly with average zero
            FastPolynomial centred = g.minus(FastPolynomial.constant(f, 2, s.average()));
            CellProblem.Solution c = cell.solve(centred);
            assertTrue(c.average().isZERO());
            assertTrue(cell.applyL0(c.h()).plus(centred).isZero());
            assertTrue(c.h().coefficient(Monomial.one(2)).isZERO(), "the constant of the null space is 0");
        }
    }

    @Test
    void theInverseOfMinusLZeroOnYIsB2InverseTransposedActingOnY() {
        // (-L0)^-1 (c.Y) = (B2^-T c).Y: the linear part of seed 000, eq. 36
        RationalFunctionField f = RationalFunctionField.of(List.of(G));
        List<List<Quotient<BigInteger>>> b2 = List.of(List.of(f.fromInteger(1), f.fromExpr(G).negate()),
                List.of(f.fromExpr(G), f.fromInteger(1)));
        List<List<Quotient<BigInteger>>> s1 = List.of(List.of(f.fromInteger(2), f.fromInteger(0)),
                List.of(f.fromInteger(0), f.fromInteger(2)));
        CellProblem cell = new CellProblem(f, b2, s1);
        FastPolynomial y1 = FastPolynomial.monomial(f, Monomial.variable(2, 0), f.one());
        FastPolynomial h = cell.solve(y1).h();
        Quotient<BigInteger> det = f.fromInteger(1).sum(f.fromExpr(G).multiply(f.fromExpr(G)));
        assertEquals(f.one().divide(det), h.coefficient(Monomial.variable(2, 0)));
        assertEquals(f.fromExpr(G).divide(det), h.coefficient(Monomial.variable(2, 1)));
    }
}

package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * Unique solutions of linear systems with any number of equations, over rational functions of parameters (the
 * stationary moments use it instead of Symja's Solve, which was seen to return a wrong solution for a 3x3 system
 * with coefficients like (1 - 2 a g)/(1 + (2 + 2 g)^2)).
 */
class ExactLinearSystemTest {
    private static final ISymbol G = Symbols.user("lg");
    private static final ISymbol A = Symbols.user("la");
    private static final RationalFunctionField FIELD = RationalFunctionField.of(List.of(G, A));

    private static Quotient<BigInteger> random(Random r) {
        IExpr p = F.Plus(F.ZZ(r.nextInt(5) - 2), F.Times(F.ZZ(r.nextInt(5) - 2), G),
                F.Times(F.ZZ(r.nextInt(3) - 1), A, G));
        IExpr q = F.Plus(F.C1, F.Sqr(F.Plus(F.ZZ(r.nextInt(3)), F.Times(F.ZZ(r.nextInt(3) - 1), A), G)));
        return FIELD.fromExpr(F.Divide(p, q));
    }

    private static Quotient<BigInteger> dot(List<Quotient<BigInteger>> row, List<Quotient<BigInteger>> x) {
        Quotient<BigInteger> s = FIELD.zero();
        for (int j = 0; j < row.size(); j++) {
            s = s.sum(row.get(j).multiply(x.get(j)));
        }
        return s;
    }

    @Test
    void randomSystemsAreSolvedExactly() {
        Random r = new Random(8L);
        int solved = 0;
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + r.nextInt(2);
            List<List<Quotient<BigInteger>>> a = new ArrayList<>();
            List<Quotient<BigInteger>> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Quotient<BigInteger>> row = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    row.add(random(r));
                }
                a.add(row);
                b.add(random(r));
            }
            // one more equation, a combination of the first two: still consistent
            List<Quotient<BigInteger>> extra = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                extra.add(a.get(0).get(j).sum(a.get(1).get(j).multiply(FIELD.fromInteger(3))));
            }
            a.add(extra);
            b.add(b.get(0).sum(b.get(1).multiply(FIELD.fromInteger(3))));
            List<Quotient<BigInteger>> x = ExactLinearSystem.solveUnique(a, b, FIELD);
            if (x == null) {
                continue; // singular for these coefficients
            }
            solved++;
            for (int i = 0; i < a.size(); i++) {
                assertTrue(dot(a.get(i), x).subtract(b.get(i)).isZERO(), "equation " + i + " of trial " + trial);
            }
        }
        assertTrue(solved >= 25, "solved " + solved);
    }

    @Test
    void noSolutionOrManyGiveNull() {
        Quotient<BigInteger> one = FIELD.one();
        Quotient<BigInteger> g = FIELD.fromExpr(G);
        // u + g v = 1 twice: v is free
        assertNull(ExactLinearSystem.solveUnique(List.of(List.of(one, g), List.of(one, g)), List.of(one, one), FIELD));
        // u = 1 and u = g: inconsistent
        assertNull(ExactLinearSystem.solveUnique(List.of(List.of(one), List.of(one)), List.of(one, g), FIELD));
        // g u = 1 and 2 g u = 2: u = 1/g
        List<Quotient<BigInteger>> x = ExactLinearSystem.solveUnique(
                List.of(List.of(g), List.of(g.multiply(FIELD.fromInteger(2)))), List.of(one, FIELD.fromInteger(2)),
                FIELD);
        assertNotNull(x);
        assertEquals(one.divide(g), x.get(0));
    }

    /*
     * This case found JAS's modular GCD (its default over Z) wrong: with it, a product during the elimination came out
     * wrong and the rank as 3. RationalFunctionField now uses the subresultant GCD.
     */
    @Test
    void nullSpaceOfADependentMatrix() {
        Random r = new Random(9L);
        for (int trial = 0; trial < 10; trial++) {
            // rows 0, 1 random, row 2 = g*row0 - row1, row 3 = 0: the null space of 4 columns has dimension 2
            List<List<Quotient<BigInteger>>> a = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<Quotient<BigInteger>> row = new ArrayList<>();
                for (int j = 0; j < 4; j++) {
                    row.add(random(r));
                }
                a.add(row);
            }
            Quotient<BigInteger> g = FIELD.fromExpr(G);
            List<Quotient<BigInteger>> combination = new ArrayList<>();
            List<Quotient<BigInteger>> zero = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                combination.add(g.multiply(a.get(0).get(j)).subtract(a.get(1).get(j)));
                zero.add(FIELD.zero());
            }
            a.add(combination);
            a.add(zero);
            List<List<Quotient<BigInteger>>> basis = ExactLinearSystem.nullSpace(a, FIELD);
            assertEquals(2, basis.size(), "trial " + trial);
            for (List<Quotient<BigInteger>> x : basis) {
                for (List<Quotient<BigInteger>> row : a) {
                    assertTrue(dot(row, x).isZERO(), "A x = 0 in trial " + trial);
                }
            }
        }
    }
}

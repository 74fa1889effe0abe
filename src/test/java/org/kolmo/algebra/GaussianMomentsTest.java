package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/** Isserlis' theorem against known closed forms and against derivatives of the moment generating function. */
class GaussianMomentsTest {
    private static final ISymbol A = Symbols.user("a");
    private static final ISymbol B = Symbols.user("b");
    private static final ISymbol C = Symbols.user("c");

    @Test
    void symbolicCovarianceGivesTheWickSums() {
        RationalFunctionField f = RationalFunctionField.of(List.of(A, B, C));
        Quotient<BigInteger> a = f.fromExpr(A);
        Quotient<BigInteger> b = f.fromExpr(B);
        Quotient<BigInteger> c = f.fromExpr(C);
        GaussianMoments<Quotient<BigInteger>> m = new GaussianMoments<>(List.of(List.of(a, b), List.of(b, c)), f);
        assertEquals(a, m.moment(2, 0));
        assertEquals(f.fromInteger(0), m.moment(1, 2));
        assertEquals(a.multiply(a).multiply(f.fromInteger(3)), m.moment(4, 0));
        // E[Y1^2 Y2^2] = J11 J22 + 2 J12^2
        assertEquals(a.multiply(c).sum(b.multiply(b).multiply(f.fromInteger(2))), m.moment(2, 2));
        // E[Y1 Y2^3] = 3 J12 J22
        assertEquals(b.multiply(c).multiply(f.fromInteger(3)), m.moment(1, 3));
    }

    @Test
    void identityCovarianceCountsThePairings() {
        RationalFunctionField f = RationalFunctionField.of(List.of());
        GaussianMoments<Quotient<BigInteger>> m = new GaussianMoments<>(
                List.of(List.of(f.one(), f.zero()), List.of(f.zero(), f.one())), f);
        for (int k = 0; k <= 10; k += 2) {
            assertEquals(f.fromInteger(GaussianMoments.pairings(k)), m.moment(k, 0), "E[Y^" + k + "]");
        }
        assertEquals(945, GaussianMoments.pairings(10));
        assertEquals(f.fromInteger(3 * 15), m.moment(4, 6)); // independent factors: 3!! 5!!
    }

    @Test
    void momentsAreDerivativesOfTheMomentGeneratingFunction() {
        // E[Y^alpha] = d^alpha exp(t.J t / 2) at t = 0, for random rational J = G G^T, up to order 6
        Random random = new Random(20260511L);
        RationalFunctionField f = RationalFunctionField.of(List.of());
        CasSession cas = CasSession.get();
        ISymbol t1 = Symbols.user("t1");
        ISymbol t2 = Symbols.user("t2");
        ISymbol t3 = Symbols.user("t3");
        ISymbol[] t = {t1, t2, t3};
        for (int trial = 0; trial < 3; trial++) {
            long[][] g = new long[3][3];
            for (long[] row : g) {
                for (int j = 0; j < 3; j++) {
                    row[j] = random.nextInt(5) - 2;
                }
            }
            List<List<Quotient<BigInteger>>> j = new ArrayList<>();
            IExpr quad = F.C0;
            for (int r = 0; r < 3; r++) {
                List<Quotient<BigInteger>> row = new ArrayList<>();
                for (int s = 0; s < 3; s++) {
                    long v = 0;
                    for (int k = 0; k < 3; k++) {
                        v += g[r][k] * g[s][k];
                    }
                    row.add(f.fromInteger(v));
                    quad = F.Plus(quad, F.Times(F.ZZ(v), t[r], t[s]));
                }
                j.add(row);
            }
            GaussianMoments<Quotient<BigInteger>> m = new GaussianMoments<>(j, f);
            IExpr mgf = F.Exp(F.Times(F.C1D2, quad));
            int[][] alphas = {{2, 0, 0}, {1, 1, 0}, {2, 2, 0}, {1, 1, 2}, {4, 0, 2}, {1, 2, 3}, {3, 1, 0}};
            for (int[] alpha : alphas) {
                IExpr d = mgf;
                for (int i = 0; i < 3; i++) {
                    for (int k = 0; k < alpha[i]; k++) {
                        d = F.D(d, t[i]);
                    }
                }
                IExpr at0 = cas.evaluate(F.ReplaceAll(d, F.List(F.Rule(t1, F.C0), F.Rule(t2, F.C0), F.Rule(t3, F.C0))));
                assertTrue(f.same(at0, f.toExpr(m.moment(alpha))),
                        () -> java.util.Arrays.toString(alpha) + ": " + at0 + " vs " + f.toExpr(m.moment(alpha)));
            }
        }
    }
}

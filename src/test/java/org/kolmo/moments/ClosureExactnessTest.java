package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.algebra.Monomial;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.support.Exact;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Closures that are exact for their model: log-normal for geometric Brownian motions (their moments are log-normal),
 * zero (third central moment) and normal for the Ornstein-Uhlenbeck process (a Gaussian). The closed system is the
 * exact one, and the closure formula of the next order is invariant under the exact dynamics: d/dt F(u) along the
 * exact equations of orders 1..K equals the exact equation of that moment with the closure substituted.
 */
class ClosureExactnessTest {
    private static final String GBM = """
            model gbm
            ito
            param mu real
            param sg positive
            state x = 1
            noise W
            dx = mu*x*dt + sg*x*dW
            """;
    private static final String GBM2 = """
            model gbm2
            ito
            param a real
            param b real
            param s1 positive
            param s2 positive
            param s3 positive
            state x = 1, y = 2
            noise W1, W2
            dx = a*x*dt + s1*x*dW1
            dy = b*y*dt + s2*y*dW1 + s3*y*dW2
            """;
    private static final String OU = """
            model ou
            ito
            param k positive
            param th real
            param s positive
            state x = 1
            noise W
            dx = k*(th - x)*dt + s*dW
            """;

    @Test
    void lognormalClosureOfGeometricBrownianMotionsIsExact() throws Exception {
        for (String text : List.of(GBM, GBM2)) {
            Sde sde = ModelReader.read("gbm.sde", text);
            assertSameAsExact(sde, Closure.LOGNORMAL, 2);
            assertInvariant(sde, Closure.LOGNORMAL, 2);
        }
    }

    @Test
    void zeroAndNormalClosuresOfOrnsteinUhlenbeckAreExact() throws Exception {
        Sde sde = ModelReader.read("ou.sde", OU);
        assertSameAsExact(sde, Closure.ZERO, 2);
        assertInvariant(sde, Closure.ZERO, 2); // the third central moment of a Gaussian is 0
        assertSameAsExact(sde, Closure.NORMAL, 2);
        assertInvariant(sde, Closure.NORMAL, 2);
        assertInvariant(sde, Closure.NORMAL, 3);
    }

    /** The closed system of a hierarchy that closes uses no closure and equals u' = F u + h. */
    private static void assertSameAsExact(Sde sde, Closure closure, int order) throws Exception {
        ClosedMomentSystem closed = MomentClosure.derive(sde, order, closure);
        assertFalse(closed.closureUsed());
        MomentSystem exact = MomentEquations.derive(sde, order);
        assertEquals(exact.names(), closed.names());
        assertEquals(exact.initialValues(), closed.initialValues());
        for (int i = 0; i < exact.size(); i++) {
            Exact.assertSame(rhs(exact, i), closed.rhs().get(i), "d/dt " + exact.names().get(i));
        }
    }

    /** d/dt F(u) along the exact equations equals the exact equation of each moment of order K+1, closed by F. */
    private static void assertInvariant(Sde sde, Closure closure, int order) throws Exception {
        CasSession cas = CasSession.get();
        MomentSystem exact = MomentEquations.derive(sde, order + 1);
        List<String> varNames = sde.variables().stream().map(Variable::name).toList();
        List<ISymbol> u = exact.symbols();
        for (Monomial a : Monomial.ofDegree(sde.dimension(), order + 1)) {
            IExpr f = MomentClosure.formula(closure, order, varNames, a);
            IExpr chain = F.C0;
            for (int j = 0; j < exact.size(); j++) {
                if (exact.moments().get(j).degree() <= order) {
                    chain = F.Plus(chain, F.Times(cas.evaluate(F.D(f, u.get(j))), rhs(exact, j)));
                }
            }
            IExpr closedRhs = rhs(exact, exact.moments().indexOf(a));
            for (Monomial b : Monomial.ofDegree(sde.dimension(), order + 1)) {
                closedRhs = F.subst(closedRhs, Symbols.internal(MomentNames.of(b, varNames)),
                        MomentClosure.formula(closure, order, varNames, b));
            }
            Exact.assertSame(cas.evaluate(closedRhs), cas.evaluate(chain), sde.name() + " " + closure.cliName()
                    + " d/dt " + MomentNames.of(a, varNames));
        }
    }

    private static IExpr rhs(MomentSystem s, int i) {
        IExpr sum = s.constant().get(i);
        for (int j = 0; j < s.size(); j++) {
            sum = F.Plus(sum, F.Times(s.matrix().get(i).get(j), s.symbols().get(j)));
        }
        return CasSession.get().evaluate(F.Expand(sum));
    }
}

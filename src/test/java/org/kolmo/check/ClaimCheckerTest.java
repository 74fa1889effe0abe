package org.kolmo.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Claims about the seeds' models: true ones hold, wrong coefficients are caught with the values of both sides. */
class ClaimCheckerTest {
    /** Seed 003, eq. (45): the closed third-order equation of p_zz with its equilibrium 1/3. */
    static final String EQ45 = "p_zz''' + 10*beta^2*p_zz'' + 16*(alpha^2 + beta^4)*p_zz' "
            + "+ 96*alpha^2*beta^2*(p_zz - 1/3) == 0";

    static Sde twoState;

    @BeforeAll
    static void load() {
        twoState = TestModels.load("two_state.sde");
    }

    static ClaimResult check(Sde model, String claim, String... givens) throws Exception {
        return new ClaimChecker(model, List.of(givens), ClaimChecker.DEFAULT_SEED).check(claim);
    }

    static IExpr q(long num, long den) {
        return F.fraction(num, den);
    }

    @Test
    void stratonovichDriftOfTheTwoStateModelIsARotation() throws Exception {
        for (String claim : List.of("stratonovich_drift(x) == 0", "stratonovich_drift(y) == -2*alpha*z",
                "stratonovich_drift(z) == 2*alpha*y")) {
            ClaimResult r = check(twoState, claim);
            assertTrue(r.holds(), claim);
            assertEquals(ClaimResult.Method.SYMBOLIC, r.method(), claim);
            assertEquals(ClaimResult.Kind.STATE, r.kind());
        }
    }

    @Test
    void theSpinLengthIsConservedPathwise() throws Exception {
        assertTrue(check(twoState, "L(x^2 + y^2 + z^2) == 0").holds());
    }

    @Test
    void aWrongItoDriftIsCaughtWithTheTrueDriftAsTheLeftValue() throws Exception {
        ClaimResult r = check(twoState, "drift(y) == -2*beta*y - 2*alpha*z");
        assertFalse(r.holds());
        ClaimResult.Counterexample c = r.counterexample();
        // the left side is the model's Ito drift -2 beta^2 y - 2 alpha z, evaluated at the point independently
        IExpr alpha = c.point().get("alpha");
        IExpr beta = c.point().get("beta");
        IExpr y = c.point().get("y");
        IExpr z = c.point().get("z");
        CasSession cas = CasSession.get();
        assertEquals(cas.evaluate(F.Plus(F.Times(F.CN2, F.Sqr(beta), y), F.Times(F.CN2, alpha, z))), c.leftValue());
        assertEquals(cas.evaluate(F.Plus(F.Times(F.CN2, beta, y), F.Times(F.CN2, alpha, z))), c.rightValue());
        assertNotEquals(c.leftValue(), c.rightValue());
        assertTrue(cas.evaluate(F.Greater(beta, F.C0)).isTrue(), "beta is positive in the model");
    }

    @Test
    void seedEquation45Holds() throws Exception {
        ClaimResult r = check(twoState, EQ45);
        assertTrue(r.holds());
        assertEquals(ClaimResult.Kind.MOMENTS, r.kind());
        assertEquals(ClaimResult.Method.SYMBOLIC, r.method());
    }

    @Test
    void seedEquation44WithItsConstantHolds() throws Exception {
        // C = 32 alpha^2 beta^2 for the model's start p_zz(0) = 1 (seed 003, eq. 86)
        assertTrue(check(twoState, "p_zz''' + 10*beta^2*p_zz'' + 16*(alpha^2 + beta^4)*p_zz' "
                + "+ 96*alpha^2*beta^2*p_zz == 32*alpha^2*beta^2").holds());
    }

    @Test
    void aWrongSecondDerivativeCoefficientIsCaughtAtTimeZero() throws Exception {
        ClaimResult r = check(twoState, EQ45.replace("10*beta^2", "12*beta^2"));
        assertFalse(r.holds());
        ClaimResult.Counterexample c = r.counterexample();
        // p_zz(0) = 1, p_zz'(0) = 0, p_zz''(0) = -8 alpha^2, p_zz'''(0) = 16 alpha^2 beta^2, at alpha = 1/2, beta = 1:
        // left = 4 - 12*2 + 0 + 96/4*(2/3) = -4
        assertTrue(c.modelPoint());
        assertEquals(0, c.derivative());
        assertEquals(F.ZZ(-4), c.leftValue());
        assertEquals(F.C0, c.rightValue());
        IExpr alpha = TestModels.s("alpha");
        IExpr beta = TestModels.s("beta");
        assertEquals(CasSession.get().evaluate(F.Expand(F.Times(F.ZZ(-16), F.Sqr(alpha), F.Sqr(beta)))),
                CasSession.get().evaluate(F.Expand(c.difference())));
    }

    @Test
    void aWrongFirstDerivativeCoefficientShowsOnlyInTheFirstDerivative() throws Exception {
        // p_zz'(0) = 0 hides the error at t = 0; d/dt of the difference is -beta^4 p_zz''(0) = 8 alpha^2 beta^4
        ClaimResult r = check(twoState, EQ45.replace("16*(alpha^2 + beta^4)", "(16*alpha^2 + 15*beta^4)"));
        assertFalse(r.holds());
        ClaimResult.Counterexample c = r.counterexample();
        assertEquals(1, c.derivative());
        assertEquals(F.C2, CasSession.get().evaluate(F.Subtract(c.leftValue(), c.rightValue())));
    }

    @Test
    void theMeanEquationWithAGivenAbbreviation() throws Exception {
        // seed 003, eq. (41): u'' + 2 beta^2 u' + 4 alpha^2 u = 0 for m_z
        assertTrue(check(twoState, "m_z'' + k*m_z' + 4*alpha^2*m_z == 0", "k = 2*beta^2").holds());
        assertFalse(check(twoState, "m_z'' + k*m_z' + 4*alpha^2*m_z == 0", "k = beta^2").holds());
    }

    @Test
    void aGivenParameterValueSpecialisesTheClaim() throws Exception {
        assertTrue(check(twoState, "m_z'' + 2*m_z' + 4*alpha^2*m_z == 0", "beta = 1").holds());
    }

    @Test
    void theConservedSpinAndAWrongValueOfIt() throws Exception {
        assertTrue(check(twoState, "p_xx + p_yy + p_zz == 1").holds());
        ClaimResult r = check(twoState, "p_xx + p_yy + p_zz == 2");
        assertFalse(r.holds());
        assertEquals(F.C1, r.counterexample().leftValue());
        assertEquals(F.C2, r.counterexample().rightValue());
    }

    @Test
    void radicalsUnderTheParametersAssumptions() throws Exception {
        assertTrue(check(twoState, "sqrt(beta^2) == beta").holds()); // beta is positive
        ClaimResult r = check(twoState, "sqrt(alpha^2) == alpha"); // alpha is only real
        assertFalse(r.holds());
        assertTrue(CasSession.get().evaluate(F.Less(r.counterexample().point().get("alpha"), F.C0)).isTrue());
    }

    @Test
    void withoutInitialValuesAMomentClaimMustHoldForEveryStart() throws Exception {
        Sde ou = ModelReader.read("ou.sde", "param a positive\nparam s positive\nstate x\nnoise W\n"
                + "dx = -a*x*dt + s*dW\n");
        assertTrue(check(ou, "m_x' == -a*m_x").holds());
        assertTrue(check(ou, "p_xx' == -2*a*p_xx + s^2").holds());
        ClaimResult r = check(ou, "p_xx' == -2*a*p_xx");
        assertFalse(r.holds());
        assertEquals(0, r.counterexample().derivative());
        assertTrue(r.counterexample().point().containsKey("s"));
    }

    @Test
    void claimsThatDoNotReadAreBadInput() {
        assertCode(ModelErrorCode.CLAIM_WITHOUT_EQUALITY, "p_zz'' = 1");
        assertCode(ModelErrorCode.CLAIM_WITHOUT_EQUALITY, "p_zz'' + 1");
        assertCode(ModelErrorCode.MIXED_CLAIM, "p_zz' == x");
        assertCode(ModelErrorCode.MIXED_CLAIM, "p_zz'*p_zz == 0");
        assertCode(ModelErrorCode.UNKNOWN_SYMBOL, "p_ww == 0");
        assertCode(ModelErrorCode.BAD_ARGUMENT, "alpha' == 0");
        assertCode(ModelErrorCode.BAD_ARGUMENT, "drift(alpha) == 0");
        assertCode(ModelErrorCode.UNKNOWN_FUNCTION, "curl(x) == 0");
        ModelException e = assertThrows(ModelException.class,
                () -> new ClaimChecker(twoState, List.of("x = 1"), 1).check("x == 1"));
        assertEquals(ModelErrorCode.BAD_ARGUMENT, e.diagnostics().get(0).code());
    }

    private static void assertCode(ModelErrorCode code, String claim) {
        ModelException e = assertThrows(ModelException.class, () -> check(twoState, claim), claim);
        assertEquals(code, e.diagnostics().get(0).code(), claim + ": " + e.format());
        assertEquals("--claim", e.diagnostics().get(0).position().file());
    }
}

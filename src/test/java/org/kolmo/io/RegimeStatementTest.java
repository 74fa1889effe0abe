package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.error.Diagnostic;
import org.kolmo.model.RegimeStatement;
import org.kolmo.model.Sde;
import org.kolmo.support.SessionEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** The {@code regime} statement (a Kolmo extension of the model language): reading, writing back, every error. */
class RegimeStatementTest {
    private static final SessionEval CAS = new SessionEval();

    private static final String HEADER = """
            model m
            param a real = 1
            param b positive
            state x = 0, y = 1
            noise W
            """; // lines 1-5; a test's regime is line 6
    private static final String EQUATIONS = "dx = -a*x*dt + b*dW\ndy = -y*dt\n";

    private static boolean same(IExpr a, IExpr b) {
        return CAS.eval(F.Together(F.Subtract(a, b))).isZero();
    }

    private static Sde read(String regimeLine) throws ModelException {
        return ModelReader.read("test.sde", HEADER + regimeLine + "\n" + EQUATIONS);
    }

    private static void assertSingle(String regimeLine, ModelErrorCode code, int column) {
        ModelException e = assertThrows(ModelException.class, () -> read(regimeLine));
        List<Diagnostic> d = e.diagnostics();
        assertEquals(1, d.size(), e::format);
        assertEquals(code, d.get(0).code(), e::format);
        assertEquals(6, d.get(0).position().line(), e::format);
        assertEquals(column, d.get(0).position().column(), e::format);
    }

    @Test
    void twoStateStatesSeedRegime() {
        Sde model = TestModels.load("two_state.sde");
        RegimeStatement r = model.regime().orElseThrow();
        assertEquals("eps", r.eps());
        assertEquals(1, r.rules().size());
        assertEquals("beta", r.rules().get(0).parameter());
        assertTrue(same(r.rules().get(0).replacement(), F.Divide(TestModels.s("beta"), F.Sqrt(TestModels.s("eps")))));
        assertTrue(same(r.timeScale(), TestModels.s("eps")));
        assertEquals("beta -> beta/sqrt(eps), t -> eps*t", r.text());
        assertEquals(11, r.position().line());
        assertEquals(1, r.position().column());
        assertTrue(model.parameter("eps").isEmpty(), "an undeclared eps is not a parameter of the model");
    }

    @Test
    void severalRulesTimeFirstFactorAndDeclaredSmallParameter() throws Exception {
        String text = "model m\nparam a real = 1\nparam b positive\nparam d small = 0.1\nstate x = 0\nnoise W\n"
                + "regime t -> t*d^2, a -> a/d, b -> b*sqrt(d)   # comment\n" + "dx = -a*x*dt + b*dW\n";
        RegimeStatement r = ModelReader.read("s.sde", text).regime().orElseThrow();
        assertEquals("d", r.eps());
        assertEquals(List.of("a", "b"), r.rules().stream().map(RegimeStatement.Rule::parameter).toList());
        assertTrue(same(r.timeScale(), F.Sqr(TestModels.s("d"))));
        assertEquals("a -> a/d; b -> b*sqrt(d), t -> d^2*t", r.text());
    }

    @Test
    void onlyATimeRule() throws Exception {
        RegimeStatement r = read("regime t -> 2*eps/(1 + eps)*t").regime().orElseThrow();
        assertTrue(r.rules().isEmpty());
        assertEquals("2*eps/(1 + eps)", r.timeText());
    }

    @Test
    void modelsWithoutTheStatementHaveNone() throws Exception {
        assertTrue(ModelReader.read("test.sde", HEADER + EQUATIONS).regime().isEmpty());
    }

    @Test
    void roundTripsWithAndWithoutDeclaredSmallParameter() throws Exception {
        for (String text : List.of(HEADER + "regime a -> a/eps^2, b -> b/eps, t -> eps^2*t\n" + EQUATIONS,
                HEADER + "regime t -> (eps + eps^2)/2*t\n" + EQUATIONS,
                "model m\nparam a real\nparam k small\nstate x\nnoise W\nregime a -> a/k\ndx = -a*x*dt + dW\n")) {
            Sde model = ModelReader.read("r.sde", text);
            String written = ModelWriter.write(model);
            assertTrue(written.contains("regime "), written);
            assertEquals(model, ModelReader.read("r.sde", written), written);
        }
        Sde strat = ItoStratonovich.toStratonovich(TestModels.load("two_state.sde"));
        assertEquals(TestModels.load("two_state.sde").regime(), strat.regime(), "a conversion keeps the regime");
    }

    @Test
    void regimeTakesPartInEquality() throws Exception {
        Sde with = read("regime a -> a/eps");
        Sde other = read("regime a -> a/eps^2");
        Sde without = ModelReader.read("test.sde", HEADER + EQUATIONS);
        assertFalse(with.equals(other));
        assertFalse(with.equals(without));
        assertEquals(without, with.withRegime(java.util.Optional.empty()));
    }

    @Test
    void leftSideNotAParameter() {
        assertSingle("regime x -> x/eps", ModelErrorCode.REGIME_NOT_A_PARAMETER, 8);
        assertSingle("regime a -> a/eps, q -> q", ModelErrorCode.REGIME_NOT_A_PARAMETER, 20);
    }

    @Test
    void missingArrow() {
        assertSingle("regime a = a/eps", ModelErrorCode.REGIME_MISSING_ARROW, 10);
        assertSingle("regime a", ModelErrorCode.REGIME_MISSING_ARROW, 9);
        ModelException spaced = assertThrows(ModelException.class, () -> read("regime a - > a/eps"));
        assertEquals(ModelErrorCode.REGIME_MISSING_ARROW, spaced.diagnostics().get(0).code(), spaced::format);
        assertEquals(10, spaced.diagnostics().get(0).position().column(), spaced::format);
    }

    @Test
    void timeRuleNotAProductWithT() {
        assertSingle("regime t -> eps", ModelErrorCode.REGIME_TIME_FORM, 13);
        assertSingle("regime a -> a/eps, t -> eps + t", ModelErrorCode.REGIME_TIME_FORM, 25);
        assertSingle("regime t -> t*t*eps", ModelErrorCode.REGIME_TIME_FORM, 13);
        assertSingle("regime t -> sqrt(t)*eps*t", ModelErrorCode.REGIME_TIME_FORM, 13);
        assertSingle("regime t -> t*eps/2", ModelErrorCode.REGIME_TIME_FORM, 13); // a quotient, not a product with t
    }

    @Test
    void secondRegimeStatement() {
        ModelException e = assertThrows(ModelException.class, () -> ModelReader.read("test.sde",
                HEADER + "regime a -> a/eps\n" + EQUATIONS + "regime t -> eps*t\n"));
        assertEquals(1, e.diagnostics().size(), e::format);
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(ModelErrorCode.DUPLICATE_STATEMENT, d.code());
        assertEquals(9, d.position().line());
        assertEquals(1, d.position().column());
    }

    @Test
    void syntaxErrorsInExpressionsHaveTheirColumn() {
        assertSingle("regime a -> a/(eps", ModelErrorCode.UNBALANCED_PARENTHESES, 15);
        assertSingle("regime a -> a/(eps, t -> eps*t", ModelErrorCode.SYNTAX, 19);
        assertSingle("regime a -> a/eps), t -> eps*t", ModelErrorCode.UNBALANCED_PARENTHESES, 18);
        assertSingle("regime a -> a/eps t -> eps*t", ModelErrorCode.SYNTAX, 19);
        assertSingle("regime a -> a/1.2.3", ModelErrorCode.MALFORMED_NUMBER, 15);
        assertSingle("regime a -> a/delta", ModelErrorCode.UNKNOWN_SYMBOL, 15);
        assertSingle("regime a -> a*x/eps", ModelErrorCode.UNKNOWN_SYMBOL, 15);
        assertSingle("regime", ModelErrorCode.SYNTAX, 7);
        assertSingle("regime a -> a/eps,", ModelErrorCode.SYNTAX, 19);
    }

    @Test
    void ruleGivenTwiceOrForTheSmallParameter() {
        assertSingle("regime a -> a/eps, a -> a/eps^2", ModelErrorCode.REGIME_RULE_TWICE, 20);
        assertSingle("regime t -> eps*t, t -> t", ModelErrorCode.REGIME_RULE_TWICE, 20);
        assertSingle("regime eps -> eps^2", ModelErrorCode.REGIME_SMALL_RESCALED, 8);
    }

    @Test
    void notTheIdentityAtEpsOne() {
        assertSingle("regime a -> 2*a/eps", ModelErrorCode.REGIME_NOT_IDENTITY, 13);
        assertSingle("regime a -> a/eps, t -> 2*eps*t", ModelErrorCode.REGIME_NOT_IDENTITY, 25);
    }

    @Test
    void smallParameterMustBeAParameter() {
        ModelException e = assertThrows(ModelException.class, () -> ModelReader.read("test.sde",
                "model m\nparam a real\nstate eps\nnoise W\nregime a -> a/eps\ndeps = -a*eps*dt + dW\n"));
        assertEquals(ModelErrorCode.REGIME_BAD_SMALL, e.diagnostics().get(0).code(), e::format);
        assertEquals(5, e.diagnostics().get(0).position().line());
    }

    @Test
    void regimeThatChangesNothing() {
        assertSingle("regime t -> t", ModelErrorCode.REGIME_CHANGES_NOTHING, 1);
    }
}

package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Lines 1-5; a test's regime is line 6. */
    private static final String HEADER = ModelReaderErrorTest.HEADER;
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

    @ParameterizedTest(name = "{0}: {1} at column {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # left side not a parameter
            regime x -> x/eps                    | REGIME_NOT_A_PARAMETER      | 8
            regime a -> a/eps, q -> q            | REGIME_NOT_A_PARAMETER      | 20
            # missing arrow
            regime a = a/eps                     | REGIME_MISSING_ARROW        | 10
            regime a                             | REGIME_MISSING_ARROW        | 9
            # time rule not a product with t
            regime t -> eps                      | REGIME_TIME_FORM            | 13
            regime a -> a/eps, t -> eps + t      | REGIME_TIME_FORM            | 25
            regime t -> t*t*eps                  | REGIME_TIME_FORM            | 13
            regime t -> sqrt(t)*eps*t            | REGIME_TIME_FORM            | 13
            # a quotient, not a product with t
            regime t -> t*eps/2                  | REGIME_TIME_FORM            | 13
            # syntax errors in expressions have their column
            regime a -> a/(eps                   | UNBALANCED_PARENTHESES      | 15
            regime a -> a/(eps, t -> eps*t       | SYNTAX                      | 19
            regime a -> a/eps), t -> eps*t       | UNBALANCED_PARENTHESES      | 18
            regime a -> a/eps t -> eps*t         | SYNTAX                      | 19
            regime a -> a/1.2.3                  | MALFORMED_NUMBER            | 15
            regime a -> a/delta                  | UNKNOWN_SYMBOL              | 15
            regime a -> a*x/eps                  | UNKNOWN_SYMBOL              | 15
            regime                               | SYNTAX                      | 7
            regime a -> a/eps,                   | SYNTAX                      | 19
            # rule given twice or for the small parameter
            regime a -> a/eps, a -> a/eps^2      | REGIME_RULE_TWICE           | 20
            regime t -> eps*t, t -> t            | REGIME_RULE_TWICE           | 20
            regime eps -> eps^2                  | REGIME_SMALL_RESCALED       | 8
            # not the identity at eps = 1
            regime a -> 2*a/eps                  | REGIME_NOT_IDENTITY         | 13
            regime a -> a/eps, t -> 2*eps*t      | REGIME_NOT_IDENTITY         | 25
            # regime that changes nothing
            regime t -> t                        | REGIME_CHANGES_NOTHING      | 1
            """)
    void aRegimeLineWithOneErrorIsRefusedAtItsColumn(String regimeLine, ModelErrorCode code, int column) {
        assertSingle(regimeLine, code, column);
    }

    @Test
    void missingArrowWithASpaceInIt() {
        ModelException spaced = assertThrows(ModelException.class, () -> read("regime a - > a/eps"));
        assertEquals(ModelErrorCode.REGIME_MISSING_ARROW, spaced.diagnostics().get(0).code(), spaced::format);
        assertEquals(10, spaced.diagnostics().get(0).position().column(), spaced::format);
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
    void smallParameterMustBeAParameter() {
        ModelException e = assertThrows(ModelException.class, () -> ModelReader.read("test.sde",
                "model m\nparam a real\nstate eps\nnoise W\nregime a -> a/eps\ndeps = -a*eps*dt + dW\n"));
        assertEquals(ModelErrorCode.REGIME_BAD_SMALL, e.diagnostics().get(0).code(), e::format);
        assertEquals(5, e.diagnostics().get(0).position().line());
    }
}

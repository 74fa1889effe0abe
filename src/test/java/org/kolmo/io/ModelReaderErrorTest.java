package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.error.Diagnostic;

/** Every error the model-language spec lists, each asserted by code, line and column. */
class ModelReaderErrorTest {
    private static final String HEADER = """
            model m
            param a real = 1
            param b positive
            state x = 0, y = 1
            noise W
            """; // lines 1-5; a test's own lines start at 6

    private static List<Diagnostic> errors(String text) {
        ModelException e = assertThrows(ModelException.class, () -> ModelReader.read("test.sde", text));
        return e.diagnostics();
    }

    private static void assertSingle(String text, ModelErrorCode code, int line, int column) {
        List<Diagnostic> d = errors(text);
        assertEquals(1, d.size(), () -> "expected one error, got:\n" + new ModelException(d).format());
        assertError(d.get(0), code, line, column);
    }

    private static void assertError(Diagnostic d, ModelErrorCode code, int line, int column) {
        assertEquals(code, d.code(), d::format);
        assertEquals(line, d.position().line(), d::format);
        assertEquals(column, d.position().column(), d::format);
    }

    @Test
    void unknownSymbol() {
        assertSingle(HEADER + "dx = -q*x*dt\ndy = b*dW\n", ModelErrorCode.UNKNOWN_SYMBOL, 6, 7);
    }

    @Test
    void unknownSymbolAsEquationTarget() {
        assertSingle(HEADER + "dx = dt\ndy = dt\ndu = dt\n", ModelErrorCode.UNKNOWN_SYMBOL, 8, 2);
    }

    @Test
    void symbolDeclaredTwice() {
        assertSingle(HEADER + "param x real\ndx = dt\ndy = dt\n", ModelErrorCode.DUPLICATE_SYMBOL, 6, 7);
    }

    @Test
    void parameterUsedAsVariable() {
        assertSingle(HEADER + "dx = dt\ndy = dt\nda = dt\n", ModelErrorCode.PARAMETER_AS_VARIABLE, 8, 2);
    }

    @Test
    void variableWithoutEquation() {
        assertSingle(HEADER + "dx = dt\n", ModelErrorCode.MISSING_EQUATION, 4, 14);
    }

    @Test
    void twoEquationsForOneVariable() {
        assertSingle(HEADER + "dx = dt\ndy = dt\ndx = 2*dt\n", ModelErrorCode.DUPLICATE_EQUATION, 8, 1);
    }

    @Test
    void termWithoutDifferential() {
        // the spec's own example: dx = -x + y*dW
        assertSingle(HEADER + "dx = -x + y*dW\ndy = dt\n", ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, 6, 6);
    }

    @Test
    void rightSideWithoutAnyDifferential() {
        assertSingle(HEADER + "dx = dt\ndy = a*x\n", ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, 7, 6);
    }

    @Test
    void productOfDifferentials() {
        assertSingle(HEADER + "dx = a*dt*dW\ndy = dt\n", ModelErrorCode.PRODUCT_OF_DIFFERENTIALS, 6, 6);
    }

    @Test
    void squaredDifferential() {
        assertSingle(HEADER + "dx = dt + dW^2\ndy = dt\n", ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 11);
    }

    @Test
    void differentialInsideAFunction() {
        assertSingle(HEADER + "dx = sin(dt)\ndy = dt\n", ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 10);
    }

    @Test
    void differentialInADenominator() {
        assertSingle(HEADER + "dx = x/dt\ndy = dt\n", ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 8);
    }

    @Test
    void stateDifferentialOutsideAFunctional() {
        assertSingle(HEADER + "dx = y*dy\ndy = dt\n", ModelErrorCode.STATE_DIFFERENTIAL_OUTSIDE_FUNCTIONAL, 6, 8);
    }

    @Test
    void functionalInsideADrift() {
        String text = HEADER + "functional A = 0\ndx = A*dt\ndy = dt\ndA = x*dy\n";
        assertSingle(text, ModelErrorCode.FUNCTIONAL_IN_COEFFICIENT, 7, 6);
    }

    @Test
    void twoSmallParameters() {
        String text = """
                param e1 small
                param e2 small
                slow X
                fast Y
                noise W
                dX = Y/e1*dt
                dY = -Y/e1^2*dt + dW/e1
                """;
        assertSingle(text, ModelErrorCode.TWO_SMALL_PARAMETERS, 2, 7);
    }

    @Test
    void slowWithoutFast() {
        assertSingle("param e small\nslow X\nnoise W\ndX = dW\n", ModelErrorCode.SLOW_WITHOUT_FAST, 2, 6);
    }

    @Test
    void fastWithoutSlow() {
        assertSingle("param e small\nfast Y\nnoise W\ndY = -Y/e^2*dt + dW/e\n", ModelErrorCode.FAST_WITHOUT_SLOW, 2, 6);
    }

    @Test
    void fastWithoutSmall() {
        String text = "param e positive\nslow X\nfast Y\nnoise W\ndX = Y/e*dt\ndY = -Y/e^2*dt + dW/e\n";
        assertSingle(text, ModelErrorCode.FAST_WITHOUT_SMALL, 3, 6);
    }

    @Test
    void stateMixedWithSlowFast() {
        String text = "param e small\nstate Z\nslow X\nfast Y\nnoise W\ndZ = dt\ndX = Y/e*dt\ndY = -Y/e^2*dt + dW/e\n";
        assertSingle(text, ModelErrorCode.MIXED_ROLES, 3, 6);
    }

    @Test
    void malformedNumber() {
        assertSingle(HEADER + "dx = 1.2.3*dt\ndy = dt\n", ModelErrorCode.MALFORMED_NUMBER, 6, 6);
    }

    @Test
    void malformedExponent() {
        assertSingle(HEADER + "dx = 2e*x*dt\ndy = dt\n", ModelErrorCode.MALFORMED_NUMBER, 6, 6);
    }

    @Test
    void malformedParameterValue() {
        assertSingle("param a real = 0.5.1\nstate x\nnoise W\ndx = a*dW\n", ModelErrorCode.MALFORMED_NUMBER, 1, 16);
    }

    @Test
    void unclosedParenthesis() {
        assertSingle(HEADER + "dx = (a*x*dt\ndy = dt\n", ModelErrorCode.UNBALANCED_PARENTHESES, 6, 6);
    }

    @Test
    void strayClosingParenthesis() {
        assertSingle(HEADER + "dx = a*x)*dt\ndy = dt\n", ModelErrorCode.UNBALANCED_PARENTHESES, 6, 9);
    }

    @Test
    void unknownStatementAndAssumption() {
        List<Diagnostic> d = errors("modle m\nparam a realish\nstate x\nnoise W\ndx = a*dW\n");
        assertEquals(2, d.size());
        assertError(d.get(0), ModelErrorCode.UNKNOWN_STATEMENT, 1, 1);
        assertError(d.get(1), ModelErrorCode.UNKNOWN_ASSUMPTION, 2, 9);
    }

    @Test
    void unknownFunction() {
        assertSingle(HEADER + "dx = sinc(x)*dt\ndy = dt\n", ModelErrorCode.UNKNOWN_FUNCTION, 6, 6);
    }

    @Test
    void allErrorsOfAFileInOneRun() {
        String text = HEADER + "dx = -q*dt + x\ndy = dt*dW\ndz = dt\n";
        List<Diagnostic> d = errors(text);
        assertEquals(4, d.size(), () -> new ModelException(d).format());
        assertError(d.get(0), ModelErrorCode.UNKNOWN_SYMBOL, 6, 7);
        assertError(d.get(1), ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, 6, 14);
        assertError(d.get(2), ModelErrorCode.PRODUCT_OF_DIFFERENTIALS, 7, 6);
        assertError(d.get(3), ModelErrorCode.UNKNOWN_SYMBOL, 8, 2);
    }

    @Test
    void formattedMessageHasPositionCodeSourceLineAndCaret() {
        List<Diagnostic> d = errors(HEADER + "dx = -q*x*dt\ndy = b*dW\n");
        String text = d.get(0).format();
        assertEquals("test.sde:6:7: error[E201]: unknown symbol 'q'\n    dx = -q*x*dt\n          ^", text);
        assertTrue(text.startsWith("test.sde:6:7:"));
    }

    @Test
    void optionExpressionErrorsNameTheOption() throws Exception {
        var model = ModelReader.read("m.sde", HEADER + "dx = dt\ndy = dt\n");
        ModelException e = assertThrows(ModelException.class, () -> ModelReader.readExpression("--f", "x^2 + w", model));
        assertError(e.diagnostics().get(0), ModelErrorCode.UNKNOWN_SYMBOL, 1, 7);
        assertTrue(e.format().startsWith("--f:1:7: error[E201]"));
    }
}

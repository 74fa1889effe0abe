package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolmo.error.Diagnostic;

/** Every error the model-language spec lists, each asserted by code, line and column. */
class ModelReaderErrorTest {
    static final String HEADER = """
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

    /** Texts with exactly one error: a name for the case, the text, and its code, line and column. */
    static Stream<Arguments> singleErrors() {
        return Stream.of(
                Arguments.of("unknown symbol", HEADER + "dx = -q*x*dt\ndy = b*dW\n",
                        ModelErrorCode.UNKNOWN_SYMBOL, 6, 7),
                Arguments.of("unknown symbol as equation target", HEADER + "dx = dt\ndy = dt\ndu = dt\n",
                        ModelErrorCode.UNKNOWN_SYMBOL, 8, 2),
                Arguments.of("symbol declared twice", HEADER + "param x real\ndx = dt\ndy = dt\n",
                        ModelErrorCode.DUPLICATE_SYMBOL, 6, 7),
                Arguments.of("parameter used as variable", HEADER + "dx = dt\ndy = dt\nda = dt\n",
                        ModelErrorCode.PARAMETER_AS_VARIABLE, 8, 2),
                Arguments.of("variable without equation", HEADER + "dx = dt\n", ModelErrorCode.MISSING_EQUATION, 4, 14),
                Arguments.of("two equations for one variable", HEADER + "dx = dt\ndy = dt\ndx = 2*dt\n",
                        ModelErrorCode.DUPLICATE_EQUATION, 8, 1),
                // the spec's own example: dx = -x + y*dW
                Arguments.of("term without differential", HEADER + "dx = -x + y*dW\ndy = dt\n",
                        ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, 6, 6),
                Arguments.of("right side without any differential", HEADER + "dx = dt\ndy = a*x\n",
                        ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, 7, 6),
                Arguments.of("product of differentials", HEADER + "dx = a*dt*dW\ndy = dt\n",
                        ModelErrorCode.PRODUCT_OF_DIFFERENTIALS, 6, 6),
                Arguments.of("squared differential", HEADER + "dx = dt + dW^2\ndy = dt\n",
                        ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 11),
                Arguments.of("differential inside a function", HEADER + "dx = sin(dt)\ndy = dt\n",
                        ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 10),
                Arguments.of("differential in a denominator", HEADER + "dx = x/dt\ndy = dt\n",
                        ModelErrorCode.NONLINEAR_DIFFERENTIAL, 6, 8),
                Arguments.of("state differential outside a functional", HEADER + "dx = y*dy\ndy = dt\n",
                        ModelErrorCode.STATE_DIFFERENTIAL_OUTSIDE_FUNCTIONAL, 6, 8),
                Arguments.of("functional inside a drift", HEADER + "functional A = 0\ndx = A*dt\ndy = dt\ndA = x*dy\n",
                        ModelErrorCode.FUNCTIONAL_IN_COEFFICIENT, 7, 6),
                Arguments.of("two small parameters", """
                        param e1 small
                        param e2 small
                        slow X
                        fast Y
                        noise W
                        dX = Y/e1*dt
                        dY = -Y/e1^2*dt + dW/e1
                        """, ModelErrorCode.TWO_SMALL_PARAMETERS, 2, 7),
                Arguments.of("slow without fast", "param e small\nslow X\nnoise W\ndX = dW\n",
                        ModelErrorCode.SLOW_WITHOUT_FAST, 2, 6),
                Arguments.of("fast without slow", "param e small\nfast Y\nnoise W\ndY = -Y/e^2*dt + dW/e\n",
                        ModelErrorCode.FAST_WITHOUT_SLOW, 2, 6),
                Arguments.of("fast without small",
                        "param e positive\nslow X\nfast Y\nnoise W\ndX = Y/e*dt\ndY = -Y/e^2*dt + dW/e\n",
                        ModelErrorCode.FAST_WITHOUT_SMALL, 3, 6),
                Arguments.of("state mixed with slow fast", "param e small\nstate Z\nslow X\nfast Y\nnoise W\ndZ = dt\n"
                        + "dX = Y/e*dt\ndY = -Y/e^2*dt + dW/e\n",
                        ModelErrorCode.MIXED_ROLES, 3, 6),
                Arguments.of("malformed number", HEADER + "dx = 1.2.3*dt\ndy = dt\n",
                        ModelErrorCode.MALFORMED_NUMBER, 6, 6),
                Arguments.of("malformed exponent", HEADER + "dx = 2e*x*dt\ndy = dt\n",
                        ModelErrorCode.MALFORMED_NUMBER, 6, 6),
                Arguments.of("malformed parameter value", "param a real = 0.5.1\nstate x\nnoise W\ndx = a*dW\n",
                        ModelErrorCode.MALFORMED_NUMBER, 1, 16),
                Arguments.of("unclosed parenthesis", HEADER + "dx = (a*x*dt\ndy = dt\n",
                        ModelErrorCode.UNBALANCED_PARENTHESES, 6, 6),
                Arguments.of("stray closing parenthesis", HEADER + "dx = a*x)*dt\ndy = dt\n",
                        ModelErrorCode.UNBALANCED_PARENTHESES, 6, 9),
                Arguments.of("unknown function", HEADER + "dx = sinc(x)*dt\ndy = dt\n",
                        ModelErrorCode.UNKNOWN_FUNCTION, 6, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleErrors")
    void oneErrorWithItsCodeLineAndColumn(String name, String text, ModelErrorCode code, int line, int column) {
        assertSingle(text, code, line, column);
    }

    @Test
    void unknownStatementAndAssumption() {
        List<Diagnostic> d = errors("modle m\nparam a realish\nstate x\nnoise W\ndx = a*dW\n");
        assertEquals(2, d.size());
        assertError(d.get(0), ModelErrorCode.UNKNOWN_STATEMENT, 1, 1);
        assertError(d.get(1), ModelErrorCode.UNKNOWN_ASSUMPTION, 2, 9);
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

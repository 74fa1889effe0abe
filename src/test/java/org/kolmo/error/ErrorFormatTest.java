package org.kolmo.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one printed form of every error (issue 14, item 2). */
class ErrorFormatTest {
    private enum Code implements ErrorCode {
        ONE(new Spec("T001", "something is %s")),
        ENGINE(new Spec("T002", "the engine said %s", INTERNAL));

        private final Spec spec;

        Code(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    @Test
    void aPlaceInAFileShowsTheLineAndACaretUnderTheColumn() {
        Diagnostic d = new Diagnostic(Code.ONE, Position.at("m.sde", 3, 6), "something is wrong", "dx = dt*dW");
        assertEquals("m.sde:3:6: error[T001]: something is wrong\n    dx = dt*dW\n         ^",
                ErrorFormat.format(d, "moments"));
    }

    @Test
    void aTabInTheSourceLineIsKeptBeforeTheCaret() {
        Diagnostic d = new Diagnostic(Code.ONE, Position.at("m.sde", 1, 3), "x", "\tdx");
        assertEquals("m.sde:1:3: error[T001]: x\n    \tdx\n    \t ^", ErrorFormat.format(d, null));
    }

    @Test
    void aLineWithoutAColumnShowsTheLineWithoutACaret() {
        Diagnostic d = new Diagnostic(Code.ONE, Position.line("m.sde", 2), "x", "state x");
        assertEquals("m.sde:2: error[T001]: x\n    state x", ErrorFormat.format(d, "moments"));
    }

    @Test
    void theFileAloneHasNoLine() {
        assertEquals("m.sde: error[T001]: something is odd",
                ErrorFormat.format(Diagnostic.of(Code.ONE, Position.file("m.sde"), "odd"), "reduce"));
    }

    @Test
    void anOptionIsNamedAfterTheCommand() {
        KolmoException e = new KolmoException(Code.ONE, Position.option("--keep"), "missing");
        assertEquals("kolmo reduce: --keep: error[T001]: something is missing", ErrorFormat.format(e, "reduce"));
        assertEquals("--keep: error[T001]: something is missing", e.getMessage());
        assertEquals("kolmo: --keep: error[T001]: something is missing", ErrorFormat.format(e, ""));
    }

    @Test
    void noPositionIsTheCommandAlone() {
        KolmoException e = new KolmoException(Code.ENGINE, Position.none(), "no");
        assertEquals("kolmo closed-ode: error[T002]: the engine said no", ErrorFormat.format(e, "closed-ode"));
        assertEquals(ErrorCode.INTERNAL, e.exitStatus());
    }

    @Test
    void theUnnamedModelFileIsNamedByTheFacade() {
        KolmoException e = new KolmoException(Code.ONE, Position.modelFile(), "odd");
        assertEquals("kolmo reduce: error[T001]: something is odd", ErrorFormat.format(e, "reduce"));
        assertSame(e, e.inFile("m.sde"));
        assertEquals("m.sde: error[T001]: something is odd", ErrorFormat.format(e, "reduce"));
        assertEquals(ErrorCode.USER_ERROR, e.exitStatus());
    }

    @Test
    void severalDiagnosticsPrintOneAfterTheOtherAndTheWorstStatusWins() {
        KolmoException e = new KolmoException(List.of(
                new Diagnostic(Code.ONE, Position.at("m.sde", 1, 1), "a", "x"),
                Diagnostic.of(Code.ENGINE, Position.none(), "b")));
        assertEquals("m.sde:1:1: error[T001]: a\n    x\n    ^\nkolmo check: error[T002]: the engine said b",
                ErrorFormat.format(e, "check"));
        assertEquals(ErrorCode.INTERNAL, e.exitStatus());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalError() {
        KolmoException e = InternalErrorCode.wrap(new IllegalStateException("broken"));
        assertEquals(ErrorCode.INTERNAL, e.exitStatus());
        assertEquals(InternalErrorCode.UNEXPECTED, e.code());
    }
}

package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kolmo.model.SourcePosition;

/** The reader records where each equation starts, so that errors about an equation point at it. */
class EquationPositionsTest {
    @Test
    void eachEquationStartsAtItsDifferential() throws Exception {
        String text = String.join("\n",
                "model m",
                "param a positive",
                "state x, dx1",
                "noise W",
                "",
                "   dx = -a*x*dt + dW",
                "ddx1 = x*dt");
        ModelReader.Located read = ModelReader.readLocated("m.sde", text);
        assertEquals(new SourcePosition("m.sde", 6, 4), read.equation("x"));
        assertEquals(new SourcePosition("m.sde", 7, 1), read.equation("dx1"));
        assertEquals(SourcePosition.NONE, read.equation("a"));
        assertEquals(read.sde(), ModelReader.read("m.sde", text));
    }
}

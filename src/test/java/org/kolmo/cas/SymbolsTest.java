package org.kolmo.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.F;

class SymbolsTest {
    @Test
    void userNamesThatClashWithBuiltinsStayUserSymbols() {
        assertFalse(Symbols.user("beta").isBuiltInSymbol());
        assertFalse(Symbols.user("gamma").isBuiltInSymbol());
        assertNotSame(F.Beta, Symbols.user("beta"));
        assertTrue(Symbols.isUser(Symbols.user("beta")));
        assertFalse(Symbols.isUser(F.Beta));
    }

    @Test
    void caseIsKeptAndDecoded() {
        assertNotSame(Symbols.user("X1"), Symbols.user("x1"));
        assertEquals("X1", Symbols.displayName(Symbols.user("X1")));
        assertEquals("p_xz", Symbols.displayName(Symbols.user("p_xz")));
        assertEquals("AbC2", Symbols.displayName(Symbols.user("AbC2")));
        assertEquals("Pi", Symbols.displayName(F.Pi));
    }
}

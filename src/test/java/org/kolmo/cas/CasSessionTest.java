package org.kolmo.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.algebra.AlgebraErrorCode;
import org.kolmo.algebra.AlgebraException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.ISymbol;

/** Rule loading from a folder, calls by name, and Symja's messages turned into errors that name step and rule. */
class CasSessionTest {
    @AfterEach
    void restoreBundledRules() {
        CasSession.useRules(RuleSource.bundled());
    }

    @Test
    void aNewRuleFileIsCallableWithoutJavaChanges(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.m"), """
                (* a rule added by a user: twice the argument, spread over two lines *)
                KoTwice(x_) :=
                  2 * x;
                """);
        CasSession.useRules(RuleSource.directory(dir));
        CasSession cas = CasSession.get();
        assertEquals(F.ZZ(6), cas.call("doubling", "KoTwice", F.C3));
        assertEquals(dir + "/extra.m:2", cas.definitionSite("KoTwice"));
    }

    @Test
    void symjaMessagesNameTheStepAndTheRuleSite(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.m"), "\n\nKoInverse(x_) := 1/x;\n");
        CasSession.useRules(RuleSource.directory(dir));
        CasException e = assertThrows(CasException.class,
                () -> CasSession.get().call("inverting the drift", "KoInverse", F.C0));
        assertEquals(CasErrorCode.ENGINE_MESSAGE, e.code());
        assertEquals(70, e.exitStatus());
        assertTrue(e.detail().startsWith("inverting the drift [rule KoInverse (" + dir + "/bad.m:3)]"), e.detail());
        assertTrue(e.getMessage().contains("Infinite expression"), e.getMessage());
    }

    /**
     * An error raised by Java code that a rule calls (here the exact algebra refusing an entry outside Q[a]) reaches
     * the caller as itself, with its code, not as an engine failure (issue 14, item 2).
     */
    @Test
    void aKolmoErrorRaisedInsideARuleKeepsItsCode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("charpoly.m"), "KoCharPoly(m_, p_) := KoCharacteristicPolynomial(m, p);\n");
        CasSession.useRules(RuleSource.directory(dir));
        ISymbol a = Symbols.user("a");
        AlgebraException e = assertThrows(AlgebraException.class, () -> CasSession.get().call("a polynomial",
                "KoCharPoly", F.List(F.List(F.Power(a, F.CN1))), F.List(a)));
        assertEquals(AlgebraErrorCode.NOT_POLYNOMIAL, e.code());
        assertEquals(2, e.exitStatus());
        assertFalse(e.getMessage().contains("ko$"), e.getMessage());
    }

    @Test
    void unmatchedRuleAndUnknownFunctionAreErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lists.m"), "KoFirst(v_List) := v[[1]];\n");
        CasSession.useRules(RuleSource.directory(dir));
        CasException unmatched = assertThrows(CasException.class,
                () -> CasSession.get().call("taking a first entry", "KoFirst", F.C1));
        assertTrue(unmatched.getMessage().contains("no rule of KoFirst (" + dir + "/lists.m:1) matched"));
        CasException unknown = assertThrows(CasException.class,
                () -> CasSession.get().call("a step", "KoNothing", F.C1));
        assertTrue(unknown.getMessage().contains("no rule file defines KoNothing"), unknown.getMessage());
    }

    @Test
    void ruleFileStatementsKeepTheirLines() {
        RuleFile f = RuleFile.parse("r.m", "(* c\n omment *)\nA(x_) := x;\n\nB(x_) :=\n  {x,\n   x};\nC := \"a;b\";\n");
        assertEquals(List.of(new RuleFile.Statement("A(x_) := x", 3), new RuleFile.Statement("B(x_) :=\n  {x,\n   x}", 5),
                new RuleFile.Statement("C := \"a;b\"", 8)), f.statements());
    }
}

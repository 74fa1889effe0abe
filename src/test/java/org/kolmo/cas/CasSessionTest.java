package org.kolmo.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matheclipse.core.expression.F;

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
        assertTrue(e.getMessage().startsWith("inverting the drift [rule KoInverse (" + dir + "/bad.m:3)]"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Infinite expression"), e.getMessage());
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

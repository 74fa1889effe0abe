package org.kolmo.reduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.model.RegimeStatement;
import org.kolmo.model.Sde;
import org.kolmo.model.SourcePosition;
import org.matheclipse.core.expression.F;

/** A model file's regime statement as the reduce command's regime. */
class RegimeFromStatementTest {
    @Test
    void sameRegimeAsTheOptions() throws Exception {
        Sde model = TestModels.load("two_state.sde");
        Regime fromFile = Regime.fromStatement(model, model.regime().orElseThrow());
        Regime fromOptions = TestModels.regime(model, "beta -> beta/sqrt(eps)", "eps", "eps");
        assertEquals(fromOptions.scalings(), fromFile.scalings());
        assertEquals(fromOptions.timeScale(), fromFile.timeScale());
        assertEquals(fromOptions.epsilon(), fromFile.epsilon());
        assertEquals(fromOptions.text(), fromFile.text());
    }

    @Test
    void semanticErrorsNameTheStatementPosition() {
        Sde model = TestModels.load("two_state.sde");
        // built in code, past the reader's checks: not the identity at eps = 1
        RegimeStatement wrong = new RegimeStatement(List.of(new RegimeStatement.Rule("beta",
                F.Times(F.C2, TestModels.s("beta")), "beta -> 2*beta")), F.C1, "", "eps",
                new SourcePosition("models/two_state.sde", 11, 1));
        ReductionException e = assertThrows(ReductionException.class,
                () -> Regime.fromStatement(model.withRegime(Optional.of(wrong)), wrong));
        assertEquals(ReductionErrorCode.SCALING_NOT_IDENTITY, e.code());
        assertEquals(11, e.position().line());
        assertTrue(e.getMessage().startsWith("models/two_state.sde:11:1: error[R108]: the scaling of beta"),
                e.getMessage());
    }
}

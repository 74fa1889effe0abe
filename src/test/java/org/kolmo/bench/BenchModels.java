package org.kolmo.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.kolmo.model.Assumption;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The models the benchmarks run, built by hand. */
final class BenchModels {
    private BenchModels() {
    }

    /** Seed 003, eq. 27 (Itô), α = 1/2, β = 1, (x, y, z)(0) = (0, 0, 1). */
    static Sde twoState() {
        ISymbol x = Sde.symbol("x");
        ISymbol y = Sde.symbol("y");
        ISymbol z = Sde.symbol("z");
        ISymbol alpha = Sde.symbol("alpha");
        ISymbol beta = Sde.symbol("beta");
        IExpr beta2 = F.Sqr(beta);
        return new Sde("two_state", "Two-state quantum system", Convention.ITO,
                List.of(new Parameter("alpha", EnumSet.of(Assumption.REAL), Optional.of(F.C1D2)),
                        new Parameter("beta", EnumSet.of(Assumption.POSITIVE), Optional.of(F.C1))),
                List.of(new Variable("x", Role.STATE, Optional.of(F.C0)),
                        new Variable("y", Role.STATE, Optional.of(F.C0)),
                        new Variable("z", Role.STATE, Optional.of(F.C1))),
                List.of("W"),
                List.of(F.Times(F.CN2, beta2, x), F.Plus(F.Times(F.CN2, beta2, y), F.Times(F.CN2, alpha, z)),
                        F.Times(F.C2, alpha, y)),
                List.of(List.of(F.Times(F.CN2, beta, y)), List.of(F.Times(F.C2, beta, x)), List.of(F.C0)));
    }
}

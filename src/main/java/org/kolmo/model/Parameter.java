package org.kolmo.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.kolmo.cas.AssumedSymbol;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A symbolic parameter of a model, with its assumptions and an optional default value used by numerics.
 *
 * @param name  the name the user wrote
 * @param assumptions never empty; {@code real} when nothing else was said
 * @param value the default value as an exact number, if one was given
 */
public record Parameter(String name, Set<Assumption> assumptions, Optional<IExpr> value) implements AssumedSymbol {
    public Parameter {
        assumptions = Collections.unmodifiableSet(assumptions.isEmpty() ? EnumSet.of(Assumption.REAL) : EnumSet.copyOf(assumptions));
    }

    public ISymbol symbol() {
        return Symbols.user(name);
    }

    @Override
    public boolean assumedPositive() {
        return assumptions.contains(Assumption.POSITIVE) || assumptions.contains(Assumption.SMALL);
    }

    @Override
    public boolean assumedNonzero() {
        return assumptions.contains(Assumption.NONZERO);
    }

    public boolean isSmall() {
        return assumptions.contains(Assumption.SMALL);
    }
}

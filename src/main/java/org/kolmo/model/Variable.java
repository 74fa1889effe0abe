package org.kolmo.model;

import java.util.Optional;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** A declared variable, its role and its initial value (exact) if one was given. */
public record Variable(String name, Role role, Optional<IExpr> initialValue) {
    public ISymbol symbol() {
        return Symbols.user(name);
    }
}

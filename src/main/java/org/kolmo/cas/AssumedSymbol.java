package org.kolmo.cas;

import org.matheclipse.core.interfaces.ISymbol;

/**
 * A symbol with the facts simplification may use about it ({@link CasSession#assume}); a model's parameters are
 * such symbols. An interface here, so that the session needs nothing from the model package, which depends on it.
 */
public interface AssumedSymbol {
    ISymbol symbol();

    /** True when the symbol stands for a positive number. */
    boolean assumedPositive();

    /** True when the symbol stands for a number other than 0. */
    boolean assumedNonzero();
}

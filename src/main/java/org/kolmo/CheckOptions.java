package org.kolmo;

import java.util.List;

import org.kolmo.check.ClaimChecker;

/**
 * Options of {@link Kolmo#check}.
 *
 * @param givens abbreviations the claims use or parameter values, {@code "NAME = EXPR"}, in order
 * @param seed   seed of the random rational test points
 */
public record CheckOptions(List<String> givens, long seed) {
    public CheckOptions {
        givens = List.copyOf(givens);
    }

    /** No givens, the default seed. */
    public static CheckOptions defaults() {
        return new CheckOptions(List.of(), ClaimChecker.DEFAULT_SEED);
    }

    public CheckOptions withGivens(List<String> newGivens) {
        return new CheckOptions(newGivens, seed);
    }

    public CheckOptions withSeed(long newSeed) {
        return new CheckOptions(givens, newSeed);
    }
}

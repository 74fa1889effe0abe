package org.kolmo;

import java.util.Optional;

import org.kolmo.report.Report;

/**
 * A report of a derivation that checks itself (routes held equal, numeric cross-checks, a Monte Carlo run), with
 * the reason when a check failed.
 *
 * @param report  what was derived and checked
 * @param failure empty when every check passed, else which failed, in words
 */
public record Checked<R extends Report>(R report, Optional<String> failure) {
    public boolean passed() {
        return failure.isEmpty();
    }
}

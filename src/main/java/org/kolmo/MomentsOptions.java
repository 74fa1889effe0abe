package org.kolmo;

import java.util.List;
import java.util.Optional;

/**
 * Options of {@link Kolmo#moments}.
 *
 * @param order      highest moment order K (at least 1)
 * @param central    also the means and covariances c_ij = p_ij - m_i m_j
 * @param closure    a moment closure for a hierarchy that does not close ({@code zero}, {@code normal},
 *                   {@code lognormal}, {@code gamma}, {@code derivative-matching}); with {@link #check} a comma list
 * @param stationary the stationary points of the closed system
 * @param start      the start of Newton's method for {@code stationary}, one number per moment
 * @param check      the number of Monte Carlo paths against which each closure is measured
 * @param horizon    horizon T of the check
 * @param dt         Euler-Maruyama step of the check
 * @param seed       seed of the check
 */
public record MomentsOptions(int order, boolean central, Optional<String> closure, boolean stationary,
        Optional<List<Double>> start, Optional<Integer> check, double horizon, double dt, long seed) {
    public MomentsOptions {
        start = start.map(List::copyOf);
    }

    /** Order 2, no closure, no check (T = 10, dt = 0.001, seed 1 when one is asked). */
    public static MomentsOptions defaults() {
        return new MomentsOptions(2, false, Optional.empty(), false, Optional.empty(), Optional.empty(), 10, 0.001, 1);
    }

    public MomentsOptions withOrder(int k) {
        return new MomentsOptions(k, central, closure, stationary, start, check, horizon, dt, seed);
    }

    public MomentsOptions withCentral(boolean c) {
        return new MomentsOptions(order, c, closure, stationary, start, check, horizon, dt, seed);
    }

    public MomentsOptions withClosure(String name) {
        return new MomentsOptions(order, central, Optional.of(name), stationary, start, check, horizon, dt, seed);
    }

    public MomentsOptions withStationary(boolean s) {
        return new MomentsOptions(order, central, closure, s, start, check, horizon, dt, seed);
    }

    public MomentsOptions withStart(List<Double> u) {
        return new MomentsOptions(order, central, closure, stationary, Optional.of(u), check, horizon, dt, seed);
    }

    public MomentsOptions withCheck(int paths) {
        return new MomentsOptions(order, central, closure, stationary, start, Optional.of(paths), horizon, dt, seed);
    }

    public MomentsOptions withHorizon(double t) {
        return new MomentsOptions(order, central, closure, stationary, start, check, t, dt, seed);
    }

    public MomentsOptions withDt(double h) {
        return new MomentsOptions(order, central, closure, stationary, start, check, horizon, h, seed);
    }

    public MomentsOptions withSeed(long s) {
        return new MomentsOptions(order, central, closure, stationary, start, check, horizon, dt, s);
    }

    /** Checks what needs no model, so that a mistake shows before any derivation. */
    public MomentsOptions validate() {
        if (order < 1) {
            throw new OptionException("--order", "the moment order must be at least 1 (got " + order + ")");
        }
        if (closure.isEmpty() && (stationary || start.isPresent())) {
            throw new OptionException(stationary ? "--stationary" : "--start", "needs --closure (the stationary "
                    + "values of a hierarchy that closes are printed without it)");
        }
        if (start.isPresent() && !stationary) {
            throw new OptionException("--start", "is the start of --stationary");
        }
        return this;
    }
}

package org.kolmo;

import java.util.Optional;

import org.kolmo.homogenization.Homogenization;

/**
 * Options of {@link Kolmo#homogenize}.
 *
 * @param route            {@code auto}, {@code generator}, {@code closed-form} or {@code both}
 * @param check            the number of Monte Carlo paths of the full model and of the effective SDE, if any
 * @param tolerance        weak error accepted on top of 4 standard errors
 * @param horizon          time horizon of the Monte Carlo check
 * @param seed             seed of the Monte Carlo check
 * @param stepsPerFastTime Euler-Maruyama steps per fast relaxation time in the full model
 */
public record HomogenizeOptions(String route, Optional<Integer> check, double tolerance, double horizon, long seed,
        int stepsPerFastTime) {
    /** The automatic route, no Monte Carlo check (horizon 1, seed 1, 20 steps per fast time when one is asked). */
    public static HomogenizeOptions defaults() {
        return new HomogenizeOptions("auto", Optional.empty(), 0, 1, 1, 20);
    }

    public HomogenizeOptions withRoute(String r) {
        return new HomogenizeOptions(r, check, tolerance, horizon, seed, stepsPerFastTime);
    }

    public HomogenizeOptions withCheck(int paths) {
        return new HomogenizeOptions(route, Optional.of(paths), tolerance, horizon, seed, stepsPerFastTime);
    }

    public HomogenizeOptions withTolerance(double t) {
        return new HomogenizeOptions(route, check, t, horizon, seed, stepsPerFastTime);
    }

    public HomogenizeOptions withHorizon(double t) {
        return new HomogenizeOptions(route, check, tolerance, t, seed, stepsPerFastTime);
    }

    public HomogenizeOptions withSeed(long s) {
        return new HomogenizeOptions(route, check, tolerance, horizon, s, stepsPerFastTime);
    }

    public HomogenizeOptions withStepsPerFastTime(int k) {
        return new HomogenizeOptions(route, check, tolerance, horizon, seed, k);
    }

    /** The route, checked. */
    Homogenization.Route parsedRoute() {
        Homogenization.Route r = Homogenization.Route.ofOption(route);
        if (r == null) {
            throw new OptionException("--route", "unknown route '" + route
                    + "' (expected auto, generator, closed-form or both)");
        }
        return r;
    }

    /** Checks what needs no model, so that a mistake shows before any derivation. */
    public HomogenizeOptions validate() {
        parsedRoute();
        if (check.isPresent() && check.get() < 2) {
            throw new OptionException("--check", "the number of paths must be at least 2");
        }
        if (!(horizon > 0) || Double.isInfinite(horizon)) {
            throw new OptionException("--horizon", "the horizon must be a positive number");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new OptionException("--tolerance", "must be a number at least 0 (got " + tolerance + ")");
        }
        if (stepsPerFastTime < 1) {
            throw new OptionException("--steps-per-fast-time", "must be at least 1");
        }
        return this;
    }
}

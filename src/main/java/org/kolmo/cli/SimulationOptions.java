package org.kolmo.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kolmo.MonteCarloOptions;

import picocli.CommandLine.Option;

/** The Monte Carlo options shared by {@code simulate} and {@code verify}; the facade checks them. */
final class SimulationOptions {
    @Option(names = "--paths", paramLabel = "N", defaultValue = "10000", description = "number of paths (default 10000)")
    long paths;

    @Option(names = "--dt", paramLabel = "H", description = "time step (default 0.001; for a slow-fast model eps^2/K, "
            + "or eps/K when its fast drift is of order 1/eps (averaging), K = --steps-per-fast-time, at most T/50): "
            + "the Euler-Maruyama step must resolve the fast relaxation time eps^2 (eps when averaging) of Lim's "
            + "slow-fast class, otherwise the fast process is simulated wrongly (its variance comes out wrong, "
            + "and a unit-rate one blows up beyond 2 eps^2) and with it everything it drives; a --dt given wins")
    Double dt;

    @Option(names = "--steps-per-fast-time", paramLabel = "K", defaultValue = "20",
            description = "steps per fast relaxation time in the default --dt of a slow-fast model (default 20: "
                    + "Euler-Maruyama then finds the variance of a fast Ornstein-Uhlenbeck process of unit rate "
                    + "1/(1 - 1/(2K)) times too large)")
    int stepsPerFastTime;

    @Option(names = "--T", paramLabel = "T", defaultValue = "1", description = "final time (default 1)")
    double horizon;

    @Option(names = "--times", paramLabel = "t1,t2,...", split = ",",
            description = "output times (default: 10 equal steps up to T)")
    double[] times;

    @Option(names = "--scheme", paramLabel = "euler|milstein|heun",
            description = "euler (Euler-Maruyama) or milstein for Ito models (default euler); heun for Stratonovich")
    String scheme;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", description = "random seed")
    long seed;

    @Option(names = "--threads", paramLabel = "K", description = "worker threads (default: all processors); "
            + "results do not depend on it")
    Integer threads;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value (repeatable); "
            + "default: the model's")
    Map<String, Double> parameters = new LinkedHashMap<>();

    /** These options as the facade takes them. */
    MonteCarloOptions toFacade() {
        return new MonteCarloOptions(paths, Optional.ofNullable(dt), stepsPerFastTime, horizon,
                Optional.ofNullable(times).map(t -> Arrays.stream(t).boxed().toList()), Optional.ofNullable(scheme),
                seed, Optional.ofNullable(threads), parameters);
    }
}

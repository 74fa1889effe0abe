package org.kolmo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.model.Convention;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Scheme;

/**
 * The Monte Carlo options of {@link Kolmo#simulate} and {@link Kolmo#verify}.
 *
 * @param paths            number of paths (at least 2)
 * @param dt               time step; empty: 0.001, or for a slow-fast model a K-th of its fast relaxation time
 * @param stepsPerFastTime K of the default step of a slow-fast model
 * @param horizon          final time T
 * @param times            output times; empty: 10 equal steps up to T
 * @param scheme           {@code euler}, {@code milstein} (Itô) or {@code heun} (Stratonovich); empty: by convention
 * @param seed             random seed
 * @param threads          worker threads; empty: all processors (results do not depend on it)
 * @param parameters       parameter values by name (default: the model's)
 */
public record MonteCarloOptions(long paths, Optional<Double> dt, int stepsPerFastTime, double horizon,
        Optional<List<Double>> times, Optional<String> scheme, long seed, Optional<Integer> threads,
        Map<String, Double> parameters) {
    /** The default time step of models that are not slow-fast. */
    public static final double DEFAULT_DT = 0.001;

    public MonteCarloOptions {
        times = times.map(List::copyOf);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** 10000 paths up to T = 1, the default step and scheme, seed 20261123, the model's parameter values. */
    public static MonteCarloOptions defaults() {
        return new MonteCarloOptions(10000, Optional.empty(), 20, 1, Optional.empty(), Optional.empty(), 20261123L,
                Optional.empty(), Map.of());
    }

    public MonteCarloOptions withPaths(long n) {
        return new MonteCarloOptions(n, dt, stepsPerFastTime, horizon, times, scheme, seed, threads, parameters);
    }

    public MonteCarloOptions withDt(double h) {
        return new MonteCarloOptions(paths, Optional.of(h), stepsPerFastTime, horizon, times, scheme, seed, threads,
                parameters);
    }

    public MonteCarloOptions withStepsPerFastTime(int k) {
        return new MonteCarloOptions(paths, dt, k, horizon, times, scheme, seed, threads, parameters);
    }

    public MonteCarloOptions withHorizon(double t) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, t, times, scheme, seed, threads, parameters);
    }

    public MonteCarloOptions withTimes(List<Double> t) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, horizon, Optional.of(t), scheme, seed, threads,
                parameters);
    }

    public MonteCarloOptions withScheme(String s) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, horizon, times, Optional.of(s), seed, threads,
                parameters);
    }

    public MonteCarloOptions withSeed(long s) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, horizon, times, scheme, s, threads, parameters);
    }

    public MonteCarloOptions withThreads(int k) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, horizon, times, scheme, seed, Optional.of(k),
                parameters);
    }

    public MonteCarloOptions withParameters(Map<String, Double> values) {
        return new MonteCarloOptions(paths, dt, stepsPerFastTime, horizon, times, scheme, seed, threads, values);
    }

    /** Checks the options that need no model, so that a mistake shows before any derivation. */
    public MonteCarloOptions validate() {
        if (paths < 2) {
            throw new OptionException("--paths", "at least 2 paths are needed for standard errors (got " + paths
                    + ")");
        }
        if (dt.isPresent() && (!(dt.get() > 0) || !Double.isFinite(dt.get()))) {
            throw new OptionException("--dt", "the time step must be positive (got " + dt.get() + ")");
        }
        if (stepsPerFastTime < 1) {
            throw new OptionException("--steps-per-fast-time", "must be at least 1 (got " + stepsPerFastTime + ")");
        }
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw new OptionException("--T", "the final time must be positive (got " + horizon + ")");
        }
        outputTimes();
        if (threads.isPresent() && threads.get() < 1) {
            throw new OptionException("--threads", "at least one thread is needed (got " + threads.get() + ")");
        }
        return this;
    }

    private double[] outputTimes() {
        double[] out;
        if (times.isEmpty()) {
            out = new double[10];
            for (int i = 0; i < out.length; i++) {
                out[i] = horizon * (i + 1) / out.length;
            }
        } else {
            out = times.get().stream().mapToDouble(Double::doubleValue).toArray();
        }
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0) || (i > 0 && out[i] <= out[i - 1])) {
                throw new OptionException("--times", "output times must be positive and increasing");
            }
        }
        return out;
    }

    /** The settings of one model's run with time step {@code step} (each model of verify has its own). */
    MonteCarloSettings settings(Convention convention, double step) {
        validate();
        MonteCarloSettings s = MonteCarloSettings.of(scheme(convention), paths, step, outputTimes(), seed);
        return threads.isPresent() ? s.withThreads(threads.get()) : s;
    }

    private Scheme scheme(Convention convention) {
        String name = scheme.orElse(convention == Convention.ITO ? "euler" : "heun");
        Scheme s = switch (name) {
            case "euler" -> Scheme.EULER_MARUYAMA;
            case "milstein" -> Scheme.MILSTEIN;
            case "heun" -> Scheme.STOCHASTIC_HEUN;
            default -> throw new OptionException("--scheme", "unknown scheme '" + name
                    + "' (euler, milstein or heun)");
        };
        if (s.convention() != convention) {
            throw new OptionException("--scheme", name + " is for " + s.convention().keyword()
                    + " models; this one is " + convention.keyword());
        }
        return s;
    }
}

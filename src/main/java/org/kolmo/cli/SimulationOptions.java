package org.kolmo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.Scheme;
import org.matheclipse.core.interfaces.IExpr;

import picocli.CommandLine.Option;

/** The Monte Carlo options shared by {@code simulate} and {@code verify}, checked with the option's name. */
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

    /** The default time step of models that are not slow-fast. */
    static final double DEFAULT_DT = 0.001;

    /** Checks the options that need no model, so that a mistake shows before any derivation. */
    void check() {
        if (paths < 2) {
            throw new UsageException("--paths", "at least 2 paths are needed for standard errors (got " + paths + ")");
        }
        if (dt != null && (!(dt > 0) || !Double.isFinite(dt))) {
            throw new UsageException("--dt", "the time step must be positive (got " + dt + ")");
        }
        if (stepsPerFastTime < 1) {
            throw new UsageException("--steps-per-fast-time", "must be at least 1 (got " + stepsPerFastTime + ")");
        }
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw new UsageException("--T", "the final time must be positive (got " + horizon + ")");
        }
        outputTimes();
        if (threads != null && threads < 1) {
            throw new UsageException("--threads", "at least one thread is needed (got " + threads + ")");
        }
    }

    private double[] outputTimes() {
        double[] out = times;
        if (out == null) {
            out = new double[10];
            for (int i = 0; i < out.length; i++) {
                out[i] = horizon * (i + 1) / out.length;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0) || (i > 0 && out[i] <= out[i - 1])) {
                throw new UsageException("--times", "output times must be positive and increasing");
            }
        }
        return out;
    }

    /** The settings of one model's run with time step {@code step} (each model of verify has its own). */
    MonteCarloSettings settings(Convention convention, double step) {
        check();
        double[] out = outputTimes();
        MonteCarloSettings s = MonteCarloSettings.of(scheme(convention), paths, step, out, seed);
        return threads != null ? s.withThreads(threads) : s;
    }

    private Scheme scheme(Convention convention) {
        String name = scheme != null ? scheme : convention == Convention.ITO ? "euler" : "heun";
        Scheme s = switch (name) {
            case "euler" -> Scheme.EULER_MARUYAMA;
            case "milstein" -> Scheme.MILSTEIN;
            case "heun" -> Scheme.STOCHASTIC_HEUN;
            default -> throw new UsageException("--scheme", "unknown scheme '" + name + "' (euler, milstein or heun)");
        };
        if (s.convention() != convention) {
            throw new UsageException("--scheme", name + " is for " + s.convention().keyword() + " models; this one is "
                    + convention.keyword());
        }
        return s;
    }

    /** The observables' source texts in {@code observe}, split at top-level commas. */
    static List<String> observableTexts(String observe) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < observe.length(); i++) {
            char c = observe.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(observe.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(observe.substring(start).strip());
        if (out.stream().anyMatch(String::isEmpty)) {
            throw new UsageException("--observe", "an empty observable in '" + observe + "'");
        }
        return out;
    }

    /** Reads each observable in {@code model}, so that a mistake in one shows before anything is derived. */
    static void checkObservables(List<String> texts, Sde model) throws ModelException {
        for (String t : texts) {
            ModelReader.readObservable("--observe", t, model);
        }
    }

    /** The observables of one model; functionals may be observed like any variable. */
    static Observables observables(CompiledSde sde, List<String> texts) throws ModelException {
        List<IExpr> exprs = new ArrayList<>();
        for (String t : texts) {
            exprs.add(ModelReader.readObservable("--observe", t, sde.model()));
        }
        return Observables.of(sde, texts, exprs);
    }
}

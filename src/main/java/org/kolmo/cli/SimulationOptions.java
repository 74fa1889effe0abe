package org.kolmo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.io.ModelException;
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

    @Option(names = "--dt", paramLabel = "H", defaultValue = "0.001", description = "time step (default 0.001)")
    double dt;

    @Option(names = "--T", paramLabel = "T", defaultValue = "1", description = "final time (default 1)")
    double horizon;

    @Option(names = "--times", paramLabel = "t1,t2,...", split = ",",
            description = "output times (default: 10 equal steps up to T)")
    double[] times;

    @Option(names = "--observe", paramLabel = "EXPR,...", description = "observables, e.g. 'z, z^2' "
            + "(default: every variable)")
    String observe;

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

    MonteCarloSettings settings(Convention convention) {
        if (paths < 2) {
            throw new UsageException("--paths", "at least 2 paths are needed for standard errors (got " + paths + ")");
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new UsageException("--dt", "the time step must be positive (got " + dt + ")");
        }
        if (!(horizon > 0) || !Double.isFinite(horizon)) {
            throw new UsageException("--T", "the final time must be positive (got " + horizon + ")");
        }
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
        MonteCarloSettings s = MonteCarloSettings.of(scheme(convention), paths, dt, out, seed);
        if (threads != null) {
            if (threads < 1) {
                throw new UsageException("--threads", "at least one thread is needed (got " + threads + ")");
            }
            s = s.withThreads(threads);
        }
        return s;
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

    /** The observables' source texts, split at top-level commas. */
    List<String> observableTexts(Sde model) {
        List<String> out = new ArrayList<>();
        if (observe == null) {
            model.variables().forEach(v -> out.add(v.name()));
            return out;
        }
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

    Observables observables(CompiledSde sde, List<String> texts) throws ModelException {
        List<IExpr> exprs = new ArrayList<>();
        for (String t : texts) {
            exprs.add(ModelArgument.expression("--observe", t, sde.model()));
        }
        return Observables.of(sde, texts, exprs);
    }
}

package org.kolmo;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.reduction.Reduction;

/**
 * Options of {@link Kolmo#reduce}.
 *
 * @param keep       the variables kept (several: reduced means and second moments)
 * @param method     {@code adiabatic}, {@code invariant-manifold} or {@code both}
 * @param scale      the regime's parameter rules, e.g. {@code beta -> beta/sqrt(eps)}; with {@code timeScale} empty,
 *                   the model file's {@code regime} statement applies
 * @param timeScale  t -> EXPR*t
 * @param epsName    the small parameter of {@code scale}/{@code timeScale}
 * @param order      Chapman-Enskog order
 * @param eps        the eps at which the reduced models are measured against the full one
 * @param times      times of the comparison tables
 * @param initial    the initial state of the comparison, by variable (empty: the model's)
 * @param check      Monte Carlo paths of the check of the reduced SDE (one kept variable)
 * @param checkEps   the eps of the check (empty: the last of {@code eps})
 * @param checkTimes times of the check (empty: the positive {@code times})
 * @param tolerance  weak error accepted beyond the statistical error; NaN: each row's predicted weak error
 * @param seed       seed of the check
 * @param dt         time step of the full model in the check (empty: min(T/100, 0.01/rho))
 */
public record ReduceOptions(List<String> keep, String method, Optional<String> scale, Optional<String> timeScale,
        String epsName, int order, List<Double> eps, List<Double> times, Optional<Map<String, Double>> initial,
        Optional<Long> check, Optional<Double> checkEps, Optional<List<Double>> checkTimes, double tolerance,
        long seed, Optional<Double> dt) {
    public ReduceOptions {
        keep = List.copyOf(keep);
        eps = List.copyOf(eps);
        times = List.copyOf(times);
        initial = initial.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
        checkTimes = checkTimes.map(List::copyOf);
    }

    /** Keep {@code variables}, both methods, the file's regime, order 3, eps 0.5 and 0.01, no check. */
    public static ReduceOptions keeping(String... variables) {
        return new ReduceOptions(List.of(variables), "both", Optional.empty(), Optional.empty(), "eps", 3,
                List.of(0.5, 0.01), List.of(0.0, 0.5, 1.0, 2.0, 5.0, 10.0), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 1, Optional.empty());
    }

    public ReduceOptions withMethod(String m) {
        return new ReduceOptions(keep, m, scale, timeScale, epsName, order, eps, times, initial, check, checkEps,
                checkTimes, tolerance, seed, dt);
    }

    /** The regime {@code scale} (';'-separated rules) and {@code t -> timeScale*t}, in place of the file's. */
    public ReduceOptions withRegime(String newScale, String newTimeScale) {
        return new ReduceOptions(keep, method, Optional.ofNullable(newScale), Optional.ofNullable(newTimeScale),
                epsName, order, eps, times, initial, check, checkEps, checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withOrder(int k) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, k, eps, times, initial, check, checkEps,
                checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withEps(List<Double> values) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, values, times, initial, check,
                checkEps, checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withTimes(List<Double> values) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, eps, values, initial, check,
                checkEps, checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withInitial(Map<String, Double> state) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, eps, times, Optional.of(state),
                check, checkEps, checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withCheck(long paths) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, eps, times, initial,
                Optional.of(paths), checkEps, checkTimes, tolerance, seed, dt);
    }

    public ReduceOptions withTolerance(double tol) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, eps, times, initial, check, checkEps,
                checkTimes, tol, seed, dt);
    }

    public ReduceOptions withSeed(long s) {
        return new ReduceOptions(keep, method, scale, timeScale, epsName, order, eps, times, initial, check, checkEps,
                checkTimes, tolerance, s, dt);
    }

    /** The method, checked. */
    Reduction.Method parsedMethod() {
        return parseMethod(method);
    }

    /** A method as {@code --method} names it. */
    public static Reduction.Method parseMethod(String method) {
        return switch (method) {
            case "adiabatic" -> Reduction.Method.ADIABATIC;
            case "invariant-manifold" -> Reduction.Method.INVARIANT_MANIFOLD;
            case "both" -> Reduction.Method.BOTH;
            default -> throw new OptionException("--method", "'" + method + "' is not adiabatic, invariant-manifold "
                    + "or both");
        };
    }

    /** The kept variables, stripped, without repeats; at least one. */
    public List<String> kept() {
        List<String> out = keep.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        if (out.isEmpty()) {
            throw new OptionException("--keep", "name at least one variable");
        }
        return out;
    }

    /** {@code text}, a comma-separated list of numbers as an option gives it. */
    public static List<Double> numbers(String option, String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Double::parseDouble).toList();
        } catch (NumberFormatException e) {
            throw new OptionException(option, "'" + text + "' is not a comma-separated list of numbers");
        }
    }

    /** A state {@code "x=1, y=0"} as {@code --initial} gives it. */
    public static Map<String, Double> state(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new OptionException("--initial", "'" + part.strip() + "' is not NAME=VALUE");
            }
            try {
                out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new OptionException("--initial", "'" + kv[1].strip() + "' is not a number");
            }
        }
        return out;
    }

    /** A tolerance as {@code --tolerance} gives it: a number at least 0, or {@code predicted} (NaN). */
    public static double tolerance(String text) {
        if ("predicted".equals(text.strip())) {
            return Double.NaN;
        }
        double tol;
        try {
            tol = Double.parseDouble(text.strip());
        } catch (NumberFormatException ex) {
            throw new OptionException("--tolerance", "'" + text + "' is neither a number nor 'predicted'");
        }
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new OptionException("--tolerance", "must be at least 0 (got " + text + ")");
        }
        return tol;
    }
}

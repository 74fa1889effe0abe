package org.kolmo.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.kolmo.homogenization.Homogenization;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/**
 * Benchmark (not a test): the time to homogenize 2-slow/2-fast models after start-up, run side by side in one JVM
 * against the target of 1 s: {@code models/slow_fast_2x2.sde} (the class of Lim's Result 2.1, both routes, the
 * baseline) and {@code models/slow_fast_general.sde} (outside it: an order-1 drift in Y, a cubic 1/eps drift, a
 * moving fast equilibrium, a shared noise; the generator route alone). Run with
 * {@code bench/homogenize.sh [WARMUP] [RUNS] [MODEL...]}.
 */
public final class HomogenizeBenchmark {
    private HomogenizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String[] models = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"models/slow_fast_2x2.sde", "models/slow_fast_general.sde"};
        Double baseline = null;
        for (String name : models) {
            double median = time(Path.of(name), warmup, runs);
            if (baseline == null) {
                baseline = median;
            } else {
                System.out.printf(Locale.ROOT, "  ratio to %s:   %.2f%n", models[0], median / baseline);
            }
        }
    }

    /** Prints the timings of one model and returns the median after warm-up, in seconds. */
    private static double time(Path file, int warmup, int runs) throws Exception {
        Sde model = ModelReader.read(file);
        long t0 = System.nanoTime();
        Homogenization.Result firstResult = Homogenization.homogenize(model, file.toString(),
                Homogenization.Route.AUTO);
        double first = (System.nanoTime() - t0) / 1e9;
        for (int i = 1; i < warmup; i++) {
            Homogenization.homogenize(model, file.toString(), Homogenization.Route.AUTO);
        }
        double[] whole = new double[runs];
        double[] derivation = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            Homogenization.Result r = Homogenization.homogenize(model, file.toString(), Homogenization.Route.AUTO);
            whole[i] = (System.nanoTime() - s) / 1e9;
            derivation[i] = r.millis() / 1e3;
            if (!r.routesAgree() || !r.checksPass()) {
                throw new IllegalStateException("the routes disagree or a numeric check failed");
            }
        }
        Arrays.sort(whole);
        Arrays.sort(derivation);
        double median = whole[runs / 2];
        System.out.printf(Locale.ROOT, "homogenize %s (route %s, effective SDE, numeric checks)%n", file,
                firstResult.route().option());
        System.out.printf(Locale.ROOT, "  first call (cold JIT):      %.3f s%n", first);
        System.out.printf(Locale.ROOT, "  after %d warm-up calls, %d runs: median %.3f s, min %.3f s, max %.3f s%n",
                warmup, runs, median, whole[0], whole[runs - 1]);
        System.out.printf(Locale.ROOT, "  of which the derivation:    median %.3f s (numeric cross-checks the rest)%n",
                derivation[runs / 2]);
        System.out.printf(Locale.ROOT, "  ratio to the 1 s target:    %.2f%n", median / 1.0);
        return median;
    }
}

package org.kolmo.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.kolmo.homogenization.Homogenization;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/**
 * Benchmark (not a test): the time to homogenize a 2-slow/2-fast model with polynomial coefficients of degree at
 * most 2 ({@code models/slow_fast_2x2.sde} by default) after start-up, both routes and the effective SDE, against the
 * target of 1 s. Run with {@code bench/homogenize.sh [MODEL] [WARMUP] [RUNS]}.
 */
public final class HomogenizeBenchmark {
    private HomogenizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "models/slow_fast_2x2.sde");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Sde model = ModelReader.read(file);
        long t0 = System.nanoTime();
        Homogenization.homogenize(model, file.toString(), Homogenization.Route.BOTH);
        double first = (System.nanoTime() - t0) / 1e9;
        for (int i = 1; i < warmup; i++) {
            Homogenization.homogenize(model, file.toString(), Homogenization.Route.BOTH);
        }
        double[] whole = new double[runs];
        double[] derivation = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            Homogenization.Result r = Homogenization.homogenize(model, file.toString(), Homogenization.Route.BOTH);
            whole[i] = (System.nanoTime() - s) / 1e9;
            derivation[i] = r.millis() / 1e3;
            if (!r.routesAgree()) {
                throw new IllegalStateException("the routes disagree");
            }
        }
        Arrays.sort(whole);
        Arrays.sort(derivation);
        double median = whole[runs / 2];
        System.out.printf(Locale.ROOT, "homogenize %s (both routes, effective SDE, numeric checks)%n", file);
        System.out.printf(Locale.ROOT, "  first call (cold JIT):      %.3f s%n", first);
        System.out.printf(Locale.ROOT, "  after %d warm-up calls, %d runs: median %.3f s, min %.3f s, max %.3f s%n",
                warmup, runs, median, whole[0], whole[runs - 1]);
        System.out.printf(Locale.ROOT, "  of which the derivation:    median %.3f s (numeric cross-checks the rest)%n",
                derivation[runs / 2]);
        System.out.printf(Locale.ROOT, "  ratio to the 1 s target:    %.2f%n", median / 1.0);
    }
}

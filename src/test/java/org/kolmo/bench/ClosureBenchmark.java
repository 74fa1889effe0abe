package org.kolmo.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.moments.ClosedMomentSystem;
import org.kolmo.moments.Closure;
import org.kolmo.moments.MomentClosure;

/**
 * Benchmark (not a test): the time to close the moment hierarchy of a 3-variable polynomial model
 * ({@code models/lotka_volterra3.sde}) with the normal closure at orders K = 2..6 after start-up, against the target
 * of 2 s at K = 4; the growth with K is the ratio to K = 2, the baseline run in the same JVM. Run with
 * {@code bench/closures.sh [WARMUP] [RUNS] [CLOSURE]}.
 */
public final class ClosureBenchmark {
    private ClosureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Closure closure = Closure.parse(args.length > 2 ? args[2] : "normal").orElseThrow();
        Sde model = ModelReader.read(Path.of("models/lotka_volterra3.sde"));
        Double baseline = null;
        for (int k = 2; k <= 6; k++) {
            for (int i = 0; i < warmup; i++) {
                MomentClosure.derive(model, k, closure);
            }
            double[] t = new double[runs];
            int size = 0;
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                ClosedMomentSystem system = MomentClosure.derive(model, k, closure);
                t[i] = (System.nanoTime() - s) / 1e9;
                size = system.size();
            }
            Arrays.sort(t);
            double median = t[runs / 2];
            baseline = baseline == null ? median : baseline;
            System.out.printf(Locale.ROOT, "%s closure, order %d: %3d moments, median %.3f s (min %.3f, max %.3f), "
                    + "%.1f x order 2%s%n", closure.cliName(), k, size, median, t[0], t[runs - 1], median / baseline,
                    k == 4 ? String.format(Locale.ROOT, ", %.2f of the 2 s target", median / 2) : "");
        }
    }
}

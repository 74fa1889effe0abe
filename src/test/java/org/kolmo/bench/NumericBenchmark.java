package org.kolmo.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.kolmo.cas.Symbols;
import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledBoundFunction;
import org.kolmo.numeric.CompiledFunction;
import org.kolmo.numeric.CompiledSde;
import org.kolmo.numeric.ExpressionCompiler;
import org.kolmo.numeric.InputLayout;
import org.kolmo.numeric.MomentAccumulator;
import org.kolmo.numeric.MonteCarlo;
import org.kolmo.numeric.MonteCarloProgress;
import org.kolmo.numeric.MonteCarloResult;
import org.kolmo.numeric.MonteCarloSettings;
import org.kolmo.numeric.Observables;
import org.kolmo.numeric.Scheme;
import org.kolmo.numeric.TestModels;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Benchmarks of the numeric layer on the two-state model of seed 003 (eq. 27), each against a hand-written Java
 * baseline measured in the same run:
 * <ol>
 * <li>one evaluation of drift and diffusion: compiled (parameters bound and unbound) vs Symja (defineVariable +
 * evalf, and subst + N) vs hand-written Java;</li>
 * <li>Monte Carlo throughput (path-steps per second) of the Euler-Maruyama engine vs a hand-written loop doing the
 * same arithmetic (drift, diffusion, one Gaussian per step, the finite check, Welford statistics of z and z² at the
 * end), both on one thread, then the engine on all processors.</li>
 * </ol>
 * Arguments: {@code --paths N --steps N} (default 100000 x 10000), {@code --quick} (10000 x 1000),
 * {@code --repeat N} (Monte Carlo rounds, best taken; default 3). Every figure is the best of interleaved rounds,
 * so that other load on the machine affects all variants alike.
 */
public final class NumericBenchmark {
    private static final double ALPHA = 0.5;
    private static final double BETA = 1.0;

    private NumericBenchmark() {
    }

    public static void main(String[] args) {
        long paths = 100_000;
        int steps = 10_000;
        int repeats = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    paths = 10_000;
                    steps = 1_000;
                }
                case "--paths" -> paths = Long.parseLong(args[++i]);
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--repeat" -> repeats = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --quick, --paths N, --steps N, --repeat N)");
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        evaluation();
        monteCarlo(paths, steps, repeats);
    }

    // ---------------------------------------------------------------- evaluation

    /** Drift and diffusion of eq. 27 written by hand, as a programmer would. */
    private static void handDrift(double[] x, double[] out) {
        double b2 = BETA * BETA;
        out[0] = -2 * b2 * x[0];
        out[1] = -2 * b2 * x[1] - 2 * ALPHA * x[2];
        out[2] = 2 * ALPHA * x[1];
    }

    private static void handDiffusion(double[] x, double[] out) {
        out[0] = -2 * BETA * x[1];
        out[1] = 2 * BETA * x[0];
        out[2] = 0;
    }

    /** The same with the parameters read from an array, the counterpart of a compiled function with p[]. */
    private static void handDrift(double[] x, double[] p, double[] out) {
        double b2 = p[1] * p[1];
        out[0] = -2 * b2 * x[0];
        out[1] = -2 * b2 * x[1] - 2 * p[0] * x[2];
        out[2] = 2 * p[0] * x[1];
    }

    private static void handDiffusion(double[] x, double[] p, double[] out) {
        out[0] = -2 * p[1] * x[1];
        out[1] = 2 * p[1] * x[0];
        out[2] = 0;
    }

    /** A thousand points, so the measurement is of arithmetic and not of cache misses. */
    private static double[][] points(int n) {
        SplittableRandom r = new SplittableRandom(1);
        double[][] p = new double[n][3];
        for (double[] q : p) {
            for (int i = 0; i < 3; i++) {
                q[i] = 2 * r.nextDouble() - 1;
            }
        }
        return p;
    }

    private static final int REPEATS = 2_000;

    // One loop per variant, so that each call site sees a single receiver class (as in the Monte Carlo kernels).

    /** Nanoseconds per evaluation of drift and diffusion written by hand. */
    private static double timeHand(double[][] pts) {
        double[] b = new double[3];
        double[] s = new double[3];
        double sink = 0;
        long start = System.nanoTime();
        for (int rep = 0; rep < REPEATS; rep++) {
            for (double[] x : pts) {
                handDrift(x, b);
                handDiffusion(x, s);
                sink += b[0] + b[1] + b[2] + s[0] + s[1] + s[2];
            }
        }
        return elapsed(start, pts.length, sink);
    }

    private static double timeHandWithArray(double[] p, double[][] pts) {
        double[] b = new double[3];
        double[] s = new double[3];
        double sink = 0;
        long start = System.nanoTime();
        for (int rep = 0; rep < REPEATS; rep++) {
            for (double[] x : pts) {
                handDrift(x, p, b);
                handDiffusion(x, p, s);
                sink += b[0] + b[1] + b[2] + s[0] + s[1] + s[2];
            }
        }
        return elapsed(start, pts.length, sink);
    }

    private static double timeBound(CompiledBoundFunction drift, CompiledBoundFunction diffusion, double[][] pts) {
        double[] b = new double[3];
        double[] s = new double[3];
        double sink = 0;
        long start = System.nanoTime();
        for (int rep = 0; rep < REPEATS; rep++) {
            for (double[] x : pts) {
                drift.evaluate(0, x, b);
                diffusion.evaluate(0, x, s);
                sink += b[0] + b[1] + b[2] + s[0] + s[1] + s[2];
            }
        }
        return elapsed(start, pts.length, sink);
    }

    private static double timeUnbound(CompiledFunction drift, CompiledFunction diffusion, double[] p,
            double[][] pts) {
        double[] b = new double[3];
        double[] s = new double[3];
        double sink = 0;
        long start = System.nanoTime();
        for (int rep = 0; rep < REPEATS; rep++) {
            for (double[] x : pts) {
                drift.evaluate(0, x, p, b);
                diffusion.evaluate(0, x, p, s);
                sink += b[0] + b[1] + b[2] + s[0] + s[1] + s[2];
            }
        }
        return elapsed(start, pts.length, sink);
    }

    private static double elapsed(long start, int points, double sink) {
        double ns = (System.nanoTime() - start) / ((double) REPEATS * points);
        if (sink == 42) {
            System.out.println(); // keeps the results alive
        }
        return ns;
    }

    private static void evaluation() {
        ISymbol x = Symbols.user("x");
        ISymbol y = Symbols.user("y");
        ISymbol z = Symbols.user("z");
        ISymbol alpha = Symbols.user("alpha");
        ISymbol beta = Symbols.user("beta");
        Sde model = TestModels.twoStateIto();
        List<IExpr> drift = model.drift();
        List<IExpr> diffusion = model.diffusion().stream().map(row -> row.get(0)).toList();
        ExpressionCompiler compiler = new ExpressionCompiler(InputLayout.of(List.of(x, y, z), List.of(alpha, beta)));
        double[] p = {ALPHA, BETA};
        CompiledBoundFunction boundDrift = compiler.compileBound(drift, p);
        CompiledBoundFunction boundDiffusion = compiler.compileBound(diffusion, p);
        CompiledFunction unboundDrift = compiler.compile(drift);
        CompiledFunction unboundDiffusion = compiler.compile(diffusion);
        double[][] pts = points(1_000);
        double hand = Double.MAX_VALUE;
        double handArray = Double.MAX_VALUE;
        double bound = Double.MAX_VALUE;
        double unbound = Double.MAX_VALUE;
        // interleaved rounds, best of each: the figures then share whatever load the machine is under
        for (int round = 0; round < 40; round++) {
            hand = Math.min(hand, timeHand(pts));
            bound = Math.min(bound, timeBound(boundDrift, boundDiffusion, pts));
            handArray = Math.min(handArray, timeHandWithArray(p, pts));
            unbound = Math.min(unbound, timeUnbound(unboundDrift, unboundDiffusion, p, pts));
        }

        ExprEvaluator evaluator = new ExprEvaluator(false, (short) 100);
        List<IExpr> all = new ArrayList<>(drift);
        all.addAll(diffusion);
        double[][] few = Arrays.copyOf(pts, 500);
        double symjaDefine = Double.MAX_VALUE;
        double symjaSubst = Double.MAX_VALUE;
        double sink = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (double[] q : few) {
                evaluator.defineVariable(x, q[0]);
                evaluator.defineVariable(y, q[1]);
                evaluator.defineVariable(z, q[2]);
                evaluator.defineVariable(alpha, ALPHA);
                evaluator.defineVariable(beta, BETA);
                for (IExpr e : all) {
                    sink += evaluator.evalf(e);
                }
            }
            symjaDefine = Math.min(symjaDefine, (System.nanoTime() - start) / (double) few.length);
            start = System.nanoTime();
            for (double[] q : few) {
                IAST rules = F.List(F.Rule(x, F.num(q[0])), F.Rule(y, F.num(q[1])), F.Rule(z, F.num(q[2])),
                        F.Rule(alpha, F.num(ALPHA)), F.Rule(beta, F.num(BETA)));
                for (IExpr e : all) {
                    sink += evaluator.eval(F.N(F.subst(e, rules))).evalf();
                }
            }
            symjaSubst = Math.min(symjaSubst, (System.nanoTime() - start) / (double) few.length);
        }
        evaluator.clearVariables();
        if (sink == 42) {
            System.out.println();
        }
        System.out.println();
        System.out.println("Drift + diffusion of the two-state model, one evaluation (6 entries), ns (best of 40):");
        System.out.printf(Locale.ROOT, "  hand-written Java, constants   %10.2f%n", hand);
        System.out.printf(Locale.ROOT, "  compiled, parameters bound     %10.2f   (%.2fx hand-written with constants)%n",
                bound, bound / hand);
        System.out.printf(Locale.ROOT, "  hand-written Java, p[]         %10.2f%n", handArray);
        System.out.printf(Locale.ROOT, "  compiled, parameters in p[]    %10.2f   (%.2fx hand-written with p[])%n",
                unbound, unbound / handArray);
        System.out.println("  Symja (best of 5 rounds of 500 points):");
        System.out.printf(Locale.ROOT, "  Symja defineVariable + evalf   %10.1f   (compiled bound is %.0fx faster)%n",
                symjaDefine, symjaDefine / bound);
        System.out.printf(Locale.ROOT, "  Symja subst + N                %10.1f   (compiled bound is %.0fx faster)%n",
                symjaSubst, symjaSubst / bound);
    }

    // ---------------------------------------------------------------- Monte Carlo

    /** Wall-clock and process CPU time of one run. */
    private record Rate(double wall, double cpu) {
        Rate best(Rate other) {
            return new Rate(Math.max(wall, other.wall), Math.max(cpu, other.cpu));
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Path-steps per second of wall-clock time and per second of CPU time used by the process. */
    private static Rate rate(double pathSteps, long wallStart, long cpuStart) {
        double wall = (System.nanoTime() - wallStart) * 1e-9;
        double cpu = (OS.getProcessCpuTime() - cpuStart) * 1e-9;
        return new Rate(pathSteps / wall, pathSteps / cpu);
    }

    /**
     * Euler-Maruyama for eq. 27 written out by hand on one thread: the same steps the engine takes (fresh stream per
     * path, one Gaussian per step, finite check, Welford statistics of z and z² at the end).
     */
    private static Rate handLoop(long paths, int steps, double dt, double[] result) {
        long wallStart = System.nanoTime();
        long cpuStart = OS.getProcessCpuTime();
        MomentAccumulator acc = new MomentAccumulator(2);
        double sqrtDt = Math.sqrt(dt);
        double[] obs = new double[2];
        double b2 = BETA * BETA;
        for (long path = 0; path < paths; path++) {
            SplittableRandom random = new SplittableRandom(pathSeed(2024, path));
            double x = 0;
            double y = 0;
            double z = 1;
            for (int s = 0; s < steps; s++) {
                double dw = sqrtDt * random.nextGaussian();
                double nx = x + (-2 * b2 * x) * dt + (-2 * BETA * y) * dw;
                double ny = y + (-2 * b2 * y - 2 * ALPHA * z) * dt + (2 * BETA * x) * dw;
                double nz = z + (2 * ALPHA * y) * dt;
                x = nx;
                y = ny;
                z = nz;
                if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                    throw new IllegalStateException("non-finite state on path " + path);
                }
            }
            obs[0] = z;
            obs[1] = z * z;
            acc.add(obs);
        }
        result[0] = acc.mean(0);
        result[1] = acc.mean(1);
        return rate(paths * (double) steps, wallStart, cpuStart);
    }

    /** The engine's per-path seed (PathRandom), restated so the hand-written loop draws the same numbers. */
    private static long pathSeed(long seed, long path) {
        return mix(mix(seed) + 0x9e3779b97f4a7c15L * (path + 1));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static Rate engine(CompiledSde sde, Observables observables, long paths, int steps, double dt,
            int threads, double[] result) {
        MonteCarloSettings settings = new MonteCarloSettings(Scheme.EULER_MARUYAMA, paths, dt, 0,
                new double[] {steps * dt}, 2024, threads, MonteCarloSettings.DEFAULT_BLOCK_SIZE);
        long wallStart = System.nanoTime();
        long cpuStart = OS.getProcessCpuTime();
        MonteCarloResult r = MonteCarlo.run(sde, sde.initialState(), observables, settings, MonteCarloProgress.NONE);
        result[0] = r.mean(0, 0);
        result[1] = r.mean(0, 1);
        return rate(r.pathSteps(), wallStart, cpuStart);
    }

    private static void monteCarlo(long paths, int steps, int repeats) {
        Sde model = TestModels.twoStateIto();
        CompiledSde sde = CompiledSde.compile(model);
        ISymbol z = Symbols.user("z");
        Observables observables = Observables.of(sde, List.of("z", "z^2"), List.of(z, F.Sqr(z)));
        double dt = 1e-3;
        int cores = Runtime.getRuntime().availableProcessors();
        // warm-up of both loops on a small problem
        double[] scratch = new double[2];
        engine(sde, observables, 2_000, 500, dt, 1, scratch);
        handLoop(2_000, 500, dt, scratch);

        double[] engineMoments = new double[2];
        double[] handMoments = new double[2];
        Rate engineRate = new Rate(0, 0);
        Rate handRate = new Rate(0, 0);
        Rate parallelRate = new Rate(0, 0);
        // alternating runs, best of each, so that other load on the machine hits both alike
        for (int round = 0; round < repeats; round++) {
            handRate = handRate.best(handLoop(paths, steps, dt, handMoments));
            engineRate = engineRate.best(engine(sde, observables, paths, steps, dt, 1, engineMoments));
            parallelRate = parallelRate.best(engine(sde, observables, paths, steps, dt, cores, engineMoments));
        }
        System.out.println();
        System.out.printf(Locale.ROOT,
                "Monte Carlo, Euler-Maruyama, two-state model, %d paths x %d steps (dt=%g), best of %d;%n", paths,
                steps, dt, repeats);
        System.out.println("path-steps per second of wall-clock time, and per second of CPU time of the process:");
        System.out.printf(Locale.ROOT, "  hand-written loop, 1 thread  wall %10.3e  cpu %10.3e   E z=%.4f E z^2=%.4f%n",
                handRate.wall, handRate.cpu, handMoments[0], handMoments[1]);
        System.out.printf(Locale.ROOT, "  engine, 1 thread             wall %10.3e  cpu %10.3e   E z=%.4f E z^2=%.4f%n",
                engineRate.wall, engineRate.cpu, engineMoments[0], engineMoments[1]);
        System.out.printf(Locale.ROOT, "  hand/engine                  wall %10.2f  cpu %10.2f%n",
                handRate.wall / engineRate.wall, handRate.cpu / engineRate.cpu);
        System.out.printf(Locale.ROOT, "  engine, %d threads            wall %10.3e  cpu %10.3e   (wall %.2fx one thread)%n",
                cores, parallelRate.wall, parallelRate.cpu, parallelRate.wall / engineRate.wall);
    }
}

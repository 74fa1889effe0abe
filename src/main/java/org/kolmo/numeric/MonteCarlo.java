package org.kolmo.numeric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Monte Carlo estimates of the means and covariances of observables of an SDE's solution.
 *
 * <p>Paths are cut into blocks of {@link MonteCarloSettings#blockSize()} paths, which worker threads take in turn.
 * Each path draws from its own stream, determined by the seed and the path index ({@link PathRandom}); each block
 * keeps one {@link MomentAccumulator} per output time; finished blocks are merged strictly in block order. Paths
 * are not stored. The results are therefore the same bits for any number of threads.
 *
 * <p>Every path starts from an {@link InitialState}: a fixed point, or a draw from the path's own stream (taken
 * before its first step), so random initial states keep the results independent of the thread count too.
 *
 * <p>After every step the state is checked. Under {@link MonteCarloSettings.NonFinitePaths#FAIL} the first
 * non-finite value raises a {@link NonFiniteValueException} naming the path and time; blocks after a failed one are
 * abandoned, blocks before it are finished, so the path reported is the lowest failing one whatever the thread
 * count. Under {@link MonteCarloSettings.NonFinitePaths#DISCARD} such a path is left out of the statistics and
 * counted.
 */
public final class MonteCarlo {
    private final CompiledSde sde;
    private final Observables observables;
    private final MonteCarloSettings settings;
    private final InitialState initial;
    private final int dimension;
    private final int[] steps;
    private final double[] stepLengths;
    private final double[] times;

    private MonteCarlo(CompiledSde sde, InitialState initial, Observables observables, MonteCarloSettings settings) {
        this.sde = sde;
        this.initial = initial;
        this.dimension = sde.dimension();
        this.observables = observables;
        this.settings = settings;
        this.times = settings.outputTimes();
        this.steps = new int[times.length];
        this.stepLengths = new double[times.length];
        double previous = settings.t0();
        for (int k = 0; k < times.length; k++) {
            steps[k] = settings.stepsBetween(previous, times[k]);
            stepLengths[k] = steps[k] == 0 ? 0 : (times[k] - previous) / steps[k];
            previous = times[k];
        }
    }

    /**
     * Runs the simulation.
     *
     * @param sde         the compiled model; its convention must be the scheme's
     * @param x0          initial state, in the model's variable order
     * @param observables what to estimate
     * @param settings    scheme, paths, step, output times, seed, threads
     * @param progress    told after each block; {@link MonteCarloProgress#NONE} to ignore
     * @throws NonFiniteValueException when a path leaves the finite numbers (unless the settings discard it)
     * @throws NumericException        {@link NumericErrorCode#SCHEME_CONVENTION} when scheme and model differ in
     *                                 convention, {@link NumericErrorCode#BAD_DIMENSION} for a wrong x0
     */
    public static MonteCarloResult run(CompiledSde sde, double[] x0, Observables observables,
            MonteCarloSettings settings, MonteCarloProgress progress) {
        if (x0.length != sde.dimension()) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "initial state", x0.length, sde.dimension());
        }
        return run(sde, InitialState.fixed(x0), observables, settings, progress);
    }

    /**
     * Runs the simulation with each path's initial state drawn by {@code initial}.
     *
     * @see #run(CompiledSde, double[], Observables, MonteCarloSettings, MonteCarloProgress)
     */
    public static MonteCarloResult run(CompiledSde sde, InitialState initial, Observables observables,
            MonteCarloSettings settings, MonteCarloProgress progress) {
        Scheme scheme = settings.scheme();
        if (scheme.convention() != sde.model().convention()) {
            throw new NumericException(NumericErrorCode.SCHEME_CONVENTION, scheme.keyword(),
                    scheme.convention().keyword(), sde.model().convention().keyword());
        }
        sde.newStepper(scheme); // generate the kernel once, before the workers need it
        return new MonteCarlo(sde, initial, observables, settings).execute(progress);
    }

    private MonteCarloResult execute(MonteCarloProgress progress) {
        long paths = settings.paths();
        int blockSize = settings.blockSize();
        long blocks = (paths + blockSize - 1) / blockSize;
        OrderedMerge merge = new OrderedMerge(times.length, observables.size(), paths, progress);
        AtomicLong nextBlock = new AtomicLong();
        int threads = (int) Math.min(settings.threads(), blocks);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kolmo-monte-carlo-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            workers.add(() -> {
                PathStepper stepper = sde.newStepper(settings.scheme());
                for (long b = nextBlock.getAndIncrement(); b < blocks && !merge.abandons(b);
                        b = nextBlock.getAndIncrement()) {
                    try {
                        BlockResult block = runBlock(stepper, b, merge);
                        if (block != null) {
                            merge.deliver(b, block);
                        }
                    } catch (NonFiniteValueException e) {
                        merge.fail(b, e);
                    }
                }
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(workers)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NumericException(NumericErrorCode.INTERRUPTED, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new NumericException(NumericErrorCode.INTERNAL, cause, String.valueOf(cause));
        } finally {
            pool.shutdownNow();
        }
        merge.throwFailure();
        return new MonteCarloResult(settings, observables.names(), merge.total(), merge.discarded(),
                paths * settings.stepsPerPath());
    }

    /** The statistics of one block's paths at each output time, and how many of its paths were discarded. */
    private record BlockResult(MomentAccumulator[] perTime, long paths, long discarded) {
    }

    /** The statistics of one block, or null when a lower block failed meanwhile and this one is abandoned. */
    private BlockResult runBlock(PathStepper stepper, long block, OrderedMerge merge) {
        int q = observables.size();
        MomentAccumulator[] perTime = new MomentAccumulator[times.length];
        for (int k = 0; k < times.length; k++) {
            perTime[k] = new MomentAccumulator(q);
        }
        boolean discard = settings.nonFinite() == MonteCarloSettings.NonFinitePaths.DISCARD;
        double[] x = new double[dimension];
        double[][] values = new double[times.length][q];
        long first = block * settings.blockSize();
        long end = Math.min(settings.paths(), first + settings.blockSize());
        long discarded = 0;
        for (long path = first; path < end; path++) {
            if (merge.abandons(block)) {
                return null;
            }
            try {
                runPath(stepper, path, x, values);
            } catch (NonFiniteValueException e) {
                if (!discard) {
                    throw e;
                }
                discarded++;
                continue;
            }
            // a path counts only once it has reached the last output time
            for (int k = 0; k < times.length; k++) {
                perTime[k].add(values[k]);
            }
        }
        return new BlockResult(perTime, end - first, discarded);
    }

    /** Simulates one path, writing the observables at output time k into {@code values[k]}. */
    private void runPath(PathStepper stepper, long path, double[] x, double[][] values) {
        CompiledBoundFunction observe = observables.function();
        RandomGenerator random = PathRandom.forPath(settings.seed(), path);
        initial.sample(random, x);
        double t = settings.t0();
        for (int k = 0; k < times.length; k++) {
            stepper.advance(x, t, steps[k], stepLengths[k], random, path);
            t = times[k];
            double[] v = values[k];
            observe.evaluate(t, x, v);
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    throw new NonFiniteValueException(path, t, "observable '" + observables.names().get(i) + "'",
                            v[i]);
                }
            }
        }
    }

    /**
     * Merges block results strictly in block order, whatever order they finish in, and remembers the lowest failed
     * block.
     */
    private static final class OrderedMerge {
        private final MomentAccumulator[] total;
        private final Map<Long, MomentAccumulator[]> waiting = new HashMap<>();
        private final long paths;
        private final MonteCarloProgress progress;
        private long nextToMerge;
        private long pathsDone;
        private long discarded;
        private volatile long lowestFailedBlock = Long.MAX_VALUE;
        private NonFiniteValueException failure;

        OrderedMerge(int times, int observables, long paths, MonteCarloProgress progress) {
            total = new MomentAccumulator[times];
            for (int k = 0; k < times; k++) {
                total[k] = new MomentAccumulator(observables);
            }
            this.paths = paths;
            this.progress = progress;
        }

        /** True when a block before {@code block} failed, so {@code block}'s work would be thrown away. */
        boolean abandons(long block) {
            return block > lowestFailedBlock;
        }

        synchronized void deliver(long block, BlockResult result) {
            waiting.put(block, result.perTime());
            for (MomentAccumulator[] next = waiting.remove(nextToMerge); next != null;
                    next = waiting.remove(nextToMerge)) {
                for (int k = 0; k < total.length; k++) {
                    total[k].merge(next[k]);
                }
                nextToMerge++;
            }
            discarded += result.discarded();
            pathsDone += result.paths();
            progress.update(pathsDone, paths);
        }

        synchronized long discarded() {
            return discarded;
        }

        synchronized void fail(long block, NonFiniteValueException e) {
            if (block < lowestFailedBlock) {
                lowestFailedBlock = block;
                failure = e;
            }
        }

        synchronized void throwFailure() {
            if (failure != null) {
                throw failure;
            }
        }

        synchronized MomentAccumulator[] total() {
            return total;
        }
    }
}

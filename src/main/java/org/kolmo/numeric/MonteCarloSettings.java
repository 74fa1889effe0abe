package org.kolmo.numeric;

import java.util.Arrays;

/**
 * How a Monte Carlo run is carried out. Results depend on everything here except {@link #threads()}: paths are cut
 * into blocks of {@link #blockSize()} whatever the number of threads, each path has its own random stream, and
 * block statistics are merged in block order, so any thread count gives the same bits.
 *
 * @param scheme      time-stepping scheme; its convention must match the model's
 * @param paths       number of sample paths, at least 2
 * @param timeStep    largest step; each interval between output times is cut into equal steps no longer than this
 * @param t0          start time, where the initial state is given
 * @param outputTimes non-decreasing times (≥ t0) at which observables are recorded
 * @param seed        seed of the whole run
 * @param threads     worker threads, at least 1
 * @param blockSize   paths per block, at least 1
 * @param nonFinite   what a path that leaves the finite numbers does to the run
 */
public record MonteCarloSettings(Scheme scheme, long paths, double timeStep, double t0, double[] outputTimes,
        long seed, int threads, int blockSize, NonFinitePaths nonFinite) {
    /** Default number of paths per block: small enough to balance load, large enough to amortise the bookkeeping. */
    public static final int DEFAULT_BLOCK_SIZE = 500;

    /** What a path whose state or an observable becomes infinite or NaN does to the run. */
    public enum NonFinitePaths {
        /** The run fails with a {@link NonFiniteValueException} naming the lowest such path. */
        FAIL,
        /**
         * The path is left out of every statistic (at all output times) and counted in
         * {@link MonteCarloResult#discardedPaths()}; which paths are left out does not depend on the thread count.
         */
        DISCARD
    }

    public MonteCarloSettings {
        if (scheme == null) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "no scheme given");
        }
        if (nonFinite == null) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "no policy for non-finite paths given");
        }
        if (paths < 2) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "at least 2 paths are needed, got " + paths);
        }
        if (!(timeStep > 0) || !Double.isFinite(timeStep)) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "the time step must be positive, got " + timeStep);
        }
        if (threads < 1 || blockSize < 1) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "threads and block size must be at least 1");
        }
        if (outputTimes.length == 0) {
            throw new NumericException(NumericErrorCode.BAD_SETTING, "no output times given");
        }
        outputTimes = OutputTimes.checked(t0, outputTimes);
        double previous = t0;
        for (double t : outputTimes) {
            if ((t - previous) / timeStep >= Integer.MAX_VALUE) {
                throw new NumericException(NumericErrorCode.BAD_SETTING,
                        "more than " + Integer.MAX_VALUE + " steps between output times " + previous + " and " + t);
            }
            previous = t;
        }
    }

    /** Settings whose runs fail on the first path that leaves the finite numbers. */
    public MonteCarloSettings(Scheme scheme, long paths, double timeStep, double t0, double[] outputTimes, long seed,
            int threads, int blockSize) {
        this(scheme, paths, timeStep, t0, outputTimes, seed, threads, blockSize, NonFinitePaths.FAIL);
    }

    /** Settings starting at t0 = 0 with all available processors and the default block size. */
    public static MonteCarloSettings of(Scheme scheme, long paths, double timeStep, double[] outputTimes, long seed) {
        return new MonteCarloSettings(scheme, paths, timeStep, 0.0, outputTimes, seed,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE);
    }

    /** The same settings run on {@code n} threads (which does not change the results). */
    public MonteCarloSettings withThreads(int n) {
        return new MonteCarloSettings(scheme, paths, timeStep, t0, outputTimes, seed, n, blockSize, nonFinite);
    }

    /** The same settings with another seed. */
    public MonteCarloSettings withSeed(long newSeed) {
        return new MonteCarloSettings(scheme, paths, timeStep, t0, outputTimes, newSeed, threads, blockSize,
                nonFinite);
    }

    /** The same settings with another largest time step. */
    public MonteCarloSettings withTimeStep(double newTimeStep) {
        return new MonteCarloSettings(scheme, paths, newTimeStep, t0, outputTimes, seed, threads, blockSize,
                nonFinite);
    }

    /** The same settings with another scheme. */
    public MonteCarloSettings withScheme(Scheme newScheme) {
        return new MonteCarloSettings(newScheme, paths, timeStep, t0, outputTimes, seed, threads, blockSize,
                nonFinite);
    }

    /** The same settings with another policy for paths that leave the finite numbers. */
    public MonteCarloSettings withNonFinite(NonFinitePaths policy) {
        return new MonteCarloSettings(scheme, paths, timeStep, t0, outputTimes, seed, threads, blockSize, policy);
    }

    @Override
    public double[] outputTimes() {
        return outputTimes.clone();
    }

    /** Number of equal steps from {@code from} to {@code to}, each at most {@link #timeStep()}. */
    int stepsBetween(double from, double to) {
        if (to == from) {
            return 0;
        }
        // the small allowance keeps (T / dt) from rounding up to one step more when T is a multiple of dt
        return Math.max(1, (int) Math.ceil((to - from) / timeStep * (1 - 1e-12)));
    }

    /** Total steps of one path. */
    long stepsPerPath() {
        long total = 0;
        double previous = t0;
        for (double t : outputTimes) {
            total += stepsBetween(previous, t);
            previous = t;
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonteCarloSettings s && scheme == s.scheme && paths == s.paths
                && Double.compare(timeStep, s.timeStep) == 0 && Double.compare(t0, s.t0) == 0
                && Arrays.equals(outputTimes, s.outputTimes) && seed == s.seed && threads == s.threads
                && blockSize == s.blockSize && nonFinite == s.nonFinite;
    }

    @Override
    public int hashCode() {
        return ((scheme.hashCode() * 31 + Long.hashCode(paths)) * 31 + Arrays.hashCode(outputTimes)) * 31
                + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "MonteCarloSettings[" + scheme.keyword() + ", " + paths + " paths, dt=" + timeStep + ", t0=" + t0
                + ", times=" + Arrays.toString(outputTimes) + ", seed=" + seed + ", threads=" + threads
                + ", block=" + blockSize + ", non-finite paths: " + nonFinite + "]";
    }
}

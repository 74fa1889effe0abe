package org.kolmo.numeric;

import java.util.List;

/**
 * Sample means and covariances of the observables at each output time, with the standard errors of the means.
 * Immutable.
 */
public final class MonteCarloResult {
    private final MonteCarloSettings settings;
    private final List<String> names;
    private final double[][] mean;
    private final double[][][] covariance;
    private final long paths;
    private final long pathSteps;
    private final long discardedPaths;

    MonteCarloResult(MonteCarloSettings settings, List<String> names, MomentAccumulator[] perTime,
            long discardedPaths, long pathSteps) {
        this.settings = settings;
        this.names = List.copyOf(names);
        int q = names.size();
        this.mean = new double[perTime.length][q];
        this.covariance = new double[perTime.length][q][q];
        for (int k = 0; k < perTime.length; k++) {
            for (int i = 0; i < q; i++) {
                mean[k][i] = perTime[k].mean(i);
                for (int j = 0; j < q; j++) {
                    covariance[k][i][j] = perTime[k].covariance(i, j);
                }
            }
        }
        this.paths = perTime[0].count();
        this.pathSteps = pathSteps;
        this.discardedPaths = discardedPaths;
    }

    public MonteCarloSettings settings() {
        return settings;
    }

    /** Names of the observables, in index order. */
    public List<String> names() {
        return names;
    }

    /** Output times. */
    public double[] times() {
        return settings.outputTimes();
    }

    /** Number of paths averaged. */
    public long paths() {
        return paths;
    }

    /**
     * Number of paths left out because they left the finite numbers (always 0 unless the settings say
     * {@link MonteCarloSettings.NonFinitePaths#DISCARD}).
     */
    public long discardedPaths() {
        return discardedPaths;
    }

    /** Total number of time steps taken over all paths. */
    public long pathSteps() {
        return pathSteps;
    }

    /** Sample mean of observable {@code i} at output time {@code k}. */
    public double mean(int k, int i) {
        return mean[k][i];
    }

    /** Sample covariance of observables {@code i} and {@code j} at output time {@code k}. */
    public double covariance(int k, int i, int j) {
        return covariance[k][i][j];
    }

    /** Standard error of {@link #mean(int, int)}: sqrt(variance / paths). */
    public double standardError(int k, int i) {
        return Math.sqrt(covariance[k][i][i] / paths);
    }

    /** Index of the observable called {@code name}, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }
}

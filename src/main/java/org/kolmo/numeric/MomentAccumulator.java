package org.kolmo.numeric;

/**
 * Streaming mean and covariance of a vector-valued sample (Welford's update, and the pairwise merge of Chan, Golub
 * and LeVeque for combining partial results). Nothing is stored per sample. Merging partial accumulators in a fixed
 * order gives the same bits however the samples were divided among threads. Not thread-safe.
 */
public final class MomentAccumulator {
    private final int dimension;
    private long count;
    private final double[] mean;
    /** Sum of products of deviations from the mean; only the upper triangle (j ≥ i) is kept up to date. */
    private final double[] comoment;
    private final double[] delta;

    /** An empty accumulator for vectors of the given length. */
    public MomentAccumulator(int dimension) {
        this.dimension = dimension;
        this.mean = new double[dimension];
        this.comoment = new double[dimension * dimension];
        this.delta = new double[dimension];
    }

    /** Adds one sample of length {@link #dimension()}. */
    public void add(double[] sample) {
        count++;
        double weight = 1.0 / count;
        for (int i = 0; i < dimension; i++) {
            delta[i] = sample[i] - mean[i];
            mean[i] += delta[i] * weight;
        }
        // C += (x - old mean)(x - new mean)^T
        for (int i = 0; i < dimension; i++) {
            double after = sample[i] - mean[i];
            int row = i * dimension;
            for (int j = i; j < dimension; j++) {
                comoment[row + j] += after * delta[j];
            }
        }
    }

    /** Adds all samples summarised by {@code other}, as if they had been added here one by one after ours. */
    public void merge(MomentAccumulator other) {
        if (other.dimension != dimension) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "merged accumulator", other.dimension,
                    dimension);
        }
        if (other.count == 0) {
            return;
        }
        if (count == 0) {
            count = other.count;
            System.arraycopy(other.mean, 0, mean, 0, dimension);
            System.arraycopy(other.comoment, 0, comoment, 0, comoment.length);
            return;
        }
        double na = count;
        double nb = other.count;
        double n = na + nb;
        for (int i = 0; i < dimension; i++) {
            delta[i] = other.mean[i] - mean[i];
        }
        double cross = na * nb / n;
        for (int i = 0; i < dimension; i++) {
            int row = i * dimension;
            for (int j = i; j < dimension; j++) {
                comoment[row + j] += other.comoment[row + j] + delta[i] * delta[j] * cross;
            }
        }
        for (int i = 0; i < dimension; i++) {
            mean[i] += delta[i] * (nb / n);
        }
        count += other.count;
    }

    public int dimension() {
        return dimension;
    }

    /** Number of samples added. */
    public long count() {
        return count;
    }

    /** Sample mean of component {@code i}. */
    public double mean(int i) {
        return mean[i];
    }

    /** Unbiased sample covariance of components {@code i} and {@code j} (NaN below two samples). */
    public double covariance(int i, int j) {
        if (count < 2) {
            return Double.NaN;
        }
        return comoment[Math.min(i, j) * dimension + Math.max(i, j)] / (count - 1);
    }

    /** Standard error of the mean of component {@code i}: sqrt(variance / count). */
    public double standardError(int i) {
        return Math.sqrt(covariance(i, i) / count);
    }
}

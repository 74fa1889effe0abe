package org.kolmo.homogenization.montecarlo;

import java.util.SplittableRandom;

/**
 * The Euler-Maruyama scheme Z_{n+1} = Z_n + b(Z_n) h + σ(Z_n) ΔW_n, ΔW_n ~ N(0, h I), for an Itô SDE; weak order 1.
 * Paths are independent and reproducible: path k draws from its own stream split off one {@link SplittableRandom}
 * seeded by the caller.
 */
public final class EulerMaruyama {
    private EulerMaruyama() {
    }

    /** Fills the initial state of one path (it may draw random numbers, e.g. from the fast invariant measure). */
    @FunctionalInterface
    public interface InitialState {
        void sample(Gaussian gaussian, double[] z);
    }

    /** Standard normal numbers by Marsaglia's polar method, two per accepted pair. */
    public static final class Gaussian {
        private final SplittableRandom random;
        private double spare;
        private boolean hasSpare;

        public Gaussian(SplittableRandom random) {
            this.random = random;
        }

        public double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u;
            double v;
            double s;
            do {
                u = 2 * random.nextDouble() - 1;
                v = 2 * random.nextDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            double f = Math.sqrt(-2 * Math.log(s) / s);
            spare = v * f;
            hasSpare = true;
            return u * f;
        }
    }

    /**
     * Simulates {@code paths} paths on [0, horizon] with steps of at most {@code step} and returns, for every path,
     * the final values of the variables {@code record} (NaN for a path that left the finite numbers).
     */
    public static double[][] finalValues(VectorField field, int d, int m, InitialState initial, double horizon,
            double step, int paths, long seed, int[] record) {
        int steps = Math.max(1, (int) Math.ceil(horizon / step));
        double h = horizon / steps;
        double sqrtH = Math.sqrt(h);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] out = new double[paths][record.length];
        double[] z = new double[d];
        double[] b = new double[d];
        double[][] sigma = new double[d][m];
        double[] dw = new double[m];
        for (int p = 0; p < paths; p++) {
            Gaussian g = new Gaussian(root.split());
            java.util.Arrays.fill(z, 0);
            initial.sample(g, z);
            boolean finite = true;
            for (int s = 0; s < steps && finite; s++) {
                field.drift(z, b);
                field.diffusion(z, sigma);
                for (int j = 0; j < m; j++) {
                    dw[j] = sqrtH * g.next();
                }
                for (int i = 0; i < d; i++) {
                    double dz = b[i] * h;
                    double[] row = sigma[i];
                    for (int j = 0; j < m; j++) {
                        dz += row[j] * dw[j];
                    }
                    z[i] += dz;
                }
                if ((s & 63) == 0) {
                    for (double v : z) {
                        finite &= Double.isFinite(v);
                    }
                }
            }
            for (int k = 0; k < record.length; k++) {
                out[p][k] = finite && Double.isFinite(z[record[k]]) ? z[record[k]] : Double.NaN;
            }
        }
        return out;
    }
}

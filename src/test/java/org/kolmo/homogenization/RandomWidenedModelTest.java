package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.fraction.BigFractionField;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.FieldMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/**
 * Issue 12, acceptance: slow-fast models drawn at random inside the widened class (1-2 slow, 1-3 fast variables; a
 * fast equilibrium K X that moves with the slow state; an order-1 slow drift quadratic in Y; a centred 1/ε slow drift
 * of degree ≤ 2 in Y; a noise shared by a slow and a fast variable), homogenized by the generator route, and the
 * effective SDE held against a Monte Carlo of the full model: the weak errors of the first and second moments at
 * T = 1 within 4 standard errors plus an allowance for the O(ε) distance of the full model from its limit. The
 * Euler-Maruyama step of the full model must be fine here: its fast covariance is off by O(1/K) (K steps per fast
 * time), which a quadratic 1/ε drift turns into a bias of order 1/(K ε).
 *
 * <p>The centering of a quadratic term needs the fast covariance J exactly; it is solved here apart from the engine,
 * as the Kronecker system (I ⊗ B2 + B2 ⊗ I) vec J = vec(σ1σ1ᵀ) in exact fractions (Hipparchus).
 */
class RandomWidenedModelTest {
    private static final long SEED = 20261204L;
    private static final int MODELS = 6;
    private static final double EPS = 0.04;
    private static final int STEPS_PER_FAST_TIME = 100;

    @Test
    void randomModelsAgreeWithTheirFullModelsByMonteCarlo() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < MODELS; k++) {
            String text = randomModel(random, k);
            Sde sde = ModelReader.read("random" + k + ".sde", text);
            Homogenization.Result r = Homogenization.homogenize(sde, "random" + k + ".sde",
                    Homogenization.Route.AUTO);
            assertTrue(r.checksPass(), () -> text + r.checks());
            // the O(ε) distance of the full model from its limit, on moments of size ~1: an allowance of ε; the
            // Euler-Maruyama bias, of order 1/(K ε) through the quadratic 1/ε drift, kept below it with K = 100
            MonteCarloCheck.Result mc = MonteCarloCheck.run(r, MonteCarloCheck.Settings.of(3000).withSeed(SEED + k)
                    .withStepsPerFastTime(STEPS_PER_FAST_TIME).withTolerance(EPS));
            StringBuilder table = new StringBuilder();
            for (MonteCarloCheck.WeakError e : mc.errors()) {
                table.append(String.format("  %-18s full %9.5f  effective %9.5f  z %5.2f%n", e.observable(),
                        e.full(), e.effective(), e.zScore()));
            }
            System.out.println("random model " + k + " (seed " + SEED + "):\n" + text + table);
            if (!mc.passed()) {
                failures.add(text + table);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** One model of the widened class, as a model file. */
    static String randomModel(Random random, int index) {
        int n = 1 + random.nextInt(2);
        int m = 1 + random.nextInt(3);
        String[] half = {"-1/2", "0", "1/2"};
        // B2 = D + S, D diagonal positive, S skew: its symmetric part D is positive definite, so B2 is positive stable
        BigFraction[][] b2 = new BigFraction[m][m];
        for (int a = 0; a < m; a++) {
            b2[a][a] = new BigFraction(2 + random.nextInt(3), 2);
            for (int b = a + 1; b < m; b++) {
                BigFraction s = new BigFraction(random.nextInt(3) - 1, 2);
                b2[a][b] = s;
                b2[b][a] = s.negate();
            }
        }
        BigFraction[] sigma = new BigFraction[m];
        for (int a = 0; a < m; a++) {
            sigma[a] = new BigFraction(1 + random.nextInt(3), 2);
        }
        BigFraction[][] j = lyapunov(b2, sigma);

        StringBuilder out = new StringBuilder();
        out.append("model random").append(index).append(" \"random model of the widened class\"\n");
        out.append("param eps small = ").append(EPS).append('\n');
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add("X" + (i + 1));
        }
        for (int a = 0; a < m; a++) {
            ys.add("Y" + (a + 1));
        }
        out.append("slow ").append(String.join(", ", xs.stream().map(x -> x + " = 1/2").toList())).append('\n');
        out.append("fast ").append(String.join(", ", ys)).append('\n');
        List<String> noises = new ArrayList<>();
        ys.forEach(y -> noises.add("W" + y.substring(1)));
        xs.forEach(x -> noises.add("V" + x.substring(1)));
        out.append("noise ").append(String.join(", ", noises)).append('\n');

        // the fast equilibrium mu = K X and the centred fast variables Z = Y - mu
        List<String> z = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            StringBuilder mu = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String kai = half[random.nextInt(3)];
                if (!kai.equals("0")) {
                    mu.append(" - (").append(kai).append(")*").append(xs.get(i));
                }
            }
            z.add("(" + ys.get(a) + mu + ")");
        }
        for (int i = 0; i < n; i++) {
            String x = xs.get(i);
            // order 1: -X - g X Y_r^2 (averaged under N(mu, J)); order 1/eps: centred, degree <= 2 in Y
            int r = random.nextInt(m);
            String slow = "-" + x + " - (1/4)*" + x + "*" + ys.get(r) + "^2";
            int p = random.nextInt(m);
            int q = random.nextInt(m);
            String centred = half[random.nextInt(3)] + "*" + z.get(p) + " + (1/2)*(1 + " + x + "/2)*" + z.get(q)
                    + " + (1/4)*(" + z.get(p) + "*" + z.get(q) + " - " + text(j[p][q]) + ")";
            String noise = "(1/2)*dV" + (i + 1) + (random.nextBoolean() ? " + (1/2)*dW1" : "");
            out.append("d").append(x).append(" = (").append(slow).append(" + (").append(centred).append(")/eps)*dt + ")
                    .append(noise).append('\n');
        }
        for (int a = 0; a < m; a++) {
            StringBuilder drift = new StringBuilder();
            for (int b = 0; b < m; b++) {
                if (b2[a][b].signum() != 0) {
                    drift.append(drift.length() == 0 ? "" : " + ").append(text(b2[a][b])).append("*").append(z.get(b));
                }
            }
            String b1 = random.nextBoolean() ? " + (1/2)/eps" : "";
            out.append("d").append(ys.get(a)).append(" = (-(").append(drift).append(")/eps^2").append(b1)
                    .append(")*dt + ").append(text(sigma[a])).append("/eps*dW").append(a + 1).append('\n');
        }
        return out.toString();
    }

    private static String text(BigFraction f) {
        return "(" + f.getNumerator() + "/" + f.getDenominator() + ")";
    }

    /** J with B2 J + J B2ᵀ = diag(σ²), exactly: (I ⊗ B2 + B2 ⊗ I) vec J = vec diag(σ²), vec column-major. */
    static BigFraction[][] lyapunov(BigFraction[][] b2, BigFraction[] sigma) {
        int m = b2.length;
        FieldMatrix<BigFraction> k = new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), m * m, m * m);
        FieldMatrix<BigFraction> rhs = new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), m * m, 1);
        for (int col = 0; col < m; col++) {
            for (int row = 0; row < m; row++) {
                int eq = row + m * col; // the (row, col) entry of B2 J + J B2ᵀ
                for (int t = 0; t < m; t++) {
                    // (B2 J)_{row,col} = Σ_t B2[row][t] J[t][col];  (J B2ᵀ)_{row,col} = Σ_t J[row][t] B2[col][t]
                    k.addToEntry(eq, t + m * col, b2[row][t]);
                    k.addToEntry(eq, row + m * t, b2[col][t]);
                }
                rhs.setEntry(eq, 0, row == col ? sigma[row].multiply(sigma[row]) : BigFraction.ZERO);
            }
        }
        FieldMatrix<BigFraction> vec = new FieldLUDecomposition<>(k).getSolver().solve(rhs);
        BigFraction[][] j = new BigFraction[m][m];
        for (int col = 0; col < m; col++) {
            for (int row = 0; row < m; row++) {
                j[row][col] = vec.getEntry(row + m * col, 0);
            }
        }
        return j;
    }
}

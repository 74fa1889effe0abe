package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

import edu.jas.arith.BigRational;

/**
 * Every exact result held against floating point at random rational parameter values: the roots of the
 * characteristic polynomial, specialised exactly and solved to 40 digits, against EJML's eigenvalues of the numeric
 * matrix, and the minimal polynomial evaluated at the numeric matrix.
 */
class NumericCrossCheckTest {
    private static final long SEED = 7_031_982L;
    private static final int SAMPLES = 20;

    private static Map<String, PolynomialMatrix> matrices() throws AlgebraException {
        Map<String, PolynomialMatrix> m = new LinkedHashMap<>();
        m.put("M (38)", SeedMatrices.m());
        m.put("Q (40)", SeedMatrices.q());
        m.put("block (36)", SeedMatrices.crossBlock());
        m.put("G (83)", SeedMatrices.reduced());
        m.put("covariances (35)", SeedMatrices.covariances());
        Random random = new Random(SEED);
        for (int n = 3; n <= 6; n++) {
            // same parameters (p1, p2 renamed alpha, beta) so one list of values serves all matrices
            m.put("random " + n + "x" + n, PolynomialMatrix.ofPolynomials(SeedMatrices.RING,
                    rename(RandomMatrices.matrix(RandomMatrices.ring(2), random, n, 0.3, 2, 2))));
        }
        return m;
    }

    @Test
    void rootsOfCharacteristicPolynomialsAreTheEigenvalues() throws AlgebraException {
        Random random = new Random(SEED);
        for (Map.Entry<String, PolynomialMatrix> e : matrices().entrySet()) {
            PolynomialMatrix f = e.getValue();
            ParametricPolynomial chi = f.characteristicPolynomial();
            ParametricPolynomial mu = f.minimalPolynomial();
            for (int s = 0; s < SAMPLES; s++) {
                List<BigRational> values = List.of(randomRational(random), randomRational(random));
                double[] x = values.stream().mapToDouble(BigRational::doubleValue).toArray();
                String where = e.getKey() + ", seed " + SEED + ", sample " + s + ", (alpha, beta) = " + values;
                double[][] numeric = f.evaluate(x);
                List<BigRational> exact = chi.coefficientsAt(values);
                assertMultisetsClose(eigenvalues(numeric), PrecisePolynomialRoots.roots(exact), where);
                // exact and floating evaluation of the coefficients agree
                double[] floating = chi.coefficientsAt(x);
                for (int i = 0; i < floating.length; i++) {
                    assertEquals(exact.get(i).doubleValue(), floating[i], 1e-9 * Math.max(1, Math.abs(floating[i])),
                            where);
                }
                assertAnnihilates(mu.coefficientsAt(x), numeric, "minimal polynomial, " + where);
            }
        }
    }

    /** A nonzero rational with numerator in ±[1, 40] and denominator in [1, 10]. */
    private static BigRational randomRational(Random random) {
        long num = (1 + random.nextInt(40)) * (random.nextBoolean() ? 1 : -1);
        return new BigRational(num, 1 + random.nextInt(10));
    }

    private static Complex[] eigenvalues(double[][] a) {
        int n = a.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        assertTrue(eig.decompose(new DMatrixRMaj(a)), "EJML eigen decomposition failed");
        Complex[] out = new Complex[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 z = eig.getEigenvalue(i);
            out[i] = new Complex(z.real, z.imaginary);
        }
        return out;
    }

    private static void assertMultisetsClose(Complex[] expected, Complex[] actual, String where) {
        assertEquals(expected.length, actual.length, where);
        double scale = 1;
        for (Complex z : expected) {
            scale = Math.max(scale, z.norm());
        }
        boolean[] used = new boolean[actual.length];
        for (Complex z : expected) {
            int best = -1;
            for (int i = 0; i < actual.length; i++) {
                if (!used[i] && (best < 0 || z.subtract(actual[i]).norm() < z.subtract(actual[best]).norm())) {
                    best = i;
                }
            }
            used[best] = true;
            double distance = z.subtract(actual[best]).norm();
            assertTrue(distance <= 1e-8 * scale, "eigenvalue " + z + " vs root " + actual[best] + " (distance "
                    + distance + "), eigenvalues " + Arrays.toString(expected) + ", " + where);
        }
    }

    /** ‖p(F)‖∞ below 1e-9 · Σ |a_i| ‖F‖∞^i, the size of the terms that cancel. */
    private static void assertAnnihilates(double[] p, double[][] f, String where) {
        int n = f.length;
        double[][] r = new double[n][n];
        for (int k = p.length - 1; k >= 0; k--) {
            double[][] next = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < n; l++) {
                        s += r[i][l] * f[l][j];
                    }
                    next[i][j] = s + (i == j ? p[k] : 0);
                }
            }
            r = next;
        }
        double normF = norm(f);
        double scale = 0;
        for (int k = 0; k < p.length; k++) {
            scale += Math.abs(p[k]) * Math.pow(normF, k);
        }
        assertTrue(norm(r) < 1e-9 * scale, "‖p(F)‖ = " + norm(r) + ", scale " + scale + ", " + where);
    }

    private static double norm(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            double s = 0;
            for (double x : row) {
                s += Math.abs(x);
            }
            max = Math.max(max, s);
        }
        return max;
    }

    /** The entries of a matrix over Q[p1, p2] moved to Q[alpha, beta] (same variable positions). */
    private static List<List<edu.jas.poly.GenPolynomial<BigRational>>> rename(PolynomialMatrix m) {
        List<List<edu.jas.poly.GenPolynomial<BigRational>>> rows = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            List<edu.jas.poly.GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < m.columns(); j++) {
                edu.jas.poly.GenPolynomial<BigRational> p = SeedMatrices.RING.zero().copy();
                p.doPutToMap(m.polynomial(i, j).getMap());
                row.add(p);
            }
            rows.add(row);
        }
        return rows;
    }
}

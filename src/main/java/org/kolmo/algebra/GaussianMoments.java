package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moments E[Y^α] = E[Π_i Y_i^{α_i}] of a centred Gaussian vector Y ~ N(0, J) with an exact (symbolic) covariance J,
 * by Isserlis' (Wick's) theorem: the expectation of a product of centred jointly Gaussian factors is the sum, over
 * all pairings of the factors, of the products of the pair covariances; odd moments vanish.
 *
 * <p>The pairings are enumerated by pairing the first factor Y_i with each remaining factor Y_j in turn,
 * E[Y_i Y^β] = Σ_j J_ij β_j E[Y^{β - e_j}], and moments of lower order are remembered, so a moment of order 2k costs
 * a number of steps polynomial in k rather than the (2k-1)!! pairings. This is the average over the fast invariant
 * measure of seed 000 (eq. 39: a centred Gaussian whose covariance J solves the Lyapunov equation).
 *
 * @param <T> elements of the field holding J
 */
public final class GaussianMoments<T> {
    private final int m;
    private final List<List<T>> covariance;
    private final ExactField<T> field;
    private final Map<List<Integer>, T> memo = new HashMap<>();

    /** @param covariance the symmetric m x m matrix J (J_ij with i ≤ j is read, J_ji taken equal) */
    public GaussianMoments(List<List<T>> covariance, ExactField<T> field) {
        this.m = covariance.size();
        this.field = field;
        List<List<T>> c = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (covariance.get(i).size() != m) {
                throw new IllegalArgumentException("the covariance must be square");
            }
            List<T> row = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                row.add(i <= j ? covariance.get(i).get(j) : covariance.get(j).get(i));
            }
            c.add(List.copyOf(row));
        }
        this.covariance = List.copyOf(c);
    }

    public int dimension() {
        return m;
    }

    public List<List<T>> covariance() {
        return covariance;
    }

    /** E[Π_i Y_i^{α_i}]. */
    public T moment(int... alpha) {
        if (alpha.length != m) {
            throw new IllegalArgumentException("exponents " + Arrays.toString(alpha) + " for " + m + " variables");
        }
        List<Integer> key = new ArrayList<>(m);
        for (int a : alpha) {
            if (a < 0) {
                throw new IllegalArgumentException("negative exponent " + Arrays.toString(alpha));
            }
            key.add(a);
        }
        return moment(List.copyOf(key));
    }

    private T moment(List<Integer> alpha) {
        T known = memo.get(alpha);
        if (known != null) {
            return known;
        }
        int order = 0;
        int first = -1;
        for (int i = 0; i < m; i++) {
            order += alpha.get(i);
            if (first < 0 && alpha.get(i) > 0) {
                first = i;
            }
        }
        T result;
        if (order == 0) {
            result = field.one();
        } else if (order % 2 == 1) {
            result = field.zero();
        } else {
            // pair the first factor Y_first with each of the remaining factors
            List<Integer> beta = new ArrayList<>(alpha);
            beta.set(first, beta.get(first) - 1);
            result = field.zero();
            for (int j = 0; j < m; j++) {
                int bj = beta.get(j);
                T cij = covariance.get(first).get(j);
                if (bj == 0 || field.isZero(cij)) {
                    continue;
                }
                List<Integer> rest = new ArrayList<>(beta);
                rest.set(j, bj - 1);
                T sub = moment(List.copyOf(rest));
                if (!field.isZero(sub)) {
                    result = field.add(result, field.multiply(field.multiply(field.fromInteger(bj), cij), sub));
                }
            }
        }
        memo.put(alpha, result);
        return result;
    }

    /** The number of pairings of 2k factors, (2k-1)!! = 1·3·5···(2k-1); zero for an odd count. */
    public static long pairings(int factors) {
        if (factors % 2 == 1) {
            return 0;
        }
        long p = 1;
        for (int k = factors - 1; k > 1; k -= 2) {
            p *= k;
        }
        return p;
    }
}

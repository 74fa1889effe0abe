package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Moments E[Y^α] = E[Π_i Y_i^{α_i}] of a centred Gaussian vector Y ~ N(0, J) with a symbolic covariance J, by
 * Isserlis' (Wick's) theorem: the expectation of a product of centred jointly Gaussian factors is the sum, over all
 * pairings of the factors, of the products of the pair covariances. Odd moments vanish.
 *
 * <p>The pairings are enumerated by pairing the first factor Y_i with each remaining factor Y_j in turn,
 * E[Y_i Y^β] = Σ_j J_{ij} β_j E[Y^{β - e_j}], and the moments of lower order are remembered, so a moment of order
 * 2k costs a number of steps polynomial in k rather than the (2k-1)!! pairings. This is the average over the fast
 * invariant measure of seed 000 (eq. 39: a centred Gaussian with covariance J solving the Lyapunov equation).
 */
public final class GaussianMoments {
    private final int m;
    private final List<List<IExpr>> covariance;
    private final Map<List<Integer>, IExpr> memo = new HashMap<>();

    /** @param covariance the symmetric m x m matrix J (only J_{ij} with i ≤ j is read, J_{ji} taken equal) */
    public GaussianMoments(List<List<IExpr>> covariance) {
        this.m = covariance.size();
        List<List<IExpr>> c = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (covariance.get(i).size() != m) {
                throw new IllegalArgumentException("the covariance must be square");
            }
            List<IExpr> row = new ArrayList<>();
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

    public List<List<IExpr>> covariance() {
        return covariance;
    }

    /** E[Π_i Y_i^{α_i}], expanded. */
    public IExpr moment(int... alpha) {
        if (alpha.length != m) {
            throw new IllegalArgumentException("exponents " + Arrays.toString(alpha) + " for " + m + " variables");
        }
        return moment(key(alpha));
    }

    private IExpr moment(List<Integer> alpha) {
        IExpr known = memo.get(alpha);
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
        IExpr result;
        if (order == 0) {
            result = F.C1;
        } else if (order % 2 == 1) {
            result = F.C0;
        } else {
            // pair the first factor Y_first with each of the remaining factors
            List<Integer> beta = new ArrayList<>(alpha);
            beta.set(first, beta.get(first) - 1);
            List<IExpr> sum = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                int bj = beta.get(j);
                if (bj == 0 || covariance.get(first).get(j).isZero()) {
                    continue;
                }
                List<Integer> rest = new ArrayList<>(beta);
                rest.set(j, bj - 1);
                IExpr sub = moment(rest);
                if (!sub.isZero()) {
                    sum.add(F.Times(F.ZZ(bj), covariance.get(first).get(j), sub));
                }
            }
            result = sum.isEmpty() ? F.C0 : CasSession.get().evaluate(F.Expand(F.Plus(sum.toArray(new IExpr[0]))));
        }
        memo.put(alpha, result);
        return result;
    }

    private static List<Integer> key(int[] alpha) {
        List<Integer> k = new ArrayList<>(alpha.length);
        for (int a : alpha) {
            if (a < 0) {
                throw new IllegalArgumentException("negative exponent " + Arrays.toString(alpha));
            }
            k.add(a);
        }
        return List.copyOf(k);
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

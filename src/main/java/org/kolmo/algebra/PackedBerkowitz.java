package org.kolmo.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;

/**
 * {@link Berkowitz}'s algorithm over Z[p1..pk] with exponents packed into one int (Kronecker substitution) and every
 * sum of products accumulated in a dense array indexed by the packed exponent. JAS keeps each polynomial in a sorted
 * map and spends most of Berkowitz's time comparing exponent vectors; here a product of terms is one integer addition
 * of keys and one BigInteger product.
 *
 * <p>Packing is exact because no exponent can overflow its digit: every intermediate quantity of Berkowitz's algorithm
 * (entries of A_r^k C, the Toeplitz entries R A_r^k C, the coefficients of the leading blocks' characteristic
 * polynomials, and their products before cancellation) has degree at most n·d_i in parameter i, with d_i the largest
 * degree of p_i in an entry. {@link #applies} refuses matrices whose exponent box would not fit the accumulator.
 */
final class PackedBerkowitz {
    /** Largest accumulator: 4M references. Larger boxes go to the generic {@link Berkowitz}. */
    private static final long MAX_BOX = 1L << 22;

    /**
     * A polynomial as parallel arrays of packed exponents and nonzero coefficients; a coefficient lives in
     * {@code small} when it has at most 62 bits (then {@code big} is null at that index or altogether), else in
     * {@code big}. Most coefficients of moment matrices stay small, and long arithmetic avoids an allocation per term.
     */
    private record Packed(int[] keys, long[] small, BigInteger[] big) {
        static final Packed ZERO = new Packed(new int[0], new long[0], null);

        boolean isZero() {
            return keys.length == 0;
        }

        boolean isBig(int i) {
            return big != null && big[i] != null;
        }

        BigInteger value(int i) {
            return isBig(i) ? big[i] : BigInteger.valueOf(small[i]);
        }

        Packed negate() {
            long[] s = new long[small.length];
            BigInteger[] b = big == null ? null : new BigInteger[big.length];
            for (int i = 0; i < s.length; i++) {
                if (isBig(i)) {
                    b[i] = big[i].negate();
                } else {
                    s[i] = -small[i]; // |small| < 2^62, so this cannot overflow
                }
            }
            return new Packed(keys, s, b);
        }
    }

    /** Builds a {@link Packed} term by term, keeping small coefficients as longs. */
    private static final class Builder {
        private final int[] keys;
        private final long[] small;
        private BigInteger[] big;
        private int size;

        Builder(int capacity) {
            keys = new int[capacity];
            small = new long[capacity];
        }

        void add(int key, BigInteger value) {
            if (value.bitLength() <= 62) {
                add(key, value.longValue());
            } else {
                if (big == null) {
                    big = new BigInteger[keys.length];
                }
                keys[size] = key;
                big[size++] = value;
            }
        }

        void add(int key, long value) {
            keys[size] = key;
            small[size++] = value;
        }

        Packed build() {
            return new Packed(Arrays.copyOf(keys, size), Arrays.copyOf(small, size),
                    big == null ? null : Arrays.copyOf(big, size));
        }
    }

    private final int variables;
    /** Digit weights of the mixed-radix packing, in JAS's ExpVector positions. */
    private final int[] weight;
    private final int[] radix;
    /** The accumulator: a long part and, once a sum or product outgrows 62 bits, a BigInteger part. */
    private final long[] smallSum;
    private final BigInteger[] bigSum;
    private final boolean[] isTouched;
    private final int[] touched;
    private int touchedCount;

    private PackedBerkowitz(int[] radix) {
        this.variables = radix.length;
        this.radix = radix;
        this.weight = new int[variables];
        int box = 1;
        for (int i = 0; i < variables; i++) {
            weight[i] = box;
            box *= radix[i];
        }
        this.smallSum = new long[box];
        this.bigSum = new BigInteger[box];
        this.isTouched = new boolean[box];
        this.touched = new int[box];
    }

    /** The digit sizes n·d_i + 1, or null when their product exceeds the accumulator limit. */
    private static int[] radix(GenPolynomial<edu.jas.arith.BigInteger>[][] a, int variables) {
        long[] degree = new long[variables];
        for (GenPolynomial<edu.jas.arith.BigInteger>[] row : a) {
            for (GenPolynomial<edu.jas.arith.BigInteger> p : row) {
                for (ExpVector e : p.getMap().keySet()) {
                    for (int i = 0; i < variables; i++) {
                        degree[i] = Math.max(degree[i], e.getVal(i));
                    }
                }
            }
        }
        int[] radix = new int[variables];
        long box = 1;
        for (int i = 0; i < variables; i++) {
            long r = a.length * degree[i] + 1;
            box *= r;
            if (box > MAX_BOX) {
                return null;
            }
            radix[i] = (int) r;
        }
        return radix;
    }

    /** True when the exponent box of this matrix fits the accumulator. */
    static boolean applies(GenPolynomialRing<edu.jas.arith.BigInteger> ring, GenPolynomial<edu.jas.arith.BigInteger>[][] a) {
        return radix(a, ring.nvar) != null;
    }

    /** Coefficients a_0..a_n (ascending) of det(λI - a); requires {@link #applies}. */
    static List<GenPolynomial<edu.jas.arith.BigInteger>> characteristicPolynomial(
            GenPolynomialRing<edu.jas.arith.BigInteger> ring, GenPolynomial<edu.jas.arith.BigInteger>[][] a) {
        PackedBerkowitz engine = new PackedBerkowitz(radix(a, ring.nvar));
        int n = a.length;
        Packed[][] m = new Packed[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = engine.pack(a[i][j]);
            }
        }
        List<Packed> c = engine.berkowitz(m);
        List<GenPolynomial<edu.jas.arith.BigInteger>> ascending = new ArrayList<>(n + 1);
        for (int i = n; i >= 0; i--) {
            ascending.add(engine.unpack(ring, c.get(i)));
        }
        return ascending;
    }

    /** The same recurrence as {@link Berkowitz}, each sum of products fused into one accumulation. */
    private List<Packed> berkowitz(Packed[][] a) {
        int n = a.length;
        Packed one = new Packed(new int[] {0}, new long[] {1}, null);
        List<Packed> c = new ArrayList<>(List.of(one));
        for (int r = 0; r < n; r++) {
            Packed[] t = new Packed[r + 2];
            t[0] = one;
            t[1] = a[r][r].negate();
            Packed[] v = new Packed[r];
            for (int i = 0; i < r; i++) {
                v[i] = a[i][r];
            }
            for (int k = 0; k < r; k++) {
                t[k + 2] = sumOfProducts(a[r], v, r).negate();
                if (k < r - 1) {
                    Packed[] next = new Packed[r];
                    for (int i = 0; i < r; i++) {
                        next[i] = sumOfProducts(a[i], v, r);
                    }
                    v = next;
                }
            }
            List<Packed> next = new ArrayList<>(r + 2);
            Packed[] left = new Packed[r + 1];
            Packed[] right = new Packed[r + 1];
            for (int j = 0; j <= r + 1; j++) {
                int count = 0;
                for (int i = Math.max(0, j - t.length + 1); i <= Math.min(j, r); i++) {
                    left[count] = t[j - i];
                    right[count] = c.get(i);
                    count++;
                }
                next.add(sumOfProducts(left, right, count));
            }
            c = next;
        }
        return c;
    }

    /** Σ_{p<count} x[p]·y[p], accumulated densely and read back in increasing key order. */
    private Packed sumOfProducts(Packed[] x, Packed[] y, int count) {
        for (int p = 0; p < count; p++) {
            Packed u = x[p];
            Packed w = y[p];
            if (u.isZero() || w.isZero()) {
                continue;
            }
            for (int i = 0; i < u.keys.length; i++) {
                int key = u.keys[i];
                boolean uBig = u.isBig(i);
                long us = u.small[i];
                for (int j = 0; j < w.keys.length; j++) {
                    int index = key + w.keys[j];
                    if (!isTouched[index]) {
                        isTouched[index] = true;
                        touched[touchedCount++] = index;
                    }
                    if (!uBig && !w.isBig(j)) {
                        long ws = w.small[j];
                        long product = us * ws;
                        if (Math.multiplyHigh(us, ws) == (product >> 63)) {
                            long current = smallSum[index];
                            long sum = current + product;
                            if (((current ^ sum) & (product ^ sum)) >= 0) {
                                smallSum[index] = sum;
                                continue;
                            }
                        }
                    }
                    // outgrew 64 bits: move the term (and, lazily, the long part) into the BigInteger part
                    BigInteger product = u.value(i).multiply(w.value(j));
                    BigInteger current = bigSum[index];
                    bigSum[index] = current == null ? product : current.add(product);
                }
            }
        }
        if (touchedCount == 0) {
            return Packed.ZERO;
        }
        Arrays.sort(touched, 0, touchedCount);
        Builder out = new Builder(touchedCount);
        for (int t = 0; t < touchedCount; t++) {
            int index = touched[t];
            long small = smallSum[index];
            BigInteger big = bigSum[index];
            smallSum[index] = 0;
            bigSum[index] = null;
            isTouched[index] = false;
            if (big == null) {
                if (small != 0) {
                    out.add(index, BigInteger.valueOf(small));
                }
            } else {
                BigInteger value = big.add(BigInteger.valueOf(small));
                if (value.signum() != 0) {
                    out.add(index, value);
                }
            }
        }
        touchedCount = 0;
        return out.build();
    }

    private Packed pack(GenPolynomial<edu.jas.arith.BigInteger> p) {
        if (p.isZERO()) {
            return Packed.ZERO;
        }
        Builder out = new Builder(p.length());
        for (Monomial<edu.jas.arith.BigInteger> m : p) {
            int key = 0;
            for (int i = 0; i < variables; i++) {
                key += (int) m.exponent().getVal(i) * weight[i];
            }
            out.add(key, m.coefficient().getVal());
        }
        return out.build();
    }

    private GenPolynomial<edu.jas.arith.BigInteger> unpack(GenPolynomialRing<edu.jas.arith.BigInteger> ring,
            Packed p) {
        GenPolynomial<edu.jas.arith.BigInteger> out = ring.getZERO().copy();
        for (int t = 0; t < p.keys.length; t++) {
            long[] e = new long[variables];
            int key = p.keys[t];
            for (int i = 0; i < variables; i++) {
                e[i] = key / weight[i] % radix[i];
            }
            out.doPutToMap(ExpVector.create(e), new edu.jas.arith.BigInteger(p.value(t)));
        }
        return out;
    }
}

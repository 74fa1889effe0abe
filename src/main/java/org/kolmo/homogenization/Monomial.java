package org.kolmo.homogenization;

import java.util.Arrays;

/** A monomial Y^α = Π_i Y_i^{α_i} in the fast variables, by its exponent vector; ordered by degree, then lexically. */
public final class Monomial implements Comparable<Monomial> {
    private final int[] exponents;
    private final int degree;

    private Monomial(int[] exponents) {
        this.exponents = exponents;
        int d = 0;
        for (int e : exponents) {
            if (e < 0) {
                throw new IllegalArgumentException("negative exponent in " + Arrays.toString(exponents));
            }
            d += e;
        }
        this.degree = d;
    }

    public static Monomial of(int... exponents) {
        return new Monomial(exponents.clone());
    }

    public static Monomial one(int m) {
        return new Monomial(new int[m]);
    }

    /** Y_i. */
    public static Monomial variable(int m, int i) {
        int[] e = new int[m];
        e[i] = 1;
        return new Monomial(e);
    }

    public int size() {
        return exponents.length;
    }

    public int exponent(int i) {
        return exponents[i];
    }

    public int[] exponents() {
        return exponents.clone();
    }

    public int degree() {
        return degree;
    }

    public Monomial times(Monomial o) {
        int[] e = new int[exponents.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = exponents[i] + o.exponents[i];
        }
        return new Monomial(e);
    }

    /** Y^α / Y_i, or null when α_i = 0. */
    public Monomial divideBy(int i) {
        if (exponents[i] == 0) {
            return null;
        }
        int[] e = exponents.clone();
        e[i]--;
        return new Monomial(e);
    }

    /** Y^α Y_i. */
    public Monomial multiplyBy(int i) {
        int[] e = exponents.clone();
        e[i]++;
        return new Monomial(e);
    }

    @Override
    public int compareTo(Monomial o) {
        if (degree != o.degree) {
            return Integer.compare(degree, o.degree);
        }
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] != o.exponents[i]) {
                return Integer.compare(o.exponents[i], exponents[i]);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial m && Arrays.equals(exponents, m.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }

    @Override
    public String toString() {
        return Arrays.toString(exponents);
    }
}

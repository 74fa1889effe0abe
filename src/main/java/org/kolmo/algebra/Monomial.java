package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A monomial x^α = Π_i x_i^{α_i} by its exponent vector (non-negative), as a value: the moments of the moment
 * equations (x the state variables) and the terms of polynomials in the fast variables of homogenization (x = Y).
 * Ordered by degree, then lexicographically with the first variable's exponent highest first (xx before xy before
 * yy). Not to be confused with JAS's {@code edu.jas.poly.Monomial}, a term of a JAS polynomial.
 */
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

    /** The monomial with these exponents (copied). */
    public static Monomial of(int... exponents) {
        return new Monomial(exponents.clone());
    }

    /** The constant monomial 1 in {@code n} variables. */
    public static Monomial one(int n) {
        return new Monomial(new int[n]);
    }

    /** x_i, of {@code n} variables. */
    public static Monomial variable(int n, int i) {
        int[] e = new int[n];
        e[i] = 1;
        return new Monomial(e);
    }

    /** Every monomial of exactly {@code degree} in {@code n} variables, in this order (xx, xy, xz, yy, ...). */
    public static List<Monomial> ofDegree(int n, int degree) {
        List<Monomial> out = new ArrayList<>();
        collect(new int[n], 0, degree, out);
        return out;
    }

    private static void collect(int[] exps, int from, int left, List<Monomial> out) {
        if (left == 0) {
            out.add(of(exps));
            return;
        }
        for (int i = from; i < exps.length; i++) {
            exps[i]++;
            collect(exps, i, left - 1, out);
            exps[i]--;
        }
    }

    /** Number of variables. */
    public int size() {
        return exponents.length;
    }

    public int exponent(int i) {
        return exponents[i];
    }

    /** A copy of the exponent vector. */
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

    /** x^α / x_i, or null when α_i = 0. */
    public Monomial divideBy(int i) {
        if (exponents[i] == 0) {
            return null;
        }
        int[] e = exponents.clone();
        e[i]--;
        return new Monomial(e);
    }

    /** x^α x_i. */
    public Monomial multiplyBy(int i) {
        int[] e = exponents.clone();
        e[i]++;
        return new Monomial(e);
    }

    /** The monomial as an expression in the given variables. */
    public IExpr toExpr(List<? extends IExpr> variables) {
        IExpr e = F.C1;
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] > 0) {
                e = F.Times(e, F.Power(variables.get(i), F.ZZ(exponents[i])));
            }
        }
        return e;
    }

    /** Degree first, then lexicographic with the first variable's exponent highest first (xx before xy). */
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

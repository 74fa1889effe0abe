package org.kolmo.moments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A monomial x^a = Π x_i^{a_i} in the state variables, and the name of its moment E[x^a]: {@code m_x} for first
 * moments, {@code p_xy} for second moments (seed 003's notation), {@code mu_xxy} for higher ones.
 */
public record Monomial(int[] exponents) implements Comparable<Monomial> {
    public Monomial {
        exponents = exponents.clone();
    }

    public int degree() {
        return Arrays.stream(exponents).sum();
    }

    /** The monomial as an expression in the given variables. */
    public IExpr toExpr(List<ISymbol> variables) {
        IExpr e = F.C1;
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] > 0) {
                e = F.Times(e, F.Power(variables.get(i), F.ZZ(exponents[i])));
            }
        }
        return e;
    }

    /**
     * The moment's name: a prefix by degree and the variables' names repeated by their exponents, e.g. {@code p_xz}.
     * Variables with names longer than one character are joined without separator as well ({@code p_X1X2}).
     */
    public String momentName(List<String> variableNames) {
        StringBuilder sub = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            for (int k = 0; k < exponents[i]; k++) {
                sub.append(variableNames.get(i));
            }
        }
        String prefix = switch (degree()) {
            case 1 -> "m";
            case 2 -> "p";
            default -> "mu";
        };
        return prefix + "_" + sub;
    }

    public ISymbol momentSymbol(List<String> variableNames) {
        return Symbols.user(momentName(variableNames));
    }

    /** Every monomial of exactly {@code degree} in {@code n} variables, in lexicographic order (xx, xy, xz, yy, ...). */
    public static List<Monomial> ofDegree(int n, int degree) {
        List<Monomial> out = new ArrayList<>();
        collect(new int[n], 0, degree, out);
        return out;
    }

    private static void collect(int[] exps, int from, int left, List<Monomial> out) {
        if (left == 0) {
            out.add(new Monomial(exps));
            return;
        }
        for (int i = from; i < exps.length; i++) {
            exps[i]++;
            collect(exps, i, left - 1, out);
            exps[i]--;
        }
    }

    /** Degree first, then lexicographic with the first variable's exponent highest first (xx before xy). */
    @Override
    public int compareTo(Monomial o) {
        int c = Integer.compare(degree(), o.degree());
        if (c != 0) {
            return c;
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

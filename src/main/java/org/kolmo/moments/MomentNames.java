package org.kolmo.moments;

import java.util.List;

import org.kolmo.algebra.Monomial;
/**
 * The name of the moment E[x^a] of a {@link Monomial} in the state variables: {@code m_x} for first moments,
 * {@code p_xy} for second moments (seed 003's notation), {@code mu_xxy} for higher ones.
 */
public final class MomentNames {
    private MomentNames() {
    }

    /**
     * The moment's name: a prefix by degree and the variables' names repeated by their exponents, e.g. {@code p_xz}.
     * Variables with names longer than one character are joined without separator as well ({@code p_X1X2}), unless
     * one name begins another ({@code x} and {@code x1}, {@code a} and {@code a_1}): then concatenation could give
     * two moments one name (x·x·xx and xx·xx), and the names are joined by {@code _} ({@code p_x_x1}).
     */
    public static String of(Monomial monomial, List<String> variableNames) {
        String joiner = separated(variableNames) ? "_" : "";
        StringBuilder sub = new StringBuilder();
        for (int i = 0; i < monomial.size(); i++) {
            for (int k = 0; k < monomial.exponent(i); k++) {
                sub.append(sub.length() == 0 ? "" : joiner).append(variableNames.get(i));
            }
        }
        String prefix;
        if (monomial.degree() == 1) {
            prefix = "m";
        } else if (monomial.degree() == 2) {
            prefix = "p";
        } else {
            prefix = "mu";
        }
        return prefix + "_" + sub;
    }

    /** The name of the moment E[v1 v2 ...] of the named variables, e.g. {@code of(names, "z", "z")} is p_zz. */
    public static String of(List<String> variableNames, String... factors) {
        int[] exponents = new int[variableNames.size()];
        for (String f : factors) {
            int i = variableNames.indexOf(f);
            if (i < 0) {
                throw new IllegalArgumentException("no variable " + f);
            }
            exponents[i]++;
        }
        return of(Monomial.of(exponents), variableNames);
    }

    /** True when some variable's name is a prefix of another's, so that names are joined by {@code _}. */
    public static boolean separated(List<String> variableNames) {
        for (String a : variableNames) {
            for (String b : variableNames) {
                if (!a.equals(b) && b.startsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }

}

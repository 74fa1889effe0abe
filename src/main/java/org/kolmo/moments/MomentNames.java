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
     * Variables with names longer than one character are joined without separator as well ({@code p_X1X2}).
     */
    public static String of(Monomial monomial, List<String> variableNames) {
        StringBuilder sub = new StringBuilder();
        for (int i = 0; i < monomial.size(); i++) {
            for (int k = 0; k < monomial.exponent(i); k++) {
                sub.append(variableNames.get(i));
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

}

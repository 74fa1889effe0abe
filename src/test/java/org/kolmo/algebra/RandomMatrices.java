package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;

/** Random sparse integer-polynomial matrices for property tests and benchmarks; deterministic for a given Random. */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** The ring of the parameters p1..pk. */
    public static ParameterRing ring(int parameters) {
        List<ISymbol> symbols = new ArrayList<>();
        for (int i = 1; i <= parameters; i++) {
            symbols.add(Symbols.user("p" + i));
        }
        return ParameterRing.of(symbols);
    }

    /**
     * A polynomial with up to {@code terms} terms of total degree at most {@code degree} and integer coefficients in
     * [-5, 5].
     */
    public static GenPolynomial<BigRational> polynomial(ParameterRing ring, Random random, int terms, int degree) {
        GenPolynomial<BigRational> p = ring.zero();
        int k = ring.size();
        for (int t = 0; t < terms; t++) {
            long[] e = new long[k];
            int budget = random.nextInt(degree + 1);
            for (int d = 0; d < budget && k > 0; d++) {
                e[random.nextInt(k)]++;
            }
            long c = random.nextInt(11) - 5;
            p = p.sum(ring.jasRing().valueOf(BigRational.valueOf(c), ExpVector.create(e)));
        }
        return p;
    }

    /** An n x n matrix whose entries are zero with probability {@code zeros}, else {@link #polynomial}. */
    public static PolynomialMatrix matrix(ParameterRing ring, Random random, int n, double zeros, int terms,
            int degree) {
        List<List<GenPolynomial<BigRational>>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(random.nextDouble() < zeros ? ring.zero() : polynomial(ring, random, terms, degree));
            }
            rows.add(row);
        }
        return PolynomialMatrix.ofPolynomials(ring, rows);
    }
}

package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;

/**
 * The exponent-packed Berkowitz against the plain one on JAS polynomials, with coefficients chosen so that the long
 * fast path, its overflow checks (products and sums past 64 bits) and the BigInteger path are all taken.
 */
class PackedBerkowitzTest {
    private static final long SEED = 99_417L;

    @Test
    void agreesWithTheJasImplementationAcrossCoefficientSizes() {
        Random random = new Random(SEED);
        int[] bits = {3, 31, 33, 61, 63, 64, 100};
        for (int trial = 0; trial < 35; trial++) {
            int n = 1 + trial % 7;
            int parameters = trial % 4;
            int size = bits[trial % bits.length];
            GenPolynomialRing<edu.jas.arith.BigInteger> ring = RandomMatrices.ring(parameters).integerRing();
            @SuppressWarnings("unchecked")
            GenPolynomial<edu.jas.arith.BigInteger>[][] a = new GenPolynomial[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = random.nextInt(4) == 0 ? ring.getZERO() : polynomial(ring, random, size);
                }
            }
            String where = "seed " + SEED + ", trial " + trial + ", " + n + "x" + n + ", " + parameters
                    + " parameters, coefficients of " + size + " bits";
            assertTrue(PackedBerkowitz.applies(ring, a), where);
            assertEquals(Berkowitz.characteristicPolynomial(ring, a), PackedBerkowitz.characteristicPolynomial(ring, a),
                    where);
        }
    }

    /** A polynomial of up to 3 terms of degree <= 2 with signed coefficients of about {@code bits} bits. */
    private static GenPolynomial<edu.jas.arith.BigInteger> polynomial(GenPolynomialRing<edu.jas.arith.BigInteger> ring,
            Random random, int bits) {
        GenPolynomial<edu.jas.arith.BigInteger> p = ring.getZERO();
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            long[] e = new long[ring.nvar];
            for (int d = random.nextInt(3); d > 0 && e.length > 0; d--) {
                e[random.nextInt(e.length)]++;
            }
            BigInteger c = new BigInteger(bits, random).setBit(bits - 1);
            p = p.sum(new edu.jas.arith.BigInteger(random.nextBoolean() ? c : c.negate()), ExpVector.create(e));
        }
        return p;
    }
}

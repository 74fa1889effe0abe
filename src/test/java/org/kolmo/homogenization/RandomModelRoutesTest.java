package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/**
 * Property: on random models of the class of seed 000 (eqs. 5-7) the generator route and the closed form agree
 * entry by entry, exactly. The models are printed when a case fails; the seeds are fixed.
 */
class RandomModelRoutesTest {
    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** U1 linear in X or constant, B2 = D + K (D positive diagonal, K antisymmetric: positive stable). */
    static String randomModel(Random r) {
        String[][] u1 = new String[2][2];
        for (String[] row : u1) {
            for (int j = 0; j < 2; j++) {
                row[j] = pick(r, "0", "1", "-1", "2", "X1", "-X2", "a*X2", "(1 + X1)");
            }
        }
        int d1 = 1 + r.nextInt(3);
        int d2 = 1 + r.nextInt(3);
        String k = pick(r, "0", "1", "g", "-2");
        String b1 = pick(r, "0", "1", "X1", "c");
        String u01 = pick(r, "0", "-X1", "1", "X2");
        String u02 = pick(r, "0", "-X2", "a");
        String s0 = pick(r, "0", "1", "X2", "1/2");
        String s1 = pick(r, "1", "2", "a + 2");
        String p1 = pick(r, "0", "X2", "Y1^2", "1", "-X1*Y2^2");
        String p2 = pick(r, "0", "-X1", "Y2^2", "X1*X2");
        String q = pick(r, "0", "Y1", "X1*Y2", "Y1*Y2^2");
        String rr = pick(r, "0", "Y1*Y2", "Y2^2", "X1*Y1^2");
        return "model random\nparam a real = 1/2\nparam g real = 1\nparam c real = 1\nparam eps small = 0.05\n"
                + "slow X1 = 1, X2 = 0\nfast Y1, Y2\nfunctional A = 0\nnoise W1, W2, V\n"
                + "dX1 = (" + u01 + " + ((" + u1[0][0] + ")*Y1 + (" + u1[0][1] + ")*Y2)/eps)*dt + (" + s0 + ")*dV\n"
                + "dX2 = (" + u02 + " + ((" + u1[1][0] + ")*Y1 + (" + u1[1][1] + ")*Y2)/eps)*dt\n"
                + "dY1 = (-(" + d1 + "*Y1 + (" + k + ")*Y2)/eps^2 + (" + b1 + ")/eps)*dt + (" + s1 + ")/eps*dW1\n"
                + "dY2 = (-(" + d2 + "*Y2 - (" + k + ")*Y1)/eps^2)*dt + dW2/eps\n"
                + "dA = (" + rr + " + (" + q + ")/eps)*dt + (" + p1 + ")*dX1 + (" + p2 + ")*dX2\n";
    }

    @Test
    void bothRoutesAgreeOnRandomModelsOfTheClass() throws Exception {
        Random r = new Random(2026L);
        int done = 0;
        for (int trial = 0; trial < 6; trial++) {
            String text = randomModel(r);
            Sde sde = ModelReader.read("random.sde", text);
            Homogenization.Result h;
            try {
                h = Homogenization.homogenize(sde, "random.sde", Homogenization.Route.BOTH);
            } catch (HomogenizationException e) {
                // q or p.U1 Y need not be centred in a random draw: then both routes must say so
                assertTrue(e.code() == HomogenizationErrorCode.CENTERING, () -> e.getMessage() + "\n" + text);
                continue;
            }
            final Homogenization.Result res = h;
            assertTrue(res.routesAgree(), () -> "routes disagree on\n" + text + res.agreements());
            assertTrue(res.checksPass(), () -> "numeric checks fail on\n" + text + res.checks());
            done++;
        }
        assertTrue(done >= 4, "too few random models were in the class: " + done);
    }
}

package org.kolmo.homogenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;

/** Where the paths of a slow-fast model start: J against the hand solution, given values kept, the draws' moments. */
class FastInvariantLawTest {
    @Test
    void theCovarianceSolvesTheLyapunovEquationOfTheFastProcess() {
        // slow_fast_2x2 at g = 1: B2 = [[2, 1], [-1, 1]], sigma1 sigma1^T = I, so J = [[5, -1], [-1, 8]]/18
        Sde model = TestModels.load("slow_fast_2x2.sde");
        FastInvariantLaw law = FastInvariantLaw.of(model, "slow_fast_2x2.sde", new double[] {1, 0, 0, 0, 0});
        assertEquals(List.of("Y1", "Y2"), law.drawn());
        DMatrixRMaj j = law.covariance();
        double[][] expected = {{5.0 / 18, -1.0 / 18}, {-1.0 / 18, 8.0 / 18}};
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(expected[r][c], j.get(r, c), 1e-12);
            }
        }
        assertEquals(0, law.mean()[0]);

        // the draws: slow variables and the functional at x0, the fast pair with covariance J (4 standard errors)
        SplittableRandom random = new SplittableRandom(17);
        int n = 40_000;
        double s11 = 0, s12 = 0;
        double[] x = new double[5];
        for (int k = 0; k < n; k++) {
            law.sample(random, x);
            assertEquals(1, x[0]);
            assertEquals(0, x[1]);
            assertEquals(0, x[4]);
            s11 += x[2] * x[2];
            s12 += x[2] * x[3];
        }
        // Var(Y1^2) = 2 J11^2, Var(Y1 Y2) = J11 J22 + J12^2 for a centred Gaussian pair
        assertEquals(5.0 / 18, s11 / n, 4 * Math.sqrt(2 * Math.pow(5.0 / 18, 2) / n));
        assertEquals(-1.0 / 18, s12 / n, 4 * Math.sqrt((5.0 / 18 * 8.0 / 18 + 1.0 / 324) / n));
    }

    @Test
    void aFastVariableWithAnInitialValueStartsThereAndTheOtherFromItsMarginal() throws Exception {
        String text = Files.readString(Path.of("models", "slow_fast_2x2.sde"));
        Sde model = ModelReader.read("mixed.sde", text.replace("fast Y1, Y2", "fast Y1 = 1/2, Y2"));
        FastInvariantLaw law = FastInvariantLaw.of(model, "mixed.sde", new double[] {1, 0, 0.5, 0, 0});
        assertEquals(List.of("Y2"), law.drawn());
        assertEquals(8.0 / 18, law.covariance().get(0, 0), 1e-12);
        double[] x = new double[5];
        law.sample(new SplittableRandom(3), x);
        assertEquals(0.5, x[2]);
        assertTrue(law.description().startsWith("fast Y2 drawn from the marginal of its invariant law"),
                law.description());
        assertTrue(law.description().endsWith("; fast Y1 = 0.5 (its initial value in the model)"), law.description());

        // all given: nothing is drawn, nothing derived, every path starts at x0
        Sde fixed = ModelReader.read("fixed.sde", text.replace("fast Y1, Y2", "fast Y1 = 1/2, Y2 = -1"));
        FastInvariantLaw none = FastInvariantLaw.of(fixed, "fixed.sde", new double[] {1, 0, 0.5, -1, 0});
        assertFalse(none.drawsAny());
        none.sample(new SplittableRandom(3), x);
        assertEquals(-1, x[3]);
    }

    @Test
    void aFastProcessThatIsNoOrnsteinUhlenbeckProcessIsAnError() throws Exception {
        Sde cubic = ModelReader.read("cubic.sde", "param eps small = 0.1\nslow X = 1\nfast Y\nnoise W\n"
                + "dX = Y/eps*dt\ndY = -Y^3/eps^2*dt + sqrt(2)/eps*dW\n");
        HomogenizationException e = assertThrows(HomogenizationException.class,
                () -> FastInvariantLaw.of(cubic, "cubic.sde", new double[] {1, 0}));
        assertEquals(HomogenizationErrorCode.FAST_DRIFT_NONLINEAR, e.code());
    }

    @Test
    void aFastEquilibriumThatMovesWithTheSlowStateIsTheMean() throws Exception {
        // dY1 = (2 X - Y1 + g Y2)/eps^2, dY2 = (X^2 - Y2)/eps^2: B2 = [[1, -g], [0, 1]], c = (2 X, X^2), so
        // mu = B2^-1 c = (2 X + g X^2, X^2); at X = 3/2, g = 1: (21/4, 9/4)
        Sde model = ModelReader.read("moving.sde", """
                param eps small = 0.05
                param g real = 1
                slow X = 3/2
                fast Y1, Y2
                noise W1, W2
                dX = -X*dt
                dY1 = (2*X - Y1 + g*Y2)/eps^2*dt + dW1/eps
                dY2 = (X^2 - Y2)/eps^2*dt + dW2/eps
                """);
        FastInvariantLaw law = FastInvariantLaw.of(model, "moving.sde", new double[] {1.5, 0, 0});
        assertEquals(21.0 / 4, law.mean()[0], 1e-12);
        assertEquals(9.0 / 4, law.mean()[1], 1e-12);
        assertTrue(law.description().contains("N(mu(X0), J(X0))") && law.description().contains("mu = [5.25, 2.25]"),
                law.description());
        SplittableRandom random = new SplittableRandom(3);
        double sum = 0;
        int n = 20_000;
        double[] x = new double[3];
        for (int k = 0; k < n; k++) {
            law.sample(random, x);
            sum += x[2];
        }
        // Var(Y2) = J22 = 1/2
        assertEquals(9.0 / 4, sum / n, 4 * Math.sqrt(0.5 / n));
    }
}

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, acceptance: the textbook cases outside Lim's Results 2.1-2.2, through the command line as a user runs
 * them. Each effective SDE is the one stated in the issue (the exact coefficients are held in
 * {@code homogenization.WidenedClassTest} and {@code LangevinFormTest}); here each is confirmed by
 * {@code homogenize --check} and by {@code verify} against the file {@code homogenize -o} wrote, at a small ε with
 * fixed seeds, within 4 standard errors.
 */
class WidenedHomogenizationCommandTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("order_one_drift", """
                        model order_one_drift "O(1) slow drift depending on Y"
                        param eps small = 0.03
                        slow X = 1
                        fast Y
                        noise W
                        dX = (-X*Y^2 + Y/eps)*dt
                        dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                        """, "dX = -X*dt + sqrt(2)*dB"),
                Arguments.of("hermite", """
                        model hermite "polynomial 1/eps drift, centred"
                        param eps small = 0.03
                        slow X = 1/2
                        fast Y
                        noise W
                        dX = (-X + (Y^3 - 3*Y + X*(Y^2 - 1))/eps)*dt
                        dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                        """, "dX = sqrt(2*X^2 + 4)*dB"),
                Arguments.of("linear_averaging", """
                        model linear_averaging "averaging, fast mean a21 X/k"
                        param a11 real = -1
                        param a12 real = 1
                        param a21 real = 1
                        param k positive = 2
                        param q positive = 1
                        param s positive = 1
                        param eps small = 0.01
                        slow X = 1
                        fast Y
                        noise V, W
                        dX = (a11*X + a12*Y)*dt + s*dV
                        dY = (a21*X - k*Y)/eps*dt + q/sqrt(eps)*dW
                        """, "dX = (a11*k*X + a12*a21*X)/k*dt + s*dB"),
                Arguments.of("shared_noise", """
                        model shared_noise "one noise drives X and Y"
                        param eps small = 0.03
                        slow X = 1
                        fast Y
                        noise W
                        dX = (-X + Y/eps)*dt + dW
                        dY = -Y/eps^2*dt + sqrt(2)/eps*dW
                        """, "dX = -X*dt + sqrt(3 + 2*sqrt(2))*dB"),
                Arguments.of("kramers", """
                        model kramers "small mass, friction 1 + x^2"
                        param m small = 1/1000
                        slow x = 1
                        fast v = 0
                        noise W
                        dx = v*dt
                        dv = (-x - (1 + x^2)*v)/m*dt + sqrt(2)/m*dW
                        """, "dx = -(x^5 + 2*x^3 + 3*x)/(x^2 + 1)^3*dt + sqrt(2)/(x^2 + 1)*dB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEffectiveSdeIsConfirmedByBothMonteCarloChecks(String name, String model, String effective,
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name + ".sde");
        Files.writeString(file, model);
        Path out = dir.resolve(name + "_effective.sde");
        CommandLineTest.Run h = CommandLineTest.kolmo("homogenize", file.toString(), "--check", "3000", "--seed",
                "11", "-o", out.toString());
        assertEquals(0, h.status(), h.err());
        String written = Files.readString(out);
        assertTrue(written.contains(effective), written);
        assertTrue(written.contains("verdict: every difference within 4 standard errors"), written);

        CommandLineTest.Run v = CommandLineTest.kolmo("verify", file.toString(), "--reduced", out.toString(),
                "--paths", "3000", "--seed", "12", "--times", "0.5,1");
        assertEquals(0, v.status(), v.out() + v.err());
    }
}

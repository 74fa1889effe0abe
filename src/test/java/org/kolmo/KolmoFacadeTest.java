package org.kolmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.homogenization.EffectiveSde;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentSystem;
import org.kolmo.report.CheckReport;
import org.kolmo.report.ClosedOdeReport;
import org.kolmo.report.HomogenizationReport;
import org.kolmo.report.MomentsReport;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** The facade called directly, as a Java program would, on bundled models; results checked numerically. */
class KolmoFacadeTest {
    /** {@code e} at the given values of its symbols (by name), as a number. */
    static double at(IExpr e, Map<String, Double> values) {
        IExpr v = e;
        for (Map.Entry<String, Double> x : values.entrySet()) {
            v = F.subst(v, Symbols.user(x.getKey()), F.num(x.getValue()));
        }
        return CasSession.get().evaluate(F.N(v)).evalf();
    }

    static Map<String, Double> parameterValues(Sde model) {
        Map<String, Double> out = new HashMap<>();
        for (Parameter p : model.parameters()) {
            out.put(p.name(), p.value().orElseThrow().evalf());
        }
        return out;
    }

    @Test
    void twoStateMeansFollowTheKnownSolution() throws Exception {
        // alpha = 1/2, beta = 1: m_z'' + 2 m_z' + m_z = 0, m_z(0) = 1, m_z'(0) = 0, so m_z(t) = (1 + t) e^-t
        KolmoModel model = Kolmo.readModel(Path.of("models/two_state.sde"));
        MomentsReport report = (MomentsReport) Kolmo.moments(model, MomentsOptions.defaults().withOrder(1));
        MomentSystem s = report.structure().system();
        Map<String, Double> values = parameterValues(model.sde());
        int n = s.size();
        double[][] a = new double[n][n];
        double[] c = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = at(s.matrix().get(i).get(j), values);
            }
            c[i] = at(s.constant().get(i), values);
            u[i] = at(s.initialValues().get(i), values);
        }
        int z = s.indexOf("m_z");
        double h = 1e-3;
        for (int step = 0; step < 1000; step++) {
            u = rk4(a, c, u, h);
            if (step == 499) {
                assertEquals(1.5 * Math.exp(-0.5), u[z], 1e-10);
            }
        }
        assertEquals(2 / Math.E, u[z], 1e-10);
    }

    private static double[] rk4(double[][] a, double[] c, double[] u, double h) {
        double[] k1 = rhs(a, c, u);
        double[] k2 = rhs(a, c, axpy(u, k1, h / 2));
        double[] k3 = rhs(a, c, axpy(u, k2, h / 2));
        double[] k4 = rhs(a, c, axpy(u, k3, h));
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }

    private static double[] rhs(double[][] a, double[] c, double[] u) {
        double[] out = c.clone();
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < u.length; j++) {
                out[i] += a[i][j] * u[j];
            }
        }
        return out;
    }

    private static double[] axpy(double[] u, double[] k, double h) {
        double[] out = u.clone();
        for (int i = 0; i < u.length; i++) {
            out[i] += h * k[i];
        }
        return out;
    }

    @Test
    void slowFast2x2HomogenizesToTheGoldenEffectiveSde() throws Exception {
        KolmoModel model = Kolmo.readModel(Path.of("models/slow_fast_2x2.sde"));
        Checked<HomogenizationReport> out = Kolmo.homogenize(model, HomogenizeOptions.defaults());
        assertTrue(out.passed(), () -> out.failure().orElse(""));
        EffectiveSde effective = out.report().result().effective();
        // the effective model the golden case prints (its Ito form, after the comments)
        String golden = Files.readString(Path.of("src/test/resources/golden/slow_fast_2x2_homogenize/expected.txt"),
                StandardCharsets.UTF_8);
        Sde expected = Kolmo.parseModel(golden.substring(golden.indexOf("\nmodel ") + 1), "golden.sde").sde();
        Map<String, Double> point = new HashMap<>(parameterValues(expected));
        point.put("X1", 0.7);
        point.put("X2", -1.3);
        point.put("A", 0.4);
        int checked = 0;
        for (int i = 0; i < effective.variables().size(); i++) {
            ISymbol v = effective.variables().get(i);
            int k = expected.indexOfVariable(Symbols.displayName(v));
            assertEquals(at(expected.drift().get(k), point), at(effective.drift().get(i), point), 1e-9,
                    "drift of " + Symbols.displayName(v));
            for (int j = 0; j < effective.variables().size(); j++) {
                int l = expected.indexOfVariable(Symbols.displayName(effective.variables().get(j)));
                double aat = 0; // (sigma sigma^T)_kl of the golden model
                for (int noise = 0; noise < expected.noiseCount(); noise++) {
                    aat += at(expected.diffusion().get(k).get(noise), point)
                            * at(expected.diffusion().get(l).get(noise), point);
                }
                assertEquals(aat, at(effective.diffusionMatrix().get(i).get(j), point), 1e-9);
                checked++;
            }
        }
        assertEquals(9, checked);
    }

    @Test
    void badValuesNameTheirOption() throws Exception {
        KolmoModel model = Kolmo.readModel(Path.of("models/two_state.sde"));
        OptionException e = assertThrows(OptionException.class,
                () -> Kolmo.moments(model, MomentsOptions.defaults().withOrder(0)));
        assertEquals("--order", e.option());
        e = assertThrows(OptionException.class, () -> Kolmo.readModel(Path.of("models/none.sde")));
        assertEquals(OptionErrorCode.NO_SUCH_FILE, e.code());
        assertEquals("models/none.sde", e.position().file());
        assertEquals("models/none.sde: error[E004]: the file does not exist", e.getMessage());
        e = assertThrows(OptionException.class, () -> Kolmo.simulate(model, List.of(),
                MonteCarloOptions.defaults().withPaths(1), Progress.NONE));
        assertEquals("--paths", e.option());
    }

    /** The example of the README's "Java API" section, line for line. */
    @Test
    void readmeExample() throws Exception {
        KolmoModel model = Kolmo.readModel(Path.of("models/two_state.sde"));
        MomentsReport moments = (MomentsReport) Kolmo.moments(model, MomentsOptions.defaults().withOrder(2));
        System.out.println(moments.text()); // d/dt m_z = 2*alpha*m_y, ...
        ClosedOdeReport ode = Kolmo.closedOde(model, "p_zz", ClosedOdeOptions.defaults().withConstant(true));
        System.out.println(ode.latex()); // Chen et al. 2025, eq. 45
        CheckReport check = Kolmo.check(model, List.of("m_z'' + 2*beta^2*m_z' + 4*alpha^2*m_z == 0"),
                CheckOptions.defaults());
        System.out.println(check.allHold()); // true
        KolmoModel area = Kolmo.readModel(Path.of("models/area.sde"));
        System.out.println(Kolmo.homogenize(area, HomogenizeOptions.defaults()).report().json());

        assertTrue(check.allHold());
        assertTrue(moments.text().contains("d/dt m_z = 2*alpha*m_y"), moments.text());
        assertTrue(ode.text().startsWith("p_zz''' + 10*beta^2*p_zz'' + 16*(alpha^2 + beta^4)*p_zz' "
                + "+ 96*alpha^2*beta^2*(p_zz - 1/3) = 0"), ode.text());
    }

    @Test
    void theReadmeShowsTheExampleThatRunsHere() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Java API");
        assertTrue(section >= 0, "README has no Java API section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        String source = Files.readString(Path.of("src/test/java/org/kolmo/KolmoFacadeTest.java"),
                StandardCharsets.UTF_8);
        for (String line : example.strip().split("\n")) {
            assertTrue(source.contains(line.strip()), "the README's example line is not in readmeExample(): " + line);
        }
    }
}

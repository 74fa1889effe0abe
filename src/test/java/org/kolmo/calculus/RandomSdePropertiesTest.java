package org.kolmo.calculus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Assumption;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.support.NumericEval;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Properties of the Itô/Stratonovich conversion and of the generator on random polynomial SDEs (dimension 1-4, 1-3
 * noises, polynomial coefficients of degree ≤ 2 with one parameter k), each symbolic result also held against finite
 * differences at a random point. The seed is fixed and printed in every failure message.
 */
class RandomSdePropertiesTest {
    private static final long SEED = 20261123L;
    private static final int MODELS = 200;
    private static final double H = 1e-4;

    private final Random random = new Random(SEED);
    private final CasSession cas = CasSession.get();

    @Test
    void conversionAndGeneratorProperties() {
        for (int n = 0; n < MODELS; n++) {
            Sde strat = randomSde(n);
            String label = "seed " + SEED + ", model #" + n + ": " + strat.drift() + " / " + strat.diffusion();
            List<ISymbol> x = strat.variableSymbols();
            int d = strat.dimension();

            Sde ito = ItoStratonovich.toIto(strat);
            Sde back = ItoStratonovich.toStratonovich(ito);
            for (int i = 0; i < d; i++) {
                assertEquals(expand(strat.drift().get(i)), expand(back.drift().get(i)), label);
            }

            assertEquals(F.C0, Generator.apply(ito, F.C1), label);
            List<IExpr> lx = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                lx.add(Generator.apply(ito, x.get(i)));
                assertEquals(expand(ito.drift().get(i)), expand(lx.get(i)), label);
            }
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    IExpr gamma = F.Subtract(Generator.apply(ito, F.Times(x.get(i), x.get(j))),
                            F.Plus(F.Times(x.get(i), lx.get(j)), F.Times(x.get(j), lx.get(i))));
                    IExpr a = F.C0;
                    for (int k = 0; k < strat.noiseCount(); k++) {
                        a = F.Plus(a, F.Times(ito.diffusion().get(i).get(k), ito.diffusion().get(j).get(k)));
                    }
                    assertEquals(expand(a), expand(gamma), label + " at (" + i + "," + j + ")");
                }
            }

            Map<ISymbol, Double> point = randomPoint(strat);
            checkCorrectionNumerically(strat, ito, point, label);
            IExpr f = randomPolynomial(x, 3);
            checkGeneratorNumerically(ito, f, Generator.apply(ito, f), point, label + ", f = " + f);
        }
    }

    /** Itô drift - Stratonovich drift = ½ Σ_jk ∂_k σ^ij σ^kj, with the derivative by central differences. */
    private void checkCorrectionNumerically(Sde strat, Sde ito, Map<ISymbol, Double> p, String label) {
        List<ISymbol> x = strat.variableSymbols();
        for (int i = 0; i < strat.dimension(); i++) {
            double expected = 0;
            for (int j = 0; j < strat.noiseCount(); j++) {
                for (int k = 0; k < x.size(); k++) {
                    double dsigma = centralDifference(strat.diffusion().get(i).get(j), x.get(k), p);
                    expected += 0.5 * dsigma * NumericEval.eval(strat.diffusion().get(k).get(j), p);
                }
            }
            double symbolic = NumericEval.eval(ito.drift().get(i), p) - NumericEval.eval(strat.drift().get(i), p);
            assertClose(expected, symbolic, label + ", correction " + i);
        }
    }

    /** L f = b·∇f + ½ Σ a^ij ∂_i∂_j f with gradient and Hessian by central differences. */
    private void checkGeneratorNumerically(Sde ito, IExpr f, IExpr lf, Map<ISymbol, Double> p, String label) {
        List<ISymbol> x = ito.variableSymbols();
        int d = x.size();
        double expected = 0;
        for (int i = 0; i < d; i++) {
            expected += NumericEval.eval(ito.drift().get(i), p) * centralDifference(f, x.get(i), p);
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double a = 0;
                for (int k = 0; k < ito.noiseCount(); k++) {
                    a += NumericEval.eval(ito.diffusion().get(i).get(k), p) * NumericEval.eval(ito.diffusion().get(j).get(k), p);
                }
                expected += 0.5 * a * secondDifference(f, x.get(i), x.get(j), p);
            }
        }
        assertClose(expected, NumericEval.eval(lf, p), label);
    }

    private static double centralDifference(IExpr e, ISymbol v, Map<ISymbol, Double> p) {
        return (shifted(e, p, v, H, null, 0) - shifted(e, p, v, -H, null, 0)) / (2 * H);
    }

    private static double secondDifference(IExpr e, ISymbol u, ISymbol v, Map<ISymbol, Double> p) {
        double pp = shifted(e, p, u, H, v, H);
        double pm = shifted(e, p, u, H, v, -H);
        double mp = shifted(e, p, u, -H, v, H);
        double mm = shifted(e, p, u, -H, v, -H);
        return (pp - pm - mp + mm) / (4 * H * H);
    }

    private static double shifted(IExpr e, Map<ISymbol, Double> p, ISymbol u, double du, ISymbol v, double dv) {
        Map<ISymbol, Double> q = new HashMap<>(p);
        q.put(u, q.get(u) + du);
        if (v != null) {
            q.put(v, q.get(v) + dv);
        }
        return NumericEval.eval(e, q);
    }

    private static void assertClose(double expected, double actual, String label) {
        double tol = 1e-5 * Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tol, label + ": expected " + expected + " but got " + actual);
    }

    private IExpr expand(IExpr e) {
        return cas.evaluate(F.Expand(e));
    }

    private Sde randomSde(int n) {
        int d = 1 + random.nextInt(4);
        int m = 1 + random.nextInt(3);
        List<Variable> vars = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            vars.add(new Variable("x" + (i + 1), Role.STATE, Optional.empty()));
        }
        List<ISymbol> x = vars.stream().map(Variable::symbol).toList();
        List<String> noises = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            noises.add("W" + (j + 1));
        }
        List<IExpr> drift = new ArrayList<>();
        List<List<IExpr>> diffusion = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            drift.add(randomPolynomial(x, 2));
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                row.add(randomPolynomial(x, 2));
            }
            diffusion.add(row);
        }
        Parameter k = new Parameter("k", Set.of(Assumption.REAL), Optional.empty());
        return new Sde("random" + n, "", Convention.STRATONOVICH, List.of(k), vars, noises, drift, diffusion);
    }

    /** A sparse polynomial of degree ≤ {@code degree} with small integer coefficients and the parameter k. */
    private IExpr randomPolynomial(List<ISymbol> x, int degree) {
        IExpr sum = F.C0;
        int terms = 1 + random.nextInt(3);
        for (int t = 0; t < terms; t++) {
            IExpr term = F.ZZ(random.nextInt(7) - 3);
            if (random.nextInt(3) == 0) {
                term = F.Times(term, Symbols.user("k"));
            }
            int deg = random.nextInt(degree + 1);
            for (int e = 0; e < deg; e++) {
                term = F.Times(term, x.get(random.nextInt(x.size())));
            }
            sum = F.Plus(sum, term);
        }
        return cas.evaluate(sum);
    }

    private Map<ISymbol, Double> randomPoint(Sde sde) {
        Map<ISymbol, Double> p = new HashMap<>();
        for (ISymbol s : sde.variableSymbols()) {
            p.put(s, random.nextDouble() * 2 - 1);
        }
        p.put(Symbols.user("k"), random.nextDouble() * 2 - 1);
        return p;
    }
}

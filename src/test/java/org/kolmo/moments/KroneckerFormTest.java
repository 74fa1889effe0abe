package org.kolmo.moments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.algebra.Monomial;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.kolmo.support.Matrices;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The second-moment equations found with the generator against seed 003's Kronecker form, computed numerically:
 * vec(P)' = (A⊗I + I⊗A + Σ_k B_k⊗B_k) vec(P) + vec(D D^T) (eqs. 5-6, with the erratum of MATH.md), for the
 * two-state model and for a 2-d model with two multiplicative noises and additive noise, at random parameter values.
 */
class KroneckerFormTest {
    private static final long SEED = 777L;

    @Test
    void twoStateAndAMixedNoiseModel() throws Exception {
        Sde mixed = ModelReader.read("mixed.sde", """
                param a real
                param b real
                param c real
                state x = 1, y = -1
                noise W1, W2, U
                dx = (a*x + y)*dt + b*x*dW1 + c*y*dW2 + dU
                dy = (-x + a*y)*dt + c*x*dW1 - b*y*dW2 + 2*dU
                """);
        Random r = new Random(SEED);
        for (Sde model : List.of(TestModels.load("two_state.sde"), mixed)) {
            MomentSystem system = MomentEquations.derive(model, 2);
            for (int trial = 0; trial < 5; trial++) {
                Map<ISymbol, Double> p = new HashMap<>();
                for (ISymbol s : model.parameterSymbols()) {
                    p.put(s, r.nextDouble() * 4 - 2);
                }
                compare(model, system, p, "seed " + SEED + ", " + model.name() + ", " + p);
            }
        }
    }

    private static void compare(Sde model, MomentSystem system, Map<ISymbol, Double> p, String label) {
        int n = model.dimension();
        List<ISymbol> x = model.variableSymbols();
        // A and each B_k, D_k read off numerically: the coefficients are affine in the state
        SimpleMatrix a = jacobian(model.drift(), x, p);
        SimpleMatrix h = a.kron(SimpleMatrix.identity(n)).plus(SimpleMatrix.identity(n).kron(a));
        SimpleMatrix ddt = new SimpleMatrix(n, n);
        for (int k = 0; k < model.noiseCount(); k++) {
            int col = k;
            List<org.matheclipse.core.interfaces.IExpr> sigma = model.diffusion().stream().map(row -> row.get(col)).toList();
            SimpleMatrix b = jacobian(sigma, x, p);
            h = h.plus(b.kron(b));
            SimpleMatrix d = new SimpleMatrix(n, 1);
            Map<ISymbol, Double> origin = new HashMap<>(p);
            x.forEach(v -> origin.put(v, 0.0));
            for (int i = 0; i < n; i++) {
                d.set(i, org.kolmo.support.NumericEval.eval(sigma.get(i), origin));
            }
            ddt = ddt.plus(d.mult(d.transpose()));
        }
        // our system in the symmetric coordinates p_ij (i <= j), mapped onto vec(P) (row-major, both p_ij and p_ji)
        SimpleMatrix f = Matrices.numeric(system.matrix(), p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = index(system, i, j);
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        double expected = h.get(i * n + j, k * n + l) + h.get(i * n + j, l * n + k);
                        if (k == l) {
                            expected /= 2; // the diagonal moment p_kk stands for one entry only
                        }
                        if (k <= l) {
                            assertEquals(expected, f.get(row, index(system, k, l)), 1e-9, label + " at " + i + j + k + l);
                        }
                    }
                }
                double constant = org.kolmo.support.NumericEval.eval(system.constant().get(row), p);
                assertEquals(ddt.get(i, j), constant, 1e-9, label + ": constant at " + i + j);
            }
        }
    }

    private static int index(MomentSystem s, int i, int j) {
        int[] e = new int[s.moments().get(0).exponents().length];
        e[i]++;
        e[j]++;
        return s.moments().indexOf(Monomial.of(e));
    }

    /** The Jacobian of affine expressions, by differences of unit steps (exact for affine maps). */
    private static SimpleMatrix jacobian(List<org.matheclipse.core.interfaces.IExpr> f, List<ISymbol> x, Map<ISymbol, Double> p) {
        SimpleMatrix j = new SimpleMatrix(f.size(), x.size());
        Map<ISymbol, Double> origin = new HashMap<>(p);
        x.forEach(v -> origin.put(v, 0.0));
        for (int c = 0; c < x.size(); c++) {
            Map<ISymbol, Double> unit = new HashMap<>(origin);
            unit.put(x.get(c), 1.0);
            for (int row = 0; row < f.size(); row++) {
                j.set(row, c, org.kolmo.support.NumericEval.eval(f.get(row), unit)
                        - org.kolmo.support.NumericEval.eval(f.get(row), origin));
            }
        }
        return j;
    }
}

package org.kolmo.numeric;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.kolmo.model.Assumption;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Models built by hand for the numeric tests (and the benchmarks of {@code org.kolmo.bench}). */
public final class TestModels {
    static final double ALPHA = 0.5;
    static final double BETA = 1.0;

    private TestModels() {
    }

    static Parameter parameter(String name, IExpr value) {
        return new Parameter(name, EnumSet.of(Assumption.REAL), Optional.ofNullable(value));
    }

    static Variable state(String name, IExpr initial) {
        return new Variable(name, Role.STATE, Optional.ofNullable(initial));
    }

    /**
     * The two-state quantum system of seed 003, eq. 27 (Itô): dx = -2β²x dt - 2βy dW,
     * dy = (-2β²y - 2αz) dt + 2βx dW, dz = 2αy dt, with α = 1/2, β = 1, (x, y, z)(0) = (0, 0, 1).
     */
    public static Sde twoStateIto() {
        ISymbol x = Sde.symbol("x");
        ISymbol y = Sde.symbol("y");
        ISymbol z = Sde.symbol("z");
        ISymbol alpha = Sde.symbol("alpha");
        ISymbol beta = Sde.symbol("beta");
        IExpr beta2 = F.Sqr(beta);
        List<IExpr> drift = List.of(F.Times(F.CN2, beta2, x), F.Plus(F.Times(F.CN2, beta2, y), F.Times(F.CN2, alpha, z)),
                F.Times(F.C2, alpha, y));
        List<List<IExpr>> diffusion = List.of(List.of(F.Times(F.CN2, beta, y)), List.of(F.Times(F.C2, beta, x)),
                List.of(F.C0));
        return new Sde("two_state", "Two-state quantum system", Convention.ITO,
                List.of(parameter("alpha", F.C1D2), parameter("beta", F.C1)),
                List.of(state("x", F.C0), state("y", F.C0), state("z", F.C1)), List.of("W"), drift, diffusion);
    }

    /**
     * The same system in Stratonovich form. The Itô-Stratonovich drift correction ½ Σ_k σ_k ∂_k σ_i equals
     * -2β²x and -2β²y for x and y, which cancels the damping: dx = -2βy∘dW, dy = -2αz dt + 2βx∘dW, dz = 2αy dt.
     */
    static Sde twoStateStratonovich() {
        ISymbol y = Sde.symbol("y");
        ISymbol z = Sde.symbol("z");
        ISymbol alpha = Sde.symbol("alpha");
        Sde ito = twoStateIto();
        return ito.withCoefficients(Convention.STRATONOVICH,
                List.of(F.C0, F.Times(F.CN2, alpha, z), F.Times(F.C2, alpha, y)), ito.diffusion());
    }

    /** Geometric Brownian motion dX = a X dt + b X dW (Itô), X(0) = 1. */
    static Sde gbm(IExpr a, IExpr b) {
        ISymbol x = Sde.symbol("X");
        ISymbol pa = Sde.symbol("a");
        ISymbol pb = Sde.symbol("b");
        return new Sde("gbm", "", Convention.ITO, List.of(parameter("a", a), parameter("b", b)),
                List.of(state("X", F.C1)), List.of("W"), List.of(F.Times(pa, x)), List.of(List.of(F.Times(pb, x))));
    }

    /** The same GBM in Stratonovich form: dX = (a - b²/2) X dt + b X∘dW. */
    static Sde gbmStratonovich(IExpr a, IExpr b) {
        ISymbol x = Sde.symbol("X");
        ISymbol pa = Sde.symbol("a");
        ISymbol pb = Sde.symbol("b");
        return gbm(a, b).withCoefficients(Convention.STRATONOVICH,
                List.of(F.Times(F.Subtract(pa, F.Times(F.C1D2, F.Sqr(pb))), x)), List.of(List.of(F.Times(pb, x))));
    }

    /** Exact mean and second moments of the two-state model: rows (E z, E z²) at each time. */
    static double[][] twoStateExactZMoments(double[] times) {
        double a2 = -2 * BETA * BETA;
        double[][] a = {{a2, 0, 0}, {0, a2, -2 * ALPHA}, {0, 2 * ALPHA, 0}};
        double[][] b = {{0, -2 * BETA, 0}, {2 * BETA, 0, 0}, {0, 0, 0}};
        double[] m0 = {0, 0, 1};
        Trajectory mean = new LinearOde(a).solve(0, m0, times);
        // vec(P)' = (A⊗I + I⊗A + B⊗B) vec(P), vec taken row by row: index 3i + j holds P_ij
        double[][] k = new double[9][9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int p = 0; p < 3; p++) {
                    for (int q = 0; q < 3; q++) {
                        double v = a[i][p] * (j == q ? 1 : 0) + (i == p ? 1 : 0) * a[j][q] + b[i][p] * b[j][q];
                        k[3 * i + j][3 * p + q] = v;
                    }
                }
            }
        }
        double[] p0 = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p0[3 * i + j] = m0[i] * m0[j];
            }
        }
        Trajectory second = new LinearOde(k).solve(0, p0, times);
        double[][] out = new double[times.length][];
        for (int t = 0; t < times.length; t++) {
            out[t] = new double[] {mean.component(t, 2), second.component(t, 8)};
        }
        return out;
    }
}

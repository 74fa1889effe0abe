package org.kolmo.homogenization;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.cas.CasSession;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.numeric.InitialState;
import org.kolmo.numeric.PositiveSemidefinite;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * Where the paths of a slow-fast model start: the slow variables and functionals at their initial values, the fast
 * variables in their invariant law for the slow variables frozen at the initial state X0, so that no initial layer
 * (a relaxation of the fast process over a few ε² of time) biases what a Monte Carlo run measures.
 *
 * <p>At frozen X the fast process is the Ornstein-Uhlenbeck process dY = (c(X) - B2(X) Y) dt/ε² + σ1(X) dW/ε (dt/ε
 * and dW/√ε when averaging), read off the model by {@link GeneratorSplit}; its invariant law is N(μ, J) with
 * B2 μ = c and B2 J + J B2ᵀ = σ1σ1ᵀ (Lim, eq. 39, where c = 0), μ and J solved in floating point at X0 and the
 * model's parameter values. Each path
 * draws Y = mean + R ξ, ξ standard normal from the path's own stream, R Rᵀ = J. A fast variable with an initial
 * value in the model starts there instead; the others are drawn from their marginal law (the rows and columns of J
 * that belong to them). When every fast variable has an initial value nothing is drawn and nothing is derived.
 */
public final class FastInvariantLaw implements InitialState {
    private final double[] x0;
    private final List<String> fastNames;
    /** Indices in the state of all fast variables. */
    private final int[] fastIndices;
    /** Indices in the state of the fast variables that are drawn, and their names. */
    private final int[] drawn;
    private final List<String> drawnNames;
    private final double[] mean;
    private final DMatrixRMaj covariance;
    private final DMatrixRMaj root;

    private FastInvariantLaw(double[] x0, List<String> fastNames, int[] fastIndices, int[] drawn,
            List<String> drawnNames, double[] mean, DMatrixRMaj covariance) {
        this.x0 = x0.clone();
        this.fastNames = List.copyOf(fastNames);
        this.fastIndices = fastIndices;
        this.drawn = drawn;
        this.drawnNames = List.copyOf(drawnNames);
        this.mean = mean;
        this.covariance = covariance;
        // the symmetric root satisfies R R^T = J, singular J included
        this.root = PositiveSemidefinite.sqrt(covariance);
    }

    /**
     * The start of every path of {@code model} from {@code x0} (in the model's variable order; the entries of the
     * fast variables without an initial value are ignored), at the model's parameter values: give a model whose
     * parameters hold the values the run uses.
     *
     * @param source the model file as the user named it, for messages
     * @throws HomogenizationException when a fast variable must be drawn and the model is outside the class whose
     *                                  fast process is an Ornstein-Uhlenbeck process
     */
    public static FastInvariantLaw of(Sde model, String source, double[] x0) {
        List<String> fastNames = new ArrayList<>();
        List<Integer> fast = new ArrayList<>();
        List<Integer> drawn = new ArrayList<>();
        List<String> drawnNames = new ArrayList<>();
        for (int i = 0; i < model.dimension(); i++) {
            Variable v = model.variables().get(i);
            if (v.role() == Role.FAST) {
                fastNames.add(v.name());
                fast.add(i);
                if (v.initialValue().isEmpty()) {
                    drawn.add(i);
                    drawnNames.add(v.name());
                }
            }
        }
        int[] fastIndices = fast.stream().mapToInt(Integer::intValue).toArray();
        int[] drawnIndices = drawn.stream().mapToInt(Integer::intValue).toArray();
        if (drawn.isEmpty()) {
            return new FastInvariantLaw(x0, fastNames, fastIndices, drawnIndices, drawnNames, new double[0],
                    new DMatrixRMaj(0, 0));
        }
        GeneratorSplit split = GeneratorSplit.of(model, source);
        IExpr at = pointOf(model, x0);
        DMatrixRMaj b2 = numeric(exprs(split.b2(), split), at);
        DMatrixRMaj j = LyapunovEquation.solveNumeric(b2, numeric(exprs(split.sigma1Squared(), split), at));
        double[] mu = mean(b2, split, at);
        double[] drawnMean = new double[drawn.size()];
        // the marginal law of the drawn variables: their rows and columns of J
        DMatrixRMaj marginal = new DMatrixRMaj(drawn.size(), drawn.size());
        for (int r = 0; r < drawn.size(); r++) {
            drawnMean[r] = mu[fast.indexOf(drawn.get(r))];
            for (int c = 0; c < drawn.size(); c++) {
                marginal.set(r, c, j.get(fast.indexOf(drawn.get(r)), fast.indexOf(drawn.get(c))));
            }
        }
        return new FastInvariantLaw(x0, fastNames, fastIndices, drawnIndices, drawnNames, drawnMean, marginal);
    }

    /**
     * μ(X0) = B2⁻¹ c, where the leading fast drift c - B2 Y vanishes (a drift b1/ε of the fast variables would shift
     * it by O(ε); it is left out).
     */
    private static double[] mean(DMatrixRMaj b2, GeneratorSplit split, IExpr at) {
        int m = b2.numRows;
        DMatrixRMaj c = new DMatrixRMaj(m, 1);
        for (int a = 0; a < m; a++) {
            c.set(a, 0, CasSession.get().evaluate(F.N(F.ReplaceAll(split.field().toExpr(split.offset().get(a)), at)))
                    .evalf());
        }
        DMatrixRMaj mu = new DMatrixRMaj(m, 1);
        if (!CommonOps_DDRM.solve(b2, c, mu)) {
            throw new IllegalStateException("B2 is singular at the initial state"); // B2 was checked positive stable
        }
        return mu.getData();
    }

    private static List<List<IExpr>> exprs(List<List<Quotient<BigInteger>>> m, GeneratorSplit split) {
        return m.stream().map(row -> row.stream().map(split.field()::toExpr).toList()).toList();
    }

    /** The replacement rules of the parameter values and the slow initial state (B2, c and σ1 are free of Y). */
    private static IExpr pointOf(Sde model, double[] x0) {
        List<IExpr> rules = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            p.value().ifPresent(v -> rules.add(F.Rule(p.symbol(), v)));
        }
        for (int i = 0; i < model.dimension(); i++) {
            Variable v = model.variables().get(i);
            if (v.role() != Role.FAST) {
                rules.add(F.Rule(v.symbol(), F.num(x0[i])));
            }
        }
        return F.List(rules.toArray(new IExpr[0]));
    }

    private static DMatrixRMaj numeric(List<List<IExpr>> m, IExpr at) {
        DMatrixRMaj out = new DMatrixRMaj(m.size(), m.size());
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                IExpr v = CasSession.get().evaluate(F.N(F.ReplaceAll(m.get(i).get(j), at)));
                out.set(i, j, v.evalf());
            }
        }
        return out;
    }

    @Override
    public void sample(RandomGenerator random, double[] x) {
        System.arraycopy(x0, 0, x, 0, x0.length);
        int m = drawn.length;
        if (m == 0) {
            return;
        }
        // Y = mean + R xi, the one place where the fast start is drawn
        double[] xi = new double[m];
        for (int k = 0; k < m; k++) {
            xi[k] = random.nextGaussian();
        }
        for (int r = 0; r < m; r++) {
            double y = mean[r];
            for (int c = 0; c < m; c++) {
                y += root.get(r, c) * xi[c];
            }
            x[drawn[r]] = y;
        }
    }

    /** True when some fast variable is drawn (none has an initial value in the model). */
    public boolean drawsAny() {
        return drawn.length > 0;
    }

    /** The fast variables that are drawn, in the model's order. */
    public List<String> drawn() {
        return drawnNames;
    }

    /** The covariance J(X0) of the drawn fast variables (a copy; 0 x 0 when none is drawn). */
    public DMatrixRMaj covariance() {
        return covariance.copy();
    }

    private boolean centred() {
        for (double v : mean) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** The mean of the drawn fast variables (a copy). */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * In words, for reports: e.g. {@code fast Y1, Y2 drawn from their invariant law N(0, J(X0)) for the slow
     * variables frozen at the initial state, J = [[1, 0], [0, 1]] (B2 J + J B2^T = sigma1 sigma1^T)}.
     */
    public String description() {
        if (fastNames.isEmpty()) {
            return "";
        }
        List<String> given = new ArrayList<>(fastNames);
        given.removeAll(drawnNames);
        StringBuilder out = new StringBuilder();
        if (!drawnNames.isEmpty()) {
            String their = drawnNames.size() == 1 ? "its" : "their";
            out.append("fast ").append(String.join(", ", drawnNames)).append(" drawn from ")
                    .append(given.isEmpty() ? their : "the marginal of " + their)
                    .append(" invariant law N(").append(centred() ? "0" : "mu(X0)")
                    .append(", J(X0)) for the slow variables frozen at the initial state, ");
            if (!centred()) {
                DMatrixRMaj mu = new DMatrixRMaj(mean.length, 1, true, mean);
                out.append("mu = ").append(matrix(mu)).append(" (B2 mu = c), ");
            }
            out.append("J = ").append(matrix(covariance)).append(" (B2 J + J B2^T = sigma1 sigma1^T)");
        }
        if (!given.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (String name : given) {
                values.add(name + " = " + number(x0[fastIndices[fastNames.indexOf(name)]], 6));
            }
            out.append(out.length() > 0 ? "; " : "").append("fast ").append(String.join(", ", values))
                    .append(given.size() > 1 ? " (their initial values in the model)"
                            : " (its initial value in the model)");
        }
        return out.toString();
    }

    private static String number(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** J rounded to 4 digits, its rounding noise (entries below 1e-12 of the largest) shown as 0. */
    private static String matrix(DMatrixRMaj m) {
        double largest = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            largest = Math.max(largest, Math.abs(m.get(i)));
        }
        List<String> rows = new ArrayList<>();
        if (m.numCols == 1 && m.numRows > 1) { // a vector
            for (int r = 0; r < m.numRows; r++) {
                rows.add(number(Math.abs(m.get(r, 0)) <= 1e-12 * largest ? 0 : m.get(r, 0), 4));
            }
            return "[" + String.join(", ", rows) + "]";
        }
        for (int r = 0; r < m.numRows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < m.numCols; c++) {
                double v = Math.abs(m.get(r, c)) <= 1e-12 * largest ? 0 : m.get(r, c);
                row.add(number(v, 4));
            }
            rows.add("[" + String.join(", ", row) + "]");
        }
        // one fast variable: J is a number
        return m.numRows == 1 ? rows.get(0).substring(1, rows.get(0).length() - 1)
                : "[" + String.join(", ", rows) + "]";
    }
}

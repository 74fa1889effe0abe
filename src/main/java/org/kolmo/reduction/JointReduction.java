package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.FieldVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;
import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.ExactLinearSystem;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.algebra.Monomial;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Reduced models of several kept variables K of a linear or GBM model in a regime: the moment system of order 2,
 * u' = F u + h (means and second moments), is split into the kept moments u_K (m_i and p_ij for i, j in K) and the
 * eliminated ones u_E (all others).
 *
 * <ul>
 * <li>Adiabatic elimination (the multivariate form of eqs. 42, 48): the eliminated moments are slaved to the kept
 * ones by u_E' = 0, i.e. u_E = -F_EE⁻¹(F_EK u_K + h_E), exactly over Q(parameters, ε); the reduced system is the
 * Schur complement u_K' = (F_KK - F_KE F_EE⁻¹ F_EK) u_K + (h_K - F_KE F_EE⁻¹ h_E), and every entry is replaced by
 * its leading term in ε (as the single-variable elimination keeps the leading terms of the two coefficients). The
 * elimination needs F_EE⁻¹ → 0 as ε → 0 (the eliminated moments are fast); otherwise it stops with the entry that
 * fails. For one kept variable it gives the same rates as the closed-equation route of
 * {@link AdiabaticElimination}, which the tests check.</li>
 * <li>Invariant manifold of the means (the multivariate form of eqs. 54-56 and appendix D): for a linear mean system
 * the invariant manifold of the kept means is the slow spectral subspace, spanned by the eigenvectors of the |K|
 * eigenvalues of smallest modulus (with the constant term, of the system augmented by a constant coordinate);
 * written as a graph m_E = C m_K (+ c), it gives the reduced system m_K' = (F_KK + F_KE C) m_K + ..., whose
 * eigenvalues are those slow eigenvalues. It is computed numerically at each ε and its invariance residual
 * F_EK + F_EE C - C R is reported. The closed-form branch selection and Chapman-Enskog series are for one kept
 * variable only.</li>
 * <li>The comparison: the full model's law of the kept variables (mean and covariance from the exact moment system)
 * against the reduced law, by the Gelbrich bound in |K| dimensions (the adiabatic reduction gives means and
 * covariances) and by |m - m'|², itself a lower bound of W2² (the manifold of the means).</li>
 * </ul>
 *
 * @param model          the model
 * @param variables      the kept variables, in the model's order
 * @param regime         the regime
 * @param methods        which reductions were derived
 * @param system         the full moment system of order 2 (with the initial values of the comparison)
 * @param kept           the kept moments (u_K), means first
 * @param eliminated     the eliminated moments (u_E)
 * @param matrix         the adiabatic reduced matrix, leading terms in ε, in the regime (original time); null
 *                       unless adiabatic
 * @param constant       its constant term, likewise
 * @param manifolds      per ε of the comparison, the invariant manifold of the means (empty unless requested)
 * @param comparisons    per ε, the full law of the kept variables against the reduced ones
 * @param sde            the reduced SDE of the kept variables from the fluctuation-dissipation relation (null unless
 *                       adiabatic, or when there is none)
 * @param sdeNote        why there is no reduced SDE, or null
 */
public record JointReduction(Sde model, List<String> variables, Regime regime, Reduction.Method methods,
        MomentSystem system, List<String> kept, List<String> eliminated, List<List<IExpr>> matrix,
        List<IExpr> constant, List<MeanManifold> manifolds, List<Comparison> comparisons, JointReducedSde sde,
        String sdeNote) {

    /**
     * The invariant manifold of the kept means at one ε (original time).
     *
     * @param means     the kept means (rows and columns of {@code reduced})
     * @param reduced   R with m_K' = R m_K + c
     * @param offset    c
     * @param fast      the eliminated means
     * @param closure   C with m_E = C m_K + e, rows in the order of {@code fast}
     * @param closureOffset e
     * @param rates     the slow eigenvalues (real parts; imaginary parts in {@code frequencies})
     * @param residual  the largest entry of F_EK + F_EE C - C R (zero on an invariant subspace)
     * @param gap       |λ_{k+1}| / |λ_k|: how far the first eliminated eigenvalue is from the kept ones
     */
    public record MeanManifold(double eps, List<String> means, double[][] reduced, double[] offset, List<String> fast,
            double[][] closure, double[] closureOffset, double[] rates, double[] frequencies, double residual, double gap) {
    }

    /**
     * The full and reduced laws of the kept variables at one ε, per time.
     *
     * @param mean          full means [t][i]
     * @param covariance    full covariances [t][i][j]
     * @param adiabaticMean / adiabaticCovariance  of the adiabatic reduction (null unless adiabatic)
     * @param manifoldMean  the invariant manifold of the means (null unless requested)
     * @param gelbrich      the Gelbrich lower and eq. 71 upper bounds of W2² for the adiabatic law
     * @param manifoldGap   |m - m'|² for the invariant manifold of the means (a lower bound of W2²)
     */
    public record Comparison(double eps, double[] times, double[][] mean, double[][][] covariance,
            double[][] adiabaticMean, double[][][] adiabaticCovariance, double[][] manifoldMean,
            Wasserstein.Bounds[] gelbrich, double[] manifoldGap) {
    }

    /**
     * Derives the reductions of the kept variables.
     *
     * @throws ReductionException for a request outside the methods' class, with the reason
     */
    public static JointReduction derive(Sde model, List<String> variables, Regime regime, Reduction.Method methods,
            Map<String, Double> initial, double[] epsValues, double[] times) throws ReductionException {
        List<String> vars = new ArrayList<>();
        for (String v : new LinkedHashSet<>(variables)) {
            if (model.variable(v).isEmpty()) {
                throw ReductionException.option("--keep", ReductionErrorCode.NOT_A_VARIABLE, v, model.name());
            }
            vars.add(v);
        }
        vars.sort(Comparator.comparingInt(model::indexOfVariable));
        if (vars.size() == model.dimension()) {
            throw ReductionException.option("--keep", ReductionErrorCode.KEEPS_EVERYTHING, model.name());
        }
        Sde start = initial == null ? model : Reduction.withInitial(model, initial);
        MomentSystem system;
        try {
            system = MomentEquations.derive(start, 2);
        } catch (MomentsException e) {
            throw ReductionException.inModel(ReductionErrorCode.NOT_LINEAR_MOMENTS, e.diagnostic().message());
        }
        if (!system.hasInitialValues()) {
            throw ReductionException.inModel(ReductionErrorCode.NO_INITIAL_STATE);
        }
        List<Integer> keptIdx = new ArrayList<>();
        List<Integer> elimIdx = new ArrayList<>();
        List<Integer> positions = vars.stream().map(model::indexOfVariable).toList();
        for (int i = 0; i < system.size(); i++) {
            (isKept(system.moments().get(i), positions) ? keptIdx : elimIdx).add(i);
        }
        // means first, then second moments (the order of the system already is by degree)
        List<String> kept = keptIdx.stream().map(system.names()::get).toList();
        List<String> eliminated = elimIdx.stream().map(system.names()::get).toList();
        List<List<IExpr>> matrix = null;
        List<IExpr> constant = null;
        if (methods.adiabatic()) {
            List<List<IExpr>> reduced = schur(system, keptIdx, elimIdx, regime);
            matrix = new ArrayList<>();
            constant = new ArrayList<>();
            for (List<IExpr> row : reduced) {
                List<IExpr> r = new ArrayList<>();
                for (int j = 0; j < keptIdx.size(); j++) {
                    r.add(leading(row.get(j), regime));
                }
                matrix.add(List.copyOf(r));
                constant.add(leading(row.get(keptIdx.size()), regime));
            }
        }
        Numeric values = Numeric.of(model);
        JointReducedSde sde = null;
        String sdeNote = null;
        if (matrix != null) {
            try {
                sde = JointReducedSde.derive(system, kept, vars, matrix, constant, regime.eps(),
                        values.with(regime.eps(), epsValues[0]));
            } catch (ReductionException e) {
                sdeNote = e.diagnostic().message();
            }
        }
        List<MeanManifold> manifolds = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        for (double e : epsValues) {
            Numeric at = values.with(regime.eps(), e);
            MeanManifold mm = null;
            if (methods.manifold()) {
                mm = meanManifold(system, vars, positions, regime, at, e);
                manifolds.add(mm);
            }
            comparisons.add(compare(system, vars, keptIdx, regime, at, e, times, matrix, constant, mm));
        }
        return new JointReduction(model, List.copyOf(vars), regime, methods, system, kept, eliminated,
                matrix == null ? null : List.copyOf(matrix), constant == null ? null : List.copyOf(constant),
                List.copyOf(manifolds), List.copyOf(comparisons), sde, sdeNote);
    }

    private static boolean isKept(Monomial m, List<Integer> positions) {
        for (int i = 0; i < m.exponents().length; i++) {
            if (m.exponents()[i] != 0 && !positions.contains(i)) {
                return false;
            }
        }
        return true;
    }

    private static IExpr leading(IExpr e, Regime regime) throws ReductionException {
        if (e.isZero()) {
            return F.C0;
        }
        try {
            return EpsilonSeries.leading(e, regime.eps()).term(regime.eps());
        } catch (IllegalArgumentException ex) {
            throw ReductionException.option("--scale", ReductionErrorCode.NOT_RATIONAL_IN_ROOT,
                    "the reduced moment equations are", Symbols.displayName(regime.eps()));
        }
    }

    /**
     * The exact Schur complement [F_KK - F_KE F_EE⁻¹ F_EK | h_K - F_KE F_EE⁻¹ h_E] of the scaled system.
     *
     * @throws ReductionException when F_EE is singular or its inverse does not vanish as ε → 0
     */
    static List<List<IExpr>> schur(MomentSystem system, List<Integer> keptIdx, List<Integer> elimIdx, Regime regime)
            throws ReductionException {
        int n = system.size();
        List<List<IExpr>> f = new ArrayList<>();
        List<IExpr> h = new ArrayList<>();
        List<IExpr> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(regime.scale(system.matrix().get(i).get(j)));
            }
            f.add(row);
            h.add(regime.scale(system.constant().get(i)));
            all.addAll(row);
            all.add(h.get(i));
        }
        List<ISymbol> symbols = new ArrayList<>();
        for (Parameter p : regime.parameters(system.model())) {
            symbols.add(p.symbol());
        }
        RationalFunctionField field;
        try {
            field = RationalFunctionField.of(symbols, all, List.of(), List.of());
        } catch (RationalFunctionField.NotRational ex) {
            throw ReductionException.option("--scale", ReductionErrorCode.NOT_RATIONAL_IN_PARAMETERS,
                    Symbols.readable(ex.offending()));
        }
        // a conservation law Σ w_i u_i = v with some w_j ≠ 0 on an eliminated moment: u_j is fixed by the others
        // (and the initial values) and leaves the eliminated block, which is otherwise not fast in that direction
        List<List<Quotient<BigInteger>>> fq = block(f, range(n), range(n), field);
        List<Quotient<BigInteger>> hq = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hq.add(field.fromExpr(h.get(i)));
        }
        List<Integer> elim = new ArrayList<>(elimIdx);
        for (MomentStructure.ConservationLaw law : MomentStructure.conservationLaws(system)) {
            if (law.value() == null) {
                continue;
            }
            int j = -1;
            for (int i : elim) {
                if (!law.weights().get(i).isZero()) {
                    j = i;
                    break;
                }
            }
            if (j < 0) {
                continue;
            }
            List<Quotient<BigInteger>> w = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                w.add(field.fromExpr(regime.scale(law.weights().get(i))));
            }
            Quotient<BigInteger> v = field.fromExpr(regime.scale(law.value()));
            for (int r = 0; r < n; r++) {
                Quotient<BigInteger> frj = field.divide(fq.get(r).get(j), w.get(j));
                for (int c = 0; c < n; c++) {
                    fq.get(r).set(c, field.subtract(fq.get(r).get(c), field.multiply(frj, w.get(c))));
                }
                hq.set(r, field.add(hq.get(r), field.multiply(frj, v)));
            }
            elim.remove(Integer.valueOf(j));
        }
        var ee = sub(fq, elim, elim);
        var rhs = sub(fq, elim, keptIdx);
        for (int r = 0; r < elim.size(); r++) {
            rhs.get(r).add(hq.get(elim.get(r)));
        }
        var inverse = invert(ee, field, system, elim);
        // F_EE⁻¹ must vanish as ε → 0: the eliminated moments relax faster than any kept one
        for (int r = 0; r < inverse.size(); r++) {
            for (int c = 0; c < inverse.size(); c++) {
                IExpr entry = field.toExpr(inverse.get(r).get(c));
                if (entry.isZero()) {
                    continue;
                }
                EpsilonSeries.Leading l;
                try {
                    l = EpsilonSeries.leading(entry, regime.eps());
                } catch (IllegalArgumentException ex) {
                    throw ReductionException.option("--scale", ReductionErrorCode.NOT_RATIONAL_IN_ROOT,
                            "the eliminated block is", Symbols.displayName(regime.eps()));
                }
                if (l.halfOrder() <= 0) {
                    throw ReductionException.option("--scale", ReductionErrorCode.NO_SEPARATION, "in the regime "
                            + regime.text() + ": the eliminated moments " + String.join(", ", elim.stream()
                                    .map(system.names()::get).toList()) + " are not fast (the entry ("
                            + system.names().get(elim.get(r)) + ", " + system.names().get(elim.get(c))
                            + ") of the inverse of their block is of order eps^" + l.order() + ", not vanishing as "
                            + Symbols.displayName(regime.eps()) + " -> 0)");
                }
            }
        }
        var x = ExactLinearSystem.multiply(inverse, rhs, field);
        var ke = sub(fq, keptIdx, elim);
        var kk = sub(fq, keptIdx, keptIdx);
        for (int r = 0; r < keptIdx.size(); r++) {
            kk.get(r).add(hq.get(keptIdx.get(r)));
        }
        var correction = ExactLinearSystem.multiply(ke, x, field);
        List<List<IExpr>> out = new ArrayList<>();
        for (int r = 0; r < keptIdx.size(); r++) {
            List<IExpr> row = new ArrayList<>();
            for (int c = 0; c <= keptIdx.size(); c++) {
                IExpr e = field.toExpr(field.subtract(kk.get(r).get(c), correction.get(r).get(c)));
                row.add(ExactTogether.evaluate(F.PowerExpand(e)));
            }
            out.add(row);
        }
        return out;
    }

    private static <T> List<List<T>> invert(List<List<T>> a, org.kolmo.algebra.ExactField<T> field,
            MomentSystem system, List<Integer> elimIdx) throws ReductionException {
        try {
            return ExactLinearSystem.inverse(a, field);
        } catch (ArithmeticException ex) {
            throw ReductionException.option("--keep", ReductionErrorCode.SINGULAR_ELIMINATION, String.join(", ",
                    elimIdx.stream().map(system.names()::get).toList()));
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<List<Quotient<BigInteger>>> sub(List<List<Quotient<BigInteger>>> m, List<Integer> rows,
            List<Integer> cols) {
        List<List<Quotient<BigInteger>>> out = new ArrayList<>();
        for (int r : rows) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (int c : cols) {
                row.add(m.get(r).get(c));
            }
            out.add(row);
        }
        return out;
    }

    private static List<List<Quotient<BigInteger>>> block(List<List<IExpr>> f, List<Integer> rows,
            List<Integer> cols, RationalFunctionField field) {
        List<List<Quotient<BigInteger>>> out = new ArrayList<>();
        for (int r : rows) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (int c : cols) {
                row.add(field.fromExpr(f.get(r).get(c)));
            }
            out.add(row);
        }
        return out;
    }

    /** The slow spectral subspace of the (augmented) mean system at one ε as a graph over the kept means. */
    static MeanManifold meanManifold(MomentSystem system, List<String> vars, List<Integer> positions, Regime regime,
            Numeric at, double eps) throws ReductionException {
        List<Integer> means = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (system.moments().get(i).degree() == 1) {
                means.add(i);
            }
        }
        int n = means.size();
        RealMatrix g = meanGenerator(system, means, regime, at);
        boolean affine = g.getColumnDimension() > n;
        int dim = g.getColumnDimension();
        // the mean of variable i is the moment whose exponent vector is e_i
        List<Integer> keptRows = new ArrayList<>();
        List<Integer> fastRows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int[] ex = system.moments().get(means.get(r)).exponents();
            int var = 0;
            while (ex[var] == 0) {
                var++;
            }
            (positions.contains(var) ? keptRows : fastRows).add(r);
        }
        List<Integer> keptCoords = new ArrayList<>(keptRows);
        if (affine) {
            keptCoords.add(n);
        }
        int k = keptCoords.size();
        EigenDecompositionNonSymmetric evd = new EigenDecompositionNonSymmetric(g);
        Complex[] lambda = evd.getEigenvalues();
        Integer[] order = byModulus(lambda);
        double scale = 0;
        for (Complex l : lambda) {
            scale = Math.max(scale, l.norm());
        }
        double tol = 1e-9 * Math.max(scale, 1e-300);
        if (k < dim && lambda[order[k]].norm() - lambda[order[k - 1]].norm() <= tol) {
            throw ReductionException.option("--keep", ReductionErrorCode.NO_SPECTRAL_GAP, eps, vars.size(),
                    lambda[order[k - 1]].norm(), String.join(", ", vars));
        }
        RealMatrix closure = graphOver(slowBasis(evd, order, k, tol), keptCoords, fastRows, eps, vars);
        // reduced system on (m_K, 1): G_KK + G_KE C; the invariance residual G_EK + G_EE C - C (G_KK + G_KE C)
        int[] kept = keptCoords.stream().mapToInt(Integer::intValue).toArray();
        int[] fast = fastRows.stream().mapToInt(Integer::intValue).toArray();
        RealMatrix reduced = g.getSubMatrix(kept, kept).add(g.getSubMatrix(kept, fast).multiply(closure));
        RealMatrix res = g.getSubMatrix(fast, kept).add(g.getSubMatrix(fast, fast).multiply(closure))
                .subtract(closure.multiply(reduced));
        double residual = 0;
        for (int r = 0; r < res.getRowDimension(); r++) {
            for (int c = 0; c < res.getColumnDimension(); c++) {
                residual = Math.max(residual, Math.abs(res.getEntry(r, c)));
            }
        }
        int kv = keptRows.size();
        double[][] rm = new double[kv][kv];
        double[] offset = new double[kv];
        double[][] cm = new double[fastRows.size()][kv];
        double[] ce = new double[fastRows.size()];
        for (int r = 0; r < kv; r++) {
            for (int c = 0; c < kv; c++) {
                rm[r][c] = reduced.getEntry(r, c);
            }
            offset[r] = affine ? reduced.getEntry(r, kv) : 0;
        }
        for (int r = 0; r < fastRows.size(); r++) {
            for (int c = 0; c < kv; c++) {
                cm[r][c] = closure.getEntry(r, c);
            }
            ce[r] = affine ? closure.getEntry(r, kv) : 0;
        }
        // the slow rates: the kept eigenvalues without the constant direction
        List<Complex> slow = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            slow.add(lambda[order[s]]);
        }
        if (affine) {
            slow.remove(0);
        }
        double[] rates = slow.stream().mapToDouble(Complex::getReal).toArray();
        double[] freqs = slow.stream().mapToDouble(Complex::getImaginary).toArray();
        double gap = k < dim ? lambda[order[k]].norm() / Math.max(lambda[order[k - 1]].norm(), 1e-300)
                : Double.POSITIVE_INFINITY;
        List<String> meanNames = keptRows.stream().map(r -> system.names().get(means.get(r))).toList();
        List<String> fastNames = fastRows.stream().map(r -> system.names().get(means.get(r))).toList();
        return new MeanManifold(eps, meanNames, rm, offset, fastNames, cm, ce, rates, freqs, residual,
                Math.abs(gap));
    }

    /**
     * The mean equations at the numeric point, in the regime: their matrix, with the constant as one more column
     * (and a zero row, the constant's own equation) when the system is affine, so that the constant is a direction.
     */
    private static RealMatrix meanGenerator(MomentSystem system, List<Integer> means, Regime regime, Numeric at) {
        int n = means.size();
        double[][] a = new double[n][n];
        double[] h = new double[n];
        boolean affine = false;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = at.eval(regime.scale(system.matrix().get(means.get(r)).get(means.get(c))));
            }
            h[r] = at.eval(regime.scale(system.constant().get(means.get(r))));
            affine |= h[r] != 0;
        }
        int dim = affine ? n + 1 : n;
        RealMatrix g = MatrixUtils.createRealMatrix(dim, dim);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                g.setEntry(r, c, a[r][c]);
            }
            if (affine) {
                g.setEntry(r, n, h[r]);
            }
        }
        return g;
    }

    /** Indices of the eigenvalues, slowest (smallest modulus) first; among equal moduli, positive frequency first. */
    private static Integer[] byModulus(Complex[] lambda) {
        Integer[] order = new Integer[lambda.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> lambda[i].norm())
                .thenComparingDouble(i -> -lambda[i].getImaginary()));
        return order;
    }

    /** A real basis (columns) of the k slowest eigenvectors: real and imaginary parts of a complex pair. */
    private static RealMatrix slowBasis(EigenDecompositionNonSymmetric evd, Integer[] order, int k, double tol) {
        Complex[] lambda = evd.getEigenvalues();
        int dim = lambda.length;
        double[][] basis = new double[dim][k];
        int col = 0;
        for (int s = 0; s < k; s++) {
            int i = order[s];
            FieldVector<Complex> v = evd.getEigenvector(i);
            if (Math.abs(lambda[i].getImaginary()) <= tol) {
                for (int r = 0; r < dim; r++) {
                    basis[r][col] = v.getEntry(r).getReal();
                }
                col++;
            } else if (lambda[i].getImaginary() > 0) {
                for (int r = 0; r < dim; r++) {
                    basis[r][col] = v.getEntry(r).getReal();
                    basis[r][col + 1] = v.getEntry(r).getImaginary();
                }
                col += 2;
            }
        }
        return MatrixUtils.createRealMatrix(basis);
    }

    /**
     * The slow subspace as a graph over the kept coordinates: C with fast = C kept, C = V_F V_K^-1.
     *
     * @throws ReductionException when V_K is singular (the subspace is no graph over the kept means)
     */
    private static RealMatrix graphOver(RealMatrix basis, List<Integer> keptCoords, List<Integer> fastRows,
            double eps, List<String> vars) throws ReductionException {
        int[] all = java.util.stream.IntStream.range(0, basis.getColumnDimension()).toArray();
        RealMatrix vk = basis.getSubMatrix(keptCoords.stream().mapToInt(Integer::intValue).toArray(), all);
        RealMatrix vf = basis.getSubMatrix(fastRows.stream().mapToInt(Integer::intValue).toArray(), all);
        var svd = new org.hipparchus.linear.SingularValueDecomposition(vk);
        if (svd.getConditionNumber() > 1e12) {
            throw ReductionException.option("--keep", ReductionErrorCode.NOT_A_GRAPH, eps, String.join(", ", vars));
        }
        return vf.multiply(svd.getSolver().getInverse());
    }

    private static Comparison compare(MomentSystem system, List<String> vars, List<Integer> keptIdx, Regime regime,
            Numeric at, double e, double[] times, List<List<IExpr>> matrix, List<IExpr> constant, MeanManifold mm) {
        int n = system.size();
        double[][] full = Reduction.fullMoments(system, regime, at, times);
        double[] u0 = new double[n]; // the reduced models start where the full one does
        for (int i = 0; i < n; i++) {
            u0[i] = at.eval(system.initialValues().get(i));
        }
        int d = vars.size();
        int[] mean = new int[d];
        int[][] second = new int[d][d];
        List<Integer> positions = vars.stream().map(system.model()::indexOfVariable).toList();
        for (int i = 0; i < n; i++) {
            int[] ex = system.moments().get(i).exponents();
            List<Integer> at1 = new ArrayList<>();
            for (int v = 0; v < ex.length; v++) {
                for (int p = 0; p < ex[v]; p++) {
                    at1.add(v);
                }
            }
            if (!keptIdx.contains(i)) {
                continue;
            }
            if (at1.size() == 1) {
                mean[positions.indexOf(at1.get(0))] = i;
            } else {
                int a = positions.indexOf(at1.get(0));
                int b = positions.indexOf(at1.get(1));
                second[a][b] = i;
                second[b][a] = i;
            }
        }
        int nt = times.length;
        double[][] fm = new double[nt][d];
        double[][][] fc = new double[nt][d][d];
        law(full, mean, second, fm, fc, null);
        double[][] am = null;
        double[][][] ac = null;
        Wasserstein.Bounds[] g = null;
        if (matrix != null) {
            int k = keptIdx.size();
            double[][] rf = new double[k][k];
            double[] rh = new double[k];
            double[] r0 = new double[k];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    rf[r][c] = at.eval(matrix.get(r).get(c));
                }
                rh[r] = at.eval(constant.get(r));
                r0[r] = u0[keptIdx.get(r)];
            }
            double[][] red = LinearFlow.solve(rf, rh, r0, times);
            am = new double[nt][d];
            ac = new double[nt][d][d];
            law(red, mean, second, am, ac, keptIdx);
            g = new Wasserstein.Bounds[nt];
            for (int t = 0; t < nt; t++) {
                g[t] = Wasserstein.gelbrich(fm[t], fc[t], am[t], ac[t]);
            }
        }
        double[][] im = null;
        double[] gap = null;
        if (mm != null) {
            double[] m0 = new double[d];
            for (int i = 0; i < d; i++) {
                m0[i] = u0[mean[i]];
            }
            double[][] red = LinearFlow.solve(mm.reduced(), mm.offset(), m0, times);
            im = new double[nt][];
            gap = new double[nt];
            for (int t = 0; t < nt; t++) {
                im[t] = red[t];
                for (int i = 0; i < d; i++) {
                    gap[t] += (fm[t][i] - im[t][i]) * (fm[t][i] - im[t][i]);
                }
            }
        }
        return new Comparison(e, times.clone(), fm, fc, am, ac, im, g, gap);
    }

    /** Means and covariances of the kept variables from moment trajectories (full, or reduced when indexed). */
    private static void law(double[][] u, int[] mean, int[][] second, double[][] m, double[][][] c,
            List<Integer> reducedIndex) {
        int d = mean.length;
        for (int t = 0; t < u.length; t++) {
            for (int i = 0; i < d; i++) {
                m[t][i] = u[t][reducedIndex == null ? mean[i] : reducedIndex.indexOf(mean[i])];
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    int idx = reducedIndex == null ? second[i][j] : reducedIndex.indexOf(second[i][j]);
                    c[t][i][j] = u[t][idx] - m[t][i] * m[t][j];
                }
            }
        }
    }
}

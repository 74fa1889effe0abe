package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.kolmo.algebra.ExactLinearSystem;
import org.kolmo.algebra.LyapunovEquation;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * Every symbolic result held against an independent numeric computation at the model's parameter values and a
 * sample point of the slow variables (their initial values shifted off zero, so that no term vanishes by accident):
 * J against a Bartels-Stewart solve of the Lyapunov equation, the positive stability of B2 against its eigenvalues,
 * the cell solutions by applying L0 to them (exactly), the two routes against each other, and AA^T against the
 * diffusion matrix. Expressions are evaluated through an exact field (radicals as atoms evaluated by Symja), which is
 * fast on the large rational functions of the effective SDE. Nothing is checked when a parameter has no value.
 */
final class NumericCrossChecks {
    private NumericCrossChecks() {
    }

    static List<NumericCheck> run(Sde model, List<ISymbol> resolved, Optional<GeneratorSplit> split,
            Optional<SlowFastSystem> system, Optional<GeneratorRoute.Result> gen,
            Optional<ClosedFormRoute.Result> cf, EffectiveSde effective) {
        List<NumericCheck> out = new ArrayList<>();
        gen.ifPresent(g -> cellResiduals(g, out));
        Map<ISymbol, Double> values = new HashMap<>();
        List<ISymbol> symbols = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            if (p.value().isEmpty()) {
                return out;
            }
            values.put(p.symbol(), p.value().get().evalf());
            symbols.add(p.symbol());
        }
        int k = 0;
        for (ISymbol s : resolved) {
            Variable v = model.variables().stream().filter(x -> x.symbol().equals(s)).findFirst().orElseThrow();
            // off the initial values, so that no term vanishes by accident
            values.put(s, v.initialValue().map(IExpr::evalf).orElse(0.0) + 0.37 * (k + 1));
            symbols.add(s);
            k++;
        }

        FastOrnsteinUhlenbeck fast = FastOrnsteinUhlenbeck.of(split, system);
        List<List<IExpr>> b2 = fast.b2();
        List<List<IExpr>> s1 = fast.sigma1Squared();
        List<List<IExpr>> j = split.isPresent() ? gen.get().covariance() : cf.get().covariance();
        List<IExpr> inputs = new ArrayList<>();
        for (List<List<IExpr>> m : List.of(b2, s1, j, effective.diffusionMatrix(), effective.factor().factor())) {
            m.forEach(inputs::addAll);
        }
        inputs.addAll(effective.drift());
        gen.ifPresent(g -> {
            inputs.addAll(g.drift());
            g.diffusion().forEach(inputs::addAll);
        });
        cf.ifPresent(c -> {
            inputs.addAll(c.drift());
            c.diffusion().forEach(inputs::addAll);
        });
        RationalFunctionField field = RationalFunctionField.of(symbols, inputs, List.of(), List.of());
        double[] at = field.point(values);
        DMatrixRMaj b = numeric(b2, field, at);
        DMatrixRMaj c = numeric(s1, field, at);
        DMatrixRMaj jNumeric = LyapunovEquation.solveNumeric(b, c);
        DMatrixRMaj jExact = numeric(j, field, at);
        out.add(new NumericCheck("J: exact solution against Bartels-Stewart (eq. 39)", maxDiff(jExact, jNumeric),
                1e-9 * (1 + maxAbs(jNumeric)), maxDiff(jExact, jNumeric) <= 1e-9 * (1 + maxAbs(jNumeric))));

        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(b.numRows, false);
        double minRe = Double.POSITIVE_INFINITY;
        if (eig.decompose(b.copy())) {
            for (int i = 0; i < b.numRows; i++) {
                Complex_F64 e = eig.getEigenvalue(i);
                minRe = Math.min(minRe, e.real);
            }
        }
        out.add(new NumericCheck("B2 positive stable: smallest real part of its eigenvalues", minRe, 0, minRe > 0));

        if (gen.isPresent() && cf.isPresent()) {
            DMatrixRMaj dg = numeric(List.of(gen.get().drift()), field, at);
            DMatrixRMaj dc = numeric(List.of(cf.get().drift()), field, at);
            DMatrixRMaj sg = numeric(gen.get().diffusion(), field, at);
            DMatrixRMaj sc = numeric(cf.get().diffusion(), field, at);
            double dd = Math.max(maxDiff(dg, dc), maxDiff(sg, sc));
            double tol = 1e-9 * (1 + Math.max(maxAbs(dg), maxAbs(sg)));
            out.add(new NumericCheck("generator route against closed form (drift and diffusion)", dd, tol, dd <= tol));
        }

        DMatrixRMaj a = numeric(effective.factor().factor(), field, at);
        DMatrixRMaj aat = new DMatrixRMaj(a.numRows, a.numRows);
        org.ejml.dense.row.CommonOps_DDRM.multTransB(a, a, aat);
        DMatrixRMaj sigma = numeric(effective.diffusionMatrix(), field, at);
        double fd = maxDiff(aat, sigma);
        double ft = 1e-9 * (1 + maxAbs(sigma));
        out.add(new NumericCheck("A A^T against the diffusion matrix", fd, ft, fd <= ft));
        return List.copyOf(out);
    }

    /**
     * -L0 Φ = θ for every cell problem, exactly: the deviation is the number of non-zero residual coefficients. The
     * residual is L0 Φ + θ with the θ the solve was given, its Y-free part included: L0 annihilates that part, and
     * what cancels it is the constant ½σ1σ1ᵀ:∇∇Φ of L0 Φ, the residual's constant coefficient being avg(θ) (the
     * centering condition). Each coefficient is tested with the field's zero test, the one the centering condition
     * used, which knows the relations between the atoms (sqrt(2)^2 = 2 in σ1σ1ᵀ): JAS alone would see the constant
     * coefficient X·sqrt(2)^2/2 - X of the model with dY = ... + sqrt(2)/eps dW and θ = X Y^2 - X as non-zero.
     */
    private static void cellResiduals(GeneratorRoute.Result g, List<NumericCheck> out) {
        int bad = 0;
        RationalFunctionField field = g.cellProblem().field();
        for (GeneratorRoute.Cell cell : g.cells()) {
            FastPolynomial residual = g.cellProblem().applyL0(cell.solution()).plus(cell.theta());
            for (Quotient<BigInteger> c : residual.terms().values()) {
                if (!field.isZero(c)) {
                    bad++;
                }
            }
        }
        if (!g.cells().isEmpty()) {
            out.add(new NumericCheck("cell problems: -L0 Phi - theta = 0 (exact)", bad, 0, bad == 0));
        }
    }

    /**
     * The fast process at frozen slow variables, dY = -B2 Y dt + σ1 dW (eq. 39: its invariant measure is N(0, J)
     * with B2 J + J B2ᵀ = σ1σ1ᵀ): B2 and σ1σ1ᵀ as expressions, from the generator split or else the system.
     */
    record FastOrnsteinUhlenbeck(List<List<IExpr>> b2, List<List<IExpr>> sigma1Squared) {
        static FastOrnsteinUhlenbeck of(Optional<GeneratorSplit> split, Optional<SlowFastSystem> system) {
            if (split.isPresent()) {
                var f = split.get().field();
                return new FastOrnsteinUhlenbeck(exprs(split.get().b2(), f), exprs(split.get().sigma1Squared(), f));
            }
            SlowFastSystem sys = system.get();
            return new FastOrnsteinUhlenbeck(sys.b2(), exprs(product(sys.sigma1Exact(), sys.field()), sys.field()));
        }
    }

    private static List<List<Quotient<BigInteger>>> product(List<List<Quotient<BigInteger>>> s,
            RationalFunctionField f) {
        return ExactLinearSystem.multiply(s, ExactLinearSystem.transpose(s), f);
    }

    private static List<List<IExpr>> exprs(List<List<Quotient<BigInteger>>> m,
            RationalFunctionField f) {
        return m.stream().map(row -> row.stream().map(f::toExpr).toList()).toList();
    }

    /** The matrix at the point, each entry read into the field (radicals as atoms) and evaluated there. */
    static DMatrixRMaj numeric(List<List<IExpr>> m, RationalFunctionField field, double[] at) {
        int rows = m.size();
        int cols = rows == 0 ? 0 : m.get(0).size();
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.set(i, j, field.value(field.fromExpr(m.get(i).get(j)), at));
            }
        }
        return out;
    }

    private static double maxDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double m = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            m = Math.max(m, Math.abs(a.get(i) - b.get(i)));
        }
        return m;
    }

    private static double maxAbs(DMatrixRMaj a) {
        double m = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            m = Math.max(m, Math.abs(a.get(i)));
        }
        return m;
    }
}

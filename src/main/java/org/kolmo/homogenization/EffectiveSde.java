package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * The effective (homogenized or averaged) SDE of the resolved variables Q = (X, A) (seed 000, eq. 8):
 * dQ = F(X) dt + A(X) dB, in Itô form and in Stratonovich form, as {@link Sde} values that print with the existing
 * printers and write as model files the reader reads back. The slow variables become {@code state} variables, the
 * functionals stay {@code functional}s, the small parameter is gone and the noises are new Wiener processes B1, B2,
 * ... (one per column of the factor A).
 *
 * <p>When the hypotheses of Result 2.2 hold, the functional form of eqs. 20-24 is given as well: X with the seed's
 * noise coefficient U1 B2⁻¹ σ1 (eq. 21) and dA = (r̄ + A') dt + p0·dX (Itô, eq. 20) or
 * dA = (r̄ + A'') dt + p0∘dX (Stratonovich, eq. 23).
 *
 * @param drift               F (Itô)
 * @param averagedDrift       the part of F that is the average of the O(1) drift (u0 for X)
 * @param fastDrift           the part of F that the fast drift induces (U1 B2⁻¹ b1 for X)
 * @param noiseInducedDrift   the noise-induced drift (S of eq. 11 for X)
 * @param diffusionMatrix     AA^T
 * @param factor              A, with the exact L D L^T behind it
 * @param stratonovichCorrection c = F - (Stratonovich drift), for the factor A
 */
public record EffectiveSde(Regime regime, List<ISymbol> variables, List<IExpr> drift, List<IExpr> averagedDrift,
        List<IExpr> fastDrift, List<IExpr> noiseInducedDrift, List<List<IExpr>> diffusionMatrix,
        DiffusionFactor factor, List<IExpr> stratonovichCorrection, Sde ito, Sde stratonovich,
        Optional<Sde> functionalIto, Optional<Sde> functionalStratonovich) {

    static EffectiveSde build(Sde model, Regime regime, List<ISymbol> resolved, List<IExpr> drift,
            List<IExpr> averaged, List<IExpr> fast, List<IExpr> induced, List<List<IExpr>> diffusion,
            Optional<ClosedFormRoute.Result22> r22, List<IExpr> slowDrift) {
        List<ISymbol> params = new ArrayList<>();
        List<Parameter> kept = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            if (!p.isSmall()) {
                params.add(p.symbol());
                kept.add(p);
            }
        }
        List<IExpr> inputs = new ArrayList<>(drift);
        diffusion.forEach(inputs::addAll);
        RationalFunctionField field = RationalFunctionField.of(symbols(params, resolved), inputs, List.of(), resolved);
        List<List<Quotient<BigInteger>>> sigma = new ArrayList<>();
        for (List<IExpr> row : diffusion) {
            sigma.add(row.stream().map(field::fromExpr).toList());
        }
        DiffusionFactor factor = DiffusionFactor.of(sigma, field);

        List<Variable> variables = new ArrayList<>();
        for (ISymbol s : resolved) {
            Variable v = model.variables().stream().filter(x -> x.symbol().equals(s)).findFirst().orElseThrow();
            variables.add(new Variable(v.name(), v.role() == Role.FUNCTIONAL ? Role.FUNCTIONAL : Role.STATE,
                    v.initialValue()));
        }
        String suffix = regime == Regime.HOMOGENIZATION ? "_homogenized" : "_averaged";
        String title = (regime == Regime.HOMOGENIZATION ? "Homogenized limit" : "Averaged limit") + " of "
                + model.name();
        List<String> noises = noiseNames(model, factor.rank());
        Sde ito = new Sde(model.name() + suffix, title, Convention.ITO, kept, variables, noises, drift,
                factor.factor());

        // Stratonovich form: with sigma^ij = L_ij sqrt(d_j), c^i = 1/2 sum_jk d sigma^ij/dz^k sigma^kj
        // = 1/2 sum_jk (L_kj d_j dL_ij/dz^k + 1/2 L_ij L_kj dd_j/dz^k): rational, no square root left
        List<IExpr> correction = choleskyCorrection(factor, resolved, field);
        List<IExpr> stratDrift = new ArrayList<>();
        for (int i = 0; i < drift.size(); i++) {
            stratDrift.add(field.normal(F.Subtract(drift.get(i), correction.get(i))));
        }
        Sde strat = new Sde(model.name() + suffix, title, Convention.STRATONOVICH, kept, variables, noises, stratDrift,
                factor.factor());

        Optional<Sde> fIto = Optional.empty();
        Optional<Sde> fStrat = Optional.empty();
        if (r22.isPresent()) {
            fIto = Optional.of(functionalForm(model, r22.get(), resolved, slowDrift, kept, variables, suffix, title,
                    Convention.ITO, field));
            fStrat = Optional.of(functionalForm(model, r22.get(), resolved, slowDrift, kept, variables, suffix, title,
                    Convention.STRATONOVICH, field));
        }
        return new EffectiveSde(regime, List.copyOf(resolved), List.copyOf(drift), List.copyOf(averaged),
                List.copyOf(fast), List.copyOf(induced), diffusion, factor, correction, ito, strat, fIto, fStrat);
    }

    private static List<ISymbol> symbols(List<ISymbol> params, List<ISymbol> resolved) {
        List<ISymbol> out = new ArrayList<>(params);
        out.addAll(resolved);
        return out;
    }

    /**
     * The Itô-Stratonovich correction c (seed 000, eq. 4) of the factor σ = L diag(√d) of {@link DiffusionFactor}:
     * with the directional derivative V_j = Σ_k L_kj ∂_k along column j of L,
     * c^i = ½ Σ_j (d_j V_j L_ij + ½ L_ij V_j d_j), rational, no square root left.
     */
    static List<IExpr> choleskyCorrection(DiffusionFactor factor, List<ISymbol> z, RationalFunctionField field) {
        int d = factor.lower().size();
        int r = factor.rank();
        Quotient<BigInteger> half = field.divide(field.one(), field.fromInteger(2));
        List<Quotient<BigInteger>> c = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            c.add(field.zero());
        }
        for (int j = 0; j < r; j++) {
            final int col = j;
            Quotient<BigInteger> dj = factor.pivots().get(j);
            java.util.function.UnaryOperator<Quotient<BigInteger>> along = q -> {
                Quotient<BigInteger> out = field.zero();
                for (int k = 0; k < d; k++) {
                    Quotient<BigInteger> lkj = factor.lower().get(k).get(col);
                    if (!lkj.isZERO() && !q.isConstant()) {
                        Quotient<BigInteger> dq = field.derivative(q, z.get(k));
                        if (!dq.isZERO()) {
                            out = out.sum(lkj.multiply(dq));
                        }
                    }
                }
                return out;
            };
            Quotient<BigInteger> vd = along.apply(dj);
            for (int i = 0; i < d; i++) {
                Quotient<BigInteger> lij = factor.lower().get(i).get(j);
                if (lij.isZERO()) {
                    continue;
                }
                Quotient<BigInteger> term = dj.multiply(along.apply(lij));
                if (!vd.isZERO()) {
                    term = term.sum(half.multiply(lij).multiply(vd));
                }
                c.set(i, c.get(i).sum(term));
            }
        }
        List<IExpr> out = new ArrayList<>();
        for (Quotient<BigInteger> ci : c) {
            out.add(field.toExpr(half.multiply(ci)));
        }
        return List.copyOf(out);
    }

    /** c^i = ½ Σ_{j,k} ∂σ^{ij}/∂z^k σ^{kj} (seed 000, eq. 4), in the field. */
    static List<IExpr> correction(List<List<IExpr>> sigma, List<ISymbol> z, RationalFunctionField field) {
        int d = sigma.size();
        int cols = d == 0 ? 0 : sigma.get(0).size();
        List<List<Quotient<BigInteger>>> s = new ArrayList<>();
        for (List<IExpr> row : sigma) {
            s.add(row.stream().map(field::fromExpr).toList());
        }
        Quotient<BigInteger> half = field.divide(field.one(), field.fromInteger(2));
        List<IExpr> out = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            Quotient<BigInteger> c = field.zero();
            for (int j = 0; j < cols; j++) {
                for (int k = 0; k < d; k++) {
                    Quotient<BigInteger> skj = s.get(k).get(j);
                    if (!skj.isZERO()) {
                        c = c.sum(field.derivative(s.get(i).get(j), z.get(k)).multiply(skj));
                    }
                }
            }
            out.add(field.toExpr(c.multiply(half)));
        }
        return List.copyOf(out);
    }

    /** Names B1, B2, ... for the effective noises, changed to C1, ... when the model already uses one of them. */
    private static List<String> noiseNames(Sde model, int count) {
        Set<String> taken = new HashSet<>();
        model.parameters().forEach(p -> taken.add(p.name()));
        model.variables().forEach(v -> taken.add(v.name()));
        for (char letter : new char[] {'B', 'U', 'V', 'Z'}) {
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= count; k++) {
                names.add(count == 1 ? String.valueOf(letter) : letter + String.valueOf(k));
            }
            if (names.stream().noneMatch(taken::contains)) {
                return names;
            }
        }
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            names.add("Beff" + k);
        }
        return names;
    }

    /** The form of eqs. 20-21 (Itô) or 21, 23 (Stratonovich): X with U1 B2⁻¹ σ1, A with p0·dX. */
    private static Sde functionalForm(Sde model, ClosedFormRoute.Result22 r22, List<ISymbol> resolved,
            List<IExpr> slowDrift, List<Parameter> kept, List<Variable> variables, String suffix, String title,
            Convention convention, RationalFunctionField field) {
        int n = slowDrift.size();
        int d = resolved.size();
        // the columns of U1 B2^-1 sigma1 that are not zero
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < r22.slowNoise().get(0).size(); c++) {
            final int col = c;
            if (r22.slowNoise().stream().anyMatch(row -> !row.get(col).isZero())) {
                columns.add(c);
            }
        }
        List<String> noises = noiseNames(model, columns.size());
        List<List<IExpr>> sigma = new ArrayList<>();
        List<IExpr> drift = new ArrayList<>();
        List<List<IExpr>> weights = new ArrayList<>();
        List<IExpr> xDrift = new ArrayList<>(slowDrift);
        List<List<IExpr>> xSigma = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<IExpr> row = new ArrayList<>();
            for (int c : columns) {
                row.add(r22.slowNoise().get(i).get(c));
            }
            xSigma.add(row);
        }
        if (convention == Convention.STRATONOVICH) {
            List<IExpr> inputs = new ArrayList<>(xDrift);
            xSigma.forEach(inputs::addAll);
            List<ISymbol> x = resolved.subList(0, n);
            RationalFunctionField f = RationalFunctionField.of(field.symbols(), inputs, List.of(), x);
            List<IExpr> c = correction(xSigma, x, f);
            for (int i = 0; i < n; i++) {
                xDrift.set(i, f.normal(F.Subtract(xDrift.get(i), c.get(i))));
            }
        }
        for (int i = 0; i < d; i++) {
            List<IExpr> w = new ArrayList<>();
            for (int k = 0; k < d; k++) {
                w.add(F.C0);
            }
            if (i < n) {
                drift.add(xDrift.get(i));
                sigma.add(xSigma.get(i));
            } else {
                int a = i - n;
                IExpr extra = convention == Convention.ITO ? r22.itoExtraDrift().get(a)
                        : r22.stratonovichExtraDrift().get(a);
                drift.add(field.normal(F.Plus(r22.rBar().get(a), extra)));
                List<IExpr> zeros = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    zeros.add(F.C0);
                }
                sigma.add(zeros);
                for (int k = 0; k < n; k++) {
                    w.set(k, r22.p0().get(a).get(k));
                }
            }
            weights.add(w);
        }
        String form = convention == Convention.ITO ? " (Result 2.2, Ito)" : " (Result 2.2, Stratonovich)";
        return new Sde(model.name() + suffix, title + form, convention, kept, variables, noises, drift, sigma,
                weights);
    }
}

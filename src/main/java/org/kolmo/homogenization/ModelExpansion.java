package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A slow-fast model's Itô coefficients expanded in powers of ε, each order a {@link FastPolynomial} over one
 * {@link RationalFunctionField}: what both the generator split and the class recognition start from. Keys of the
 * expansions are twice the power of ε (see {@link org.kolmo.algebra.EpsilonSeries}).
 *
 * <p>For every functional row the expansion also holds its weights p (coefficients of dX) and its own terms, the
 * Itô equation minus p·dX: dA - p·dX = (r + q/ε) dt + (own noise).
 */
final class ModelExpansion {
    final Sde model;
    final String source;
    final ModelShape shape;
    final Sde ito;
    final ExpressionWriter writer;
    final RationalFunctionField field;
    /** Itô drift, p·dX substituted, per variable. */
    final List<SortedMap<Integer, FastPolynomial>> drift = new ArrayList<>();
    /** Itô noise, per variable and noise. */
    final List<List<SortedMap<Integer, FastPolynomial>>> noise = new ArrayList<>();
    /** p of each functional row, per variable. */
    final Map<Integer, List<SortedMap<Integer, FastPolynomial>>> weights = new HashMap<>();
    /** r + q/ε of each functional row. */
    final Map<Integer, SortedMap<Integer, FastPolynomial>> ownDrift = new HashMap<>();
    /** The noise of each functional row beyond p·σ. */
    final Map<Integer, List<SortedMap<Integer, FastPolynomial>>> ownNoise = new HashMap<>();

    private ModelExpansion(Sde model, String source) {
        this.model = model;
        this.source = source;
        this.shape = ModelShape.of(model, source);
        CasSession.get().assume(model.parameters());
        this.ito = ItoForm.of(model);
        this.writer = new ExpressionWriter(Notation.of(model));
        int d = model.dimension();
        int noises = model.noiseCount();

        // 1. expansions in eps, coefficients still expressions
        List<SortedMap<Integer, IExpr>> rawDrift = new ArrayList<>();
        List<List<SortedMap<Integer, IExpr>>> rawNoise = new ArrayList<>();
        Map<Integer, List<SortedMap<Integer, IExpr>>> rawWeights = new HashMap<>();
        Map<Integer, SortedMap<Integer, IExpr>> rawOwnDrift = new HashMap<>();
        Map<Integer, List<SortedMap<Integer, IExpr>>> rawOwnNoise = new HashMap<>();
        List<IExpr> all = new ArrayList<>();
        for (int z = 0; z < d; z++) {
            String name = name(z);
            rawDrift.add(expand(ito.drift().get(z), name, all));
            List<SortedMap<Integer, IExpr>> row = new ArrayList<>();
            for (int j = 0; j < noises; j++) {
                row.add(expand(ito.diffusion().get(z).get(j), name, all));
            }
            rawNoise.add(row);
            if (model.variables().get(z).role() == Role.FUNCTIONAL) {
                List<IExpr> p = model.differentialWeights().get(z);
                List<SortedMap<Integer, IExpr>> pw = new ArrayList<>();
                IExpr own = ito.drift().get(z);
                List<IExpr> ownNoiseRow = new ArrayList<>(ito.diffusion().get(z));
                for (int k = 0; k < d; k++) {
                    pw.add(expand(p.get(k), name, all));
                    if (p.get(k).isZero()) {
                        continue;
                    }
                    own = F.Subtract(own, F.Times(p.get(k), ito.drift().get(k)));
                    for (int j = 0; j < noises; j++) {
                        ownNoiseRow.set(j, F.Subtract(ownNoiseRow.get(j), F.Times(p.get(k), ito.diffusion().get(k).get(j))));
                    }
                }
                rawWeights.put(z, pw);
                rawOwnDrift.put(z, expand(Cas.expand(own), name, all));
                List<SortedMap<Integer, IExpr>> on = new ArrayList<>();
                for (int j = 0; j < noises; j++) {
                    on.add(expand(Cas.expand(ownNoiseRow.get(j)), name, all));
                }
                rawOwnNoise.put(z, on);
            }
        }

        // 2. one field for every coefficient
        List<ISymbol> symbols = new ArrayList<>(model.parameterSymbols());
        symbols.remove(shape.eps());
        symbols.addAll(shape.slow());
        symbols.addAll(shape.functionals());
        List<ISymbol> differentiable = new ArrayList<>(shape.slow());
        differentiable.addAll(shape.functionals());
        try {
            this.field = RationalFunctionField.of(symbols, all, shape.fast(), differentiable);
        } catch (RationalFunctionField.NotRational e) {
            throw new HomogenizationException(HomogenizationErrorCode.NOT_RATIONAL, source, null,
                    writer.write(e.offending()));
        }

        // 3. each order a polynomial in Y over the field
        for (int z = 0; z < d; z++) {
            String name = name(z);
            drift.add(polynomials(rawDrift.get(z), name, "the drift"));
            List<SortedMap<Integer, FastPolynomial>> row = new ArrayList<>();
            for (int j = 0; j < noises; j++) {
                row.add(polynomials(rawNoise.get(z).get(j), name, "the noise coefficient"));
            }
            noise.add(row);
            if (rawWeights.containsKey(z)) {
                List<SortedMap<Integer, FastPolynomial>> pw = new ArrayList<>();
                for (int k = 0; k < d; k++) {
                    pw.add(polynomials(rawWeights.get(z).get(k), name, "the weight p of d" + name(k)));
                }
                weights.put(z, pw);
                ownDrift.put(z, polynomials(rawOwnDrift.get(z), name, "the drift"));
                List<SortedMap<Integer, FastPolynomial>> on = new ArrayList<>();
                for (int j = 0; j < noises; j++) {
                    on.add(polynomials(rawOwnNoise.get(z).get(j), name, "the noise coefficient"));
                }
                ownNoise.put(z, on);
            }
        }
    }

    static ModelExpansion of(Sde model, String source) {
        return new ModelExpansion(model, source);
    }

    String name(int z) {
        return model.variables().get(z).name();
    }

    int fastCount() {
        return shape.fast().size();
    }

    FastPolynomial zero() {
        return FastPolynomial.zero(field, fastCount());
    }

    private SortedMap<Integer, IExpr> expand(IExpr e, String variable, List<IExpr> all) {
        try {
            SortedMap<Integer, IExpr> orders = EpsilonSeries.finiteExpansion(e, shape.eps());
            all.addAll(orders.values());
            return orders;
        } catch (EpsilonSeries.NotFinite ex) {
            throw new HomogenizationException(HomogenizationErrorCode.NOT_LAURENT, source, variable,
                    writer.write(shape.eps()), writer.write(ex.term()));
        }
    }

    private SortedMap<Integer, FastPolynomial> polynomials(SortedMap<Integer, IExpr> orders, String variable,
            String what) {
        SortedMap<Integer, FastPolynomial> out = new TreeMap<>();
        for (Map.Entry<Integer, IExpr> o : orders.entrySet()) {
            FastPolynomial p;
            try {
                p = FastPolynomial.of(o.getValue(), shape.fast(), field);
            } catch (RationalFunctionField.NotRational e) {
                throw new HomogenizationException(HomogenizationErrorCode.NOT_RATIONAL, source, variable,
                        writer.write(e.offending()));
            }
            if (p == null) {
                throw new HomogenizationException(HomogenizationErrorCode.NOT_POLYNOMIAL_IN_FAST, source, variable,
                        what, writer.write(EpsilonSeries.term(o.getValue(), o.getKey(), shape.eps())));
            }
            if (!p.isZero()) {
                out.put(o.getKey(), p);
            }
        }
        return out;
    }

    /** ε^(k/2) in the model's spelling, for messages. */
    String orderText(int twiceOrder) {
        String e = shape.epsName();
        if (twiceOrder % 2 != 0) {
            return e + "^(" + twiceOrder + "/2)";
        }
        int k = twiceOrder / 2;
        return k == 0 ? "1" : k == 1 ? e : k == -1 ? "1/" + e : k < 0 ? "1/" + e + "^" + (-k) : e + "^" + k;
    }

    /** The highest term of p at the given order, written as in the model file. */
    String termText(FastPolynomial p, int twiceOrder) {
        Map.Entry<Monomial, edu.jas.ufd.Quotient<edu.jas.arith.BigInteger>> last = null;
        for (var t : p.terms().entrySet()) {
            last = t; // the highest monomial names the trouble best (Y1^2 rather than a constant)
        }
        IExpr term = FastPolynomial.monomial(field, last.getKey(), last.getValue()).toExpr(shape.fast());
        return writer.write(EpsilonSeries.term(term, twiceOrder, shape.eps()));
    }

    /** p as an expression. */
    IExpr expr(FastPolynomial p) {
        return p.toExpr(shape.fast());
    }

    /** The term c ε^(k/2) of a dropped expansion entry, as an expression. */
    IExpr term(FastPolynomial p, int twiceOrder) {
        return EpsilonSeries.term(expr(p), twiceOrder, shape.eps());
    }
}

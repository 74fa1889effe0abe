package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kolmo.calculus.Differentials;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.cas.CasSession;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The generator of a slow-fast model split by powers of the small parameter, the starting point of the generator
 * route: L = ε⁻² L0 + ε⁻¹ L1 + L2 for homogenization (seed 000, eqs. 25-28, with the erratum of MATH.md on eq. 28),
 * L = ε⁻¹ L0 + L1 for first-order averaging.
 *
 * <p>The split is read off the Itô form of the whole system, functionals' p·dX substituted, by expanding every drift
 * b_z and every diffusion entry a_zw = (σσ^T)_zw in powers of ε. L0 must be the generator of an Ornstein-Uhlenbeck
 * process in the fast variables alone, -B2(X) Y·∇_Y + ½ σ1σ1^T:∇_Y∇_Y with B2 positive stable; L1 and L2 may be
 * any operators whose coefficients are polynomials in Y. Terms of positive order in ε vanish in the limit and are
 * dropped (they are listed in {@link #dropped()}). Everything else is a {@link HomogenizationException} naming the
 * equation and the term.
 */
public final class GeneratorSplit {
    /** A term of positive order in ε, dropped from the limit. */
    public record DroppedTerm(String variable, IExpr term, String differential) {
    }

    private final Sde model;
    private final String source;
    private final Regime regime;
    private final ISymbol eps;
    private final List<ISymbol> variables;
    private final List<ISymbol> fast;
    private final List<ISymbol> slow;
    private final List<ISymbol> functionals;
    private final List<List<IExpr>> b2;
    private final List<List<IExpr>> sigma1Squared;
    private final List<SplitOperator> parts;
    private final List<DroppedTerm> dropped;
    private final PositiveStability stability;

    private GeneratorSplit(Sde model, String source, Regime regime, ISymbol eps, List<ISymbol> variables,
            List<ISymbol> fast, List<ISymbol> slow, List<ISymbol> functionals, List<List<IExpr>> b2,
            List<List<IExpr>> sigma1Squared, List<SplitOperator> parts, List<DroppedTerm> dropped,
            PositiveStability stability) {
        this.model = model;
        this.source = source;
        this.regime = regime;
        this.eps = eps;
        this.variables = variables;
        this.fast = fast;
        this.slow = slow;
        this.functionals = functionals;
        this.b2 = b2;
        this.sigma1Squared = sigma1Squared;
        this.parts = parts;
        this.dropped = dropped;
        this.stability = stability;
    }

    /**
     * Splits the generator of {@code model}.
     *
     * @param source the model file as the user named it, for messages
     * @throws HomogenizationException when the model is not of the form the generator route handles
     */
    public static GeneratorSplit of(Sde model, String source) {
        ModelShape shape = ModelShape.of(model, source);
        CasSession.get().assume(model.parameters());
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(model));
        ExpressionWriter writer = new ExpressionWriter(Notation.of(model));
        ISymbol eps = shape.eps();
        int d = model.dimension();
        int m = shape.fast().size();
        List<ISymbol> vars = model.variableSymbols();
        List<DroppedTerm> dropped = new ArrayList<>();

        // expansions by twice the order in eps: drift per variable, noise per variable and noise
        List<SortedMap<Integer, FastPolynomial>> drift = new ArrayList<>();
        List<List<SortedMap<Integer, FastPolynomial>>> noise = new ArrayList<>();
        for (int z = 0; z < d; z++) {
            String name = model.variables().get(z).name();
            drift.add(expand(ito.drift().get(z), shape, name, "the drift", writer));
            List<SortedMap<Integer, FastPolynomial>> row = new ArrayList<>();
            for (int j = 0; j < model.noiseCount(); j++) {
                row.add(expand(ito.diffusion().get(z).get(j), shape, name, "the noise coefficient", writer));
            }
            noise.add(row);
        }

        Regime regime = regimeOf(model, shape, drift, writer);
        int lead = regime == Regime.HOMOGENIZATION ? -4 : -2;
        int fastNoise = lead / 2;
        for (int z = 0; z < d; z++) {
            Variable v = model.variables().get(z);
            boolean isFast = v.role() == Role.FAST;
            for (Map.Entry<Integer, FastPolynomial> e : drift.get(z).entrySet()) {
                int k = e.getKey();
                int lowest = isFast ? lead : lead / 2;
                if (k < lowest || k % 2 != 0) {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, source, v.name(),
                            "the drift", orderText(k, shape), termText(e.getValue(), k, shape, writer));
                }
            }
            for (int j = 0; j < model.noiseCount(); j++) {
                for (Map.Entry<Integer, FastPolynomial> e : noise.get(z).get(j).entrySet()) {
                    int k = e.getKey();
                    if (isFast ? k != fastNoise : k < 0) {
                        if (isFast) {
                            throw new HomogenizationException(HomogenizationErrorCode.FAST_NOISE_ORDER, source,
                                    v.name(), regime == Regime.HOMOGENIZATION ? writer.write(eps)
                                            : "sqrt(" + writer.write(eps) + ")",
                                    termText(e.getValue(), k, shape, writer));
                        }
                        throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, source, v.name(),
                                "the noise", orderText(k, shape), termText(e.getValue(), k, shape, writer));
                    }
                    if (isFast && !e.getValue().isConstant()) {
                        throw new HomogenizationException(HomogenizationErrorCode.DEPENDS_ON_FAST, source, v.name(),
                                "sigma1", termText(e.getValue(), k, shape, writer));
                    }
                }
            }
        }
        // L0: -B2 Y . grad_Y, linear in Y with Y-free coefficients
        List<List<IExpr>> b2 = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            int z = vars.indexOf(shape.fast().get(a));
            FastPolynomial leading = drift.get(z).getOrDefault(lead, FastPolynomial.zero(m));
            List<IExpr> row = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                row.add(Cas.eval(F.Negate(leading.coefficient(Monomial.variable(m, c)))));
            }
            for (Map.Entry<Monomial, IExpr> t : leading.terms().entrySet()) {
                if (t.getKey().degree() != 1) {
                    throw new HomogenizationException(HomogenizationErrorCode.FAST_DRIFT_NONLINEAR, source,
                            model.variables().get(z).name(),
                            termText(FastPolynomial.monomial(t.getKey(), t.getValue()), lead, shape, writer),
                            regime == Regime.HOMOGENIZATION ? writer.write(F.Sqr(eps)) : writer.write(eps));
                }
            }
            b2.add(List.copyOf(row));
        }

        // a = sigma sigma^T, order by order
        List<List<SortedMap<Integer, FastPolynomial>>> a = new ArrayList<>();
        for (int z = 0; z < d; z++) {
            List<SortedMap<Integer, FastPolynomial>> row = new ArrayList<>();
            for (int w = 0; w < d; w++) {
                row.add(w < z ? a.get(w).get(z) : product(noise.get(z), noise.get(w), m));
            }
            a.add(row);
        }
        for (int z = 0; z < d; z++) {
            for (int w = 0; w < d; w++) {
                for (int k : a.get(z).get(w).keySet()) {
                    if (k % 2 != 0) {
                        String shared = sharedNoise(model, noise, z, w);
                        throw new HomogenizationException(HomogenizationErrorCode.SHARED_NOISE, source,
                                model.variables().get(z).name(), shared);
                    }
                }
            }
        }

        int orders = regime == Regime.HOMOGENIZATION ? 3 : 2;
        List<SplitOperator> parts = new ArrayList<>();
        for (int p = 0; p < orders; p++) {
            int k = lead + 2 * p;
            List<FastPolynomial> b = new ArrayList<>();
            List<List<FastPolynomial>> ak = new ArrayList<>();
            for (int z = 0; z < d; z++) {
                b.add(drift.get(z).getOrDefault(k, FastPolynomial.zero(m)));
                List<FastPolynomial> row = new ArrayList<>();
                for (int w = 0; w < d; w++) {
                    row.add(a.get(z).get(w).getOrDefault(k, FastPolynomial.zero(m)));
                }
                ak.add(row);
            }
            parts.add(new SplitOperator(vars, shape.fast(), b, ak));
        }
        // the limit keeps orders up to eps^0; what is beyond vanishes as eps -> 0
        for (int z = 0; z < d; z++) {
            String name = model.variables().get(z).name();
            for (Map.Entry<Integer, FastPolynomial> e : drift.get(z).entrySet()) {
                if (e.getKey() > 0) {
                    dropped.add(new DroppedTerm(name,
                            EpsilonExpansion.term(e.getValue().toExpr(shape.fast()), e.getKey(), eps), "dt"));
                }
            }
            for (int j = 0; j < model.noiseCount(); j++) {
                for (Map.Entry<Integer, FastPolynomial> e : noise.get(z).get(j).entrySet()) {
                    if (e.getKey() > 0) {
                        dropped.add(new DroppedTerm(name,
                                EpsilonExpansion.term(e.getValue().toExpr(shape.fast()), e.getKey(), eps),
                                "d" + model.noises().get(j)));
                    }
                }
            }
        }

        // L0's diffusion: sigma1 sigma1^T, Y-free by the check above
        List<List<IExpr>> s1 = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            List<IExpr> row = new ArrayList<>();
            int zr = vars.indexOf(shape.fast().get(r));
            for (int c = 0; c < m; c++) {
                int zc = vars.indexOf(shape.fast().get(c));
                row.add(parts.get(0).diffusion().get(zr).get(zc).coefficient(Monomial.one(m)));
            }
            s1.add(List.copyOf(row));
        }
        PositiveStability stability = PositiveStability.check(b2, model, shape, source);
        return new GeneratorSplit(model, source, regime, eps, vars, shape.fast(), shape.slow(), shape.functionals(),
                List.copyOf(b2), List.copyOf(s1), List.copyOf(parts), List.copyOf(dropped), stability);
    }

    private static Regime regimeOf(Sde model, ModelShape shape, List<SortedMap<Integer, FastPolynomial>> drift,
            ExpressionWriter writer) {
        int lowest = Integer.MAX_VALUE;
        String where = null;
        FastPolynomial term = null;
        for (ISymbol y : shape.fast()) {
            int z = model.variableSymbols().indexOf(y);
            SortedMap<Integer, FastPolynomial> e = drift.get(z);
            if (!e.isEmpty() && e.firstKey() < lowest) {
                lowest = e.firstKey();
                where = model.variables().get(z).name();
                term = e.get(lowest);
            }
        }
        if (lowest == -4) {
            return Regime.HOMOGENIZATION;
        }
        if (lowest == -2) {
            return Regime.AVERAGING;
        }
        if (lowest < -4 || lowest == -3) {
            throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, shape.source(), where,
                    "the drift", orderText(lowest, shape), termText(term, lowest, shape, writer));
        }
        throw new HomogenizationException(HomogenizationErrorCode.FAST_DRIFT_MISSING, shape.source(), null,
                writer.write(shape.eps()));
    }

    private static String sharedNoise(Sde model, List<List<SortedMap<Integer, FastPolynomial>>> noise, int z, int w) {
        for (int j = 0; j < model.noiseCount(); j++) {
            if (!noise.get(z).get(j).isEmpty() && !noise.get(w).get(j).isEmpty()) {
                return model.noises().get(j);
            }
        }
        return "?";
    }

    /** Σ_j σ_zj σ_wj, order by order. */
    private static SortedMap<Integer, FastPolynomial> product(List<SortedMap<Integer, FastPolynomial>> rowZ,
            List<SortedMap<Integer, FastPolynomial>> rowW, int m) {
        Map<Integer, List<FastPolynomial>> parts = new TreeMap<>();
        for (int j = 0; j < rowZ.size(); j++) {
            for (Map.Entry<Integer, FastPolynomial> e : rowZ.get(j).entrySet()) {
                for (Map.Entry<Integer, FastPolynomial> f : rowW.get(j).entrySet()) {
                    parts.computeIfAbsent(e.getKey() + f.getKey(), k -> new ArrayList<>())
                            .add(e.getValue().times(f.getValue()));
                }
            }
        }
        SortedMap<Integer, FastPolynomial> out = new TreeMap<>();
        parts.forEach((k, ps) -> {
            FastPolynomial s = FastPolynomial.sum(m, ps);
            if (!s.isZero()) {
                out.put(k, s);
            }
        });
        return out;
    }

    /** The expansion of one coefficient, each order a polynomial in Y. */
    static SortedMap<Integer, FastPolynomial> expand(IExpr e, ModelShape shape, String variable, String what,
            ExpressionWriter writer) {
        SortedMap<Integer, IExpr> orders;
        try {
            orders = EpsilonExpansion.of(e, shape.eps());
        } catch (EpsilonExpansion.NotLaurent ex) {
            throw new HomogenizationException(HomogenizationErrorCode.NOT_LAURENT, shape.source(), variable,
                    writer.write(shape.eps()), writer.write(ex.term));
        }
        SortedMap<Integer, FastPolynomial> out = new TreeMap<>();
        for (Map.Entry<Integer, IExpr> o : orders.entrySet()) {
            FastPolynomial p = FastPolynomial.of(o.getValue(), shape.fast());
            if (p == null) {
                throw new HomogenizationException(HomogenizationErrorCode.NOT_POLYNOMIAL_IN_FAST, shape.source(),
                        variable, what, writer.write(EpsilonExpansion.term(o.getValue(), o.getKey(), shape.eps())));
            }
            if (!p.isZero()) {
                out.put(o.getKey(), p);
            }
        }
        return out;
    }

    static String orderText(int twiceOrder, ModelShape shape) {
        String e = shape.epsName();
        if (twiceOrder % 2 != 0) {
            return e + "^(" + twiceOrder + "/2)";
        }
        int k = twiceOrder / 2;
        return k == 0 ? "1" : k == 1 ? e : k == -1 ? "1/" + e : k < 0 ? "1/" + e + "^" + (-k) : e + "^" + k;
    }

    /** The first term of p at the given order, written as in the model file. */
    static String termText(FastPolynomial p, int twiceOrder, ModelShape shape, ExpressionWriter writer) {
        Map.Entry<Monomial, IExpr> first = p.terms().entrySet().iterator().next();
        for (Map.Entry<Monomial, IExpr> t : p.terms().entrySet()) {
            first = t; // the highest monomial names the trouble best (Y1^2 rather than a constant)
        }
        IExpr term = FastPolynomial.monomial(first.getKey(), first.getValue()).toExpr(shape.fast());
        return writer.write(EpsilonExpansion.term(term, twiceOrder, shape.eps()));
    }

    public Sde model() {
        return model;
    }

    public String source() {
        return source;
    }

    public Regime regime() {
        return regime;
    }

    public ISymbol eps() {
        return eps;
    }

    /** All variables z of the model, in its order. */
    public List<ISymbol> variables() {
        return variables;
    }

    public List<ISymbol> fast() {
        return fast;
    }

    /** The slow variables X, in the model's order. */
    public List<ISymbol> slow() {
        return slow;
    }

    /** The functionals A, in the model's order. */
    public List<ISymbol> functionals() {
        return functionals;
    }

    /** X̃ = (X, A): the variables of the effective SDE. */
    public List<ISymbol> resolved() {
        List<ISymbol> out = new ArrayList<>(slow);
        out.addAll(functionals);
        return List.copyOf(out);
    }

    /** B2(X), read off L0 = -B2 Y·∇_Y + ... */
    public List<List<IExpr>> b2() {
        return b2;
    }

    /** σ1σ1^T, the diffusion of L0. */
    public List<List<IExpr>> sigma1Squared() {
        return sigma1Squared;
    }

    /** L0 (the fast OU generator). */
    public SplitOperator l0() {
        return parts.get(0);
    }

    /** L1. */
    public SplitOperator l1() {
        return parts.get(1);
    }

    /** L2 for homogenization; for averaging there is none (an operator with no terms). */
    public SplitOperator l2() {
        return parts.size() > 2 ? parts.get(2) : SplitOperator.zero(variables, fast);
    }

    public List<DroppedTerm> dropped() {
        return dropped;
    }

    public PositiveStability stability() {
        return stability;
    }

    /** Parameters of the model, for assumptions and numeric checks. */
    public List<Parameter> parameters() {
        return model.parameters();
    }
}

package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * A model recognised as a member of the slow-fast class of seed 000 (eqs. 5-7), its coefficients identified:
 * <pre>
 *   dX = u0(X) dt + (1/ε) U1(X) Y dt + σ0(X) dW~,
 *   dY = -(1/ε²) B2(X) Y dt + (1/ε) b1(X) dt + (1/ε) σ1(X) dW,
 *   dA = r(X, Y) dt + (1/ε) q(X, Y) dt + p(X, Y)·dX,
 * </pre>
 * with W~ and W independent (no noise drives both X and Y), B2 positive stable, and r, q, p polynomials in Y
 * (so that averages are exact). A Stratonovich model is first brought to Itô form (p∘dX = p·dX + ½ d⟨p, X⟩: the
 * bracket goes into r). In the {@link Regime#AVERAGING averaging} regime the class is
 * <pre>
 *   dX = u0(X, Y) dt + σ0(X, Y) dW~,   dY = -(1/ε) B2(X) Y dt + (1/√ε) σ1(X) dW,   dA = r(X, Y) dt + p(X, Y)·dX,
 * </pre>
 * and U1, b1, q are zero. Terms of positive order in ε vanish in the limit and are dropped. Anything else is a
 * {@link HomogenizationException} naming the equation and the term.
 *
 * <p>Matrices are lists of rows; σ0 and σ1 have one column per noise of the model.
 */
public final class SlowFastSystem {
    private final ModelExpansion ex;
    private final Regime regime;
    private final List<FastPolynomial> u0;
    private final List<List<Quotient<BigInteger>>> u1;
    private final List<List<Quotient<BigInteger>>> b2;
    private final List<Quotient<BigInteger>> b1;
    private final List<List<FastPolynomial>> sigma0;
    private final List<List<Quotient<BigInteger>>> sigma1;
    private final List<FastPolynomial> r;
    private final List<FastPolynomial> q;
    private final List<List<FastPolynomial>> p;
    private final List<GeneratorSplit.DroppedTerm> dropped;
    private final PositiveStability stability;

    private SlowFastSystem(ModelExpansion ex, Regime regime, List<FastPolynomial> u0,
            List<List<Quotient<BigInteger>>> u1, List<List<Quotient<BigInteger>>> b2,
            List<Quotient<BigInteger>> b1, List<List<FastPolynomial>> sigma0,
            List<List<Quotient<BigInteger>>> sigma1, List<FastPolynomial> r, List<FastPolynomial> q,
            List<List<FastPolynomial>> p, List<GeneratorSplit.DroppedTerm> dropped, PositiveStability stability) {
        this.ex = ex;
        this.regime = regime;
        this.u0 = List.copyOf(u0);
        this.u1 = copy(u1);
        this.b2 = copy(b2);
        this.b1 = List.copyOf(b1);
        this.sigma0 = copy(sigma0);
        this.sigma1 = copy(sigma1);
        this.r = List.copyOf(r);
        this.q = List.copyOf(q);
        this.p = copy(p);
        this.dropped = List.copyOf(dropped);
        this.stability = stability;
    }

    private static <T> List<List<T>> copy(List<List<T>> m) {
        List<List<T>> out = new ArrayList<>();
        for (List<T> row : m) {
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    /**
     * Recognises the class and identifies the coefficients.
     *
     * @param source the model file as the user named it, for messages
     * @throws HomogenizationException when the model is outside the class
     */
    public static SlowFastSystem recognize(Sde model, String source) {
        return recognize(ModelExpansion.of(model, source));
    }

    static SlowFastSystem recognize(ModelExpansion ex) {
        Regime regime = GeneratorSplit.regimeOf(ex);
        boolean hom = regime == Regime.HOMOGENIZATION;
        List<GeneratorSplit.DroppedTerm> dropped = new ArrayList<>();
        SlowPart slow = slowCoefficients(ex, hom, dropped);
        FastPart fast = fastCoefficients(ex, hom);
        FunctionalPart functionals = functionalCoefficients(ex, hom, dropped);
        requireIndependentNoises(ex, slow.sigma0(), fast.sigma1());
        PositiveStability stability = PositiveStability.check(fast.b2(), ex);
        return new SlowFastSystem(ex, regime, slow.u0(), slow.u1(), fast.b2(), fast.b1(), slow.sigma0(),
                fast.sigma1(), functionals.r(), functionals.q(), functionals.p(), dropped, stability);
    }

    /** The slow rows' coefficients u0, U1 (eq. 5; U1 only when homogenizing) and sigma0. */
    private record SlowPart(List<FastPolynomial> u0, List<List<Quotient<BigInteger>>> u1,
            List<List<FastPolynomial>> sigma0) {
    }

    /** The fast rows' coefficients B2, b1 and sigma1 (eq. 6). */
    private record FastPart(List<List<Quotient<BigInteger>>> b2, List<Quotient<BigInteger>> b1,
            List<List<Quotient<BigInteger>>> sigma1) {
    }

    /** The functionals' coefficients r, q and p (eq. 7). */
    private record FunctionalPart(List<FastPolynomial> r, List<FastPolynomial> q, List<List<FastPolynomial>> p) {
    }

    /**
     * The slow drift u0 + U1 Y/ε (U1 linear in Y when homogenizing; u0 free of Y then) and noise sigma0; terms of
     * positive order in ε are dropped (recorded in {@code dropped}), more singular ones refused.
     */
    private static SlowPart slowCoefficients(ModelExpansion ex, boolean hom,
            List<GeneratorSplit.DroppedTerm> dropped) {
        int m = ex.fastCount();
        List<FastPolynomial> u0 = new ArrayList<>();
        List<List<Quotient<BigInteger>>> u1 = new ArrayList<>();
        List<List<FastPolynomial>> sigma0 = new ArrayList<>();
        for (int z : rows(ex.model, Role.SLOW)) {
            String name = ex.name(z);
            List<Quotient<BigInteger>> u1Row = zeros(ex.field, m);
            FastPolynomial drift0 = ex.zero();
            for (Map.Entry<Integer, FastPolynomial> e : ex.drift.get(z).entrySet()) {
                int k = e.getKey();
                FastPolynomial c = e.getValue();
                if (k == 0) {
                    if (hom && !c.isConstant()) {
                        throw new HomogenizationException(HomogenizationErrorCode.DEPENDS_ON_FAST, ex.source, name,
                                "u0 (eq. 5)", ex.termText(c, 0));
                    }
                    drift0 = c;
                } else if (k == -2 && hom) {
                    for (Map.Entry<Monomial, Quotient<BigInteger>> t : c.termsHighestFirst()) {
                        if (t.getKey().degree() != 1) {
                            throw new HomogenizationException(HomogenizationErrorCode.SLOW_SINGULAR_DRIFT_NOT_LINEAR,
                                    ex.source, name, ex.writer.write(ex.shape.eps()),
                                    ex.termText(FastPolynomial.monomial(ex.field, t.getKey(), t.getValue()), k));
                        }
                    }
                    for (int a = 0; a < m; a++) {
                        u1Row.set(a, c.coefficient(Monomial.variable(m, a)));
                    }
                } else if (k > 0) {
                    dropped.add(new GeneratorSplit.DroppedTerm(name, ex.term(c, k), "dt"));
                } else {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, name,
                            "the drift", ex.orderText(k), ex.termText(c, k));
                }
            }
            u0.add(drift0);
            u1.add(u1Row);
            sigma0.add(slowNoise(ex, z, hom, dropped));
        }
        return new SlowPart(u0, u1, sigma0);
    }

    /** Row {@code z} of sigma0: the order-1 noise of a slow variable (free of Y when homogenizing). */
    private static List<FastPolynomial> slowNoise(ModelExpansion ex, int z, boolean hom,
            List<GeneratorSplit.DroppedTerm> dropped) {
        String name = ex.name(z);
        List<FastPolynomial> s0 = new ArrayList<>();
        for (int j = 0; j < ex.model.noiseCount(); j++) {
            FastPolynomial s = ex.zero();
            for (Map.Entry<Integer, FastPolynomial> o : ex.noise.get(z).get(j).entrySet()) {
                int k = o.getKey();
                if (k == 0) {
                    if (hom && !o.getValue().isConstant()) {
                        throw new HomogenizationException(HomogenizationErrorCode.DEPENDS_ON_FAST, ex.source, name,
                                "sigma0 (eq. 5)", ex.termText(o.getValue(), k));
                    }
                    s = o.getValue();
                } else if (k > 0) {
                    dropped.add(new GeneratorSplit.DroppedTerm(name, ex.term(o.getValue(), k),
                            "d" + ex.model.noises().get(j)));
                } else {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, name,
                            "the noise", ex.orderText(k), ex.termText(o.getValue(), k));
                }
            }
            s0.add(s);
        }
        return s0;
    }

    /**
     * The fast drift -B2 Y/ε² (+ b1/ε, the fast mean's offset, when homogenizing; ε and 1 when averaging) and the
     * constant fast noise sigma1 of order 1/ε (1/sqrt(ε) when averaging); nothing else is allowed in a fast row.
     */
    private static FastPart fastCoefficients(ModelExpansion ex, boolean hom) {
        int m = ex.fastCount();
        List<List<Quotient<BigInteger>>> b2 = new ArrayList<>();
        List<Quotient<BigInteger>> b1 = new ArrayList<>();
        List<List<Quotient<BigInteger>>> sigma1 = new ArrayList<>();
        int lead = hom ? -4 : -2;
        String leadText = ex.writer.write(hom ? F.Sqr(ex.shape.eps()) : ex.shape.eps());
        for (int z : rows(ex.model, Role.FAST)) {
            String name = ex.name(z);
            List<Quotient<BigInteger>> b2Row = zeros(ex.field, m);
            Quotient<BigInteger> b1z = ex.field.zero();
            for (Map.Entry<Integer, FastPolynomial> e : ex.drift.get(z).entrySet()) {
                int k = e.getKey();
                FastPolynomial c = e.getValue();
                if (k == lead) {
                    for (Map.Entry<Monomial, Quotient<BigInteger>> t : c.termsHighestFirst()) {
                        if (t.getKey().degree() == 1) {
                            continue;
                        }
                        String term = ex.termText(FastPolynomial.monomial(ex.field, t.getKey(), t.getValue()), k);
                        throw t.getKey().degree() == 0
                                ? new HomogenizationException(HomogenizationErrorCode.EXTRA_FAST_TERM, ex.source,
                                        name, term)
                                : new HomogenizationException(HomogenizationErrorCode.FAST_DRIFT_NONLINEAR,
                                        ex.source, name, term, leadText);
                    }
                    for (int a = 0; a < m; a++) {
                        b2Row.set(a, c.coefficient(Monomial.variable(m, a)).negate());
                    }
                } else if (k == -2 && hom && c.isConstant()) {
                    b1z = c.coefficient(Monomial.one(m));
                } else if (k < lead) {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, name,
                            "the drift", ex.orderText(k), ex.termText(c, k));
                } else {
                    throw new HomogenizationException(HomogenizationErrorCode.EXTRA_FAST_TERM, ex.source, name,
                            ex.termText(c, k));
                }
            }
            b2.add(b2Row);
            b1.add(b1z);
            sigma1.add(fastNoise(ex, z, hom));
        }
        return new FastPart(b2, b1, sigma1);
    }

    /** Row {@code z} of sigma1: a fast variable's noise, constant and of order 1/ε (1/sqrt(ε) when averaging). */
    private static List<Quotient<BigInteger>> fastNoise(ModelExpansion ex, int z, boolean hom) {
        String name = ex.name(z);
        int m = ex.fastCount();
        int order = hom ? -2 : -1;
        List<Quotient<BigInteger>> s1 = zeros(ex.field, ex.model.noiseCount());
        for (int j = 0; j < ex.model.noiseCount(); j++) {
            for (Map.Entry<Integer, FastPolynomial> o : ex.noise.get(z).get(j).entrySet()) {
                if (o.getKey() != order) {
                    throw new HomogenizationException(HomogenizationErrorCode.FAST_NOISE_ORDER, ex.source, name,
                            hom ? ex.writer.write(ex.shape.eps()) : "sqrt(" + ex.writer.write(ex.shape.eps()) + ")",
                            ex.termText(o.getValue(), o.getKey()));
                }
                if (!o.getValue().isConstant()) {
                    throw new HomogenizationException(HomogenizationErrorCode.DEPENDS_ON_FAST, ex.source, name,
                            "sigma1 (eq. 6)", ex.termText(o.getValue(), o.getKey()));
                }
                s1.set(j, o.getValue().coefficient(Monomial.one(m)));
            }
        }
        return s1;
    }

    /** Each functional's dA = (r + q/ε) dt + p dX (eq. 7): p over slow differentials only, no noise of its own. */
    private static FunctionalPart functionalCoefficients(ModelExpansion ex, boolean hom,
            List<GeneratorSplit.DroppedTerm> dropped) {
        List<FastPolynomial> rs = new ArrayList<>();
        List<FastPolynomial> qs = new ArrayList<>();
        List<List<FastPolynomial>> ps = new ArrayList<>();
        for (int z : rows(ex.model, Role.FUNCTIONAL)) {
            String name = ex.name(z);
            ps.add(functionalWeights(ex, z, dropped));
            for (int j = 0; j < ex.model.noiseCount(); j++) {
                SortedMap<Integer, FastPolynomial> own = ex.ownNoise.get(z).get(j);
                if (!own.isEmpty()) {
                    Map.Entry<Integer, FastPolynomial> first = own.entrySet().iterator().next();
                    throw new HomogenizationException(HomogenizationErrorCode.FUNCTIONAL_NOISE, ex.source, name,
                            ex.termText(first.getValue(), first.getKey()) + "*d" + ex.model.noises().get(j));
                }
            }
            FastPolynomial r = ex.zero();
            FastPolynomial q = ex.zero();
            for (Map.Entry<Integer, FastPolynomial> e : ex.ownDrift.get(z).entrySet()) {
                int k = e.getKey();
                if (k == 0) {
                    r = e.getValue();
                } else if (k == -2 && hom) {
                    q = e.getValue();
                } else if (k > 0) {
                    dropped.add(new GeneratorSplit.DroppedTerm(name, ex.term(e.getValue(), k), "dt"));
                } else {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, name,
                            "the drift", ex.orderText(k), ex.termText(e.getValue(), k));
                }
            }
            rs.add(r);
            qs.add(q);
        }
        return new FunctionalPart(rs, qs, ps);
    }

    /** Row {@code z} of p: the functional's weights of the slow differentials, at order 1 in ε. */
    private static List<FastPolynomial> functionalWeights(ModelExpansion ex, int z,
            List<GeneratorSplit.DroppedTerm> dropped) {
        String name = ex.name(z);
        Sde model = ex.model;
        List<SortedMap<Integer, FastPolynomial>> w = ex.weights.get(z);
        List<FastPolynomial> pRow = new ArrayList<>();
        for (int k = 0; k < model.dimension(); k++) {
            if (w.get(k).isEmpty()) {
                if (model.variables().get(k).role() == Role.SLOW) {
                    pRow.add(ex.zero());
                }
                continue;
            }
            if (model.variables().get(k).role() != Role.SLOW) {
                throw new HomogenizationException(HomogenizationErrorCode.FUNCTIONAL_FAST_DIFFERENTIAL, ex.source,
                        name, ex.name(k));
            }
            FastPolynomial p0 = ex.zero();
            for (Map.Entry<Integer, FastPolynomial> e : w.get(k).entrySet()) {
                if (e.getKey() == 0) {
                    p0 = e.getValue();
                } else if (e.getKey() > 0) {
                    dropped.add(new GeneratorSplit.DroppedTerm(name, ex.term(e.getValue(), e.getKey()),
                            "d" + ex.name(k)));
                } else {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, name,
                            "p", ex.orderText(e.getKey()), ex.termText(e.getValue(), e.getKey()));
                }
            }
            pRow.add(p0);
        }
        return pRow;
    }

    /** Eqs. (5)-(6): the slow noise W~ and the fast noise W are independent (no noise drives both). */
    private static void requireIndependentNoises(ModelExpansion ex, List<List<FastPolynomial>> sigma0,
            List<List<Quotient<BigInteger>>> sigma1) {
        List<Integer> fastRows = rows(ex.model, Role.FAST);
        for (int j = 0; j < ex.model.noiseCount(); j++) {
            boolean slowUses = false;
            for (List<FastPolynomial> row : sigma0) {
                slowUses |= !row.get(j).isZero();
            }
            for (int a = 0; a < fastRows.size(); a++) {
                if (slowUses && !sigma1.get(a).get(j).isZERO()) {
                    throw new HomogenizationException(HomogenizationErrorCode.SHARED_NOISE, ex.source,
                            ex.name(fastRows.get(a)), ex.model.noises().get(j));
                }
            }
        }
    }

    private static List<Quotient<BigInteger>> zeros(RationalFunctionField field, int n) {
        List<Quotient<BigInteger>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(field.zero());
        }
        return out;
    }

    private static List<Integer> rows(Sde model, Role role) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < model.dimension(); i++) {
            if (model.variables().get(i).role() == role) {
                out.add(i);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ exact forms, for the routes

    RationalFunctionField field() {
        return ex.field;
    }

    List<FastPolynomial> u0Polynomials() {
        return u0;
    }

    List<List<Quotient<BigInteger>>> u1Exact() {
        return u1;
    }

    List<List<Quotient<BigInteger>>> b2Exact() {
        return b2;
    }

    List<Quotient<BigInteger>> b1Exact() {
        return b1;
    }

    List<List<FastPolynomial>> sigma0Polynomials() {
        return sigma0;
    }

    List<List<Quotient<BigInteger>>> sigma1Exact() {
        return sigma1;
    }

    List<FastPolynomial> rPolynomials() {
        return r;
    }

    List<FastPolynomial> qPolynomials() {
        return q;
    }

    List<List<FastPolynomial>> pPolynomials() {
        return p;
    }

    // ------------------------------------------------------------------ public view, as expressions

    public Sde model() {
        return ex.model;
    }

    public String source() {
        return ex.source;
    }

    public Regime regime() {
        return regime;
    }

    public ISymbol eps() {
        return ex.shape.eps();
    }

    /** X, in the model's order. */
    public List<ISymbol> slow() {
        return ex.shape.slow();
    }

    /** Y, in the model's order. */
    public List<ISymbol> fast() {
        return ex.shape.fast();
    }

    /** The functionals A, in the model's order. */
    public List<ISymbol> functionals() {
        return ex.shape.functionals();
    }

    /** u0(X) (eq. 5); u0(X, Y) when averaging. */
    public List<IExpr> u0() {
        return u0.stream().map(ex::expr).toList();
    }

    /** U1(X), n x m (eq. 5); zero when averaging. */
    public List<List<IExpr>> u1() {
        return exprs(u1);
    }

    /** B2(X), m x m, positive stable (eq. 6). */
    public List<List<IExpr>> b2() {
        return exprs(b2);
    }

    /** b1(X) (eq. 6); zero when averaging. */
    public List<IExpr> b1() {
        return b1.stream().map(ex.field::toExpr).toList();
    }

    /** σ0, n x (noises) (eq. 5). */
    public List<List<IExpr>> sigma0() {
        return sigma0.stream().map(row -> row.stream().map(ex::expr).toList()).toList();
    }

    /** σ1, m x (noises) (eq. 6). */
    public List<List<IExpr>> sigma1() {
        return exprs(sigma1);
    }

    /** r(X, Y), one per functional (eq. 7). */
    public List<IExpr> r() {
        return r.stream().map(ex::expr).toList();
    }

    /** q(X, Y), one per functional (eq. 7); zero when averaging. */
    public List<IExpr> q() {
        return q.stream().map(ex::expr).toList();
    }

    /** p(X, Y), one row per functional, one column per slow variable (eq. 7). */
    public List<List<IExpr>> p() {
        return p.stream().map(row -> row.stream().map(ex::expr).toList()).toList();
    }

    private List<List<IExpr>> exprs(List<List<Quotient<BigInteger>>> m) {
        return m.stream().map(row -> row.stream().map(ex.field::toExpr).toList()).toList();
    }

    public List<GeneratorSplit.DroppedTerm> dropped() {
        return dropped;
    }

    public PositiveStability stability() {
        return stability;
    }

    /** True when every p is free of Y, q = 0 and σ0 = 0: the hypotheses of Result 2.2 (eqs. 20-24). */
    public boolean satisfiesResult22() {
        boolean pFree = p.stream().flatMap(List::stream).allMatch(FastPolynomial::isConstant);
        boolean qZero = q.stream().allMatch(FastPolynomial::isZero);
        boolean s0Zero = sigma0.stream().flatMap(List::stream).allMatch(FastPolynomial::isZero);
        return regime == Regime.HOMOGENIZATION && !ex.shape.functionals().isEmpty() && pFree && qZero && s0Zero;
    }
}

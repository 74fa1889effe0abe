package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
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
 * The generator of a slow-fast model split by powers of the small parameter, the starting point of the generator
 * route: L = ε⁻² L0 + ε⁻¹ L1 + L2 for homogenization (seed 000, eqs. 25-28, with the erratum of MATH.md on eq. 28),
 * L = ε⁻¹ L0 + L1 for first-order averaging.
 *
 * <p>The split is read off the Itô form of the whole system, functionals' p·dX substituted, by expanding every drift
 * b_z and every diffusion entry a_zw = (σσ^T)_zw in powers of ε. L0 must be the generator of an Ornstein-Uhlenbeck
 * process in the fast variables alone, (c(X) - B2(X) Y)·∇_Y + ½ σ1σ1^T:∇_Y∇_Y with B2 positive stable (c, a fast
 * equilibrium that moves with X, is outside Lim's eq. (6)); L1 and L2 may be any
 * operators whose coefficients are polynomials in Y (a fast drift of order 1/ε that depends on Y, noise shared by
 * slow and fast variables in homogenization: what Result 2.1 does not cover). Terms of positive order in ε vanish in
 * the limit and are dropped ({@link #dropped()}). Anything else is a {@link HomogenizationException} naming the
 * equation and the term.
 */
public final class GeneratorSplit {
    /**
     * A term of positive order in ε, dropped from the limit.
     *
     * @param differential what the term multiplies in the equation: dt, a dW, or a dX
     */
    public record DroppedTerm(String variable, IExpr term, String differential) {
    }

    private final Sde model;
    private final String source;
    private final Regime regime;
    private final ModelShape shape;
    private final RationalFunctionField field;
    private final List<ISymbol> variables;
    private final List<List<Quotient<BigInteger>>> b2;
    private final List<Quotient<BigInteger>> offset;
    private final List<List<Quotient<BigInteger>>> sigma1Squared;
    private final List<SplitOperator> parts;
    private final List<DroppedTerm> dropped;
    private final PositiveStability stability;

    private GeneratorSplit(ModelExpansion ex, Regime regime, List<List<Quotient<BigInteger>>> b2,
            List<Quotient<BigInteger>> offset, List<List<Quotient<BigInteger>>> sigma1Squared, List<SplitOperator> parts, List<DroppedTerm> dropped,
            PositiveStability stability) {
        this.model = ex.model;
        this.source = ex.source;
        this.regime = regime;
        this.shape = ex.shape;
        this.field = ex.field;
        this.variables = ex.model.variableSymbols();
        this.b2 = b2;
        this.offset = offset;
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
        return of(ModelExpansion.of(model, source));
    }

    static GeneratorSplit of(ModelExpansion ex) {
        Regime regime = regimeOf(ex);
        boolean hom = regime == Regime.HOMOGENIZATION;
        int lead = hom ? -4 : -2;
        requireOrders(ex, hom, lead);
        List<List<Quotient<BigInteger>>> b2 = new ArrayList<>();
        List<Quotient<BigInteger>> offset = new ArrayList<>();
        fastLinearDrift(ex, hom, lead, b2, offset);
        List<List<SortedMap<Integer, FastPolynomial>>> a = noiseMatrixByOrder(ex);
        List<SplitOperator> parts = new ArrayList<>();
        for (int p = 0; p < (hom ? 3 : 2); p++) {
            parts.add(operatorOfOrder(ex, a, lead + 2 * p));
        }
        List<List<Quotient<BigInteger>>> s1 = fastDiffusion(ex, parts.get(0));
        PositiveStability stability = PositiveStability.check(b2, ex);
        return new GeneratorSplit(ex, regime, List.copyOf(b2), List.copyOf(offset), List.copyOf(s1),
                List.copyOf(parts), List.copyOf(droppedTerms(ex)), stability);
    }

    /**
     * The orders in ε the split allows: drift down to ε^lead in a fast row and ε^(lead/2) in a slow one, even orders
     * only; a fast noise of the one order lead/2 and free of Y; a slow noise of order 1 or smaller.
     */
    private static void requireOrders(ModelExpansion ex, boolean hom, int lead) {
        Sde model = ex.model;
        int fastNoise = lead / 2;
        for (int z = 0; z < model.dimension(); z++) {
            Variable v = model.variables().get(z);
            boolean isFast = v.role() == Role.FAST;
            for (Map.Entry<Integer, FastPolynomial> e : ex.drift.get(z).entrySet()) {
                int k = e.getKey();
                if (k < (isFast ? lead : lead / 2) || k % 2 != 0) {
                    throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source,
                            v.name(), "the drift", ex.orderText(k), ex.termText(e.getValue(), k));
                }
            }
            for (int j = 0; j < model.noiseCount(); j++) {
                for (Map.Entry<Integer, FastPolynomial> e : ex.noise.get(z).get(j).entrySet()) {
                    int k = e.getKey();
                    if (isFast && k != fastNoise) {
                        throw new HomogenizationException(HomogenizationErrorCode.FAST_NOISE_ORDER, ex.source,
                                v.name(), hom ? ex.writer.write(ex.shape.eps())
                                        : "sqrt(" + ex.writer.write(ex.shape.eps()) + ")",
                                ex.termText(e.getValue(), k));
                    }
                    if (!isFast && k < 0) {
                        throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source,
                                v.name(), "the noise", ex.orderText(k), ex.termText(e.getValue(), k));
                    }
                    if (isFast && !e.getValue().isConstant()) {
                        throw new HomogenizationException(HomogenizationErrorCode.DEPENDS_ON_FAST, ex.source,
                                v.name(), "sigma1", ex.termText(e.getValue(), k));
                    }
                }
            }
        }
    }

    /**
     * L0's drift c - B2 Y, affine in Y with Y-free coefficients (c moves the fast equilibrium with X): B2's rows and
     * the offsets c into the two lists.
     */
    private static void fastLinearDrift(ModelExpansion ex, boolean hom, int lead,
            List<List<Quotient<BigInteger>>> b2, List<Quotient<BigInteger>> offset) {
        int m = ex.fastCount();
        List<ISymbol> vars = ex.model.variableSymbols();
        for (int a = 0; a < m; a++) {
            int z = vars.indexOf(ex.shape.fast().get(a));
            FastPolynomial leading = ex.drift.get(z).getOrDefault(lead, ex.zero());
            offset.add(leading.coefficient(Monomial.one(m)));
            for (Map.Entry<Monomial, Quotient<BigInteger>> t : leading.termsHighestFirst()) {
                if (t.getKey().degree() > 1) {
                    throw new HomogenizationException(HomogenizationErrorCode.FAST_DRIFT_NONLINEAR, ex.source,
                            ex.name(z), ex.termText(FastPolynomial.monomial(ex.field, t.getKey(), t.getValue()), lead),
                            hom ? ex.writer.write(F.Sqr(ex.shape.eps())) : ex.writer.write(ex.shape.eps()));
                }
            }
            List<Quotient<BigInteger>> row = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                row.add(leading.coefficient(Monomial.variable(m, c)).negate());
            }
            b2.add(List.copyOf(row));
        }
    }

    /** a = σσ^T order by order in ε; an odd order means a noise shared between orders that do not pair (E710). */
    private static List<List<SortedMap<Integer, FastPolynomial>>> noiseMatrixByOrder(ModelExpansion ex) {
        int d = ex.model.dimension();
        List<List<SortedMap<Integer, FastPolynomial>>> a = new ArrayList<>();
        for (int z = 0; z < d; z++) {
            List<SortedMap<Integer, FastPolynomial>> row = new ArrayList<>();
            for (int w = 0; w < d; w++) {
                row.add(w < z ? a.get(w).get(z) : product(ex.noise.get(z), ex.noise.get(w), ex));
            }
            a.add(row);
        }
        for (int z = 0; z < d; z++) {
            for (int w = 0; w < d; w++) {
                for (int k : a.get(z).get(w).keySet()) {
                    if (k % 2 != 0) {
                        throw new HomogenizationException(HomogenizationErrorCode.SHARED_NOISE, ex.source,
                                ex.name(z), sharedNoise(ex, z, w));
                    }
                }
            }
        }
        return a;
    }

    /** The part of the generator at ε^k: the drift's and σσ^T's coefficients of that order. */
    private static SplitOperator operatorOfOrder(ModelExpansion ex, List<List<SortedMap<Integer, FastPolynomial>>> a,
            int k) {
        int d = ex.model.dimension();
        List<FastPolynomial> b = new ArrayList<>();
        List<List<FastPolynomial>> ak = new ArrayList<>();
        for (int z = 0; z < d; z++) {
            b.add(ex.drift.get(z).getOrDefault(k, ex.zero()));
            List<FastPolynomial> row = new ArrayList<>();
            for (int w = 0; w < d; w++) {
                row.add(a.get(z).get(w).getOrDefault(k, ex.zero()));
            }
            ak.add(row);
        }
        return new SplitOperator(ex.field, ex.model.variableSymbols(), ex.shape.fast(), b, ak);
    }

    /** The terms of positive order in ε: the limit keeps orders up to ε^0, what is beyond vanishes as ε → 0. */
    private static List<DroppedTerm> droppedTerms(ModelExpansion ex) {
        Sde model = ex.model;
        List<DroppedTerm> dropped = new ArrayList<>();
        for (int z = 0; z < model.dimension(); z++) {
            for (Map.Entry<Integer, FastPolynomial> e : ex.drift.get(z).entrySet()) {
                if (e.getKey() > 0) {
                    dropped.add(new DroppedTerm(ex.name(z), ex.term(e.getValue(), e.getKey()), "dt"));
                }
            }
            for (int j = 0; j < model.noiseCount(); j++) {
                for (Map.Entry<Integer, FastPolynomial> e : ex.noise.get(z).get(j).entrySet()) {
                    if (e.getKey() > 0) {
                        dropped.add(new DroppedTerm(ex.name(z), ex.term(e.getValue(), e.getKey()),
                                "d" + model.noises().get(j)));
                    }
                }
            }
        }
        return dropped;
    }

    /** L0's diffusion σ1σ1^T on the fast variables, Y-free by {@link #requireOrders}. */
    private static List<List<Quotient<BigInteger>>> fastDiffusion(ModelExpansion ex, SplitOperator leading) {
        int m = ex.fastCount();
        List<ISymbol> vars = ex.model.variableSymbols();
        List<List<Quotient<BigInteger>>> s1 = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            List<Quotient<BigInteger>> row = new ArrayList<>();
            int zr = vars.indexOf(ex.shape.fast().get(r));
            for (int c = 0; c < m; c++) {
                int zc = vars.indexOf(ex.shape.fast().get(c));
                row.add(leading.diffusion().get(zr).get(zc).coefficient(Monomial.one(m)));
            }
            s1.add(List.copyOf(row));
        }
        return s1;
    }

    /** Homogenization when the fast drift has a 1/ε² term, averaging when its most singular term is 1/ε. */
    static Regime regimeOf(ModelExpansion ex) {
        int lowest = Integer.MAX_VALUE;
        int where = -1;
        for (ISymbol y : ex.shape.fast()) {
            int z = ex.model.variableSymbols().indexOf(y);
            SortedMap<Integer, FastPolynomial> e = ex.drift.get(z);
            if (!e.isEmpty() && e.firstKey() < lowest) {
                lowest = e.firstKey();
                where = z;
            }
        }
        if (lowest == -4) {
            return Regime.HOMOGENIZATION;
        }
        if (lowest == -2) {
            return Regime.AVERAGING;
        }
        if (lowest < -4 || lowest == -3) {
            throw new HomogenizationException(HomogenizationErrorCode.ORDER_TOO_SINGULAR, ex.source, ex.name(where),
                    "the drift", ex.orderText(lowest), ex.termText(ex.drift.get(where).get(lowest), lowest));
        }
        throw new HomogenizationException(HomogenizationErrorCode.FAST_DRIFT_MISSING, ex.source, null,
                ex.writer.write(ex.shape.eps()));
    }

    private static String sharedNoise(ModelExpansion ex, int z, int w) {
        for (int j = 0; j < ex.model.noiseCount(); j++) {
            if (!ex.noise.get(z).get(j).isEmpty() && !ex.noise.get(w).get(j).isEmpty()) {
                return ex.model.noises().get(j);
            }
        }
        return "?";
    }

    /** Σ_j σ_zj σ_wj, order by order. */
    private static SortedMap<Integer, FastPolynomial> product(List<SortedMap<Integer, FastPolynomial>> rowZ,
            List<SortedMap<Integer, FastPolynomial>> rowW, ModelExpansion ex) {
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
            FastPolynomial s = FastPolynomial.sum(ex.field, ex.fastCount(), ps);
            if (!s.isZero()) {
                out.put(k, s);
            }
        });
        return out;
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
        return shape.eps();
    }

    /** The field holding every coefficient. */
    public RationalFunctionField field() {
        return field;
    }

    /** All variables z of the model, in its order. */
    public List<ISymbol> variables() {
        return variables;
    }

    public List<ISymbol> fast() {
        return shape.fast();
    }

    /** The slow variables X, in the model's order. */
    public List<ISymbol> slow() {
        return shape.slow();
    }

    /** The functionals A, in the model's order. */
    public List<ISymbol> functionals() {
        return shape.functionals();
    }

    /** X̃ = (X, A): the variables of the effective SDE. */
    public List<ISymbol> resolved() {
        List<ISymbol> out = new ArrayList<>(shape.slow());
        out.addAll(shape.functionals());
        return List.copyOf(out);
    }

    /** c(X), the Y-free part of L0's drift c - B2 Y: zero in Lim's class (eq. 6). */
    public List<Quotient<BigInteger>> offset() {
        return offset;
    }

    /** B2(X), read off L0 = (c - B2 Y)·∇_Y + ... */
    public List<List<Quotient<BigInteger>>> b2() {
        return b2;
    }

    /** σ1σ1^T, the diffusion of L0. */
    public List<List<Quotient<BigInteger>>> sigma1Squared() {
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
        return parts.size() > 2 ? parts.get(2) : SplitOperator.zero(field, variables, shape.fast());
    }

    public List<DroppedTerm> dropped() {
        return dropped;
    }

    public PositiveStability stability() {
        return stability;
    }

    /** Parameters of the model. */
    public List<Parameter> parameters() {
        return model.parameters();
    }
}

package org.kolmo.moments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kolmo.algebra.Monomial;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Closes a moment hierarchy that does not close: every moment of order above K that appears in the equations of the
 * moments of orders 1..K is replaced by the closure's function of those moments ({@link Closure}). The formulas are
 * exact algebra on multi-indices, written here rather than as rules: they are sums and products over the lattice
 * of exponents below a monomial.
 */
public final class MomentClosure {
    private final Closure closure;
    private final int order;
    private final int n;
    private final List<ISymbol> u;
    private final Map<Monomial, ISymbol> symbolOf = new HashMap<>();
    private final Map<Monomial, IExpr> cumulants = new HashMap<>();
    private final Map<Monomial, IExpr> raw = new HashMap<>();
    private final Map<Monomial, Map<Monomial, Integer>> exponents = new HashMap<>();

    private MomentClosure(Closure closure, int order, List<Monomial> moments, List<String> names) {
        this.closure = closure;
        this.order = order;
        this.n = moments.get(0).size();
        this.u = names.stream().map(Symbols::internal).toList();
        for (int i = 0; i < moments.size(); i++) {
            symbolOf.put(moments.get(i), u.get(i));
        }
    }

    /**
     * The closed system of the moments of orders 1..{@code order} of {@code sde}. When nothing escapes, the system is
     * the exact one and no closure formula is used.
     *
     * @throws MomentsException for an order below 1 (or below 2 where the closure needs second moments), a model
     *         that is not polynomial, a closure undefined for the model (a code and the equation at fault)
     */
    public static ClosedMomentSystem derive(Sde sde, int order, Closure closure) throws MomentsException {
        if (order < 1) {
            throw MomentsException.option("--order", MomentsErrorCode.ORDER_TOO_LOW, order);
        }
        if (order < 2 && (closure == Closure.LOGNORMAL || closure == Closure.GAMMA)) {
            throw new MomentsException(MomentsErrorCode.CLOSURE_ORDER, null, closure.cliName(), order);
        }
        MomentEquations.Hierarchy h = MomentEquations.hierarchy(sde, order);
        Sde ito = h.ito();
        List<String> varNames = ito.variables().stream().map(Variable::name).toList();
        List<String> names = h.moments().stream().map(m -> MomentNames.of(m, varNames)).toList();
        if (new java.util.HashSet<>(names).size() < names.size()) {
            throw MomentsException.inModel(MomentsErrorCode.NAME_CLASH, String.join(", ", varNames), sde.name());
        }
        boolean escapes = h.terms().stream().anyMatch(t -> t.keySet().stream().anyMatch(m -> m.degree() > order));
        if (escapes) {
            checkDefined(ito, closure);
        }
        MomentClosure c = new MomentClosure(closure, order, h.moments(), names);
        CasSession cas = CasSession.get();
        Map<Monomial, IExpr> formulas = new TreeMap<>();
        List<IExpr> rhs = new ArrayList<>();
        for (Map<Monomial, IExpr> terms : h.terms()) {
            IExpr sum = F.C0;
            for (Map.Entry<Monomial, IExpr> t : terms.entrySet()) {
                Monomial m = t.getKey();
                IExpr moment;
                if (m.degree() == 0) {
                    moment = F.C1;
                } else if (m.degree() <= order) {
                    moment = c.symbolOf.get(m);
                } else {
                    moment = formulas.computeIfAbsent(m, c::closed);
                }
                sum = F.Plus(sum, F.Times(t.getValue(), moment));
            }
            rhs.add(cas.evaluate(F.Expand(sum)));
        }
        Map<String, IExpr> named = new LinkedHashMap<>();
        formulas.entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparingInt(Monomial::degree).thenComparing(java.util.Comparator.reverseOrder())))
                .forEach(e -> named.put(MomentNames.of(e.getKey(), varNames), e.getValue()));
        return new ClosedMomentSystem(sde, order, closure, h.moments(), names, rhs, named,
                MomentEquations.initialValuesOf(ito, h.moments()));
    }

    /** The closure's value of the moment E[x^a], |a| > K, in the moments of orders 1..K. */
    public static IExpr formula(Closure closure, int order, List<String> variableNames, Monomial a) {
        List<Monomial> moments = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            moments.addAll(Monomial.ofDegree(variableNames.size(), k));
        }
        List<String> names = moments.stream().map(m -> MomentNames.of(m, variableNames)).toList();
        return new MomentClosure(closure, order, moments, names).closed(a);
    }

    /**
     * Log-normal and gamma laws need positive variables: a variable whose noise does not vanish at 0, or whose
     * drift there is negative, can cross 0.
     */
    private static void checkDefined(Sde ito, Closure closure) throws MomentsException {
        if (closure == Closure.GAMMA && ito.dimension() > 1) {
            throw new MomentsException(MomentsErrorCode.CLOSURE_UNIVARIATE, null, closure.cliName(), ito.dimension(),
                    String.join(", ", ito.variables().stream().map(Variable::name).toList()));
        }
        if (closure != Closure.LOGNORMAL && closure != Closure.GAMMA) {
            return;
        }
        CasSession cas = CasSession.get();
        List<ISymbol> x = ito.variableSymbols();
        for (int i = 0; i < x.size(); i++) {
            String name = ito.variables().get(i).name();
            for (int k = 0; k < ito.noiseCount(); k++) {
                IExpr atZero = cas.evaluate(F.Expand(F.subst(ito.diffusion().get(i).get(k), x.get(i), F.C0)));
                if (!atZero.isZero()) {
                    throw new MomentsException(MomentsErrorCode.CLOSURE_NEEDS_POSITIVE, name, closure.cliName(),
                            name, name, "its noise does not vanish at " + name + " = 0 (coefficient of d"
                                    + ito.noises().get(k) + " there: " + Symbols.readable(atZero) + ")");
                }
            }
            IExpr drift = cas.evaluate(F.Expand(F.subst(ito.drift().get(i), x.get(i), F.C0)));
            if (drift.isNumber() && drift.isNegative()) {
                throw new MomentsException(MomentsErrorCode.CLOSURE_NEEDS_POSITIVE, name, closure.cliName(), name,
                        name, "its drift at " + name + " = 0 is " + Symbols.readable(drift));
            }
        }
    }

    private IExpr closed(Monomial a) {
        CasSession cas = CasSession.get();
        return switch (closure) {
            case ZERO -> cas.evaluate(F.Expand(zeroCentral(a)));
            case NORMAL -> cas.evaluate(F.Expand(cumulantNeglect(a)));
            case LOGNORMAL -> cas.evaluate(logNormal(a));
            case GAMMA -> cas.evaluate(F.Together(gamma(a)));
            case DERIVATIVE_MATCHING -> cas.evaluate(product(derivativeMatching(a)));
        };
    }

    // ---- multi-index helpers ----

    private IExpr moment(Monomial m) {
        return m.degree() == 0 ? F.C1 : symbolOf.get(m);
    }

    private IExpr mean(int i) {
        return symbolOf.get(Monomial.variable(n, i));
    }

    /** All b with 0 <= b <= a componentwise. */
    private static List<Monomial> below(Monomial a) {
        List<Monomial> out = new ArrayList<>();
        int[] b = new int[a.size()];
        while (true) {
            out.add(Monomial.of(b.clone()));
            int i = 0;
            while (i < b.length && b[i] == a.exponent(i)) {
                b[i] = 0;
                i++;
            }
            if (i == b.length) {
                return out;
            }
            b[i]++;
        }
    }

    private static long binomial(Monomial a, Monomial b) {
        long p = 1;
        for (int i = 0; i < a.size(); i++) {
            p *= binomial(a.exponent(i), b.exponent(i));
        }
        return p;
    }

    private static long binomial(int top, int k) {
        long r = 1;
        for (int j = 1; j <= k; j++) {
            r = r * (top - k + j) / j;
        }
        return r;
    }

    private static Monomial minus(Monomial a, Monomial b) {
        int[] e = new int[a.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = a.exponent(i) - b.exponent(i);
        }
        return Monomial.of(e);
    }

    private static int firstIndex(Monomial a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.exponent(i) > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("the constant monomial");
    }

    /** m^c = prod_i m_i^(c_i). */
    private IExpr meanPower(Monomial c, boolean negated) {
        IExpr p = F.C1;
        for (int i = 0; i < n; i++) {
            if (c.exponent(i) > 0) {
                p = F.Times(p, F.Power(negated ? F.Negate(mean(i)) : mean(i), F.ZZ(c.exponent(i))));
            }
        }
        return p;
    }

    // ---- zero closure: central moments above K vanish ----

    private IExpr zeroCentral(Monomial a) {
        IExpr sum = F.C0;
        for (Monomial b : below(a)) {
            if (b.degree() == 1 || b.degree() > order) {
                continue; // first central moments are 0; those above K are closed to 0
            }
            sum = F.Plus(sum, F.Times(F.ZZ(binomial(a, b)), meanPower(minus(a, b), false), central(b)));
        }
        return sum;
    }

    /** E[(x - m)^b] in the raw moments, |b| <= K. */
    private IExpr central(Monomial b) {
        if (b.degree() == 0) {
            return F.C1;
        }
        IExpr sum = F.C0;
        for (Monomial c : below(b)) {
            sum = F.Plus(sum, F.Times(F.ZZ(binomial(b, c)), meanPower(minus(b, c), true), moment(c)));
        }
        return sum;
    }

    // ---- normal closure: cumulants above K vanish (Whittle 1957) ----

    /**
     * The recursion between moments and cumulants, pairing the first factor x_i with the rest:
     * E[x^a] = sum over 0 <= b <= a - e_i of binom(a - e_i, b) kappa_(b + e_i) E[x^(a - e_i - b)].
     */
    private IExpr cumulantNeglect(Monomial a) {
        return rawFromCumulants(a);
    }

    private IExpr rawFromCumulants(Monomial a) {
        if (a.degree() <= order) {
            return moment(a);
        }
        IExpr known = raw.get(a);
        if (known != null) {
            return known;
        }
        int i = firstIndex(a);
        Monomial rest = a.divideBy(i);
        IExpr sum = F.C0;
        for (Monomial b : below(rest)) {
            Monomial kb = b.multiplyBy(i);
            if (kb.degree() > order) {
                continue;
            }
            sum = F.Plus(sum, F.Times(F.ZZ(binomial(rest, b)), cumulant(kb), rawFromCumulants(minus(rest, b))));
        }
        IExpr value = CasSession.get().evaluate(F.Expand(sum));
        raw.put(a, value);
        return value;
    }

    /** kappa_a for 1 <= |a| <= K by the same recursion solved for its b = a - e_i term. */
    private IExpr cumulant(Monomial a) {
        IExpr known = cumulants.get(a);
        if (known != null) {
            return known;
        }
        int i = firstIndex(a);
        Monomial rest = a.divideBy(i);
        IExpr sum = moment(a);
        for (Monomial b : below(rest)) {
            if (b.equals(rest)) {
                continue;
            }
            sum = F.Subtract(sum, F.Times(F.ZZ(binomial(rest, b)), cumulant(b.multiplyBy(i)), moment(minus(rest, b))));
        }
        IExpr value = CasSession.get().evaluate(F.Expand(sum));
        cumulants.put(a, value);
        return value;
    }

    // ---- log-normal closure (Keeling 2000) ----

    /** The log-normal moment from the means m_i and second moments p_ij: log E[x^a] is quadratic in a. */
    private IExpr logNormal(Monomial a) {
        IExpr p = F.C1;
        for (int i = 0; i < n; i++) {
            int ai = a.exponent(i);
            if (ai == 0) {
                continue;
            }
            p = F.Times(p, F.Power(mean(i), F.ZZ(ai)));
            IExpr pii = symbolOf.get(Monomial.variable(n, i).multiplyBy(i));
            p = F.Times(p, F.Power(F.Divide(pii, F.Sqr(mean(i))), F.ZZ((long) ai * (ai - 1) / 2)));
            for (int j = i + 1; j < n; j++) {
                int aj = a.exponent(j);
                if (aj > 0) {
                    IExpr pij = symbolOf.get(Monomial.variable(n, i).multiplyBy(j));
                    p = F.Times(p, F.Power(F.Divide(pij, F.Times(mean(i), mean(j))), F.ZZ((long) ai * aj)));
                }
            }
        }
        return p;
    }

    // ---- gamma closure (one variable) ----

    /** E[x^k] of the gamma law with mean m and second moment p: prod_(j<k) (m + j (p - m^2)/m). */
    private IExpr gamma(Monomial a) {
        IExpr m = mean(0);
        IExpr p = symbolOf.get(Monomial.variable(1, 0).multiplyBy(0));
        IExpr scale = F.Divide(F.Subtract(p, F.Sqr(m)), m);
        IExpr product = F.C1;
        for (int j = 0; j < a.exponent(0); j++) {
            product = F.Times(product, F.Plus(m, F.Times(F.ZZ(j), scale)));
        }
        return product;
    }

    // ---- derivative matching (Singh & Hespanha 2006, 2011) ----

    /**
     * The exponents gamma_n of E[x^a] = prod_(|n| <= K) E[x^n]^(gamma_n): the multivariate product formula
     * E[x^m] = prod_(0 < n < m) E[x^n]^((-1)^(|m|-|n|+1) binom(m, n)) (the m-th finite difference of log E[x^n]
     * vanishes), applied recursively for orders above K+1.
     */
    private Map<Monomial, Integer> derivativeMatching(Monomial a) {
        if (a.degree() <= order) {
            return Map.of(a, 1);
        }
        Map<Monomial, Integer> known = exponents.get(a);
        if (known != null) {
            return known;
        }
        Map<Monomial, Integer> out = new TreeMap<>();
        for (Monomial b : below(a)) {
            if (b.degree() == 0 || b.equals(a)) {
                continue;
            }
            long weight = ((a.degree() - b.degree() + 1) % 2 == 0 ? 1 : -1) * binomial(a, b);
            derivativeMatching(b).forEach((c, g) -> out.merge(c, (int) (weight * g), Integer::sum));
        }
        out.values().removeIf(g -> g == 0);
        exponents.put(a, out);
        return out;
    }

    private IExpr product(Map<Monomial, Integer> powers) {
        IExpr p = F.C1;
        for (Map.Entry<Monomial, Integer> e : powers.entrySet()) {
            p = F.Times(p, F.Power(moment(e.getKey()), F.ZZ(e.getValue())));
        }
        return p;
    }
}

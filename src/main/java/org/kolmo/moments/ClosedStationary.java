package org.kolmo.moments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.Monomial;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Parameter;
import org.kolmo.numeric.AdaptiveOdeSolver;
import org.kolmo.numeric.CompiledBoundFunction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.gb.GroebnerBaseSeq;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.TermOrder;
import edu.jas.ufd.Quotient;

/**
 * Stationary points of a closed moment system, rhs(u) = 0. Exactly when it can: the numerators of the right sides
 * are polynomials in the moments over Q(parameters); a lexicographic Gröbner basis (JAS) makes them triangular, and
 * back substitution gives every branch. The branches are judged at sample parameter values (the model's, else fixed
 * positive ones): real, right sides finite (a root of a denominator is no solution), and the physical one has
 * positive variances (a positive definite covariance matrix) and a stable linearisation (eigenvalues of the Jacobian
 * with negative real parts). Otherwise numerically: a long integration from the initial moments, then Newton.
 */
public final class ClosedStationary {
    /**
     * Gröbner bases beyond this many moments (polynomial right sides) or this many (rational ones, which need one
     * more unknown to keep off the roots of the denominators) are left alone: they can take longer than a user waits
     * (a two-species model at order 2, five moments, took minutes with the normal closure and did not finish in
     * ten with the log-normal one).
     */
    private static final int EXACT_LIMIT = 4;
    private static final int EXACT_LIMIT_RATIONAL = 3;

    /** One stationary point: exact values (null for a numeric one), their numbers at the sample, the judgement. */
    public record Branch(List<IExpr> exact, double[] values, boolean positiveVariances, boolean stable) {
        public boolean physical() {
            return positiveVariances && stable;
        }
    }

    /**
     * @param method how the points were found ("exact (Groebner basis over Q(params))" or "numeric (...)")
     * @param sample the parameter values at which branches were judged and numbers given
     * @param physical index of the physical branch in {@code branches}, -1 when none qualifies
     */
    public record Result(String method, Map<String, Double> sample, List<Branch> branches, int physical) {
    }

    private ClosedStationary() {
    }

    /**
     * The stationary points of {@code s}; {@code start}, when not null, the start of Newton's method (instead of a
     * long-time integration), which also forces the numeric route.
     */
    public static Result of(ClosedMomentSystem s, double[] start) throws MomentsException {
        Map<ISymbol, Double> sample = sample(s);
        Map<String, Double> shown = new LinkedHashMap<>();
        sample.forEach((k, v) -> shown.put(Symbols.readable(k), v));
        boolean rational = s.rhs().stream().anyMatch(r -> !CasSession.get().evaluate(F.Denominator(
                ExactTogether.evaluate(r))).isFree(x -> s.symbols().contains(x), false));
        if (start == null && s.size() <= (rational ? EXACT_LIMIT_RATIONAL : EXACT_LIMIT)) {
            List<List<IExpr>> exact = exact(s);
            if (exact != null) {
                List<Branch> branches = new ArrayList<>();
                for (List<IExpr> sol : exact) {
                    double[] v = numeric(sol, sample);
                    if (v != null && finiteRhs(s, v, sample)) {
                        branches.add(judge(s, sol, v, sample));
                    }
                }
                return new Result("exact (lexicographic Groebner basis over Q(parameters), JAS)", shown, branches,
                        physicalIndex(branches));
            }
        }
        double[] u = start != null ? start.clone() : integrate(s, sample);
        double[] root = newton(s, u, sample);
        if (root == null) {
            throw MomentsException.option("--stationary", MomentsErrorCode.NEWTON_FAILED, java.util.Arrays.toString(u),
                    s.model().name());
        }
        List<Branch> branches = List.of(judge(s, null, root, sample));
        return new Result("numeric (Newton from " + (start != null ? "the given start" : "a long-time integration")
                + ")", shown, branches, physicalIndex(branches));
    }

    private static int physicalIndex(List<Branch> branches) {
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).physical()) {
                return i;
            }
        }
        return -1;
    }

    /** The model's parameter values; where one is missing, a fixed positive value (1 + k/7). */
    private static Map<ISymbol, Double> sample(ClosedMomentSystem s) {
        Map<ISymbol, Double> out = new LinkedHashMap<>();
        int k = 0;
        for (Parameter p : s.model().parameters()) {
            k++;
            double v = p.value().map(IExpr::evalf).orElse(1.0 + k / 7.0);
            out.put(p.symbol(), v);
        }
        return out;
    }

    // ---- exact route ----

    /** All solutions as exact values, or null when the system is beyond this route. */
    private static List<List<IExpr>> exact(ClosedMomentSystem s) {
        CasSession cas = CasSession.get();
        List<ISymbol> u = s.symbols();
        List<IExpr> numerators = new ArrayList<>();
        Set<ISymbol> params = new LinkedHashSet<>();
        IExpr denominators = F.C1;
        for (IExpr r : s.rhs()) {
            IExpr together = ExactTogether.evaluate(r);
            IExpr num = cas.evaluate(F.Expand(F.Numerator(together)));
            numerators.add(num);
            Symbols.collectUser(num, params);
            IExpr den = cas.evaluate(F.Denominator(together));
            if (!den.isFree(x -> u.contains(x), false)) {
                denominators = F.Times(denominators, den);
            }
        }
        params.removeAll(u);
        // a root of a denominator (a mean 0 in the log-normal closure) is no stationary point: t D(u) = 1 with a new
        // unknown t removes those (Rabinowitsch)
        List<ISymbol> unknowns = new ArrayList<>(u);
        IExpr d = cas.evaluate(F.Expand(denominators));
        if (!d.isFree(x -> u.contains(x), false)) {
            ISymbol t = Symbols.internal("t_saturation");
            unknowns.add(t);
            numerators.add(cas.evaluate(F.Expand(F.Subtract(F.Times(t, d), F.C1))));
        }
        try {
            RationalFunctionField field = RationalFunctionField.of(new ArrayList<>(params));
            String[] names = new String[unknowns.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = "u" + i;
            }
            GenPolynomialRing<Quotient<BigInteger>> ring = new GenPolynomialRing<>(field.quotientRing(), names.length,
                    new TermOrder(TermOrder.INVLEX), names);
            List<GenPolynomial<Quotient<BigInteger>>> polys = new ArrayList<>();
            for (IExpr num : numerators) {
                GenPolynomial<Quotient<BigInteger>> p = ring.getZERO();
                for (Map.Entry<Monomial, IExpr> t : PolynomialTerms.of(num, unknowns).entrySet()) {
                    long[] e = new long[unknowns.size()];
                    for (int i = 0; i < e.length; i++) {
                        e[i] = t.getKey().exponent(i);
                    }
                    p = p.sum(ring.valueOf(field.fromExpr(t.getValue()), ExpVector.create(e)));
                }
                if (!p.isZERO()) {
                    polys.add(p);
                }
            }
            List<GenPolynomial<Quotient<BigInteger>>> gb = new GroebnerBaseSeq<Quotient<BigInteger>>().GB(polys);
            List<IExpr> basis = new ArrayList<>();
            for (GenPolynomial<Quotient<BigInteger>> g : gb) {
                IExpr sum = F.C0;
                for (Map.Entry<ExpVector, Quotient<BigInteger>> t : g.getMap().entrySet()) {
                    IExpr term = field.toExpr(t.getValue());
                    for (int i = 0; i < unknowns.size(); i++) {
                        long k = t.getKey().getVal(i);
                        if (k > 0) {
                            term = F.Times(term, F.Power(unknowns.get(i), F.ZZ(k)));
                        }
                    }
                    sum = F.Plus(sum, term);
                }
                basis.add(cas.evaluate(F.Expand(sum)));
            }
            List<List<IExpr>> out = new ArrayList<>();
            if (!backSubstitute(basis, unknowns, new LinkedHashMap<>(), out, sample(s))) {
                return null;
            }
            out.replaceAll(sol -> sol.subList(0, u.size()));
            return out;
        } catch (RationalFunctionField.NotRational | PolynomialTerms.NotPolynomial e) {
            return null;
        }
    }

    /**
     * Solves the triangular basis variable by variable: a polynomial with one unsolved moment gives its roots, each
     * substituted in turn. False when some step has no such polynomial (infinitely many points) or roots Symja
     * cannot write.
     */
    private static boolean backSubstitute(List<IExpr> basis, List<ISymbol> u, Map<ISymbol, IExpr> solved,
            List<List<IExpr>> out, Map<ISymbol, Double> sample) {
        CasSession cas = CasSession.get();
        if (solved.size() == u.size()) {
            List<IExpr> sol = new ArrayList<>();
            u.forEach(v -> sol.add(solved.get(v)));
            out.add(sol);
            return true;
        }
        IExpr best = null;
        ISymbol variable = null;
        for (IExpr g : basis) {
            IExpr r = cas.evaluate(F.Expand(substitute(g, solved)));
            List<ISymbol> free = u.stream().filter(v -> !solved.containsKey(v) && !r.isFree(v)).toList();
            if (free.isEmpty()) {
                if (!nearZero(r, sample)) {
                    return true; // inconsistent: this branch has no point
                }
            } else if (free.size() == 1 && best == null) {
                best = r;
                variable = free.get(0);
            }
        }
        if (best == null) {
            return false;
        }
        // factor first, so that Solve sees small factors (a biquadratic becomes two quadratics, not nested radicals)
        IExpr factored = cas.evaluate(F.Factor(best));
        List<IExpr> factors = Lists.factors(factored);
        for (IExpr factor : factors) {
            IExpr f = factor.isPower() && factor.exponent().isInteger() ? factor.base() : factor;
            if (f.isFree(variable)) {
                continue;
            }
            IExpr roots = cas.evaluate(F.Solve(F.Equal(f, F.C0), variable));
            if (!roots.isList()) {
                return false;
            }
            for (IExpr rule : (IAST) roots) {
                if (!rule.isList() || rule.argSize() != 1) {
                    return false;
                }
                IExpr value = rule.first().second();
                if (value.toString().contains("Root")) {
                    return false; // a root Symja does not write in radicals
                }
                Map<ISymbol, IExpr> next = new LinkedHashMap<>(solved);
                next.put(variable, cas.evaluate(F.PowerExpand(value)));
                if (!backSubstitute(basis, u, next, out, sample)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static IExpr substitute(IExpr e, Map<ISymbol, IExpr> values) {
        IExpr out = e;
        for (Map.Entry<ISymbol, IExpr> v : values.entrySet()) {
            out = F.subst(out, v.getKey(), v.getValue());
        }
        return out;
    }

    private static boolean nearZero(IExpr e, Map<ISymbol, Double> sample) {
        double[] c = complex(e, sample);
        return c != null && Math.hypot(c[0], c[1]) < 1e-9;
    }

    /** e at the sample as re, im; null when it is not a number there. */
    private static double[] complex(IExpr e, Map<ISymbol, Double> sample) {
        IExpr at = e;
        for (Map.Entry<ISymbol, Double> v : sample.entrySet()) {
            at = F.subst(at, v.getKey(), F.num(v.getValue()));
        }
        IExpr n = CasSession.get().evaluate(F.N(at));
        if (n.isReal()) {
            return new double[] {n.evalf(), 0};
        }
        if (n.isNumber()) {
            org.hipparchus.complex.Complex c = n.evalfc();
            return new double[] {c.getReal(), c.getImaginary()};
        }
        return null;
    }

    /** The real values of an exact solution at the sample, null when one is not real. */
    private static double[] numeric(List<IExpr> sol, Map<ISymbol, Double> sample) {
        double[] v = new double[sol.size()];
        for (int i = 0; i < v.length; i++) {
            double[] c = complex(sol.get(i), sample);
            if (c == null || Math.abs(c[1]) > 1e-9 * Math.max(1, Math.abs(c[0]))) {
                return null;
            }
            v[i] = c[0];
        }
        return v;
    }

    // ---- judging a branch ----

    private static Branch judge(ClosedMomentSystem s, List<IExpr> exact, double[] v, Map<ISymbol, Double> sample) {
        return new Branch(exact, v, positiveVariances(s, v), stable(s, v, sample));
    }

    /** The covariance matrix p_ij - m_i m_j is positive definite (true for a system of order 1). */
    private static boolean positiveVariances(ClosedMomentSystem s, double[] v) {
        if (s.order() < 2) {
            return true;
        }
        int n = s.moments().get(0).size();
        SimpleMatrix c = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Monomial pij = Monomial.variable(n, i).multiplyBy(j);
                c.set(i, j, v[s.moments().indexOf(pij)] - v[s.moments().indexOf(Monomial.variable(n, i))]
                        * v[s.moments().indexOf(Monomial.variable(n, j))]);
            }
        }
        SimpleEVD<SimpleMatrix> evd = c.eig();
        for (int k = 0; k < n; k++) {
            if (!(evd.getEigenvalue(k).getReal() > 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean stable(ClosedMomentSystem s, double[] v, Map<ISymbol, Double> sample) {
        SimpleMatrix j = jacobian(compiled(s, sample), v);
        if (j == null) {
            return false;
        }
        SimpleEVD<SimpleMatrix> evd = j.eig();
        for (int k = 0; k < s.size(); k++) {
            if (!(evd.getEigenvalue(k).getReal() < 0)) {
                return false;
            }
        }
        return true;
    }

    // ---- numeric route ----

    private static CompiledBoundFunction compiled(ClosedMomentSystem s, Map<ISymbol, Double> sample) {
        return s.compiledRhs(sample);
    }

    private static boolean finiteRhs(ClosedMomentSystem s, double[] v, Map<ISymbol, Double> sample) {
        double[] f = new double[v.length];
        compiled(s, sample).evaluate(0, v, f);
        for (double x : f) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** The moments at a long time (t = 200) from the model's initial values. */
    private static double[] integrate(ClosedMomentSystem s, Map<ISymbol, Double> sample) throws MomentsException {
        if (s.initialValues() == null) {
            throw MomentsException.option("--stationary", MomentsErrorCode.STATIONARY_NEEDS_START);
        }
        double[] u0 = new double[s.size()];
        for (int i = 0; i < u0.length; i++) {
            double[] c = complex(s.initialValues().get(i), sample);
            u0[i] = c == null ? Double.NaN : c[0];
        }
        CompiledBoundFunction f = compiled(s, sample);
        try {
            return new AdaptiveOdeSolver(1e-8, 1e-10, 200_000).solve(f::evaluate, 0, u0, new double[] {200}).state(0);
        } catch (org.kolmo.numeric.NumericException e) {
            return u0; // the closed system left every bound (closures can blow up): Newton from the start instead
        }
    }

    private static SimpleMatrix jacobian(CompiledBoundFunction f, double[] u) {
        int n = u.length;
        double[] f0 = new double[n];
        f.evaluate(0, u, f0);
        SimpleMatrix j = new SimpleMatrix(n, n);
        for (int k = 0; k < n; k++) {
            double h = 1e-7 * Math.max(1, Math.abs(u[k]));
            double[] up = u.clone();
            double[] um = u.clone();
            up[k] += h;
            um[k] -= h;
            double[] fp = new double[n];
            double[] fm = new double[n];
            f.evaluate(0, up, fp);
            f.evaluate(0, um, fm);
            for (int i = 0; i < n; i++) {
                double d = (fp[i] - fm[i]) / (2 * h);
                if (!Double.isFinite(d)) {
                    return null;
                }
                j.set(i, k, d);
            }
        }
        return j;
    }

    private static double[] newton(ClosedMomentSystem s, double[] start, Map<ISymbol, Double> sample) {
        CompiledBoundFunction f = compiled(s, sample);
        double[] u = start.clone();
        int n = u.length;
        for (int it = 0; it < 100; it++) {
            double[] fu = new double[n];
            f.evaluate(0, u, fu);
            double norm = 0;
            for (double x : fu) {
                norm = Math.max(norm, Math.abs(x));
            }
            if (!Double.isFinite(norm)) {
                return null;
            }
            if (norm < 1e-13) {
                return u;
            }
            SimpleMatrix j = jacobian(f, u);
            if (j == null) {
                return null;
            }
            SimpleMatrix step;
            try {
                step = j.solve(new SimpleMatrix(n, 1, true, fu));
            } catch (RuntimeException e) {
                return null;
            }
            double size = 0;
            for (int i = 0; i < n; i++) {
                u[i] -= step.get(i, 0);
                size = Math.max(size, Math.abs(step.get(i, 0)));
            }
            if (size < 1e-14 * (1 + java.util.Arrays.stream(u).map(Math::abs).max().orElse(0))) {
                return u;
            }
        }
        return null;
    }
}

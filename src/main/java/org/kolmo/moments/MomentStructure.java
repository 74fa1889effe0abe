package org.kolmo.moments;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.kolmo.algebra.ExactLinearSystem;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.RationalFunctionField;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * The structure of a linear moment system u' = F u + h: its decoupled blocks (strongly connected components of the
 * graph "u_i' depends on u_j"; seed 003 splits eq. 35 into eqs. 36 and 37 this way), its linear conservation laws
 * (left null vectors w of F with w·h = 0, e.g. p_xx + p_yy + p_zz, seed 003 eq. 29) and its stationary values
 * (F u∞ + h = 0 with the conserved quantities fixed by the initial values, seed 003 sec. 3.5).
 */
public record MomentStructure(MomentSystem system, List<Block> blocks, List<ConservationLaw> conservationLaws,
        List<IExpr> stationary) {

    /** A decoupled block: moment indices in system order, and the blocks (by index) whose moments it reads. */
    public record Block(List<Integer> moments, Set<Integer> dependsOn) {
    }

    /** Σ w_i u_i = value, conserved by the dynamics; value is null without initial values. */
    public record ConservationLaw(List<IExpr> weights, IExpr value) {
    }

    public static MomentStructure of(MomentSystem system) {
        List<Block> blocks = blocks(system);
        List<ConservationLaw> laws = conservationLaws(system);
        return new MomentStructure(system, blocks, laws, stationary(system, laws));
    }

    /**
     * The moment indices that {@code wanted} need, sorted: the blocks holding them and, transitively, every block
     * those read from; the smallest subsystem that evolves them on its own.
     */
    public List<Integer> closure(Collection<Integer> wanted) {
        Deque<Integer> todo = new ArrayDeque<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!Collections.disjoint(blocks.get(b).moments(), wanted)) {
                todo.add(b);
            }
        }
        TreeSet<Integer> out = new TreeSet<>();
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int b = todo.pop();
            if (seen.add(b)) {
                out.addAll(blocks.get(b).moments());
                todo.addAll(blocks.get(b).dependsOn());
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Block> blocks(MomentSystem s) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < s.size(); i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                if (i != j && !s.matrix().get(i).get(j).isZero()) {
                    g.addEdge(i, j);
                }
            }
        }
        List<Set<Integer>> components = new ArrayList<>(new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets());
        components.sort(Comparator.comparingInt(c -> c.stream().min(Integer::compare).orElse(0)));
        List<Block> out = new ArrayList<>();
        for (Set<Integer> c : components) {
            Set<Integer> deps = new TreeSet<>();
            for (int i : c) {
                for (int j = 0; j < s.size(); j++) {
                    if (!c.contains(j) && !s.matrix().get(i).get(j).isZero()) {
                        for (int k = 0; k < components.size(); k++) {
                            if (components.get(k).contains(j)) {
                                deps.add(k);
                            }
                        }
                    }
                }
            }
            out.add(new Block(new ArrayList<>(new TreeSet<>(c)), deps));
        }
        return out;
    }

    /** The conservation laws alone (left null vectors w of F with w·h = 0), without the stationary values. */
    public static List<ConservationLaw> conservationLaws(MomentSystem s) {
        CasSession cas = CasSession.get();
        IExpr nullSpace = exactLeftNullSpace(s);
        if (nullSpace == null) {
            nullSpace = cas.evaluate(F.NullSpace(F.Transpose(Lists.matrix(s.matrix()))));
        }
        List<ConservationLaw> out = new ArrayList<>();
        if (!nullSpace.isList()) {
            return out;
        }
        IAST vectors = (IAST) nullSpace;
        for (int k = 1; k < vectors.size(); k++) {
            List<IExpr> w = integral(Lists.toVector(vectors.get(k), s.size(), "a left null vector"));
            IExpr drift = F.C0;
            for (int i = 0; i < s.size(); i++) {
                drift = F.Plus(drift, F.Times(w.get(i), s.constant().get(i)));
            }
            if (!ExactTogether.evaluate(drift).isZero()) {
                continue; // w·u grows at the constant rate w·h: not conserved
            }
            IExpr value = null;
            if (s.hasInitialValues()) {
                IExpr v = F.C0;
                for (int i = 0; i < s.size(); i++) {
                    v = F.Plus(v, F.Times(w.get(i), s.initialValues().get(i)));
                }
                value = ExactTogether.evaluate(v);
            }
            out.add(new ConservationLaw(w, value));
        }
        return out;
    }

    /** The weights scaled to polynomials without common denominator, first non-zero entry positive. */
    private static List<IExpr> integral(List<IExpr> w) {
        CasSession cas = CasSession.get();
        IExpr denominators = F.C1;
        for (IExpr e : w) {
            denominators = F.Times(denominators, F.Denominator(ExactTogether.evaluate(e)));
        }
        IExpr scale = cas.evaluate(denominators);
        List<IExpr> scaled = new ArrayList<>();
        for (IExpr e : w) {
            scaled.add(ExactTogether.evaluate(F.Times(scale, e)));
        }
        IExpr gcd = scaled.get(0);
        for (IExpr e : scaled.subList(1, scaled.size())) {
            gcd = cas.evaluate(F.PolynomialGCD(gcd, e));
        }
        if (gcd.isZero()) {
            gcd = F.C1;
        }
        IExpr lead = scaled.stream().filter(e -> !e.isZero()).findFirst().orElse(F.C1);
        boolean negative = lead.isNegativeSigned();
        List<IExpr> out = new ArrayList<>();
        for (IExpr e : scaled) {
            IExpr r = cas.evaluate(F.Expand(ExactTogether.evaluate(F.Divide(e, gcd))));
            out.add(negative ? cas.evaluate(F.Negate(r)) : r);
        }
        return out;
    }

    /** Solves F u + h = 0 with each conserved quantity fixed; null when that does not determine u. */
    private static List<IExpr> stationary(MomentSystem s, List<ConservationLaw> laws) {
        if (laws.stream().anyMatch(l -> l.value() == null)) {
            return null;
        }
        CasSession cas = CasSession.get();
        List<ISymbol> u = s.symbols();
        List<IExpr> equations = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            IExpr lhs = s.constant().get(i);
            for (int j = 0; j < s.size(); j++) {
                lhs = F.Plus(lhs, F.Times(s.matrix().get(i).get(j), u.get(j)));
            }
            equations.add(F.Equal(lhs, F.C0));
        }
        for (ConservationLaw law : laws) {
            IExpr lhs = F.C0;
            for (int j = 0; j < s.size(); j++) {
                lhs = F.Plus(lhs, F.Times(law.weights().get(j), u.get(j)));
            }
            equations.add(F.Equal(lhs, law.value()));
        }
        List<IExpr> exact = exactStationary(s, laws);
        if (exact != null) {
            return exact.isEmpty() ? null : exact;
        }
        IExpr solution = cas.evaluate(F.Solve(Lists.vector(equations), Lists.vector(u)));
        if (!solution.isList() || solution.argSize() != 1) {
            return null;
        }
        IAST rules = (IAST) ((IAST) solution).arg1();
        List<IExpr> out = new ArrayList<>();
        for (ISymbol v : u) {
            IExpr value = null;
            for (int k = 1; k < rules.size(); k++) {
                if (rules.get(k).first().equals(v)) {
                    value = ExactTogether.evaluate(rules.get(k).second());
                }
            }
            if (value == null || !value.isFree(x -> u.contains(x), false)) {
                return null; // a moment left free: the stationary state is not unique
            }
            out.add(value);
        }
        return out;
    }

    /**
     * The stationary values by exact elimination in the rational functions of the parameters (Symja's Solve, like
     * its Together, can return a wrong solution when the coefficients are rational functions): the values; an empty
     * list when they are not determined; null when the coefficients are not rational in the parameters and their
     * atoms (Solve is then used).
     */
    private static List<IExpr> exactStationary(MomentSystem s, List<ConservationLaw> laws) {
        List<IExpr> inputs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            inputs.addAll(s.matrix().get(i));
            inputs.add(s.constant().get(i));
        }
        for (ConservationLaw law : laws) {
            inputs.addAll(law.weights());
            inputs.add(law.value());
        }
        Set<ISymbol> found = new java.util.LinkedHashSet<>();
        for (IExpr e : inputs) {
            Symbols.collectUser(e, found);
        }
        found.removeAll(s.symbols());
        if (inputs.stream().anyMatch(e -> !e.isFree(x -> s.symbols().contains(x), false))) {
            return null;
        }
        List<List<IExpr>> a = new ArrayList<>(s.matrix());
        List<IExpr> b = new ArrayList<>();
        s.constant().forEach(h -> b.add(F.Negate(h)));
        for (ConservationLaw law : laws) {
            a.add(law.weights());
            b.add(law.value());
        }
        try {
            List<IExpr> x = RationalFunctionField.solveUnique(a, b, found);
            return x == null ? List.of() : x;
        } catch (RationalFunctionField.NotRational e) {
            return null;
        }
    }

    /**
     * The vectors w with w^T F = 0, computed exactly over the rational functions of the parameters (Symja's NullSpace
     * brings rows over common denominators with its Together: slow, and not always right); null when the entries are
     * not rational in the parameters and their atoms.
     */
    private static IExpr exactLeftNullSpace(MomentSystem s) {
        List<IExpr> inputs = new ArrayList<>();
        for (List<IExpr> row : s.matrix()) {
            inputs.addAll(row);
        }
        Set<ISymbol> found = new java.util.LinkedHashSet<>();
        for (IExpr e : inputs) {
            Symbols.collectUser(e, found);
        }
        try {
            RationalFunctionField field = RationalFunctionField.of(new ArrayList<>(found), inputs, List.of(), List.of());
            List<List<Quotient<BigInteger>>> transposed = new ArrayList<>();
            for (int j = 0; j < s.size(); j++) {
                List<Quotient<BigInteger>> row = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) {
                    row.add(field.fromExpr(s.matrix().get(i).get(j)));
                }
                transposed.add(row);
            }
            List<IExpr> vectors = new ArrayList<>();
            for (List<Quotient<BigInteger>> w : ExactLinearSystem.nullSpace(transposed, field)) {
                List<IExpr> entries = new ArrayList<>();
                for (Quotient<BigInteger> q : w) {
                    entries.add(field.toExpr(q));
                }
                vectors.add(F.List(entries.toArray(new IExpr[0])));
            }
            return F.List(vectors.toArray(new IExpr[0]));
        } catch (RationalFunctionField.NotRational e) {
            return null;
        }
    }
}

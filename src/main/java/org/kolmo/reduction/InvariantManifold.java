package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.algebra.EpsilonSeries;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.AlgebraException;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.ParameterAtoms;
import org.kolmo.cas.Symbols;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The invariant manifold (IM) reduction of one slow moment (Chen et al. 2025, secs. 5.4-5.5 and appendix D).
 *
 * <p>In the regime the moment block becomes u' = F_ε u + h_ε on the rescaled time. With deviations v = u - u∞ from
 * the equilibrium, the closure ansatz v_f = a v_s (linear for the mean, eq. 5.4; affine around the equilibrium for
 * the covariances, sec. 5.5) is invariant when F_fs + F_ff a = a (F_ss + F_sf·a) (eqs. 54, 58, 88); then
 * v_s' = ξ v_s with ξ = F_ss + F_sf·a, and (a, 1) is an eigenvector of F_ε of eigenvalue ξ (appendix D).
 * Conserved quantities w·u are fixed at their equilibrium values, which adds w_s + w_f·a = 0.
 *
 * <p>All solution branches come from a lexicographic Gröbner basis over Q(parameters, ε) (not from Solve, which
 * returns only the trivial branch of eq. 58): the eliminant of one unknown and its irreducible factors. The branch
 * is chosen by the asymptotic condition (eq. 59): the slow rate ξ must vanish as ε → 0; the orders of the branches'
 * rates come from the Newton polygon of the eliminant of ξ, so the choice is exact. Exactly one branch may satisfy
 * it; none means no invariant manifold in this regime, several mean no spectral gap.
 */
public record InvariantManifold(String slow, List<String> fast, List<ISymbol> unknowns, ISymbol rateSymbol,
        MomentSystem block, Regime regime, List<List<IExpr>> scaled, List<IExpr> equilibrium,
        List<IExpr> invariance, List<IExpr> constraints, IExpr slowRate, ISymbol eliminated, IExpr eliminant,
        List<Branch> branches, IExpr rateEliminant, List<IExpr> shape, IExpr closedUnknown, IExpr closedRate,
        ChapmanEnskog chapmanEnskog) {

    /**
     * One irreducible factor of the eliminant: its roots are solution branches of the invariance equations.
     *
     * @param factor     the factor, a polynomial in the eliminated unknown
     * @param degree     how many branches it carries
     * @param compatible whether its branches satisfy the conservation constraints
     * @param epsFree    whether it does not depend on ε (e.g. the trivial branch (1, 1, 0) of eq. 58)
     * @param chosen     whether it carries the slow branch
     */
    public record Branch(IExpr factor, int degree, boolean compatible, boolean epsFree, boolean chosen) {
    }

    /**
     * Derives the IM reduction of {@code slowName} in {@code regime}, with the Chapman-Enskog series to order
     * {@code order}.
     *
     * @throws ReductionException when the block has no unique equilibrium, is not polynomial in ε after rescaling,
     *         the component is not slow in the regime, or the branch selection fails (no branch, or no gap)
     */
    public static InvariantManifold derive(MomentSystem system, String slowName, Regime regime, int order)
            throws ReductionException {
        int index = system.indexOf(slowName);
        if (index < 0) {
            throw ReductionException.option("--keep", ReductionErrorCode.NO_SUCH_MOMENT, slowName,
                    String.join(", ", system.names()));
        }
        CasSession cas = CasSession.get();
        cas.assume(regime.parameters(system.model()));
        MomentSystem block = system.restrict(MomentStructure.of(system).closure(List.of(index)));
        MomentStructure structure = MomentStructure.of(block);
        requireRelaxingBlock(block, structure, slowName);
        // deviations are taken from the equilibrium in the regime (exact in ε), not from the unscaled one
        List<IExpr> equilibrium = structure.stationary().stream().map(regime::scale).toList();
        ISymbol eps = regime.eps();
        int s = block.indexOf(slowName);
        List<List<IExpr>> scaled = rescaledBlock(block, regime, s, slowName);
        // roots and functions of parameters (sqrt(c)) are generators of the algebra below, mapped back at the end
        ParameterAtoms atoms = ParameterAtoms.ofRegimeMatrix(scaled, eps);
        List<List<IExpr>> algebraic = scaled.stream().map(atoms::forward).toList();
        List<Integer> fastIdx = new ArrayList<>();
        List<String> fast = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            if (i != s) {
                fastIdx.add(i);
                fast.add(block.names().get(i));
            }
        }
        List<ISymbol> unknowns = new ArrayList<>();
        for (int i = 0; i < fast.size(); i++) {
            unknowns.add(Symbols.internal(fast.size() == 1 ? "a" : "a_" + (i + 1)));
        }
        IExpr fm = Lists.matrix(algebraic);
        IExpr fl = Lists.vector(fastIdx.stream().map(i -> (IExpr) F.ZZ(i + 1)).toList());
        IExpr cf = Lists.vector(unknowns);
        String step = "deriving the invariance equations of " + slowName;
        List<IExpr> invariance = Lists.toVector(cas.call(step, "KoInvarianceEquations", fm, F.ZZ(s + 1), fl, cf),
                fast.size(), step);
        IExpr slowRate = cas.call(step, "KoSlowRate", fm, F.ZZ(s + 1), fl, cf);
        List<IExpr> constraints = new ArrayList<>();
        for (MomentStructure.ConservationLaw law : structure.conservationLaws()) {
            constraints.add(cas.call(step, "KoConservationConstraint", Lists.vector(law.weights()), F.ZZ(s + 1), fl,
                    cf));
        }
        ISymbol eliminated = eliminatedUnknown(algebraic.get(s), fastIdx, unknowns, slowName);
        List<ISymbol> coefficientSymbols = new ArrayList<>(regime.parameters(system.model()).stream()
                .map(p -> p.symbol()).toList());
        coefficientSymbols.addAll(atoms.symbols());
        ISymbol xi = Symbols.internal("xi");
        try {
            // all branches of the invariance equations alone, written in the eliminated unknown
            List<ISymbol> order1 = new ArrayList<>(unknowns);
            order1.remove(eliminated);
            order1.add(eliminated);
            InvarianceAlgebra.Elimination all = InvarianceAlgebra.eliminate(invariance, coefficientSymbols, order1);
            if (all.eliminant() == null) {
                throw ReductionException.option("--keep", ReductionErrorCode.INFINITELY_MANY_BRANCHES, slowName);
            }
            IExpr eliminant = all.eliminant();
            // with the constraints: the admissible branches, as an eliminant of the rate ξ, and a_i(ξ)
            List<IExpr> withRate = new ArrayList<>(invariance);
            withRate.addAll(constraints);
            withRate.add(F.Subtract(xi, slowRate));
            List<ISymbol> order2 = new ArrayList<>(unknowns);
            order2.add(xi);
            InvarianceAlgebra.Elimination admissible = InvarianceAlgebra.eliminate(withRate, coefficientSymbols,
                    order2);
            if (admissible.inconsistent() || admissible.eliminant() == null) {
                throw ReductionException.option("--keep", ReductionErrorCode.NO_CONSERVING_BRANCH, slowName);
            }
            IExpr slowFactor = chooseRateFactor(admissible.eliminant(), xi, eps, slowName, regime);
            List<IExpr> shape = admissible.others();
            for (int i = 0; i < shape.size(); i++) {
                if (shape.get(i) == null) {
                    throw ReductionException.option("--keep", ReductionErrorCode.NOT_SHAPE_POSITION, slowName,
                            Symbols.displayName(unknowns.get(i)));
                }
            }
            List<IExpr> equations = new ArrayList<>(invariance);
            equations.addAll(constraints);
            ChapmanEnskog ce = ChapmanEnskog.solve(equations, unknowns, eps, slowRate, regime.timeScale(), eliminant,
                    eliminated, order);
            List<Branch> branches = branches(eliminant, eliminated, admissible.eliminant(), slowRate, xi, eps, ce,
                    unknowns).stream().map(b -> new Branch(back(atoms, b.factor()), b.degree(), b.compatible(),
                            b.epsFree(), b.chosen())).toList();
            // from here on every expression is in the model's parameters again
            ce = ce.map(e -> back(atoms, e));
            slowFactor = back(atoms, slowFactor);
            shape = shape.stream().map(e -> back(atoms, e)).toList();
            IExpr closedRate = null;
            IExpr closedUnknown = null;
            if (degree(slowFactor, xi) <= 2) {
                closedRate = closedRoot(slowFactor, xi, ce.rateSeries(), regime, system, true);
                int k = unknowns.indexOf(eliminated);
                IExpr expr = ExactTogether.evaluate(shape.get(k) == null ? F.C0 : shape.get(k));
                closedUnknown = closedRate == null ? null : ExactTogether.evaluate(F.subst(expr, xi, closedRate));
            }
            return new InvariantManifold(slowName, List.copyOf(fast), List.copyOf(unknowns), xi, block, regime,
                    scaled, equilibrium, invariance.stream().map(e -> back(atoms, e)).toList(),
                    constraints.stream().map(e -> back(atoms, e)).toList(), back(atoms, slowRate), eliminated,
                    back(atoms, eliminant), branches, slowFactor, List.copyOf(shape), closedUnknown, closedRate, ce);
        } catch (AlgebraException e) {
            throw ReductionException.option("--keep", ReductionErrorCode.INVARIANCE_NOT_POLYNOMIAL,
                    e.diagnostic().message());
        }
    }

    /**
     * @throws ReductionException when the block is the slow moment alone (nothing to find) or has no unique
     *         equilibrium (the affine closure around it is undefined)
     */
    private static void requireRelaxingBlock(MomentSystem block, MomentStructure structure, String slowName)
            throws ReductionException {
        if (block.size() < 2) {
            throw ReductionException.option("--keep", ReductionErrorCode.ALREADY_CLOSED, slowName);
        }
        if (structure.stationary() == null) {
            throw ReductionException.option("--keep", ReductionErrorCode.BLOCK_WITHOUT_EQUILIBRIUM, slowName,
                    String.join(", ", block.names()));
        }
    }

    /**
     * The block's matrix on the regime's time: polynomial in ε, with the slow row free of order-1 terms.
     *
     * @throws ReductionException when an entry is not polynomial in ε (the time scale leaves a fast rate) or the
     *         slow moment is not slow in the regime
     */
    private static List<List<IExpr>> rescaledBlock(MomentSystem block, Regime regime, int s, String slowName)
            throws ReductionException {
        ISymbol eps = regime.eps();
        List<List<IExpr>> scaled = regime.rescale(block.matrix());
        for (List<IExpr> row : scaled) {
            for (IExpr x : row) {
                if (!EpsilonSeries.isPolynomial(x, eps)) {
                    throw ReductionException.option("--scale", ReductionErrorCode.NOT_POLYNOMIAL_IN_EPS, regime.text(),
                            Symbols.displayName(eps), Symbols.readable(x));
                }
            }
        }
        for (IExpr x : scaled.get(s)) {
            if (!EpsilonSeries.coefficients(x, eps).isEmpty() && !EpsilonSeries.coefficients(x, eps).get(0).isZero()) {
                throw ReductionException.option("--keep", ReductionErrorCode.NOT_SLOW, slowName, regime.text(),
                        Symbols.displayName(eps));
            }
        }
        return scaled;
    }

    /**
     * The unknown the eliminant is written in: that of the first fast moment the slow one reads (a3 for eq. 58).
     *
     * @throws ReductionException when the slow moment reads none of the block
     */
    private static ISymbol eliminatedUnknown(List<IExpr> slowRow, List<Integer> fastIdx, List<ISymbol> unknowns,
            String slowName) throws ReductionException {
        for (int k = 0; k < fastIdx.size(); k++) {
            if (!slowRow.get(fastIdx.get(k)).isZero()) {
                return unknowns.get(k);
            }
        }
        throw ReductionException.option("--keep", ReductionErrorCode.INDEPENDENT_OF_BLOCK, slowName);
    }

    private static IExpr back(ParameterAtoms atoms, IExpr e) {
        return e == null ? null : atoms.isEmpty() ? e : ExactTogether.evaluate(atoms.back(e));
    }

    private static int degree(IExpr p, ISymbol x) {
        IExpr d = CasSession.get().evaluate(F.Exponent(p, x));
        return d.toIntDefault();
    }

    /** The irreducible factors (with a positive degree in x) of a polynomial. */
    static List<IExpr> factors(IExpr p, ISymbol x) {
        IExpr f = CasSession.get().evaluate(F.Factor(p));
        List<IExpr> parts = Lists.factors(f);
        List<IExpr> out = new ArrayList<>();
        for (IExpr a : parts) {
            IExpr base = a.isPower() && a.exponent().isInteger() ? a.base() : a;
            if (!base.isFree(x)) {
                out.add(CasSession.get().evaluate(F.Expand(base)));
            }
        }
        return out;
    }

    /**
     * The factor of the rate eliminant that carries the one branch with ξ → 0 as ε → 0 (eq. 59), from the
     * Newton polygon of each factor.
     */
    private static IExpr chooseRateFactor(IExpr rateEliminant, ISymbol xi, ISymbol eps, String slowName,
            Regime regime) throws ReductionException {
        IExpr chosen = null;
        int slowCount = 0;
        for (IExpr factor : factors(rateEliminant, xi)) {
            List<IExpr> c = EpsilonSeries.coefficients(CasSession.get().evaluate(F.Expand(factor)), xi);
            double[] orders = new double[c.size()];
            for (int i = 0; i < c.size(); i++) {
                orders[i] = c.get(i).isZero() ? Double.POSITIVE_INFINITY : EpsilonSeries.leading(c.get(i), eps).order();
            }
            for (NewtonPolygon.RootOrder r : NewtonPolygon.roots(orders)) {
                if (r.order() > 0) {
                    slowCount += r.count();
                    chosen = factor;
                }
            }
        }
        if (slowCount == 0) {
            throw ReductionException.option("--keep", ReductionErrorCode.NO_SLOW_BRANCH, slowName,
                    Symbols.displayName(eps), regime.text());
        }
        if (slowCount > 1) {
            throw ReductionException.option("--keep", ReductionErrorCode.SEVERAL_SLOW_BRANCHES, slowCount, slowName,
                    Symbols.displayName(eps), regime.text());
        }
        return chosen;
    }

    private static List<Branch> branches(IExpr eliminant, ISymbol eliminated, IExpr rateEliminant, IExpr slowRate,
            ISymbol xi, ISymbol eps, ChapmanEnskog ce, List<ISymbol> unknowns) {
        CasSession cas = CasSession.get();
        List<Branch> out = new ArrayList<>();
        IExpr chosenValue = ce.series().get(unknowns.indexOf(eliminated));
        for (IExpr f : factors(eliminant, eliminated)) {
            // compatible when some root of f is also a root of the admissible system: test through the rate, which
            // for one unknown read by the slow row is affine in it
            IExpr rateOf = ExactTogether.evaluate(F.Subtract(xi, slowRate));
            IExpr resultant = cas.evaluate(F.Resultant(f, rateOf, eliminated));
            IExpr common = cas.evaluate(F.PolynomialGCD(F.Expand(F.Numerator(ExactTogether.evaluate(resultant))), rateEliminant));
            boolean compatible = !common.isFree(xi);
            boolean epsFree = f.isFree(eps);
            IExpr residual = cas.evaluate(F.Expand(F.subst(f, eliminated, chosenValue)));
            boolean chosen = residual.isZero() || EpsilonSeries.leading(residual, eps).halfOrder() / 2 > ce.order()
                    + EpsilonSeries.leading(f, eps).halfOrder() / 2;
            out.add(new Branch(f, degree(f, eliminated), compatible, epsFree, chosen && compatible));
        }
        return out;
    }

    /** The explicit root of a factor of degree ≤ 2 that agrees with the series at the model's values. */
    private static IExpr closedRoot(IExpr factor, ISymbol x, IExpr originalTimeSeries, Regime regime,
            MomentSystem system, boolean rescaled) throws ReductionException {
        CasSession cas = CasSession.get();
        IExpr sol = cas.evaluate(F.Solve(F.Equal(factor, F.C0), x));
        if (!sol.isList() || sol.argSize() == 0) {
            return null;
        }
        Numeric values;
        try {
            values = Numeric.of(system.model());
        } catch (ReductionException e) {
            values = null;
        }
        double eps0 = 1e-3;
        IExpr best = null;
        double bestDist = Double.POSITIVE_INFINITY;
        for (IExpr rule : (IAST) sol) {
            IExpr root = ((IAST) rule).arg1().second();
            if (values == null) {
                return Radicals.factorRadicands(((IAST) ((IAST) sol).arg1()).arg1().second());
            }
            Numeric at = values.with(regime.eps(), eps0);
            try {
                double v = at.eval(F.Divide(root, regime.timeScale()));
                double ref = at.eval(originalTimeSeries);
                double d = Math.abs(v - ref);
                if (d < bestDist) {
                    bestDist = d;
                    best = root;
                }
            } catch (RuntimeException e) {
                // complex at these values: not the branch
            }
        }
        return best == null ? null : Radicals.factorRadicands(best);
    }

    // ------------------------------------------------------------------ numeric side

    /** The reduced rate ξ/τ in the original time (eq. 60: 4α a3*(ε)) at the model's values and one ε. */
    public double rate(Numeric values, double epsValue) {
        double[] track = rates(values, new double[] {epsValue});
        return track[0];
    }

    /**
     * The exact branch's rate ξ(ε)/τ(ε) along increasing ε, followed by continuation from the Chapman-Enskog value
     * at small ε (NaN once the branch has turned complex).
     */
    public double[] rates(Numeric values, double[] epsValues) {
        double[] out = new double[epsValues.length];
        ISymbol eps = regime.eps();
        List<IExpr> coefficients = EpsilonSeries.coefficients(CasSession.get().evaluate(F.Expand(rateEliminant)),
                rateSymbol);
        double start = Math.min(1e-4, java.util.Arrays.stream(epsValues).min().orElse(1e-4) / 10);
        Numeric at0 = values.with(eps, start);
        double current = at0.eval(F.Times(chapmanEnskog.rateSeries(), regime.timeScale()));
        double e = start;
        Integer[] idx = new Integer[epsValues.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (p, q) -> Double.compare(epsValues[p], epsValues[q]));
        boolean complex = false;
        for (int i : idx) {
            double target = epsValues[i];
            int steps = 40;
            double ratio = Math.pow(target / e, 1.0 / steps);
            for (int k = 0; k < steps && !complex && target > e * (1 + 1e-12); k++) {
                double next = e * ratio;
                double[] c = numericCoefficients(coefficients, values.with(eps, next));
                org.ejml.data.Complex_F64 best = PolynomialRoots.nearest(c, current);
                if (Math.abs(best.imaginary) > 1e-7 * Math.max(1, Math.abs(best.real))) {
                    complex = true;
                }
                current = best.real;
                e = next;
            }
            double tau = values.with(eps, target).eval(regime.timeScale());
            out[i] = complex ? Double.NaN : current / tau;
        }
        return out;
    }

    private static double[] numericCoefficients(List<IExpr> coefficients, Numeric at) {
        double[] c = new double[coefficients.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = at.eval(coefficients.get(i));
        }
        return c;
    }

}

package org.kolmo.cas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Radicals and other non-rational functions of the parameters ({@code sqrt(beta)}, {@code sqrt(2*D/gamma)},
 * {@code 2^(1/3)}, {@code exp(-gamma)}, the constant π) as generators of the exact algebra: each distinct atom becomes
 * a fresh symbol r, a root c^(k/n) the power r^k of the atom r = c^(1/n), so that the polynomial algebra over
 * Q(parameters) applies unchanged.
 *
 * <p>Why it is exact: the algebra (determinants, characteristic and annihilating polynomials, products of matrices)
 * consists of ring operations, which commute with substituting r := its value; an identity derived with r
 * independent therefore holds at that value. Mapped back, r^n is c again. What treating r as independent can lose is
 * minimality: a relation that holds only because r^n = c (an order that drops at that value) is not seen.
 */
public final class ParameterAtoms {
    private final Map<IExpr, ISymbol> generators;

    private ParameterAtoms(Map<IExpr, ISymbol> generators) {
        this.generators = generators;
    }

    /**
     * The atoms in {@code expressions} that involve only symbols accepted by {@code isParameter} (and numbers),
     * each with a fresh symbol.
     */
    public static ParameterAtoms of(List<IExpr> expressions, Predicate<ISymbol> isParameter) {
        Map<IExpr, ISymbol> found = new LinkedHashMap<>();
        for (IExpr e : expressions) {
            collect(e, isParameter, found);
        }
        return new ParameterAtoms(found);
    }

    /**
     * The atoms of a matrix in a regime: functions of the user's parameters other than the small parameter
     * {@code eps}, which the regime's algebra keeps as its variable (a root of ε is an order, not an atom).
     */
    public static ParameterAtoms ofRegimeMatrix(List<List<IExpr>> matrix, ISymbol eps) {
        List<IExpr> entries = new ArrayList<>();
        matrix.forEach(entries::addAll);
        return of(entries, s -> Symbols.isUser(s) && !s.equals(eps));
    }

    private static void collect(IExpr e, Predicate<ISymbol> isParameter, Map<IExpr, ISymbol> found) {
        IExpr root = radical(e, isParameter);
        if (root != null) {
            found.computeIfAbsent(root, r -> Symbols.internal("atom_" + (found.size() + 1)));
            return;
        }
        if (e instanceof IAST ast) {
            for (int i = 1; i <= ast.argSize(); i++) { // the head (Plus, Times) is never an atom
                collect(ast.get(i), isParameter, found);
            }
        }
    }

    /**
     * The atom of {@code e}: c^(1/n) when {@code e} is c^(k/n) with n > 1; {@code e} itself when it is another
     * function (exp, sin, a symbolic power) of parameters and numbers, or a constant such as π; null for sums,
     * products, integer powers, numbers, symbols and anything that involves a non-parameter.
     */
    private static IExpr radical(IExpr e, Predicate<ISymbol> isParameter) {
        if (e instanceof ISymbol s) {
            return s == S.Pi || s == S.E || s == S.EulerGamma || s == S.GoldenRatio || s == S.Catalan ? e : null;
        }
        if (!(e instanceof IAST) || e.isNumber() || e.isPlus() || e.isTimes()
                || e.isPower() && e.exponent().isInteger()) {
            return null;
        }
        boolean onlyParameters = e.isFree(x -> x instanceof ISymbol s && !s.isBuiltInSymbol()
                && !isParameter.test(s), false);
        if (!onlyParameters) {
            return null;
        }
        if (e.isPower() && e.exponent() instanceof IFraction q) {
            return F.Power(e.base(), F.QQ(1, q.toBigDenominator().intValueExact()));
        }
        return e;
    }

    public boolean isEmpty() {
        return generators.isEmpty();
    }

    /** The atoms, in the order found. */
    public List<IExpr> atoms() {
        return new ArrayList<>(generators.keySet());
    }

    /** The fresh symbols, in the order of {@link #atoms()}. */
    public List<ISymbol> symbols() {
        return new ArrayList<>(generators.values());
    }

    /** {@code e} with every c^(k/n) written as r^k. */
    public IExpr forward(IExpr e) {
        if (generators.isEmpty()) {
            return e;
        }
        return CasSession.get().evaluate(replace(e));
    }

    private IExpr replace(IExpr e) {
        if (e.isPower() && e.exponent() instanceof IFraction q) {
            IExpr root = F.Power(e.base(), F.QQ(1, q.toBigDenominator().intValueExact()));
            ISymbol r = generators.get(root);
            if (r != null) {
                return F.Power(r, F.ZZ(q.toBigNumerator().intValueExact()));
            }
        }
        ISymbol atom = generators.get(e);
        if (atom != null) {
            return atom;
        }
        if (e instanceof IAST ast) {
            IASTMutable copy = ast.copy();
            for (int i = 1; i <= ast.argSize(); i++) {
                copy.set(i, replace(ast.get(i)));
            }
            return copy;
        }
        return e;
    }

    /** {@code e} with every r replaced by its radical again (r^n evaluates back to c). */
    public IExpr back(IExpr e) {
        if (generators.isEmpty()) {
            return e;
        }
        Map<IExpr, IExpr> inverse = new LinkedHashMap<>();
        generators.forEach((root, r) -> inverse.put(r, root));
        return CasSession.get().evaluate(F.subst(e, inverse));
    }

    /** {@link #back} of each element. */
    public List<IExpr> back(List<IExpr> list) {
        return list.stream().map(this::back).toList();
    }

    /** {@link #forward} of each element. */
    public List<IExpr> forward(List<IExpr> list) {
        return list.stream().map(this::forward).toList();
    }
}

package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.Notation;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.ufd.Quotient;

/**
 * The check that B2(X) is positive stable (seed 000, below eq. 7: all eigenvalues with positive real part, so that
 * the fast process is ergodic and the Lyapunov equation has a unique solution). By the Routh-Hurwitz criterion this
 * holds exactly when every Hurwitz determinant Δ_k of det(λI + B2) is positive. Each Δ_k > 0 is proved symbolically
 * where possible (a sum of non-negative terms with a positive constant, or Symja's Refine under the parameters'
 * assumptions with the slow variables real), and otherwise checked at the model's parameter values (and the slow
 * variables' initial values when B2 depends on them).
 *
 * @param conditions one entry per Hurwitz determinant
 */
public record PositiveStability(List<Condition> conditions) {

    /** How one condition Δ_k > 0 was settled. */
    public enum Verdict {
        /** Proved for all parameter values allowed by the assumptions and all X. */
        PROVED,
        /** Checked at the model's numeric parameter values only. */
        CHECKED_AT_VALUES,
        /** Neither proved nor checkable (parameters without values). */
        UNDECIDED
    }

    /**
     * @param determinant Δ_k
     * @param verdict     how Δ_k > 0 was settled
     * @param value       Δ_k at the model's values, when it was evaluated there
     */
    public record Condition(IExpr determinant, Verdict verdict, Optional<Double> value) {
    }

    public boolean proved() {
        return conditions.stream().allMatch(c -> c.verdict() == Verdict.PROVED);
    }

    static PositiveStability check(List<List<Quotient<BigInteger>>> b2q, ModelExpansion ex) {
        Sde model = ex.model;
        String source = ex.source;
        CasSession cas = CasSession.get();
        List<List<IExpr>> b2 = new ArrayList<>();
        for (List<Quotient<BigInteger>> row : b2q) {
            b2.add(row.stream().map(ex.field::toExpr).toList());
        }
        ISymbol lambda = Symbols.internal("lambda");
        IExpr dets = cas.call("checking that B2 is positive stable", "KoHurwitzDeterminants", Lists.matrix(b2), lambda);
        List<Condition> out = new ArrayList<>();
        IExpr facts = facts(model);
        ExpressionWriter writer = new ExpressionWriter(Notation.of(model));
        int k = 0;
        for (IExpr raw : (IAST) dets) {
            k++;
            IExpr delta = ex.field.normal(raw);
            Condition c = decide(delta, facts, model);
            if (c == null) {
                // B2 is read off the fast equations: the error points at the first of them
                throw new HomogenizationException(HomogenizationErrorCode.NOT_POSITIVE_STABLE, source,
                        Symbols.displayName(ex.shape.fast().get(0)),
                        "the Hurwitz determinant D" + k + " of det(l I + B2) is " + writer.write(delta)
                                + ", which is not positive" + (delta.isNumber() ? "" : where(model)));
            }
            out.add(c);
        }
        return new PositiveStability(List.copyOf(out));
    }

    private static String where(Sde model) {
        List<String> values = new ArrayList<>();
        ExpressionWriter w = new ExpressionWriter(Notation.of(model));
        for (Parameter p : model.parameters()) {
            if (!p.isSmall()) {
                p.value().ifPresent(v -> values.add(p.name() + " = " + w.write(v)));
            }
        }
        return values.isEmpty() ? "" : " at " + String.join(", ", values);
    }

    /** The condition settled, or null when it is false. */
    private static Condition decide(IExpr delta, IExpr facts, Sde model) {
        CasSession cas = CasSession.get();
        if (delta.isNumber()) {
            return delta.evalf() > 0 ? new Condition(delta, Verdict.PROVED, Optional.of(delta.evalf())) : null;
        }
        if (obviouslyPositive(delta, model)) {
            return new Condition(delta, Verdict.PROVED, Optional.empty());
        }
        IExpr refined = cas.evaluate(F.Refine(F.Greater(delta, F.C0), facts));
        if (refined.isTrue()) {
            return new Condition(delta, Verdict.PROVED, Optional.empty());
        }
        if (refined.isFalse()) {
            return null;
        }
        IExpr atValues = cas.evaluate(F.subst(delta, F.List(rules(model).toArray(new IExpr[0]))));
        if (atValues.isNumber() || cas.evaluate(F.N(atValues)).isNumber()) {
            double v = cas.evaluate(F.N(atValues)).evalf();
            return v > 0 ? new Condition(delta, Verdict.CHECKED_AT_VALUES, Optional.of(v)) : null;
        }
        return new Condition(delta, Verdict.UNDECIDED, Optional.empty());
    }

    /** Parameter = value and slow variable = initial value, where the model gives them. */
    private static List<IExpr> rules(Sde model) {
        List<IExpr> rules = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            p.value().ifPresent(v -> rules.add(F.Rule(p.symbol(), v)));
        }
        for (Variable v : model.variables()) {
            v.initialValue().ifPresent(x -> rules.add(F.Rule(v.symbol(), x)));
        }
        return rules;
    }

    /** The parameters' assumptions, and every variable real. */
    private static IExpr facts(Sde model) {
        List<IExpr> facts = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            facts.add(F.Element(p.symbol(), S.Reals));
            if (p.assumptions().contains(Assumption.POSITIVE) || p.assumptions().contains(Assumption.SMALL)) {
                facts.add(F.Greater(p.symbol(), F.C0));
            }
            if (p.assumptions().contains(Assumption.NONZERO)) {
                facts.add(F.Unequal(p.symbol(), F.C0));
            }
        }
        for (Variable v : model.variables()) {
            facts.add(F.Element(v.symbol(), S.Reals));
        }
        return facts.size() == 1 ? facts.get(0) : F.And(facts.toArray(new IExpr[0]));
    }

    /**
     * A sufficient test on e in normal form (one fraction): numerator and denominator are sums of terms with positive
     * numeric coefficients in which every symbol is a positive parameter or has an even exponent, and each has a
     * positive constant term.
     */
    static boolean obviouslyPositive(IExpr e, Sde model) {
        IExpr t = e;
        return positiveSum(Cas.expand(Cas.eval(F.Numerator(t))), model)
                && positiveSum(Cas.expand(Cas.eval(F.Denominator(t))), model);
    }

    private static boolean positiveSum(IExpr sum, Sde model) {
        boolean constant = false;
        for (IExpr term : Lists.terms(sum)) {
            if (term.isNumber()) {
                if (!(term.evalf() > 0)) {
                    return false;
                }
                constant = true;
                continue;
            }
            List<IExpr> factors = Lists.factors(term);
            for (IExpr f : factors) {
                if (f.isNumber()) {
                    if (!(f.evalf() > 0)) {
                        return false;
                    }
                } else if (!nonNegativeFactor(f, model)) {
                    return false;
                }
            }
        }
        return constant;
    }

    private static boolean nonNegativeFactor(IExpr f, Sde model) {
        IExpr base = f.isPower() ? f.base() : f;
        IExpr exponent = f.isPower() ? f.exponent() : F.C1;
        if (!(base instanceof ISymbol s)) {
            return false;
        }
        if (exponent.isInteger() && exponent.toIntDefault() % 2 == 0) {
            return true;
        }
        return model.parameters().stream().anyMatch(p -> p.symbol().equals(s)
                && (p.assumptions().contains(Assumption.POSITIVE) || p.assumptions().contains(Assumption.SMALL)));
    }
}

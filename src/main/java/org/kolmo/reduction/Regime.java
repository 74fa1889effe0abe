package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.error.Position;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.kolmo.model.RegimeStatement;
import org.kolmo.model.SourcePosition;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A scaling regime (Chen et al. 2025, sec. 5.1, eq. 50): parameters replaced by expressions in a small parameter ε
 * (there β ↦ β/√ε) and the time rescaled, t ↦ τ(ε) t (there τ = ε). A moment system u' = F u + h becomes
 * u' = τ F(scaled) u + τ h(scaled) on the rescaled time; at ε = 1 both are the original system.
 *
 * @param scalings  parameter symbol ↦ its replacement, in the order given
 * @param timeScale τ(ε)
 * @param epsilon   the small parameter (positive, small)
 * @param text      the scaling as the user wrote it, for reports
 */
public record Regime(Map<ISymbol, IExpr> scalings, IExpr timeScale, Parameter epsilon, String text) {

    public Regime {
        scalings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scalings));
    }

    /** The symbol of ε. */
    public ISymbol eps() {
        return epsilon.symbol();
    }

    /**
     * Where a regime's failures are reported: the statement of a model file, or the reduce command's options.
     *
     * @param rules    the parameter rules ({@code --scale}, or the statement)
     * @param time     the time rule ({@code --time-scale}, or the statement)
     * @param epsilon  the small parameter's name ({@code --eps-name}, or the statement)
     * @param asOption whether the regime came from options (an empty one then asks for them)
     */
    public record Placement(Position rules, Position time, Position epsilon, boolean asOption) {
        /** The reduce command's {@code --scale}, {@code --time-scale} and {@code --eps-name}. */
        public static final Placement OPTIONS = new Placement(Position.option("--scale"),
                Position.option("--time-scale"), Position.option("--eps-name"), true);

        /** The statement's position in its file (the model file, for a statement built in code). */
        public static Placement of(RegimeStatement statement) {
            SourcePosition at = statement.position();
            Position where = at.equals(SourcePosition.NONE) ? Position.modelFile()
                    : Position.at(at.file(), at.line(), at.column());
            return new Placement(where, where, where, false);
        }
    }

    /**
     * The regime a model file states ({@code regime} statement). The reader has already checked the left sides and
     * the identity at ε = 1; the checks are repeated here for models built in code, and a failure names the
     * statement's position ({@code FILE:LINE:COLUMN}).
     *
     * @throws ReductionException when ε is a variable of the model, or the regime is not the identity at ε = 1 or
     *         changes nothing
     */
    public static Regime fromStatement(Sde model, RegimeStatement statement) throws ReductionException {
        return of(model, statement, Placement.of(statement));
    }

    /**
     * The regime of a statement, from a model file or from the reduce command's options (both are a
     * {@link RegimeStatement}, so both meet the same checks); failures are reported where {@code where} says.
     *
     * @throws ReductionException when ε is a variable of the model, a rule's left side is not a parameter, or the
     *         regime is not the identity at ε = 1 or changes nothing
     */
    public static Regime of(Sde model, RegimeStatement statement, Placement where) throws ReductionException {
        String epsName = statement.eps();
        if (model.variable(epsName).isPresent()) {
            throw new ReductionException(ReductionErrorCode.EPS_IS_VARIABLE, where.epsilon(), epsName, model.name());
        }
        Parameter eps = model.parameter(epsName).orElse(new Parameter(epsName,
                EnumSet.of(Assumption.POSITIVE, Assumption.SMALL), Optional.empty()));
        Map<ISymbol, IExpr> map = new LinkedHashMap<>();
        for (RegimeStatement.Rule rule : statement.rules()) {
            if (model.parameter(rule.parameter()).isEmpty() || rule.parameter().equals(epsName)) {
                throw new ReductionException(ReductionErrorCode.REGIME_NOT_A_PARAMETER, where.rules(),
                        rule.parameter(), model.name());
            }
            map.put(Symbols.user(rule.parameter()), rule.replacement());
        }
        IExpr tau = statement.timeScale();
        Regime regime = new Regime(map, tau, eps, statement.text());
        if (map.isEmpty() && tau.isOne()) {
            throw where.asOption() ? new ReductionException(ReductionErrorCode.NO_REGIME, where.rules(), epsName)
                    : new ReductionException(ReductionErrorCode.REGIME_CHANGES_NOTHING, where.rules());
        }
        if (!regime.atOne(F.Subtract(tau, F.C1)).isZero()) {
            throw new ReductionException(ReductionErrorCode.TIME_SCALE_NOT_IDENTITY, where.time(), epsName);
        }
        for (Map.Entry<ISymbol, IExpr> e : map.entrySet()) {
            if (!regime.atOne(F.Subtract(e.getValue(), e.getKey())).isZero()) {
                throw new ReductionException(ReductionErrorCode.SCALING_NOT_IDENTITY, where.rules(),
                        Symbols.displayName(e.getKey()), epsName);
            }
        }
        return regime;
    }

    /** The model with ε added to its parameters (when it is not one already), so expressions may use it. */
    public static Sde withParameter(Sde model, Parameter eps) {
        if (model.parameter(eps.name()).isPresent()) {
            return model;
        }
        List<Parameter> params = new ArrayList<>(model.parameters());
        params.add(eps);
        return new Sde(model.name(), model.title(), model.convention(), params, model.variables(), model.noises(),
                model.drift(), model.diffusion(), model.differentialWeights(), model.regime());
    }

    /** The model's parameters and ε, for assumptions and polynomial rings. */
    public List<Parameter> parameters(Sde model) {
        return withParameter(model, epsilon).parameters();
    }

    /** The expression with the parameters replaced by their scalings (original time). */
    public IExpr scale(IExpr e) {
        IExpr out = e;
        if (!scalings.isEmpty()) {
            out = F.subst(e, scalings);
        }
        return ExactTogether.evaluate(out);
    }

    /** The generator of a linear system on the rescaled time: τ F(scaled), each entry in lowest terms. */
    public List<List<IExpr>> rescale(List<List<IExpr>> matrix) {
        List<List<IExpr>> out = new ArrayList<>();
        for (List<IExpr> row : matrix) {
            List<IExpr> r = new ArrayList<>();
            for (IExpr x : row) {
                r.add(CasSession.get().evaluate(F.Expand(ExactTogether.evaluate(F.Times(timeScale, scale(x))))));
            }
            out.add(r);
        }
        return out;
    }

    /** The expression at ε = 1, i.e. in the original parameters. */
    public IExpr atOne(IExpr e) {
        return ExactTogether.evaluate(F.subst(e, eps(), F.C1));
    }
}

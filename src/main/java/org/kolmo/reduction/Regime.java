package org.kolmo.reduction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.error.Position;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
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
     * Reads a regime given as {@code 'beta -> beta/sqrt(eps)'} (several separated by {@code ;}) and a time scale
     * such as {@code eps}, both over the model's parameters and the small parameter {@code epsName}.
     *
     * @throws ReductionException naming the option when a left-hand side is not a parameter of the model, the
     *         scaling is missing its arrow, or ε is a state variable
     * @throws ModelException     for a syntax error in an expression (positioned in the option's text)
     */
    public static Regime parse(Sde model, String scale, String timeScale, String epsName)
            throws ReductionException, ModelException {
        if (model.variable(epsName).isPresent()) {
            throw ReductionException.option("--eps-name", ReductionErrorCode.EPS_IS_VARIABLE, epsName, model.name());
        }
        Parameter eps = model.parameter(epsName).orElse(new Parameter(epsName,
                EnumSet.of(Assumption.POSITIVE, Assumption.SMALL), Optional.empty()));
        Sde extended = withParameter(model, eps);
        Map<ISymbol, IExpr> map = new LinkedHashMap<>();
        if (scale != null && !scale.isBlank()) {
            for (String part : scale.split(";")) {
                int arrow = part.indexOf("->");
                if (arrow < 0) {
                    throw ReductionException.option("--scale", ReductionErrorCode.SCALE_FORM, part.strip());
                }
                String lhs = part.substring(0, arrow).strip();
                if (model.parameter(lhs).isEmpty() || lhs.equals(epsName)) {
                    throw ReductionException.option("--scale", ReductionErrorCode.SCALE_NOT_A_PARAMETER, lhs,
                            model.name(),
                            String.join(", ", model.parameters().stream().map(Parameter::name).toList()));
                }
                IExpr rhs = ModelReader.readExpression("--scale", part.substring(arrow + 2).strip(), extended);
                map.put(Symbols.user(lhs), rhs);
            }
        }
        IExpr tau = timeScale == null || timeScale.isBlank() ? F.C1
                : ModelReader.readExpression("--time-scale", timeScale.strip(), extended);
        String text = (scale == null ? "" : scale.strip()) + (tau.isOne() ? "" : ", t -> " + timeScale.strip() + "*t");
        Regime regime = new Regime(map, tau, eps, text);
        if (map.isEmpty() && tau.isOne()) {
            throw ReductionException.option("--scale", ReductionErrorCode.NO_REGIME, epsName);
        }
        if (!regime.atOne(F.Subtract(tau, F.C1)).isZero()) {
            throw ReductionException.option("--time-scale", ReductionErrorCode.TIME_SCALE_NOT_IDENTITY, epsName);
        }
        for (Map.Entry<ISymbol, IExpr> e : map.entrySet()) {
            if (!regime.atOne(F.Subtract(e.getValue(), e.getKey())).isZero()) {
                throw ReductionException.option("--scale", ReductionErrorCode.SCALING_NOT_IDENTITY,
                        Symbols.displayName(e.getKey()), epsName);
            }
        }
        return regime;
    }

    /**
     * The regime a model file states ({@code regime} statement). The reader has already checked the left sides and
     * the identity at ε = 1; the checks are repeated here for models built in code, and a failure names the
     * statement's position ({@code FILE:LINE:COLUMN}) instead of an option.
     *
     * @throws ReductionException when ε is a variable of the model, or the regime is not the identity at ε = 1 or
     *         changes nothing
     */
    public static Regime fromStatement(Sde model, RegimeStatement statement) throws ReductionException {
        SourcePosition at = statement.position();
        Position where = at.equals(SourcePosition.NONE) ? Position.modelFile()
                : Position.at(at.file(), at.line(), at.column());
        String epsName = statement.eps();
        if (model.variable(epsName).isPresent()) {
            throw new ReductionException(ReductionErrorCode.EPS_IS_VARIABLE, where, epsName, model.name());
        }
        Parameter eps = model.parameter(epsName).orElse(new Parameter(epsName,
                EnumSet.of(Assumption.POSITIVE, Assumption.SMALL), Optional.empty()));
        Map<ISymbol, IExpr> map = new LinkedHashMap<>();
        for (RegimeStatement.Rule rule : statement.rules()) {
            if (model.parameter(rule.parameter()).isEmpty() || rule.parameter().equals(epsName)) {
                throw new ReductionException(ReductionErrorCode.REGIME_NOT_A_PARAMETER, where, rule.parameter(),
                        model.name());
            }
            map.put(Symbols.user(rule.parameter()), rule.replacement());
        }
        IExpr tau = statement.timeScale();
        Regime regime = new Regime(map, tau, eps, statement.text());
        if (map.isEmpty() && tau.isOne()) {
            throw new ReductionException(ReductionErrorCode.REGIME_CHANGES_NOTHING, where);
        }
        if (!regime.atOne(F.Subtract(tau, F.C1)).isZero()) {
            throw new ReductionException(ReductionErrorCode.TIME_SCALE_NOT_IDENTITY, where, epsName);
        }
        for (Map.Entry<ISymbol, IExpr> e : map.entrySet()) {
            if (!regime.atOne(F.Subtract(e.getValue(), e.getKey())).isZero()) {
                throw new ReductionException(ReductionErrorCode.SCALING_NOT_IDENTITY, where,
                        Symbols.displayName(e.getKey()),
                        epsName);
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

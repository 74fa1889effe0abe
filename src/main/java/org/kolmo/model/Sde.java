package org.kolmo.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A system of SDEs as an immutable value: dX^i = b^i dt + Σ_j σ^{ij} dW^j (+ Σ_k p^{ik} dX^k for functionals),
 * in the convention {@link #convention()}.
 *
 * <p>Rows of {@link #drift()}, {@link #diffusion()} and {@link #differentialWeights()} follow the order of
 * {@link #variables()}; columns of the diffusion follow {@link #noises()}. The differential weights are the
 * coefficients of {@code dX^k} in the equation of a functional (seed 000, eq. 7); they are zero in every other row.
 * Transformations return new values; nothing here changes after construction.
 */
public final class Sde {
    private final String name;
    private final String title;
    private final Convention convention;
    private final List<Parameter> parameters;
    private final List<Variable> variables;
    private final List<String> noises;
    private final List<IExpr> drift;
    private final List<List<IExpr>> diffusion;
    private final List<List<IExpr>> differentialWeights;
    private final Optional<RegimeStatement> regime;

    public Sde(String name, String title, Convention convention, List<Parameter> parameters, List<Variable> variables,
            List<String> noises, List<IExpr> drift, List<List<IExpr>> diffusion, List<List<IExpr>> differentialWeights) {
        this(name, title, convention, parameters, variables, noises, drift, diffusion, differentialWeights,
                Optional.empty());
    }

    /**
     * A system with the scaling regime its file states ({@code regime} statement), if any.
     *
     * @param differentialWeights null for none
     */
    public Sde(String name, String title, Convention convention, List<Parameter> parameters, List<Variable> variables,
            List<String> noises, List<IExpr> drift, List<List<IExpr>> diffusion, List<List<IExpr>> differentialWeights,
            Optional<RegimeStatement> regime) {
        this.name = Objects.requireNonNull(name);
        this.title = title == null ? "" : title;
        this.convention = Objects.requireNonNull(convention);
        this.parameters = List.copyOf(parameters);
        this.variables = List.copyOf(variables);
        this.noises = List.copyOf(noises);
        int d = variables.size();
        int m = noises.size();
        if (drift.size() != d || diffusion.size() != d) {
            throw new IllegalArgumentException("drift and diffusion need one row per variable");
        }
        this.drift = List.copyOf(drift);
        this.diffusion = copyMatrix(diffusion, d, m, "diffusion");
        this.differentialWeights = differentialWeights == null ? zeroMatrix(d, d)
                : copyMatrix(differentialWeights, d, d, "differential weights");
        this.regime = regime == null ? Optional.empty() : regime;
    }

    /** A system without functionals' dX terms. */
    public Sde(String name, String title, Convention convention, List<Parameter> parameters, List<Variable> variables,
            List<String> noises, List<IExpr> drift, List<List<IExpr>> diffusion) {
        this(name, title, convention, parameters, variables, noises, drift, diffusion, null);
    }

    private static List<List<IExpr>> copyMatrix(List<List<IExpr>> rows, int d, int m, String what) {
        if (rows.size() != d) {
            throw new IllegalArgumentException(what + " needs " + d + " rows");
        }
        List<List<IExpr>> out = new ArrayList<>(d);
        for (List<IExpr> row : rows) {
            if (row.size() != m) {
                throw new IllegalArgumentException(what + " needs " + m + " columns");
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    private static List<List<IExpr>> zeroMatrix(int rows, int cols) {
        List<List<IExpr>> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<IExpr> row = new ArrayList<>(cols);
            for (int j = 0; j < cols; j++) {
                row.add(F.C0);
            }
            out.add(row);
        }
        return out;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public Convention convention() {
        return convention;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<String> noises() {
        return noises;
    }

    /** Coefficients of dt, one per variable. */
    public List<IExpr> drift() {
        return drift;
    }

    /** Coefficients of dW^j: row i, column j. */
    public List<List<IExpr>> diffusion() {
        return diffusion;
    }

    /** Coefficients of dX^k in the equation of variable i (non-zero only for functionals). */
    public List<List<IExpr>> differentialWeights() {
        return differentialWeights;
    }

    /** The scaling regime stated in the model file, if any (the reduce command's default regime). */
    public Optional<RegimeStatement> regime() {
        return regime;
    }

    /** The same model with another (or no) stated regime. */
    public Sde withRegime(Optional<RegimeStatement> newRegime) {
        return new Sde(name, title, convention, parameters, variables, noises, drift, diffusion, differentialWeights,
                newRegime);
    }

    /** The same model with other parameters, e.g. the values of one numeric run (same names, same order). */
    public Sde withParameters(List<Parameter> newParameters) {
        return new Sde(name, title, convention, newParameters, variables, noises, drift, diffusion,
                differentialWeights, regime);
    }

    public int dimension() {
        return variables.size();
    }

    public int noiseCount() {
        return noises.size();
    }

    /** True when some equation has a dX term. */
    public boolean hasDifferentialWeights() {
        return differentialWeights.stream().flatMap(List::stream).anyMatch(e -> !e.isZero());
    }

    /** The Symja symbols of the variables, in order. */
    public List<ISymbol> variableSymbols() {
        return variables.stream().map(Variable::symbol).toList();
    }

    /** The Symja symbols of the parameters, in order. */
    public List<ISymbol> parameterSymbols() {
        return parameters.stream().map(Parameter::symbol).toList();
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    public Optional<Variable> variable(String variableName) {
        return variables.stream().filter(v -> v.name().equals(variableName)).findFirst();
    }

    public int indexOfVariable(String variableName) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(variableName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The same model with other coefficients (and no dX terms), e.g. after a change of convention; the stated regime
     * is kept.
     */
    public Sde withCoefficients(Convention newConvention, List<IExpr> newDrift, List<List<IExpr>> newDiffusion) {
        return new Sde(name, title, newConvention, parameters, variables, noises, newDrift, newDiffusion, null, regime);
    }

    /** The symbol of the name {@code n} as the user wrote it. */
    public static ISymbol symbol(String n) {
        return Symbols.user(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sde s && name.equals(s.name) && title.equals(s.title) && convention == s.convention
                && parameters.equals(s.parameters) && variables.equals(s.variables) && noises.equals(s.noises)
                && drift.equals(s.drift) && diffusion.equals(s.diffusion)
                && differentialWeights.equals(s.differentialWeights) && regime.equals(s.regime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, convention, variables, drift, diffusion, regime);
    }

    @Override
    public String toString() {
        return "Sde[" + name + ", " + convention.keyword() + ", " + variables.size() + " variables, " + noises.size()
                + " noises]";
    }
}

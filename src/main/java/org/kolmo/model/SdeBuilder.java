package org.kolmo.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Builds an {@link Sde} as a value, equation by equation, for code that derives a model (a reduced SDE, a test's
 * random model) and would otherwise write model-file text only to parse it again. Expressions are over the symbols
 * of {@link Sde#symbol}; a coefficient not given is zero.
 *
 * <pre>{@code
 * Sde reduced = new SdeBuilder("reduced").state("z", F.C1).noise("w")
 *         .drift("z", F.Times(a, Sde.symbol("z"))).noise("z", "w", F.Times(b, Sde.symbol("z"))).build();
 * }</pre>
 */
public final class SdeBuilder {
    private final String name;
    private String title = "";
    private Convention convention = Convention.ITO;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();
    private final List<String> noises = new ArrayList<>();
    private final Map<String, IExpr> drift = new LinkedHashMap<>();
    private final Map<String, Map<String, IExpr>> diffusion = new LinkedHashMap<>();

    public SdeBuilder(String name) {
        this.name = name;
    }

    public SdeBuilder title(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public SdeBuilder convention(Convention newConvention) {
        this.convention = newConvention;
        return this;
    }

    public SdeBuilder parameter(Parameter p) {
        parameters.add(p);
        return this;
    }

    /** A state variable with a deterministic initial value, or none when {@code initial} is null. */
    public SdeBuilder state(String variable, IExpr initial) {
        return variable(variable, Role.STATE, initial);
    }

    public SdeBuilder variable(String variable, Role role, IExpr initial) {
        variables.add(new Variable(variable, role, Optional.ofNullable(initial)));
        return this;
    }

    public SdeBuilder noise(String noise) {
        noises.add(noise);
        return this;
    }

    /** The dt coefficient of {@code variable}'s equation. */
    public SdeBuilder drift(String variable, IExpr coefficient) {
        drift.put(variable, coefficient);
        return this;
    }

    /** The coefficient of d{@code noise} in {@code variable}'s equation. */
    public SdeBuilder noise(String variable, String noise, IExpr coefficient) {
        diffusion.computeIfAbsent(variable, v -> new LinkedHashMap<>()).put(noise, coefficient);
        return this;
    }

    /** @throws IllegalArgumentException when a coefficient names a variable or noise that was not declared */
    public Sde build() {
        List<String> names = variables.stream().map(Variable::name).toList();
        for (String v : drift.keySet()) {
            requireDeclared(names, v, "variable");
        }
        for (Map.Entry<String, Map<String, IExpr>> row : diffusion.entrySet()) {
            requireDeclared(names, row.getKey(), "variable");
            for (String w : row.getValue().keySet()) {
                requireDeclared(noises, w, "noise");
            }
        }
        List<IExpr> b = new ArrayList<>();
        List<List<IExpr>> sigma = new ArrayList<>();
        for (String v : names) {
            b.add(drift.getOrDefault(v, F.C0));
            Map<String, IExpr> row = diffusion.getOrDefault(v, Map.of());
            sigma.add(noises.stream().map(w -> row.getOrDefault(w, F.C0)).toList());
        }
        return new Sde(name, title, convention, parameters, variables, noises, b, sigma);
    }

    private static void requireDeclared(List<String> declared, String name, String what) {
        if (!declared.contains(name)) {
            throw new IllegalArgumentException("no " + what + " named " + name + " was declared");
        }
    }
}

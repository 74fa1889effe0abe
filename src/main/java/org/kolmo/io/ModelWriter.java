package org.kolmo.io;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kolmo.latex.Notation;
import org.kolmo.model.Parameter;
import org.kolmo.model.RegimeStatement;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Writes an {@link Sde} as a {@code .sde} model file that {@link ModelReader} reads back to an equal value.
 */
public final class ModelWriter {
    private final ExpressionWriter expressions;

    private ModelWriter(Sde sde) {
        this.expressions = new ExpressionWriter(Notation.of(sde));
    }

    public static String write(Sde sde) {
        return new ModelWriter(sde).model(sde);
    }

    /** The right-hand side {@code b*dt + s*dW + ...} of variable {@code i}'s equation, as in a model file. */
    public static String rightHandSide(Sde sde, int i) {
        return new ModelWriter(sde).equation(sde, i);
    }

    private String model(Sde sde) {
        StringBuilder out = new StringBuilder();
        out.append("model ").append(sde.name());
        if (!sde.title().isEmpty()) {
            out.append(" \"").append(sde.title()).append('"');
        }
        out.append('\n').append(sde.convention().keyword()).append('\n');
        for (Parameter p : sde.parameters()) {
            out.append("param ").append(p.name()).append(' ');
            out.append(p.assumptions().stream().map(a -> a.keyword()).collect(Collectors.joining(" ")));
            p.value().ifPresent(v -> out.append(" = ").append(expressions.write(v)));
            out.append('\n');
        }
        for (Role role : Role.values()) {
            List<String> declared = new ArrayList<>();
            for (Variable v : sde.variables()) {
                if (v.role() == role) {
                    declared.add(v.name() + v.initialValue().map(x -> " = " + expressions.write(x)).orElse(""));
                }
            }
            if (!declared.isEmpty()) {
                out.append(role.keyword()).append(' ').append(String.join(", ", declared)).append('\n');
            }
        }
        if (!sde.noises().isEmpty()) {
            out.append("noise ").append(String.join(", ", sde.noises())).append('\n');
        }
        sde.regime().ifPresent(r -> out.append(regime(r)).append('\n'));
        out.append('\n');
        for (int i = 0; i < sde.dimension(); i++) {
            out.append('d').append(sde.variables().get(i).name()).append(" = ").append(equation(sde, i)).append('\n');
        }
        return out.toString();
    }

    /** The {@code regime} statement (a Kolmo extension, see {@link ModelReader}) in the form the reader takes. */
    private String regime(RegimeStatement regime) {
        List<String> rules = new ArrayList<>();
        for (RegimeStatement.Rule r : regime.rules()) {
            rules.add(r.parameter() + " -> " + expressions.write(r.replacement()));
        }
        IExpr tau = regime.timeScale();
        if (!tau.isOne() || rules.isEmpty()) {
            rules.add("t -> " + expressions.linearForm(List.of(tau), List.of("t")));
        }
        return "regime " + String.join(", ", rules);
    }

    private String equation(Sde sde, int i) {
        List<IExpr> coefficients = new ArrayList<>();
        List<String> differentials = new ArrayList<>();
        coefficients.add(sde.drift().get(i));
        differentials.add("dt");
        for (int j = 0; j < sde.noiseCount(); j++) {
            coefficients.add(sde.diffusion().get(i).get(j));
            differentials.add("d" + sde.noises().get(j));
        }
        for (int k = 0; k < sde.dimension(); k++) {
            coefficients.add(sde.differentialWeights().get(i).get(k));
            differentials.add("d" + sde.variables().get(k).name());
        }
        return linearForm(expressions, coefficients, differentials);
    }

    /**
     * {@code c1*d1 + c2*d2 + ...} in model-file syntax, zero terms left out ({@code 0*dt} when all are zero): the
     * right side of an equation, or of Itô's formula.
     */
    public static String linearForm(ExpressionWriter writer, List<IExpr> coefficients, List<String> differentials) {
        String form = writer.linearForm(coefficients, differentials);
        return form.isEmpty() ? "0*" + differentials.get(0) : form;
    }
}

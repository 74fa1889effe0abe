package org.kolmo;

import java.util.Map;

import org.kolmo.model.Sde;
import org.kolmo.model.SourcePosition;

/**
 * A model as the facade takes it: the model and where it came from, so that a derivation that refuses the model can
 * point at the equation it is about ({@code FILE:LINE:COLUMN} and the source line), as for a model file's own errors.
 *
 * @param sde  the model
 * @param file the name shown in messages (the path as given, or the name passed to {@link Kolmo#parseModel})
 * @param text the model's source text
 * @param equations where each variable's equation starts in {@code text}, by variable name
 */
public record KolmoModel(Sde sde, String file, String text, Map<String, SourcePosition> equations) {
    public KolmoModel {
        equations = Map.copyOf(equations);
    }

    /** The model's name (its {@code model} line, else the file's stem). */
    public String name() {
        return sde.name();
    }

    /**
     * Where {@code dNAME =} starts in the source (line and column, 0 when the model has no such equation), as the
     * reader recorded it. The classes of homogenization, closures and stationary densities are recognised on the
     * expanded coefficients, so the equation is the finest place an error can point to.
     */
    int[] equationStart(String variable) {
        SourcePosition at = equations.getOrDefault(variable, SourcePosition.NONE);
        return new int[] {at.line(), at.column()};
    }

    /** Line {@code line} (1-based) of the source, or null for 0. */
    String line(int line) {
        return line > 0 ? text.lines().skip(line - 1).findFirst().orElse(null) : null;
    }
}

package org.kolmo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.model.Sde;

/**
 * A model as the facade takes it: the model and where it came from, so that a derivation that refuses the model can
 * point at the equation it is about ({@code FILE:LINE:COLUMN} and the source line), as for a model file's own errors.
 *
 * @param sde  the model
 * @param file the name shown in messages (the path as given, or the name passed to {@link Kolmo#parseModel})
 * @param text the model's source text
 */
public record KolmoModel(Sde sde, String file, String text) {
    /** The model's name (its {@code model} line, else the file's stem). */
    public String name() {
        return sde.name();
    }

    /**
     * Where {@code dNAME =} starts in the source (line and column, 0 when it cannot be found). The classes of
     * homogenization, closures and stationary densities are recognised on the expanded coefficients, so the equation
     * is the finest place an error can point to.
     */
    int[] equationStart(String variable) {
        Pattern eq = Pattern.compile("^(\\s*)d" + Pattern.quote(variable) + "\\s*=");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = eq.matcher(lines.get(i));
            if (m.find()) {
                return new int[] {i + 1, m.end(1) + 1};
            }
        }
        return new int[] {0, 0};
    }

    /** Line {@code line} (1-based) of the source, or null for 0. */
    String line(int line) {
        return line > 0 ? text.lines().skip(line - 1).findFirst().orElse(null) : null;
    }
}

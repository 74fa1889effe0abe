package org.kolmo.model;

import java.util.List;
import java.util.Objects;

import org.matheclipse.core.interfaces.IExpr;

/**
 * The {@code regime} statement of a model file (a Kolmo extension of the model language): the scaling regime a
 * reduction works in, e.g. {@code regime beta -> beta/sqrt(eps), t -> eps*t}.
 *
 * <p>Expressions are over the model's parameters and the small parameter {@link #eps()}, which is the model's
 * {@code small} parameter when it declares one and otherwise the (possibly undeclared) name {@code eps}. Equality
 * compares the mathematical content only (rules, time scale, small parameter): the source texts and the position are
 * what the user wrote and where, and they change when a model is written out and read back.
 *
 * @param rules     parameter rescalings in the order written
 * @param timeScale τ in {@code t -> τ*t} (1 when the statement has no time rule)
 * @param timeText  τ as written, for reports ("" when there is no time rule)
 * @param eps       the name of the small parameter
 * @param position  where the statement starts in its file ({@link SourcePosition#NONE} when built in code)
 */
public record RegimeStatement(List<Rule> rules, IExpr timeScale, String timeText, String eps,
        SourcePosition position) {

    /** One rescaling {@code parameter -> replacement}; {@code text} is the rule as written. */
    public record Rule(String parameter, IExpr replacement, String text) {
        public Rule {
            Objects.requireNonNull(parameter);
            Objects.requireNonNull(replacement);
            text = text == null ? "" : text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rule r && parameter.equals(r.parameter) && replacement.equals(r.replacement);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parameter, replacement);
        }
    }

    public RegimeStatement {
        rules = List.copyOf(rules);
        Objects.requireNonNull(timeScale);
        Objects.requireNonNull(eps);
        timeText = timeText == null ? "" : timeText;
        position = position == null ? SourcePosition.NONE : position;
    }

    /** True when the statement rescales the time. */
    public boolean hasTimeRule() {
        return !timeScale.isOne();
    }

    /**
     * The regime in the syntax of the reduce command's options: rules separated by {@code ;}, then
     * {@code , t -> τ*t} when the time is rescaled (the text reports print).
     */
    public String text() {
        StringBuilder out = new StringBuilder(String.join("; ", rules.stream().map(Rule::text).toList()));
        if (hasTimeRule()) {
            out.append(", t -> ").append(timeText).append("*t");
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegimeStatement s && rules.equals(s.rules) && timeScale.equals(s.timeScale)
                && eps.equals(s.eps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, timeScale, eps);
    }
}

package org.kolmo.plot;

import java.util.Map;

import org.kolmo.latex.LatexNames;

/**
 * The TeX of the labels of figures (titles, axis titles, legend entries), typeset by {@link TexLabel}: names as the
 * LaTeX output writes them ({@code p_zz} → {@code p_{zz}}, {@code eps} → {@code \varepsilon}, {@code beta2} →
 * {@code \beta_2}), expressions in the model syntax as math ({@code beta^2} → {@code \beta^{2}}, {@code E[z^2]} →
 * {@code \mathbb{E}[z^{2}]}), and words as text.
 */
public final class PlotText {
    private static final Map<Character, String> UNICODE = Map.ofEntries(Map.entry('ε', "\\varepsilon"),
            Map.entry('α', "\\alpha"), Map.entry('β', "\\beta"), Map.entry('γ', "\\gamma"), Map.entry('λ', "\\lambda"),
            Map.entry('σ', "\\sigma"), Map.entry('μ', "\\mu"), Map.entry('ξ', "\\xi"), Map.entry('Δ', "\\Delta"),
            Map.entry('²', "^{2}"), Map.entry('³', "^{3}"), Map.entry('√', "\\sqrt"), Map.entry('≈', "\\approx"),
            Map.entry('≤', "\\le"), Map.entry('≥', "\\ge"), Map.entry('−', "-"), Map.entry('·', "\\cdot "));

    private PlotText() {
    }

    /** A user's or a moment's name: {@code p_zz} → {@code p_{zz}}. */
    public static String name(String name) {
        return LatexNames.of(name);
    }

    /**
     * Words, upright: {@code \text{full model}}; TeX's special characters are escaped, punctuation is braced so that
     * it is spaced as in a sentence.
     */
    public static String text(String words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\\text{");
        for (char c : words.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\backslash ");
                case '{', '}', '$', '&', '%', '#', '_' -> sb.append('\\').append(c);
                case '^' -> sb.append("\\^{}");
                case '~' -> sb.append("\\~{}");
                // JLaTeXMath spaces punctuation in \text as in math (a relation's space after a colon); in braces
                // it is an ordinary symbol, spaced as in a sentence
                case ',', ':', ';' -> sb.append('{').append(c).append('}');
                default -> sb.append(c);
            }
        }
        return sb.append('}').toString();
    }

    /**
     * An expression in the model syntax (or a name, or a number) as TeX math: names through {@link #name}, {@code ^}
     * with its exponent in braces, {@code *} as a thin space, {@code sqrt(x)} as a root, {@code E[...]} as an
     * expectation, Greek letters and superscript digits given in Unicode as their TeX commands.
     */
    public static String math(String expr) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(expr.charAt(j)) && expr.charAt(j) < 128
                        || expr.charAt(j) == '_')) {
                    j++;
                }
                String word = expr.substring(i, j);
                if (word.equals("E") && j < n && expr.charAt(j) == '[') {
                    sb.append("\\mathbb{E}");
                } else if (word.equals("sqrt") && j < n && expr.charAt(j) == '(') {
                    int close = matching(expr, j);
                    sb.append("\\sqrt{").append(math(expr.substring(j + 1, close))).append('}');
                    j = close + 1;
                } else if (word.equals("Re") || word.equals("Im") || word.equals("exp") || word.equals("log")
                        || word.equals("sin") || word.equals("cos")) {
                    sb.append("\\operatorname{").append(word).append("}\\,");
                } else {
                    sb.append(name(word));
                }
                i = j;
            } else if (c == '^') {
                int j = i + 1;
                String exponent;
                if (j < n && expr.charAt(j) == '(') {
                    int close = matching(expr, j);
                    exponent = math(expr.substring(j + 1, close));
                    j = close + 1;
                } else {
                    int k = j;
                    if (k < n && expr.charAt(k) == '-') {
                        k++;
                    }
                    while (k < n && (Character.isLetterOrDigit(expr.charAt(k)) || expr.charAt(k) == '.')) {
                        k++;
                    }
                    exponent = math(expr.substring(j, k));
                    j = k;
                }
                sb.append("^{").append(exponent).append('}');
                i = j;
            } else if (c == '*') {
                sb.append("\\,");
                i++;
            } else if (UNICODE.containsKey(c)) {
                String t = UNICODE.get(c);
                sb.append(t);
                if (t.matches("\\\\[a-zA-Z]+") && i + 1 < n && Character.isLetter(expr.charAt(i + 1))) {
                    sb.append(' ');
                }
                i++;
            } else if (c == '\'') {
                sb.append("'");
                i++;
            } else if (c == '%' || c == '#' || c == '&' || c == '$') {
                sb.append('\\').append(c);
                i++;
            } else if (c == '{' || c == '}') {
                sb.append("\\").append(c);
                i++;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return s.length() - 1;
    }

    /** A number with at most {@code digits} significant digits, without trailing zeros: 0.5, 0.01, 1.234e-05. */
    public static String number(double v, int digits) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v).replace(".0", "");
        }
        java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(digits))
                .stripTrailingZeros();
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e6) {
            String[] parts = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v).split("e");
            String mantissa = new java.math.BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
            return mantissa + " \\cdot 10^{" + Integer.parseInt(parts[1]) + "}";
        }
        return b.toPlainString();
    }
}

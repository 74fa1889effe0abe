package org.kolmo.latex;

import java.util.HashMap;
import java.util.Map;

/**
 * How a user's name is shown in LaTeX.
 *
 * <ul>
 * <li>Greek names become letters: {@code alpha} → {@code \alpha}, {@code Gamma} → {@code \Gamma}; {@code eps} and
 * {@code epsilon} → {@code \varepsilon}, {@code phi} → {@code \varphi} (the forms used in the seed papers).</li>
 * <li>Trailing digits become a subscript: {@code X1} → {@code X_1}, {@code beta2} → {@code \beta_2},
 * {@code X12} → {@code X_{12}}.</li>
 * <li>An underscore starts a subscript, as in moment names: {@code p_xz} → {@code p_{xz}}, {@code m_z} →
 * {@code m_z}; further underscores separate subscript parts with commas.</li>
 * <li>Single letters stay as they are; other names of several letters are upright: {@code \mathrm{rate}}.</li>
 * </ul>
 */
public final class LatexNames {
    private static final Map<String, String> GREEK = new HashMap<>();

    static {
        for (String g : new String[] {"alpha", "beta", "gamma", "delta", "zeta", "eta", "theta", "iota", "kappa",
                "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "chi", "psi", "omega",
                "varepsilon", "vartheta", "varpi", "varrho", "varsigma", "varphi", "Gamma", "Delta", "Theta",
                "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}) {
            GREEK.put(g, "\\" + g);
        }
        GREEK.put("eps", "\\varepsilon");
        GREEK.put("epsilon", "\\varepsilon");
        GREEK.put("phi", "\\varphi");
        // LaTeX has no \omicron; the letter is the Latin o
        GREEK.put("omicron", "o");
    }

    private LatexNames() {
    }

    /** A name split into the part printed full size and its subscript (null when there is none). */
    record Parts(String base, String subscript) {
    }

    /** The LaTeX of {@code name}, following the rules in the class comment. */
    public static String of(String name) {
        Parts p = split(name);
        return p.subscript == null ? p.base : p.base + subscript(p.subscript);
    }

    /**
     * The LaTeX of a Wiener process named {@code name} at time t: {@code W} → {@code W_t}, {@code W1} →
     * {@code W_{1,t}}, {@code eta} → {@code \eta_t}.
     */
    public static String ofProcess(String name) {
        Parts p = split(name);
        return p.base + subscript(p.subscript == null ? "t" : p.subscript + ",t");
    }

    /** True when {@code name} is shown as a Greek letter. */
    public static boolean isGreek(String name) {
        return GREEK.containsKey(name);
    }

    static Parts split(String name) {
        int underscore = name.indexOf('_');
        if (underscore > 0 && underscore < name.length() - 1) {
            String[] pieces = name.substring(underscore + 1).split("_");
            StringBuilder sub = new StringBuilder();
            for (String piece : pieces) {
                if (piece.isEmpty()) {
                    continue;
                }
                if (sub.length() > 0) {
                    sub.append(',');
                }
                sub.append(GREEK.containsKey(piece) ? GREEK.get(piece) : escape(piece));
            }
            return new Parts(base(name.substring(0, underscore)), sub.toString());
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits > 0 && digits < name.length()) {
            return new Parts(base(name.substring(0, digits)), name.substring(digits));
        }
        return new Parts(base(name), null);
    }

    private static String base(String name) {
        String g = GREEK.get(name);
        if (g != null) {
            return g;
        }
        if (name.length() == 1 && Character.isLetter(name.charAt(0))) {
            return name;
        }
        return "\\mathrm{" + escape(name) + "}";
    }

    private static String subscript(String s) {
        // a single character needs no braces; a control word such as \alpha does
        return s.length() == 1 ? "_" + s : "_{" + s + "}";
    }

    /** Characters that can reach a name (Symja's internal names, a stray underscore) and mean something to TeX. */
    private static String escape(String s) {
        return s.replace("$", "\\$").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_");
    }
}

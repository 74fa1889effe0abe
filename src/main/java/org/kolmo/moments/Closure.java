package org.kolmo.moments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The moment-closure approximations: each writes the moments of order above K that escape the hierarchy as functions
 * of the moments of orders 1..K (see {@link MomentClosure}).
 */
public enum Closure {
    /** Central moments (not cumulants) of every order above K set to 0. */
    ZERO("zero", "central-moment neglect: every central moment of order above K is 0",
            "E[(x - m)^b] = 0 for |b| > K; E[x^a] = sum over b <= a of binom(a, b) m^(a-b) E[(x - m)^b]",
            "central-moment neglect (the zero closure)"),
    /** Cumulants of order above K set to 0; at K = 2 the (multivariate) normal law. */
    NORMAL("normal", "cumulant neglect: every cumulant of order above K is 0 (at K = 2 the multivariate normal law "
            + "with the same means and covariances, moments by Isserlis' theorem)",
            "kappa_b = 0 for |b| > K; E[x^a] = sum over 0 <= b <= a - e_i of binom(a - e_i, b) kappa_(b+e_i) "
                    + "E[x^(a-e_i-b)]",
            "Whittle 1957"),
    /** The multivariate log-normal law with the same means and second moments. */
    LOGNORMAL("lognormal", "log-normal law (x = exp(z), z multivariate normal) with the same means and second moments",
            "E[x^a] = prod_i m_i^(a_i) prod_i (p_ii/m_i^2)^(a_i (a_i - 1)/2) prod_(i<j) (p_ij/(m_i m_j))^(a_i a_j)",
            "Keeling 2000"),
    /** The gamma law of one variable with the same mean and second moment. */
    GAMMA("gamma", "gamma law with the same mean and second moment (one variable)",
            "E[x^n] = prod_(k=0..n-1) (m + k (p - m^2)/m)",
            "Lakatos et al. 2015 (univariate form)"),
    /** The product formula that matches the time derivatives at deterministic initial conditions. */
    DERIVATIVE_MATCHING("derivative-matching", "derivative matching: log E[x^n] interpolated by a polynomial of "
            + "degree K in the exponent n (matches the time derivatives at deterministic starts)",
            "E[x^m] = prod_(0 < n < m) E[x^n]^((-1)^(|m|-|n|+1) binom(m, n)), applied from order K+1 up",
            "Singh & Hespanha 2006, 2011");

    private final String cliName;
    private final String description;
    private final String formula;
    private final String reference;

    Closure(String cliName, String description, String formula, String reference) {
        this.cliName = cliName;
        this.description = description;
        this.formula = formula;
        this.reference = reference;
    }

    /** The name on the command line, e.g. {@code derivative-matching}. */
    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    /** The rule in text form (multi-indices a, b, n; m_i means, p_ij second moments). */
    public String formula() {
        return formula;
    }

    /** The rule as a LaTeX display (multi-indices a, b, n; m_i means, p_ij second moments, K the order). */
    public String latexFormula() {
        return switch (this) {
            case ZERO -> "\\mathrm{E}[(x-m)^{b}] = 0 \\ (|b| > K),\\qquad \\mathrm{E}[x^{a}] = \\sum_{b \\le a} "
                    + "\\binom{a}{b} m^{a-b}\\, \\mathrm{E}[(x-m)^{b}]";
            case NORMAL -> "\\kappa_{b} = 0 \\ (|b| > K),\\qquad \\mathrm{E}[x^{a}] = \\sum_{0 \\le b \\le a - e_i} "
                    + "\\binom{a - e_i}{b} \\kappa_{b + e_i}\\, \\mathrm{E}[x^{a - e_i - b}]";
            case LOGNORMAL -> "\\mathrm{E}[x^{a}] = \\prod_i m_i^{a_i} \\prod_i \\Bigl(\\frac{p_{ii}}{m_i^2}\\Bigr)^{a_i(a_i-1)/2}"
                    + " \\prod_{i<j} \\Bigl(\\frac{p_{ij}}{m_i m_j}\\Bigr)^{a_i a_j}";
            case GAMMA -> "\\mathrm{E}[x^{k}] = \\prod_{j=0}^{k-1} \\Bigl(m + j\\,\\frac{p - m^2}{m}\\Bigr)";
            case DERIVATIVE_MATCHING -> "\\mathrm{E}[x^{a}] = \\prod_{0 < n < a} \\mathrm{E}[x^{n}]^{(-1)^{|a|-|n|+1}"
                    + " \\binom{a}{n}}";
        };
    }

    /** Who the closure is due to, by authors and year. */
    public String reference() {
        return reference;
    }

    public static Optional<Closure> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.cliName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Closure::cliName).toList());
    }
}

package org.kolmo.numeric;

import java.util.Locale;

/**
 * The one Monte Carlo verdict of Kolmo's checks ({@code reduce --check}, {@code homogenize --check}, {@code verify}):
 * a weak error E[f(X)] - E[f(X')] estimated from two independent runs, accepted when |difference| ≤ tolerance + 4
 * standard errors. Four standard errors (a two-sided false alarm about once in 16,000 observables) keep the checks of
 * many observables and times quiet when the models agree; the tolerance carries the bias the method itself
 * predicts (the O(ε) of a reduction, a fixed user bound).
 *
 * @param difference    the estimated weak error
 * @param standardError its standard error, sqrt(se_a² + se_b²) for independent runs
 */
public record WeakErrorCheck(double difference, double standardError) {
    /** The 97.5% quantile of the standard normal: half-width of a 95% interval in standard errors. */
    public static final double Z95 = 1.96;
    /** Standard errors beyond the tolerance at which a difference fails. */
    public static final double STANDARD_ERRORS = 4.0;

    /** The difference of two independent estimates and its standard error. */
    public static WeakErrorCheck of(double meanA, double standardErrorA, double meanB, double standardErrorB) {
        return new WeakErrorCheck(meanA - meanB, Math.hypot(standardErrorA, standardErrorB));
    }

    /** |difference| in standard errors (infinite for a nonzero difference without noise). */
    public double zScore() {
        return standardError == 0 ? (difference == 0 ? 0 : Double.POSITIVE_INFINITY)
                : Math.abs(difference) / standardError;
    }

    /** |difference| ≤ tolerance + {@link #STANDARD_ERRORS} standard errors. */
    public boolean accepted(double tolerance) {
        return Math.abs(difference) <= tolerance + STANDARD_ERRORS * standardError;
    }

    /** The 95% confidence interval of the difference, lower end. */
    public double lower95() {
        return difference - Z95 * standardError;
    }

    /** The 95% confidence interval of the difference, upper end. */
    public double upper95() {
        return difference + Z95 * standardError;
    }

    /** The verdict's bound in words, e.g. "4 standard errors" or "0.05 + 4 standard errors". */
    public static String bound(double tolerance) {
        return (tolerance > 0 ? String.format(Locale.ROOT, "%.3g + ", tolerance) : "") + "4 standard errors";
    }
}

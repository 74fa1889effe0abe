package org.kolmo.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The verdict on one claim.
 *
 * @param claim          the claim as the user wrote it
 * @param left           the left side as read (derivative marks kept as symbols such as {@code p_zz'''})
 * @param right          the right side as read
 * @param kind           whether the claim is about the state or about moments
 * @param holds          the verdict
 * @param method         how it was reached
 * @param counterexample where it fails, or null when it holds
 * @param model          the model the claim was checked against (as read, before the givens fix parameters)
 * @param given          the parameters the givens fix, by name, at their values (numbers or expressions in the
 *                       parameters that stay free): the check used these values everywhere, in the model's
 *                       coefficients, initial values and moment system as well as in the claim
 */
public record ClaimResult(String claim, IExpr left, IExpr right, Kind kind, boolean holds, Method method,
        Counterexample counterexample, Sde model, Map<String, IExpr> given) {

    public ClaimResult {
        given = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }

    /** What a claim is about. */
    public enum Kind {
        /** An identity in the state variables and parameters. */
        STATE,
        /** A relation between moments and their time derivatives along the moment trajectory. */
        MOMENTS
    }

    /** How the verdict was reached. */
    public enum Method {
        /** The difference of the two sides simplified to zero. */
        SYMBOLIC,
        /** The simplifier could not decide; the difference vanished at every random rational point tried. */
        RANDOM_POINTS,
        /** The difference is non-zero at a point (symbolic non-zero, confirmed by an exact evaluation). */
        COUNTEREXAMPLE
    }

    /**
     * A point where the two sides differ.
     *
     * @param point      the values of the parameters (and, for a state claim, of the variables): first those the
     *                   givens fix, at their given values, then the ones drawn
     * @param modelPoint true when the drawn parameter values are the model's own
     * @param derivative for a moment claim, the order k of the time derivative at t = 0 where the sides first
     *                   differ (0: the values at t = 0); 0 for a state claim
     * @param leftValue  the left side there
     * @param rightValue the right side there
     * @param difference the difference symbolically (for a moment claim: of the k-th derivatives at t = 0)
     */
    public record Counterexample(Map<String, IExpr> point, boolean modelPoint, int derivative, IExpr leftValue,
            IExpr rightValue, IExpr difference) {
        public Counterexample {
            point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
        }
    }
}

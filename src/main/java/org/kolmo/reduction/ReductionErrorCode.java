package org.kolmo.reduction;

import org.kolmo.error.ErrorCode;

/**
 * Why a reduction refuses a model, a regime or a request, with a stable code (printed as {@code error[R201]}) and a
 * message template: R1xx the regime and its scaling, R2xx the kept variables, the model's moment equations and the
 * adiabatic elimination, R3xx the invariant manifold and its Chapman-Enskog series, R4xx the reduced SDE, the bounds
 * and the Monte Carlo check. Tests assert the constant, never the wording.
 */
public enum ReductionErrorCode implements ErrorCode {
    EPS_IS_VARIABLE("R101", "'%s' is a state variable of %s"),
    REGIME_NOT_A_PARAMETER("R104", "'%s' is not a parameter of %s that the regime may rescale"),
    NO_REGIME("R105", "a reduction needs a regime: give --scale and/or --time-scale in terms of %s"),
    REGIME_CHANGES_NOTHING("R106", "the regime rescales neither a parameter nor the time"),
    TIME_SCALE_NOT_IDENTITY("R107", "the time scale must equal 1 at %1$s = 1, so that %1$s = 1 is the original model"),
    SCALING_NOT_IDENTITY("R108", "the scaling of %s must be the identity at %s = 1"),
    NOT_RATIONAL_IN_ROOT("R109", "%s not rational in the square root of %s in this regime"),
    NOT_RATIONAL_IN_PARAMETERS("R110", "the moment equations in this regime are not rational in the parameters (%s)"),
    NOT_POLYNOMIAL_IN_EPS("R111", "in the regime %s the rescaled moment equations are not polynomial in %s (entry %s); "
            + "choose the time scale that makes the fast rates of order 1"),
    MATRIX_NOT_POLYNOMIAL("R112", "the rescaled moment matrix is not polynomial: %s"),
    NO_SEPARATION("R113", "no separation of time scales %s"),

    NOT_A_VARIABLE("R201", "'%s' is not a variable of %s"),
    KEEPS_EVERYTHING("R202", "every variable of %s is kept; nothing is left to eliminate"),
    NOT_LINEAR_MOMENTS("R203", "the reductions need closed linear moment equations (a linear or GBM model): %s"),
    NO_INITIAL_STATE("R204", "the comparison with the full model needs the initial state (write 'state x = VALUE' or "
            + "give --initial)"),
    MISSING_PARAMETER_VALUES("R205", "the numeric checks and curves need values of every parameter; none given for %s "
            + "(write 'param NAME = VALUE' in the model)"),
    NO_EQUILIBRIUM("R206", "%s does not relax to an equilibrium (its closed equation has no %s term), so there is "
            + "nothing to eliminate adiabatically"),
    SINGULAR_ELIMINATION("R207", "the equations of the eliminated moments %s are singular (a conservation law or a "
            + "neutral direction among them), so they cannot be slaved to the kept ones"),
    NO_SUCH_MOMENT("R208", "no moment named '%s' (moments: %s)"),
    ALREADY_CLOSED("R209", "%1$s obeys a closed first-order equation already (d/dt %1$s depends on no other moment): "
            + "there is no manifold to find"),
    BLOCK_WITHOUT_EQUILIBRIUM("R210", "the block of %s {%s} has no unique equilibrium, so the affine closure around it "
            + "is not defined"),

    NOT_SLOW("R301", "%s is not slow in the regime %s: its rescaled equation has terms of order 1 at %s = 0"),
    INDEPENDENT_OF_BLOCK("R302", "%s does not depend on the other moments of its block"),
    INFINITELY_MANY_BRANCHES("R303", "the invariance equations of %s have infinitely many solutions (no eliminant): "
            + "the closure is not determined"),
    NO_CONSERVING_BRANCH("R304", "no branch of the invariance equations of %s satisfies the conservation laws: no "
            + "invariant manifold exists for it"),
    NOT_SHAPE_POSITION("R305", "the invariance equations of %s do not fix %s on a branch (not in shape position)"),
    INVARIANCE_NOT_POLYNOMIAL("R306", "the invariance equations are not polynomial: %s"),
    NO_SLOW_BRANCH("R307", "no branch of the invariant manifold of %s has a slow rate vanishing as %s -> 0 "
            + "(condition 59) in the regime %s: the component is not slow there"),
    SEVERAL_SLOW_BRANCHES("R308", "%d branches of the invariant manifold of %s have rates vanishing as %s -> 0 in the "
            + "regime %s: no spectral gap separates one slow mode; keep more components"),
    PAST_BREAKDOWN("R309", "at eps = %s the invariant manifold does not exist (past the breakdown point eps_c = %s)"),
    NO_SPECTRAL_GAP("R310", "at eps = %s the mean system has no spectral gap after its %d slowest eigenvalues "
            + "(|lambda| = %s twice or a complex pair split): no invariant manifold of the means of %s (--method "
            + "adiabatic derives the adiabatic elimination alone)"),
    NOT_A_GRAPH("R311", "at eps = %s the slow subspace of the means is not a graph over the means of %s (they do not "
            + "determine it): no invariant manifold of these means (--method adiabatic derives the adiabatic "
            + "elimination alone)"),
    NO_SERIES("R312", "the Chapman-Enskog equations at order eps^%d %s: the invariant manifold has no power series in "
            + "eps in this regime"),
    SERIES_UNDETERMINED("R313", "the Chapman-Enskog equations at order eps^%d leave %s undetermined"),
    ORDER_TOO_LOW("R314", "the Chapman-Enskog order must be at least 0 (got %d)"),
    SERIES_CHECK_FAILED("R390", "the Chapman-Enskog equations at order eps^%d: Symja's Solve returned values that do "
            + "not satisfy them (checked exactly)") {
        @Override
        public int exitStatus() {
            return INTERNAL;
        }
    },

    REDUCED_NOT_DECAYING("R401", "the reduced %s does not decay at the model's values (rate %s): no stationary reduced "
            + "SDE"),
    MEAN_READS_SECOND_MOMENT("R402", "the reduced mean of %s reads the second moment %s: not the mean equations of a "
            + "linear SDE"),
    NEGATIVE_DIFFUSION("R403", "the fluctuation-dissipation relation gives a D D^T with the negative eigenvalue %s at "
            + "the model's values: no reduced SDE with additive noise has the reduced stationary covariance"),
    NO_UNIQUE_EQUILIBRIUM("R404", "the reduced moment equations have no unique equilibrium: no stationary law for the "
            + "fluctuation-dissipation relation"),
    REDUCED_NOT_RATIONAL("R405", "the reduced moment equations are not rational in the parameters (%s)"),
    CHECK_NOT_RELAXING("R406", "at eps = %s the %s reduced SDE does not relax (A = %s, 2A + B^2 = %s)");

    private final Spec spec;

    ReductionErrorCode(String code, String template) {
        spec = new Spec(code, template);
    }

    public Spec spec() {
        return spec;
    }
}

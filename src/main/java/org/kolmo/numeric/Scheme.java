package org.kolmo.numeric;

import org.kolmo.model.Convention;

/**
 * Time-stepping schemes of the Monte Carlo engine, each for the calculus its model is written in.
 *
 * <p>With Δ the step and ΔW_j ~ N(0, Δ) independent:
 * <ul>
 * <li>{@link #EULER_MARUYAMA} (Itô): X' = X + b Δ + σ ΔW. Weak order 1, strong order 1/2.</li>
 * <li>{@link #MILSTEIN} (Itô): Euler-Maruyama plus ½ Σ_{j,k} (L^j σ_{·k}) (ΔW_j ΔW_k - δ_{jk} Δ), with
 * L^j = Σ_l σ_{lj} ∂/∂x_l. This is the Milstein scheme for commutative noise (L^j σ_{·k} = L^k σ_{·j}: one noise,
 * diagonal noise, additive noise...), strong order 1 there; for non-commutative noise the Lévy areas are left out
 * and the scheme keeps weak order 1 and strong order 1/2.</li>
 * <li>{@link #STOCHASTIC_HEUN} (Stratonovich): predictor X̄ = X + b(X) Δ + σ(X) ΔW, corrector
 * X' = X + ½(b(X) + b(X̄)) Δ + ½(σ(X) + σ(X̄)) ΔW. Converges to the Stratonovich solution, weak order 1.</li>
 * </ul>
 */
public enum Scheme {
    EULER_MARUYAMA("euler-maruyama", Convention.ITO),
    MILSTEIN("milstein", Convention.ITO),
    STOCHASTIC_HEUN("heun", Convention.STRATONOVICH);

    private final String keyword;
    private final Convention convention;

    Scheme(String keyword, Convention convention) {
        this.keyword = keyword;
        this.convention = convention;
    }

    /** The name used on the command line. */
    public String keyword() {
        return keyword;
    }

    /** The calculus whose solution the scheme approximates. */
    public Convention convention() {
        return convention;
    }

    /** The scheme called {@code word}, or null. */
    public static Scheme ofKeyword(String word) {
        for (Scheme s : values()) {
            if (s.keyword.equals(word)) {
                return s;
            }
        }
        return null;
    }

    /** A generic stepper over the compiled coefficient functions, with its own scratch space. */
    PathStepper genericStepper(CompiledSde sde) {
        return switch (this) {
            case EULER_MARUYAMA -> new EulerMaruyamaStepper(sde);
            case MILSTEIN -> new MilsteinStepper(sde);
            case STOCHASTIC_HEUN -> new StochasticHeunStepper(sde);
        };
    }
}

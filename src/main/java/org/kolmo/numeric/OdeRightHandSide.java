package org.kolmo.numeric;

/** The right-hand side of u' = f(t, u), written into {@code du}; one method, so a lambda fits. */
@FunctionalInterface
public interface OdeRightHandSide {
    /** Writes f(t, u) into {@code du}, which has the length of {@code u} and does not alias it. */
    void derivative(double t, double[] u, double[] du);

    /** A compiled vector field whose outputs are the derivatives of its state inputs, in order. */
    static OdeRightHandSide of(CompiledBoundFunction f) {
        return f::evaluate;
    }
}

package org.kolmo.homogenization.montecarlo;

/** The coefficients of an Itô SDE dZ = b(Z) dt + σ(Z) dW, compiled to Java for simulation. */
public interface VectorField {
    /** b(z) into out (length d). */
    void drift(double[] z, double[] out);

    /** σ(z) into out (d rows, m columns). */
    void diffusion(double[] z, double[][] out);
}

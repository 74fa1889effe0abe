package org.kolmo.numeric;

/**
 * A vector of expressions compiled to JVM bytecode: {@code out = f(t, x, p)}, where {@code x} holds the state and
 * {@code p} the parameters in the order of {@link #layout()}. Instances come from
 * {@link ExpressionCompiler#compile(java.util.List)}; they hold no mutable state and may be shared between threads.
 */
public abstract class CompiledFunction extends CompiledCode {
    /**
     * @param layout      which slot each input symbol is read from
     * @param outputCount number of values {@link #evaluate(double, double[], double[], double[])} writes
     * @param source      the Java source of the implementation, for diagnostics
     */
    protected CompiledFunction(InputLayout layout, int outputCount, String source) {
        super(layout, outputCount, source);
    }

    /**
     * Writes the values of the outputs at time {@code t}, state {@code x} and parameters {@code p} into
     * {@code out[0 .. outputCount()-1]}. Arrays are not checked, for speed; {@code out} must not alias the inputs.
     */
    public abstract void evaluate(double t, double[] x, double[] p, double[] out);

    /** Allocating convenience form of {@link #evaluate(double, double[], double[], double[])}. */
    public double[] evaluate(double t, double[] x, double[] p) {
        double[] out = new double[outputCount()];
        evaluate(t, x, p, out);
        return out;
    }
}

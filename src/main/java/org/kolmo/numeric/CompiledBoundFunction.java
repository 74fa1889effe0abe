package org.kolmo.numeric;

/**
 * A vector of expressions compiled with its parameter values fixed as constants: {@code out = f(t, x)}. Constant
 * parts are folded at compile time, which makes this the form used in inner loops. Instances come from
 * {@link ExpressionCompiler#compileBound(java.util.List, double[])}; they hold no mutable state and may be shared
 * between threads.
 */
public abstract class CompiledBoundFunction extends CompiledCode {
    /**
     * @param layout      which slot each state symbol is read from (parameters are compiled in)
     * @param outputCount number of values {@link #evaluate(double, double[], double[])} writes
     * @param source      the Java source of the implementation, for diagnostics
     */
    protected CompiledBoundFunction(InputLayout layout, int outputCount, String source) {
        super(layout, outputCount, source);
    }

    /**
     * Writes the values of the outputs at time {@code t} and state {@code x} into {@code out[0 .. outputCount()-1]}.
     * Arrays are not checked, for speed; {@code out} must not alias {@code x}.
     */
    public abstract void evaluate(double t, double[] x, double[] out);

    /** Allocating convenience form of {@link #evaluate(double, double[], double[])}. */
    public double[] evaluate(double t, double[] x) {
        double[] out = new double[outputCount()];
        evaluate(t, x, out);
        return out;
    }
}

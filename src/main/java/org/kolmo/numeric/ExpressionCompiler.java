package org.kolmo.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.matheclipse.core.interfaces.IExpr;

/**
 * Compiles lists of Symja expressions into JVM bytecode ("compile once, evaluate many").
 *
 * <p>The expressions are translated into a hash-consed DAG, so every repeated subtree is computed once; integer powers
 * become multiplication chains and reciprocal factors one division. The DAG is written as Java source and compiled
 * in memory with Janino. Supported: numbers (integers, rationals, machine reals), the inputs of the
 * {@link InputLayout}, real constants such as {@code Pi} and {@code E}, {@code Plus}, {@code Times}, {@code Power},
 * {@code Sqrt}, {@code Exp}, {@code Log} (one or two arguments), {@code Sin}, {@code Cos}, {@code Tan}, {@code Sec},
 * {@code Csc}, {@code Cot}, their hyperbolic forms, {@code Abs}, {@code Sign}, {@code ArcSin}, {@code ArcCos} and
 * {@code ArcTan} (one or two arguments), and {@code Re}, {@code Im}, {@code Conjugate}, which Symja inserts when it
 * cannot know that a symbol is real (all inputs are real here, so they compile to the argument, zero and the
 * argument). Everything else, including complex numbers and unknown symbols, raises a
 * {@link CompilationException} naming the subexpression. Where Symja's value would be non-real (the square root of
 * a negative number) the compiled function yields NaN.
 *
 * <p>Matrices are compiled row by row after {@link #flatten(List)}.
 */
public final class ExpressionCompiler {
    private static final AtomicLong CLASS_COUNTER = new AtomicLong();
    private final InputLayout layout;

    /** A compiler for expressions over the given inputs. */
    public ExpressionCompiler(InputLayout layout) {
        this.layout = layout;
    }

    public InputLayout layout() {
        return layout;
    }

    /** Compiles {@code outputs} into a function reading parameters from its {@code p} argument. */
    public CompiledFunction compile(List<? extends IExpr> outputs) {
        return instantiate(generate(outputs, null, CompiledFunction.class), CompiledFunction.class, outputs.size());
    }

    /**
     * Compiles {@code outputs} with the parameters fixed to {@code parameterValues} (in the order of
     * {@link InputLayout#parameters()}), folding everything that becomes constant.
     */
    public CompiledBoundFunction compileBound(List<? extends IExpr> outputs, double[] parameterValues) {
        if (parameterValues.length != layout.parameterCount()) {
            throw new NumericException(NumericErrorCode.BAD_DIMENSION, "parameter values", parameterValues.length,
                    layout.parameterCount());
        }
        return instantiate(generate(outputs, parameterValues.clone(), CompiledBoundFunction.class),
                CompiledBoundFunction.class, outputs.size());
    }

    /** The Java source {@link #compile(List)} would compile, for inspection. */
    public String javaSource(List<? extends IExpr> outputs) {
        return generate(outputs, null, CompiledFunction.class).source;
    }

    /** A fresh class name, so that no two generated classes clash. */
    static String nextClassName(String prefix) {
        return prefix + CLASS_COUNTER.incrementAndGet();
    }

    /** The entries of a matrix in row-major order. */
    public static List<IExpr> flatten(List<? extends List<? extends IExpr>> rows) {
        List<IExpr> out = new ArrayList<>();
        for (List<? extends IExpr> row : rows) {
            out.addAll(row);
        }
        return out;
    }

    private record Generated(String className, String source) {
    }

    private Generated generate(List<? extends IExpr> outputs, double[] bound, Class<?> superclass) {
        String className = nextClassName("KolmoCompiled");
        String layoutClass = InputLayout.class.getName();
        String source = writer(outputs, bound).writeClass(className, superclass.getName(),
                layoutClass + " layout, int outputCount, String source", "layout, outputCount, source");
        return new Generated(className, source);
    }

    /** The source writer for {@code outputs}, with parameters bound to {@code bound} unless it is null. */
    JavaSourceWriter writer(List<? extends IExpr> outputs, double[] bound) {
        Dag dag = new Dag();
        Lowering lowering = new Lowering(dag, layout, bound);
        int[] roots = new int[outputs.size()];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = lowering.lowerOutput(outputs.get(i));
        }
        return new JavaSourceWriter(dag, roots, bound == null);
    }

    private <T> T instantiate(Generated generated, Class<T> superclass, int outputCount) {
        return JaninoLoader.instantiate(generated.className, generated.source, superclass,
                new Class<?>[] {InputLayout.class, int.class, String.class}, layout, outputCount, generated.source);
    }
}

package org.kolmo.numeric;

import java.util.function.IntFunction;

/**
 * Java source computing the outputs of a {@link Dag}: either a whole class (for {@link CompiledFunction} and
 * {@link CompiledBoundFunction}) or a block of statements to be inlined into a generated loop
 * ({@link KernelWriter}).
 *
 * <p>A node used more than once (the common subexpressions found by hash-consing) is computed once into a local;
 * so is a node whose inline text would grow large, which bounds the size of every statement. Up to
 * {@link #STATEMENTS_PER_METHOD} statements go into one method; longer classes are split into helper methods sharing
 * a scratch array, because HotSpot does not JIT-compile methods above 8000 bytes of bytecode.
 */
final class JavaSourceWriter {
    static final int STATEMENTS_PER_METHOD = 160;
    /** Largest number of operations inlined into one expression before it gets a local of its own. */
    private static final int MAX_INLINE_WEIGHT = 24;

    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int ATOM = 4;

    private record Text(String text, int precedence) {
    }

    /** How inputs, locals and outputs are spelled in the code being written. */
    private record Naming(IntFunction<String> state, IntFunction<String> parameter, String time,
            IntFunction<String> temporary, boolean declareTemporaries, IntFunction<String> output) {
    }

    private final Dag dag;
    private final int[] outputs;
    private final boolean readsParameters;
    private final boolean[] reachable;
    private final boolean[] temporary;
    private final int[] slot;
    private final int temporaries;
    private Naming naming;

    /**
     * @param readsParameters whether the generated method has a parameter array {@code p}
     */
    JavaSourceWriter(Dag dag, int[] outputs, boolean readsParameters) {
        this.dag = dag;
        this.outputs = outputs.clone();
        this.readsParameters = readsParameters;
        int n = dag.size();
        reachable = new boolean[n];
        temporary = new boolean[n];
        slot = new int[n];
        markReachable();
        chooseTemporaries();
        int count = 0;
        for (int id = 0; id < n; id++) {
            if (temporary[id]) {
                slot[id] = count++;
            }
        }
        temporaries = count;
    }

    private void markReachable() {
        for (int root : outputs) {
            reachable[root] = true;
        }
        // ids are topological, so one backward sweep reaches every argument
        for (int id = dag.size() - 1; id >= 0; id--) {
            if (reachable[id]) {
                for (int a : dag.args(id)) {
                    reachable[a] = true;
                }
            }
        }
    }

    private void chooseTemporaries() {
        int n = dag.size();
        int[] uses = new int[n];
        for (int id = 0; id < n; id++) {
            if (reachable[id]) {
                for (int a : dag.args(id)) {
                    uses[a]++;
                }
            }
        }
        for (int root : outputs) {
            uses[root]++;
        }
        int[] weight = new int[n];
        for (int id = 0; id < n; id++) {
            if (!reachable[id]) {
                continue;
            }
            int w = 1;
            for (int a : dag.args(id)) {
                w += temporary[a] ? 1 : weight[a];
            }
            weight[id] = w;
            temporary[id] = !isTrivial(id) && (uses[id] > 1 || w > MAX_INLINE_WEIGHT);
        }
    }

    /**
     * Leaves, a constant times a leaf, and their negations cost one operation at most: repeating them is cheaper
     * than a local, and lets {@code -(2.0 * x)} be written {@code -2.0 * x}, one multiplication instead of a
     * multiplication followed by a negation on the path to the result.
     */
    private boolean isTrivial(int id) {
        Dag.Op op = dag.op(id);
        int inner = op == Dag.Op.NEG ? dag.args(id)[0] : id;
        return dag.op(inner).isLeaf() || isScaledLeaf(inner);
    }

    /** A product of a constant and one leaf. */
    private boolean isScaledLeaf(int id) {
        int[] a = dag.args(id);
        return dag.op(id) == Dag.Op.MUL && a.length == 2 && dag.isConst(a[0]) && dag.op(a[1]).isLeaf();
    }

    /** Number of statements: one per local and one per output. */
    int statementCount() {
        return temporaries + outputs.length;
    }

    /** True when output {@code i} is the constant {@code value} (so a caller may leave out its term). */
    boolean outputIsConstant(int i, double value) {
        return dag.isConst(outputs[i])
                && Double.doubleToLongBits(dag.value(outputs[i])) == Double.doubleToLongBits(value);
    }

    /**
     * The class body of a subclass of {@code superclass} whose constructor has the given parameter list (passed on
     * to {@code super}) and whose {@code evaluate} computes the outputs into {@code out}.
     */
    String writeClass(String className, String superclass, String constructorParameters, String superArguments) {
        int statements = statementCount();
        boolean chunked = statements > STATEMENTS_PER_METHOD;
        if (chunked) {
            naming = new Naming(i -> "x[" + i + "]", j -> "p[" + j + "]", "t", k -> "w[" + k + "]", false,
                    i -> "out[" + i + "]");
        } else {
            naming = new Naming(i -> "x_" + i, j -> "p_" + j, "t", k -> "c_" + k, true, i -> "out[" + i + "]");
        }
        String signature = readsParameters ? "double t, double[] x, double[] p, double[] out"
                : "double t, double[] x, double[] out";
        StringBuilder s = new StringBuilder();
        s.append("public final class ").append(className).append(" extends ").append(superclass).append(" {\n");
        s.append("  public ").append(className).append('(').append(constructorParameters).append(") {\n");
        s.append("    super(").append(superArguments).append(");\n  }\n\n");
        s.append("  public void evaluate(").append(signature).append(") {\n");
        if (!chunked) {
            declareInputs(s);
            writeStatements(0, Integer.MAX_VALUE, "    ", s);
            s.append("  }\n");
        } else {
            String callArguments = readsParameters ? "t, x, p, w, out" : "t, x, w, out";
            s.append("    final double[] w = new double[").append(Math.max(1, temporaries)).append("];\n");
            int parts = (statements + STATEMENTS_PER_METHOD - 1) / STATEMENTS_PER_METHOD;
            for (int k = 0; k < parts; k++) {
                s.append("    part").append(k).append('(').append(callArguments).append(");\n");
            }
            s.append("  }\n");
            String partSignature = readsParameters ? "double t, double[] x, double[] p, double[] w, double[] out"
                    : "double t, double[] x, double[] w, double[] out";
            for (int k = 0; k < parts; k++) {
                s.append("\n  private static void part").append(k).append('(').append(partSignature).append(") {\n");
                writeStatements(k * STATEMENTS_PER_METHOD, (k + 1) * STATEMENTS_PER_METHOD, "    ", s);
                s.append("  }\n");
            }
        }
        s.append("}\n");
        return s.toString();
    }

    /**
     * Statements assigning the outputs to the given (already declared) variables, reading state component
     * {@code i} from the expression {@code state.apply(i)} and time from {@code time}; the locals they declare are
     * wrapped in a block so the same writer can be inlined twice into one method. Parameters must be bound.
     */
    void writeInline(StringBuilder s, String indent, IntFunction<String> state, String time,
            IntFunction<String> output) {
        if (readsParameters) {
            throw new IllegalStateException("inlined statements need bound parameters");
        }
        naming = new Naming(state, j -> {
            throw new IllegalStateException("parameter read in bound code");
        }, time, k -> "c_" + k, true, output);
        s.append(indent).append("{\n");
        writeStatements(0, Integer.MAX_VALUE, indent + "  ", s);
        s.append(indent).append("}\n");
    }

    /** Loads the inputs used into locals, so each array element is read once. */
    private void declareInputs(StringBuilder s) {
        for (int id = 0; id < dag.size(); id++) {
            Dag.Op op = dag.op(id);
            if (reachable[id] && (op == Dag.Op.STATE || op == Dag.Op.PARAM)) {
                String array = op == Dag.Op.STATE ? "x" : "p";
                s.append("    final double ").append(array).append('_').append(dag.index(id)).append(" = ")
                        .append(array).append('[').append(dag.index(id)).append("];\n");
            }
        }
    }

    /** Writes statements number {@code from} (inclusive) to {@code to} (exclusive): locals, then outputs. */
    private void writeStatements(int from, int to, String indent, StringBuilder s) {
        int k = 0;
        for (int id = 0; id < dag.size() && k < to; id++) {
            if (temporary[id]) {
                if (k >= from) {
                    s.append(indent).append(naming.declareTemporaries ? "final double " : "")
                            .append(naming.temporary.apply(slot[id])).append(" = ").append(render(id, true).text)
                            .append(";\n");
                }
                k++;
            }
        }
        for (int i = 0; i < outputs.length && k < to; i++, k++) {
            if (k >= from) {
                s.append(indent).append(naming.output.apply(i)).append(" = ").append(render(outputs[i], false).text)
                        .append(";\n");
            }
        }
    }

    /** Text of a node; {@code defining} is true when writing the right-hand side of the node's own local. */
    private Text render(int id, boolean defining) {
        if (temporary[id] && !defining) {
            return new Text(naming.temporary.apply(slot[id]), ATOM);
        }
        int[] a = dag.args(id);
        Dag.Op op = dag.op(id);
        switch (op) {
            case CONST:
                return literal(dag.value(id));
            case STATE:
                return new Text(naming.state.apply(dag.index(id)), ATOM);
            case PARAM:
                return new Text(naming.parameter.apply(dag.index(id)), ATOM);
            case TIME:
                return new Text(naming.time, ATOM);
            case ADD: {
                StringBuilder b = new StringBuilder(operand(a[0], ADDITIVE, false));
                for (int i = 1; i < a.length; i++) {
                    if (dag.op(a[i]) == Dag.Op.NEG && !temporary[a[i]]) {
                        b.append(" - ").append(operand(dag.args(a[i])[0], ADDITIVE, true));
                    } else {
                        b.append(" + ").append(operand(a[i], ADDITIVE, true));
                    }
                }
                return new Text(b.toString(), ADDITIVE);
            }
            case MUL: {
                StringBuilder b = new StringBuilder(operand(a[0], MULTIPLICATIVE, false));
                for (int i = 1; i < a.length; i++) {
                    b.append(" * ").append(operand(a[i], MULTIPLICATIVE, true));
                }
                return new Text(b.toString(), MULTIPLICATIVE);
            }
            case DIV:
                return new Text(operand(a[0], MULTIPLICATIVE, false) + " / " + operand(a[1], MULTIPLICATIVE, true),
                        MULTIPLICATIVE);
            case NEG:
                if (isScaledLeaf(a[0]) && !temporary[a[0]]) {
                    // -(c * x) is (-c) * x exactly: rounding is symmetric in the sign
                    int[] product = dag.args(a[0]);
                    return new Text(literal(-dag.value(product[0])).text + " * "
                            + operand(product[1], MULTIPLICATIVE, true), MULTIPLICATIVE);
                }
                return new Text("-" + operand(a[0], UNARY, true), UNARY);
            case POW:
                return new Text("Math.pow(" + render(a[0], false).text + ", " + render(a[1], false).text + ")", ATOM);
            case ATAN2:
                return new Text("Math.atan2(" + render(a[0], false).text + ", " + render(a[1], false).text + ")",
                        ATOM);
            default:
                return new Text(op.javaFunction + "(" + render(a[0], false).text + ")", ATOM);
        }
    }

    /**
     * An operand of an operator of the given precedence. Operands after the first are parenthesised at equal
     * precedence too, because floating-point sums and products are not associative and the DAG's grouping must be
     * kept.
     */
    private String operand(int id, int precedence, boolean strict) {
        Text t = render(id, false);
        boolean wrap = strict ? t.precedence <= precedence : t.precedence < precedence;
        return wrap ? "(" + t.text + ")" : t.text;
    }

    /** A double literal exactly equal to {@code v}. */
    static String literalText(double v) {
        return literal(v).text;
    }

    private static Text literal(double v) {
        if (!Double.isFinite(v)) {
            // folding can meet 1/0 once parameters are bound; the generated code then yields what Java would
            return new Text(Double.isNaN(v) ? "Double.NaN"
                    : v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY", ATOM);
        }
        String text = Double.toString(v);
        // a negative literal is a unary minus applied to a literal
        return new Text(text, text.startsWith("-") ? UNARY : ATOM);
    }
}

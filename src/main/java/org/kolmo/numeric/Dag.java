package org.kolmo.numeric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hash-consed expression graph: every structurally equal subtree is stored once, so a subtree used twice is
 * recognised by its node having two uses. Nodes are numbered in creation order, which is a topological order
 * (arguments before their users). An operation whose arguments are all constants is folded with the very Java
 * operation the generated code would run; constants among the operands of a sum or a product are combined first.
 */
final class Dag {
    /** The operations of the generated code. Integer powers never appear: they are lowered to products. */
    enum Op {
        CONST, STATE, PARAM, TIME, ADD, MUL, DIV, NEG, POW, ATAN2,
        SQRT("Math.sqrt"), EXP("Math.exp"), LOG("Math.log"), SIN("Math.sin"), COS("Math.cos"), TAN("Math.tan"),
        SINH("Math.sinh"), COSH("Math.cosh"), TANH("Math.tanh"), ABS("Math.abs"), ASIN("Math.asin"),
        ACOS("Math.acos"), ATAN("Math.atan"), SIGN("Math.signum");

        /** The Java method of a one-argument function, or null. */
        final String javaFunction;

        Op() {
            this(null);
        }

        Op(String javaFunction) {
            this.javaFunction = javaFunction;
        }

        boolean isLeaf() {
            return this == CONST || this == STATE || this == PARAM || this == TIME;
        }
    }

    private record Key(Op op, int index, long bits, int[] args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && op == k.op && index == k.index && bits == k.bits && Arrays.equals(args, k.args);
        }

        @Override
        public int hashCode() {
            return ((op.hashCode() * 31 + index) * 31 + Long.hashCode(bits)) * 31 + Arrays.hashCode(args);
        }
    }

    private static final int[] NO_ARGS = new int[0];

    private final List<Op> ops = new ArrayList<>();
    private final List<int[]> args = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();
    private final Map<Key, Integer> interned = new HashMap<>();

    int size() {
        return ops.size();
    }

    Op op(int node) {
        return ops.get(node);
    }

    int[] args(int node) {
        return args.get(node);
    }

    /** Slot of a STATE or PARAM node. */
    int index(int node) {
        return indices.get(node);
    }

    /** Value of a CONST node. */
    double value(int node) {
        return values.get(node);
    }

    boolean isConst(int node) {
        return ops.get(node) == Op.CONST;
    }

    int constant(double v) {
        // bits, not value, so that 0.0 and -0.0 stay distinct
        return intern(Op.CONST, 0, Double.doubleToLongBits(v), NO_ARGS, v);
    }

    int state(int slot) {
        return intern(Op.STATE, slot, 0, NO_ARGS, 0);
    }

    int parameter(int slot) {
        return intern(Op.PARAM, slot, 0, NO_ARGS, 0);
    }

    int time() {
        return intern(Op.TIME, 0, 0, NO_ARGS, 0);
    }

    int neg(int a) {
        if (isConst(a)) {
            return constant(-value(a));
        }
        if (op(a) == Op.NEG) {
            return args(a)[0];
        }
        return intern(Op.NEG, 0, 0, new int[] {a}, 0);
    }

    int div(int a, int b) {
        if (isConst(a) && isConst(b)) {
            return constant(value(a) / value(b));
        }
        if (isConst(b) && value(b) == 1.0) {
            return a;
        }
        return intern(Op.DIV, 0, 0, new int[] {a, b}, 0);
    }

    /** Binary operation that is not a sum or product: POW (a^b) or ATAN2 (atan2(a, b)). */
    int binary(Op op, int a, int b) {
        if (isConst(a) && isConst(b)) {
            return constant(op == Op.POW ? Math.pow(value(a), value(b)) : Math.atan2(value(a), value(b)));
        }
        return intern(op, 0, 0, new int[] {a, b}, 0);
    }

    /** One-argument library function. */
    int function(Op op, int a) {
        if (isConst(a)) {
            return constant(applyFunction(op, value(a)));
        }
        return intern(op, 0, 0, new int[] {a}, 0);
    }

    /**
     * Sum of the given terms. Constant terms are added first, in order, as the generated code would; additive zeros
     * disappear.
     */
    int add(List<Integer> terms) {
        return nary(Op.ADD, terms, 0.0);
    }

    /** Product of the given factors; constant factors are multiplied first and a factor one disappears. */
    int mul(List<Integer> factors) {
        return nary(Op.MUL, factors, 1.0);
    }

    int mul(int a, int b) {
        return mul(List.of(a, b));
    }

    private int nary(Op op, List<Integer> operands, double neutral) {
        double folded = neutral;
        boolean anyConstant = false;
        List<Integer> rest = new ArrayList<>(operands.size());
        for (int a : operands) {
            if (isConst(a)) {
                folded = op == Op.ADD ? folded + value(a) : folded * value(a);
                anyConstant = true;
            } else {
                rest.add(a);
            }
        }
        if (rest.isEmpty()) {
            return constant(anyConstant ? folded : neutral);
        }
        List<Integer> all = new ArrayList<>(rest.size() + 1);
        if (anyConstant && Double.doubleToLongBits(folded) != Double.doubleToLongBits(neutral)) {
            all.add(constant(folded));
        }
        all.addAll(rest);
        if (all.size() == 1) {
            return all.get(0);
        }
        int[] a = all.stream().mapToInt(Integer::intValue).toArray();
        return intern(op, 0, 0, a, 0);
    }

    private int intern(Op op, int index, long bits, int[] a, double value) {
        Key key = new Key(op, index, bits, a);
        Integer existing = interned.get(key);
        if (existing != null) {
            return existing;
        }
        int id = ops.size();
        ops.add(op);
        args.add(a);
        indices.add(index);
        values.add(value);
        interned.put(key, id);
        return id;
    }

    static double applyFunction(Op op, double v) {
        return switch (op) {
            case SQRT -> Math.sqrt(v);
            case EXP -> Math.exp(v);
            case LOG -> Math.log(v);
            case SIN -> Math.sin(v);
            case COS -> Math.cos(v);
            case TAN -> Math.tan(v);
            case SINH -> Math.sinh(v);
            case COSH -> Math.cosh(v);
            case TANH -> Math.tanh(v);
            case ABS -> Math.abs(v);
            case ASIN -> Math.asin(v);
            case ACOS -> Math.acos(v);
            case ATAN -> Math.atan(v);
            case SIGN -> Math.signum(v);
            default -> throw new IllegalArgumentException(op + " is not a one-argument function");
        };
    }
}

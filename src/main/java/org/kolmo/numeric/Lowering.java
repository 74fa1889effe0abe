package org.kolmo.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Translation of Symja expressions into a {@link Dag} of real floating-point operations.
 *
 * <p>Reciprocal factors of a product become one division, negative coefficients become subtractions, integer powers
 * become multiplication chains (square and multiply, whose intermediate squares are shared through the DAG),
 * half-integer powers become square roots, and {@code E^u} becomes {@code exp(u)}. Anything else is rejected with a
 * {@link CompilationException} naming the smallest offending subexpression.
 */
final class Lowering {
    /** Longest sum or product emitted as one Java expression; longer ones are grouped to keep methods small. */
    static final int MAX_OPERANDS = 32;
    private static final MathContext FRACTION_PRECISION = new MathContext(40);

    private final Dag dag;
    // keyed by name: Symja keeps one symbol table per evaluation engine, so equal names may be distinct objects
    private final Map<String, Integer> stateSlots = new HashMap<>();
    private final Map<String, Integer> parameterSlots = new HashMap<>();
    private final String time;
    private final double[] boundParameters;
    private final Map<IExpr, Integer> memo = new HashMap<>();
    private IExpr root;

    /**
     * @param boundParameters parameter values to compile in as constants, or null to read parameters from {@code p}
     */
    Lowering(Dag dag, InputLayout layout, double[] boundParameters) {
        this.dag = dag;
        for (int i = 0; i < layout.stateCount(); i++) {
            stateSlots.put(layout.state().get(i).getSymbolName(), i);
        }
        for (int i = 0; i < layout.parameterCount(); i++) {
            parameterSlots.put(layout.parameters().get(i).getSymbolName(), i);
        }
        this.time = layout.time().map(ISymbol::getSymbolName).orElse(null);
        this.boundParameters = boundParameters;
    }

    /** The node computing {@code e}, one of the outputs. */
    int lowerOutput(IExpr e) {
        root = e;
        return lower(e);
    }

    private int lower(IExpr e) {
        Integer known = memo.get(e);
        if (known != null) {
            return known;
        }
        int node;
        if (e.isNumber()) {
            node = number(e);
        } else if (e.isSymbol()) {
            node = symbol((ISymbol) e);
        } else if (e.isAST()) {
            node = ast((IAST) e);
        } else {
            throw new CompilationException(NumericErrorCode.UNSUPPORTED_EXPRESSION, e, ExpressionText.of(e));
        }
        memo.put(e, node);
        return node;
    }

    private int number(IExpr e) {
        double v;
        if (e.isInteger()) {
            v = ((IInteger) e).toBigNumerator().doubleValue();
        } else if (e.isFraction()) {
            IFraction f = (IFraction) e;
            v = ratio(f.toBigNumerator(), f.toBigDenominator());
        } else if (e.isReal()) {
            v = e.evalf();
        } else {
            throw new CompilationException(NumericErrorCode.COMPLEX_NUMBER, e, ExpressionText.of(e), rootText());
        }
        return finiteConstant(v, e);
    }

    private static double ratio(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), FRACTION_PRECISION).doubleValue();
    }

    private int finiteConstant(double v, IExpr e) {
        if (!Double.isFinite(v)) {
            throw new CompilationException(NumericErrorCode.NON_FINITE_CONSTANT, e, ExpressionText.of(e));
        }
        return dag.constant(v);
    }

    private int symbol(ISymbol s) {
        String name = s.getSymbolName();
        Integer slot = stateSlots.get(name);
        if (slot != null) {
            return dag.state(slot);
        }
        slot = parameterSlots.get(name);
        if (slot != null) {
            return boundParameters == null ? dag.parameter(slot) : dag.constant(boundParameters[slot]);
        }
        if (name.equals(time)) {
            return dag.time();
        }
        if (!Symbols.isUser(s) && s.isBuiltInSymbol() && s.isConstantAttribute()) {
            // Pi, E, EulerGamma, GoldenRatio, Degree, ...: a real number known to Symja
            double v;
            try {
                v = s.evalf();
            } catch (RuntimeException notReal) {
                throw new CompilationException(NumericErrorCode.NON_FINITE_CONSTANT, s, ExpressionText.of(s));
            }
            return finiteConstant(v, s);
        }
        throw new CompilationException(NumericErrorCode.UNKNOWN_SYMBOL, s, Symbols.displayName(s), rootText());
    }

    private int ast(IAST e) {
        IExpr head = e.head();
        int n = e.argSize();
        if (head == S.Plus) {
            return sum(arguments(e));
        }
        if (head == S.Times) {
            return product(e);
        }
        if (head == S.Power && n == 2) {
            return power(e.arg1(), e.arg2());
        }
        if (head == S.Subtract && n == 2) {
            return dag.add(List.of(lower(e.arg1()), dag.neg(lower(e.arg2()))));
        }
        if (head == S.Divide && n == 2) {
            return dag.div(lower(e.arg1()), lower(e.arg2()));
        }
        if (head == S.Minus && n == 1) {
            return dag.neg(lower(e.arg1()));
        }
        if (head == S.Log && n == 2) {
            // Log[b, z] is the logarithm of z to base b
            return dag.div(dag.function(Dag.Op.LOG, lower(e.arg2())), dag.function(Dag.Op.LOG, lower(e.arg1())));
        }
        if (head == S.ArcTan && n == 2) {
            // ArcTan[x, y] is the angle of the point (x, y)
            return dag.binary(Dag.Op.ATAN2, lower(e.arg2()), lower(e.arg1()));
        }
        if (n == 1 && (head == S.Re || head == S.Conjugate)) {
            // Symja writes these when it cannot know a symbol is real; every input here is real
            return lower(e.arg1());
        }
        if (n == 1 && head == S.Im) {
            lower(e.arg1()); // still validates the argument
            return dag.constant(0.0);
        }
        if (n == 1) {
            Dag.Op op = oneArgumentFunction(head);
            if (op != null) {
                return dag.function(op, lower(e.arg1()));
            }
            Dag.Op reciprocal = reciprocalFunction(head);
            if (reciprocal != null) {
                return dag.div(dag.constant(1.0), dag.function(reciprocal, lower(e.arg1())));
            }
            if (head == S.Cot || head == S.Coth) {
                int a = lower(e.arg1());
                boolean circular = head == S.Cot;
                return dag.div(dag.function(circular ? Dag.Op.COS : Dag.Op.COSH, a),
                        dag.function(circular ? Dag.Op.SIN : Dag.Op.SINH, a));
            }
        }
        // built-ins by their printed name (Sin, not sin), user functions by the name the user wrote
        String name = Symbols.isUser(head) ? Symbols.displayName((ISymbol) head) : ExpressionText.of(head);
        throw new CompilationException(NumericErrorCode.UNSUPPORTED_FUNCTION, e,
                n == 1 ? name : name + " with " + n + " arguments", ExpressionText.of(e));
    }

    private static Dag.Op oneArgumentFunction(IExpr head) {
        if (head == S.Sqrt) {
            return Dag.Op.SQRT;
        }
        if (head == S.Exp) {
            return Dag.Op.EXP;
        }
        if (head == S.Log) {
            return Dag.Op.LOG;
        }
        if (head == S.Sin) {
            return Dag.Op.SIN;
        }
        if (head == S.Cos) {
            return Dag.Op.COS;
        }
        if (head == S.Tan) {
            return Dag.Op.TAN;
        }
        if (head == S.Sinh) {
            return Dag.Op.SINH;
        }
        if (head == S.Cosh) {
            return Dag.Op.COSH;
        }
        if (head == S.Tanh) {
            return Dag.Op.TANH;
        }
        if (head == S.Abs) {
            return Dag.Op.ABS;
        }
        if (head == S.ArcSin) {
            return Dag.Op.ASIN;
        }
        if (head == S.ArcCos) {
            return Dag.Op.ACOS;
        }
        if (head == S.ArcTan) {
            return Dag.Op.ATAN;
        }
        if (head == S.Sign) {
            return Dag.Op.SIGN;
        }
        return null;
    }

    /** Sec, Csc, Sech, Csch as reciprocals of the function returned. */
    private static Dag.Op reciprocalFunction(IExpr head) {
        if (head == S.Sec) {
            return Dag.Op.COS;
        }
        if (head == S.Csc) {
            return Dag.Op.SIN;
        }
        if (head == S.Sech) {
            return Dag.Op.COSH;
        }
        if (head == S.Csch) {
            return Dag.Op.SINH;
        }
        return null;
    }

    private List<Integer> arguments(IAST e) {
        List<Integer> out = new ArrayList<>(e.argSize());
        for (int i = 1; i <= e.argSize(); i++) {
            out.add(lower(e.get(i)));
        }
        return out;
    }

    private int sum(List<Integer> terms) {
        return grouped(terms, true);
    }

    /** A product with its reciprocal factors moved into one denominator and a negative coefficient pulled out. */
    private int product(IAST e) {
        List<Integer> numerator = new ArrayList<>();
        List<Integer> denominator = new ArrayList<>();
        for (int i = 1; i <= e.argSize(); i++) {
            IExpr f = e.get(i);
            if (f.isPower() && isNegativeRational(f.exponent())) {
                denominator.add(nonNegativePower(f.base(), f.exponent().negate()));
            } else {
                numerator.add(lower(f));
            }
        }
        int top = grouped(numerator, false);
        int result = denominator.isEmpty() ? top : dag.div(top, grouped(denominator, false));
        return pullSign(result);
    }

    /** {@code -(c*rest)} for a product {@code (-c)*rest}, so that sums can subtract instead of multiplying by -c. */
    private int pullSign(int node) {
        if (dag.op(node) == Dag.Op.MUL) {
            int[] a = dag.args(node);
            if (dag.isConst(a[0]) && dag.value(a[0]) < 0) {
                List<Integer> factors = new ArrayList<>(a.length);
                factors.add(dag.constant(-dag.value(a[0])));
                for (int i = 1; i < a.length; i++) {
                    factors.add(a[i]);
                }
                return dag.neg(dag.mul(factors));
            }
        }
        if (dag.op(node) == Dag.Op.DIV) {
            int[] a = dag.args(node);
            int top = pullSign(a[0]);
            if (dag.op(top) == Dag.Op.NEG) {
                return dag.neg(dag.div(dag.args(top)[0], a[1]));
            }
        }
        return node;
    }

    private static boolean isNegativeRational(IExpr x) {
        return x.isRational() && x.isNegative();
    }

    private int power(IExpr base, IExpr exponent) {
        if (isNegativeRational(exponent)) {
            return dag.div(dag.constant(1.0), nonNegativePower(base, exponent.negate()));
        }
        return nonNegativePower(base, exponent);
    }

    private int nonNegativePower(IExpr base, IExpr exponent) {
        if (base == S.E) {
            return dag.function(Dag.Op.EXP, lower(exponent));
        }
        if (exponent.isInteger()) {
            BigInteger k = ((IInteger) exponent).toBigNumerator();
            if (k.bitLength() < 31) {
                return integerPower(lower(base), k.intValue());
            }
        }
        if (exponent.isFraction()) {
            IFraction f = (IFraction) exponent;
            BigInteger p = f.toBigNumerator();
            if (f.toBigDenominator().equals(BigInteger.TWO) && p.bitLength() < 31) {
                // x^(p/2) = x^((p-1)/2) * sqrt(x): one correctly rounded root, then a multiplication chain
                int b = lower(base);
                int root = dag.function(Dag.Op.SQRT, b);
                int whole = p.intValue() / 2;
                return whole == 0 ? root : dag.mul(integerPower(b, whole), root);
            }
        }
        return dag.binary(Dag.Op.POW, lower(base), lower(exponent));
    }

    /** Square and multiply; the squares are DAG nodes, so x^2 and x^4 in one function share x*x. */
    private int integerPower(int base, int k) {
        if (k == 0) {
            return dag.constant(1.0);
        }
        int result = -1;
        int square = base;
        while (true) {
            if ((k & 1) != 0) {
                result = result < 0 ? square : dag.mul(result, square);
            }
            k >>>= 1;
            if (k == 0) {
                return result;
            }
            square = dag.mul(square, square);
        }
    }

    /** A sum or product of many operands as a sum or product of groups, so no Java expression grows unbounded. */
    private int grouped(List<Integer> operands, boolean isSum) {
        if (operands.size() <= MAX_OPERANDS) {
            return isSum ? dag.add(operands) : dag.mul(operands);
        }
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < operands.size(); i += MAX_OPERANDS) {
            groups.add(grouped(operands.subList(i, Math.min(operands.size(), i + MAX_OPERANDS)), isSum));
        }
        return grouped(groups, isSum);
    }

    private String rootText() {
        return ExpressionText.of(root);
    }
}

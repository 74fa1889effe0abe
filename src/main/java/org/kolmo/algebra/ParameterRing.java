package org.kolmo.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.poly.Monomial;
import edu.jas.structure.Power;

/**
 * The ring Q[p1..pk] of polynomials with rational coefficients in the model's parameters, and the conversions between
 * Symja expressions and JAS polynomials of this ring.
 *
 * <p>The JAS ring's variables carry the Symja names of the parameter symbols ({@code ko$beta}); JAS stores the
 * exponent of the i-th variable at position k-1-i of an {@link ExpVector}, which {@link #exponent} hides. Expressions
 * are read as written (no evaluation), through Plus, Times, Power with integer exponents, integers and fractions:
 * anything else, such as {@code 1/eps}, {@code Sqrt(beta)}, a floating-point number or a symbol that is not a
 * parameter, is reported as {@link AlgebraErrorCode#NOT_POLYNOMIAL}. Immutable and thread-safe.
 */
public final class ParameterRing {
    private final List<ISymbol> parameters;
    private final Map<String, Integer> index;
    private final GenPolynomialRing<BigRational> ring;
    private final GenPolynomialRing<edu.jas.arith.BigInteger> integerRing;

    private ParameterRing(List<ISymbol> parameters) {
        this.parameters = List.copyOf(parameters);
        this.index = new HashMap<>();
        String[] names = new String[parameters.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = parameters.get(i).getSymbolName();
            if (index.put(names[i], i) != null) {
                throw new AlgebraArgumentException(AlgebraErrorCode.DUPLICATE_PARAMETER,
                        Symbols.displayName(parameters.get(i)));
            }
        }
        this.ring = new GenPolynomialRing<>(BigRational.ZERO, names);
        this.integerRing = new GenPolynomialRing<>(edu.jas.arith.BigInteger.ONE, ring);
    }

    /** The ring of polynomials in the given parameters (in this order); an empty list gives Q itself. */
    public static ParameterRing of(List<? extends ISymbol> parameters) {
        return new ParameterRing(new ArrayList<>(parameters));
    }

    /** The ring of polynomials in the given parameters (in this order). */
    public static ParameterRing of(ISymbol... parameters) {
        return new ParameterRing(List.of(parameters));
    }

    /** The parameter symbols, in the order of the ring's variables. */
    public List<ISymbol> parameters() {
        return parameters;
    }

    /** The number of parameters. */
    public int size() {
        return parameters.size();
    }

    /** The JAS polynomial ring; its elements are treated as immutable throughout this package. */
    public GenPolynomialRing<BigRational> jasRing() {
        return ring;
    }

    /** Z[p1..pk] with the same variables: where the fraction-free algorithms run. */
    GenPolynomialRing<edu.jas.arith.BigInteger> integerRing() {
        return integerRing;
    }

    /** The zero polynomial. */
    public GenPolynomial<BigRational> zero() {
        return ring.getZERO();
    }

    /** The constant polynomial 1. */
    public GenPolynomial<BigRational> one() {
        return ring.getONE();
    }

    /** The parameters' user names, comma-separated, for messages. */
    public String describe() {
        return parameters.stream().map(Symbols::displayName).collect(Collectors.joining(", "));
    }

    /**
     * The polynomial an expression stands for.
     *
     * @throws AlgebraException {@link AlgebraErrorCode#NOT_POLYNOMIAL} if {@code e} is not a polynomial in the
     *         parameters with rational coefficients
     */
    public GenPolynomial<BigRational> toPolynomial(IExpr e) throws AlgebraException {
        return toPolynomial(e, "the expression");
    }

    /** As {@link #toPolynomial(IExpr)}, naming the input as {@code location} (e.g. "row 2, column 3") in errors. */
    GenPolynomial<BigRational> toPolynomial(IExpr e, String location) throws AlgebraException {
        try {
            return convert(e);
        } catch (NotPolynomial failure) {
            throw new AlgebraException(AlgebraErrorCode.NOT_POLYNOMIAL, location, readable(e), describe(),
                    failure.getMessage());
        }
    }

    /** A polynomial as a Symja expression in expanded canonical form (evaluated by Symja). */
    public IExpr toExpr(GenPolynomial<BigRational> p) {
        return SymjaEvaluation.eval(toUnevaluatedExpr(p));
    }

    /**
     * The sum of the polynomial's terms, built with {@link F} but not yet evaluated; callers that assemble larger
     * expressions evaluate once at the end.
     */
    IExpr toUnevaluatedExpr(GenPolynomial<BigRational> p) {
        if (p.isZERO()) {
            return F.C0;
        }
        IASTAppendable sum = F.ast(S.Plus, p.length());
        appendTerms(sum, p, null);
        return sum.argSize() == 1 ? sum.arg1() : sum;
    }

    /** Appends the terms of {@code p}, each multiplied by {@code factor} unless that is null, to {@code sum}. */
    void appendTerms(IASTAppendable sum, GenPolynomial<BigRational> p, IExpr factor) {
        for (Monomial<BigRational> m : p) {
            sum.append(monomial(m.coefficient(), m.exponent(), factor));
        }
    }

    private IExpr monomial(BigRational c, ExpVector e, IExpr factor) {
        IASTAppendable term = F.ast(S.Times, parameters.size() + 2);
        term.append(rational(c));
        if (factor != null) {
            term.append(factor);
        }
        for (int i = 0; i < parameters.size(); i++) {
            long k = exponent(e, i);
            if (k == 1) {
                term.append(parameters.get(i));
            } else if (k > 1) {
                term.append(F.Power(parameters.get(i), F.ZZ(k)));
            }
        }
        return term.argSize() == 1 ? term.arg1() : term;
    }

    static IExpr rational(BigRational c) {
        return c.den.equals(BigInteger.ONE) ? F.ZZ(c.num) : F.QQ(F.ZZ(c.num), F.ZZ(c.den));
    }

    /** The exponent of parameter {@code i} in {@code e}, hiding JAS's reversed variable order. */
    long exponent(ExpVector e, int i) {
        return e.getVal(parameters.size() - 1 - i);
    }

    /** The value of {@code p} at the given parameter values (in the order of {@link #parameters()}). */
    public double evaluate(GenPolynomial<BigRational> p, double... values) {
        checkValues(values);
        double sum = 0;
        for (Monomial<BigRational> m : p) {
            double term = m.coefficient().doubleValue();
            for (int i = 0; i < values.length; i++) {
                long k = exponent(m.exponent(), i);
                if (k > 0) {
                    term *= Math.pow(values[i], k);
                }
            }
            sum += term;
        }
        return sum;
    }

    /** The exact value of {@code p} at rational parameter values (in the order of {@link #parameters()}). */
    public BigRational evaluate(GenPolynomial<BigRational> p, List<BigRational> values) {
        if (values.size() != parameters.size()) {
            throw new AlgebraArgumentException(AlgebraErrorCode.PARAMETER_VALUES, values.size(), parameters.size(),
                    describe());
        }
        BigRational sum = BigRational.ZERO;
        for (Monomial<BigRational> m : p) {
            BigRational term = m.coefficient();
            for (int i = 0; i < values.size(); i++) {
                long k = exponent(m.exponent(), i);
                if (k > 0) {
                    term = term.multiply(Power.positivePower(values.get(i), k));
                }
            }
            sum = sum.sum(term);
        }
        return sum;
    }

    void checkValues(double[] values) {
        if (values.length != parameters.size()) {
            throw new AlgebraArgumentException(AlgebraErrorCode.PARAMETER_VALUES, values.length, parameters.size(),
                    describe());
        }
    }

    /** Throws unless {@code other} has the same parameters in the same order. */
    void requireSame(ParameterRing other) {
        if (!equals(other)) {
            throw new AlgebraArgumentException(AlgebraErrorCode.RING_MISMATCH, describe(), other.describe());
        }
    }

    private GenPolynomial<BigRational> convert(IExpr e) throws NotPolynomial {
        if (e instanceof IInteger n) {
            return ring.valueOf(new BigRational(n.toBigNumerator()));
        }
        if (e instanceof IFraction q) {
            return ring.valueOf(new BigRational(new edu.jas.arith.BigInteger(q.toBigNumerator()),
                    new edu.jas.arith.BigInteger(q.toBigDenominator())));
        }
        if (e instanceof ISymbol s) {
            Integer i = index.get(s.getSymbolName());
            if (i == null) {
                throw new NotPolynomial("'" + Symbols.displayName(s) + "' is not a parameter");
            }
            return ring.valueOf(BigRational.ONE, ExpVector.create(parameters.size(), parameters.size() - 1 - i, 1));
        }
        if (e.isPlus()) {
            GenPolynomial<BigRational> sum = ring.getZERO();
            for (IExpr arg : (IAST) e) {
                sum = sum.sum(convert(arg));
            }
            return sum;
        }
        if (e.isTimes()) {
            GenPolynomial<BigRational> product = ring.getONE();
            for (IExpr arg : (IAST) e) {
                product = product.multiply(convert(arg));
            }
            return product;
        }
        if (e.isPower()) {
            return power(e);
        }
        if (e.isNumber()) {
            throw new NotPolynomial(readable(e) + " is not an exact rational number");
        }
        throw new NotPolynomial(readable(e) + " is not built from parameters with +, * and integer powers");
    }

    private GenPolynomial<BigRational> power(IExpr e) throws NotPolynomial {
        IExpr exponent = e.exponent();
        if (!(exponent instanceof IInteger k) || k.toBigNumerator().bitLength() > 31) {
            throw new NotPolynomial(readable(e) + " has a non-integer exponent");
        }
        int n = k.toBigNumerator().intValue();
        GenPolynomial<BigRational> base = convert(e.base());
        if (n >= 0) {
            return n == 0 ? ring.getONE() : Power.positivePower(base, n);
        }
        // a negative power is still a polynomial when its base is a nonzero constant, e.g. 2^-1
        if (base.isConstant() && !base.isZERO()) {
            return ring.valueOf(Power.positivePower(base.leadingBaseCoefficient().inverse(), -(long) n));
        }
        throw new NotPolynomial(readable(e) + " divides by an expression in the parameters");
    }

    /** An expression as text with user names (without Symja's prefix), for messages. */
    static String readable(IExpr e) {
        return Symbols.readable(e.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterRing r && r.ring.equals(ring) && r.index.equals(index);
    }

    @Override
    public int hashCode() {
        return index.hashCode();
    }

    @Override
    public String toString() {
        return "Q[" + describe() + "]";
    }

    /** Why an expression is not a polynomial; turned into an {@link AlgebraException} naming the whole input. */
    private static final class NotPolynomial extends Exception {
        private static final long serialVersionUID = 1L;

        NotPolynomial(String reason) {
            super(reason, null, false, false);
        }
    }
}

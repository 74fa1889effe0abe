package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigInteger;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.ufd.Quotient;
import edu.jas.ufd.QuotientRing;

/**
 * Exact rational functions over Q in a model's symbols (parameters, slow variables, functionals), with JAS doing the
 * arithmetic: every sum, product and quotient is kept as one fraction in lowest terms, by polynomial GCDs (numerator
 * and denominator with integer coefficients, so that JAS uses its modular GCD). Symja's
 * own Together is far too slow for the intermediate expressions of homogenization (seconds for a dozen terms), JAS
 * takes milliseconds.
 *
 * <p>Subexpressions that are not rational in the symbols (√2, √X, sin X, π) are <em>atoms</em>: extra generators
 * treated as independent symbols. Their derivatives with respect to the symbols are taken by Symja and expressed in
 * the field again, so the set of atoms is closed under differentiation when the field is made (sin brings cos, √X
 * brings 1/√X = (√X)⁻¹). Relations between atoms (√2² = 2) are not known to JAS; they are applied by a round trip
 * through Symja's evaluation, which reduces them, in {@link #toExpr}, {@link #reduce} and {@link #isZero}, so results
 * and zero tests see the reduced form.
 */
public final class RationalFunctionField implements ExactField<Quotient<BigInteger>> {
    /** An expression holding a function of the symbols that the field does not contain. */
    public static final class NotRational extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient IExpr offending;

        NotRational(IExpr offending) {
            super("not a rational function of the field's symbols and atoms: " + offending);
            this.offending = offending;
        }

        public IExpr offending() {
            return offending;
        }
    }

    private static final int CLOSURE_ROUNDS = 4;

    static {
        // JAS would race two GCD algorithms in parallel threads; on a shared machine one sequential algorithm is
        // faster and deterministic
        edu.jas.kern.ComputerThreads.NO_THREADS = true;
    }

    private final List<ISymbol> symbols;
    private final List<IExpr> atoms;
    private final Set<ISymbol> outside;
    private final Map<IExpr, Integer> index = new HashMap<>();
    private final GenPolynomialRing<BigInteger> ring;
    private final QuotientRing<BigInteger> field;
    private final int[] position;
    private final List<GenPolynomial<BigInteger>> generatorPolynomials = new ArrayList<>();
    private final Map<Integer, Map<ISymbol, Quotient<BigInteger>>> atomDerivatives = new HashMap<>();
    private final Set<ISymbol> differentiable;
    /** Whether some atom is a constant (a radical like sqrt(2)), whose powers Symja reduces and JAS does not. */
    private final boolean constantAtoms;
    /** Whether some atom is a root (sqrt(x), 2^(1/3)), whose powers Symja reduces and JAS does not. */
    private final boolean radicalAtoms;
    /** Whether Symja is called from inside a running evaluation (a function called by a rule), see {@link #eval}. */
    private final boolean nested;

    private RationalFunctionField(List<ISymbol> symbols, List<IExpr> atoms, Set<ISymbol> outside,
            Set<ISymbol> differentiable, boolean nested) {
        this.nested = nested;
        this.symbols = List.copyOf(symbols);
        this.atoms = List.copyOf(atoms);
        this.outside = Set.copyOf(outside);
        this.differentiable = Set.copyOf(differentiable);
        boolean constants = false;
        for (IExpr atom : atoms) {
            boolean free = true;
            for (ISymbol s : symbols) {
                free &= atom.isFree(s);
            }
            constants |= free;
        }
        this.constantAtoms = constants;
        boolean radicals = false;
        for (IExpr atom : atoms) {
            radicals |= atom.isPower() && atom.exponent() instanceof IRational;
        }
        this.radicalAtoms = radicals;
        int n = symbols.size() + atoms.size();
        String[] names = new String[Math.max(n, 1)];
        for (int i = 0; i < names.length; i++) {
            names[i] = "v" + i;
        }
        this.ring = new GenPolynomialRing<>(BigInteger.ZERO, names);
        this.field = subresultantQuotients(ring);
        this.position = new int[n];
        for (int k = 0; k < n; k++) {
            GenPolynomial<BigInteger> v = ring.univariate(names[k]);
            generatorPolynomials.add(v);
            ExpVector e = v.leadingExpVector();
            for (int i = 0; i < e.length(); i++) {
                if (e.getVal(i) == 1) {
                    position[k] = i;
                }
            }
            index.put(k < symbols.size() ? symbols.get(k) : atoms.get(k - symbols.size()), k);
        }
        for (int a = 0; a < atoms.size(); a++) {
            Map<ISymbol, Quotient<BigInteger>> d = new HashMap<>();
            for (ISymbol s : differentiable) {
                IExpr atom = atoms.get(a);
                if (!atom.isFree(s)) {
                    d.put(s, fromExpr(eval(nested, F.D(atom, s))));
                }
            }
            atomDerivatives.put(symbols.size() + a, d);
        }
    }

    /**
     * The quotient ring with a checked GCD ({@link CheckedGcd}): its default, the modular GCD over Z (JAS 2.7.200), was
     * seen to return a wrong gcd, which made a product of two fractions wrong.
     */
    private static QuotientRing<BigInteger> subresultantQuotients(GenPolynomialRing<BigInteger> ring) {
        QuotientRing<BigInteger> q = new QuotientRing<>(ring);
        try {
            java.lang.reflect.Field engine = QuotientRing.class.getField("engine");
            engine.setAccessible(true);
            engine.set(q, new CheckedGcd());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot choose the GCD of JAS's quotient ring", e);
        }
        return q;
    }

    /**
     * The unique solution of A x = b, exactly in the rational functions of {@code symbols} (with the atoms of the
     * entries), each value brought to one fraction; null when the solution is not unique or does not exist.
     *
     * @throws NotRational when an entry is not rational in the symbols and their atoms
     */
    public static List<IExpr> solveUnique(List<List<IExpr>> a, List<IExpr> b, Collection<ISymbol> symbols) {
        List<IExpr> inputs = new ArrayList<>(b);
        a.forEach(inputs::addAll);
        RationalFunctionField field = of(new ArrayList<>(symbols), inputs, List.of(), List.of());
        List<List<Quotient<BigInteger>>> qa = new ArrayList<>();
        for (List<IExpr> row : a) {
            List<Quotient<BigInteger>> r = new ArrayList<>();
            for (IExpr e : row) {
                r.add(field.fromExpr(e));
            }
            qa.add(r);
        }
        List<Quotient<BigInteger>> qb = new ArrayList<>();
        for (IExpr e : b) {
            qb.add(field.fromExpr(e));
        }
        List<Quotient<BigInteger>> x = ExactLinearSystem.solveUnique(qa, qb, field);
        if (x == null) {
            return null;
        }
        List<IExpr> out = new ArrayList<>();
        for (Quotient<BigInteger> v : x) {
            out.add(ExactTogether.together(field.toExpr(v)));
        }
        return out;
    }

    /**
     * A field over {@code symbols} holding every expression of {@code inputs}.
     *
     * @param outside        symbols that may appear in the inputs but are handled elsewhere (the fast variables);
     *                       they become neither generators nor atoms
     * @param differentiable the symbols by which elements will be differentiated
     * @throws NotRational when the atoms do not close under differentiation in a few rounds
     */
    public static RationalFunctionField of(List<ISymbol> symbols, Collection<IExpr> inputs, Collection<ISymbol> outside,
            Collection<ISymbol> differentiable) {
        return of(symbols, inputs, outside, differentiable, false);
    }

    /**
     * As {@link #of(List, Collection, Collection, Collection)}; with {@code nested} true the field may be used by a
     * Java function that a rule calls, while Symja is evaluating (its own calls of Symja are then nested evaluations,
     * whose messages are not turned into errors).
     */
    public static RationalFunctionField of(List<ISymbol> symbols, Collection<IExpr> inputs, Collection<ISymbol> outside,
            Collection<ISymbol> differentiable, boolean nested) {
        Set<ISymbol> known = new LinkedHashSet<>(symbols);
        Set<ISymbol> skip = new LinkedHashSet<>(outside);
        Set<IExpr> atoms = new LinkedHashSet<>();
        for (IExpr e : inputs) {
            scan(e, known, skip, atoms, nested);
        }
        List<IExpr> pending = new ArrayList<>(atoms);
        for (int round = 0; round < CLOSURE_ROUNDS && !pending.isEmpty(); round++) {
            Set<IExpr> found = new LinkedHashSet<>();
            for (IExpr atom : pending) {
                for (ISymbol s : differentiable) {
                    if (!atom.isFree(s)) {
                        scan(eval(nested, F.D(atom, s)), known, skip, found, nested);
                    }
                }
            }
            found.removeAll(atoms);
            atoms.addAll(found);
            pending = new ArrayList<>(found);
        }
        RationalFunctionField f = new RationalFunctionField(new ArrayList<>(known), new ArrayList<>(atoms), skip,
                new LinkedHashSet<>(differentiable), nested);
        return f;
    }

    /** A field over the symbols alone, for expressions rational in them. */
    public static RationalFunctionField of(List<ISymbol> symbols) {
        return of(symbols, List.of(), List.of(), symbols);
    }

    private static IExpr eval(boolean nested, IExpr e) {
        return nested ? CasSession.get().evaluateNested(e) : CasSession.get().evaluate(e);
    }

    private static void scan(IExpr e, Set<ISymbol> known, Set<ISymbol> skip, Set<IExpr> atoms, boolean nested) {
        if (e.isNumber()) {
            if (!(e instanceof IRational)) {
                atoms.add(e);
            }
        } else if (e instanceof ISymbol s) {
            if (!known.contains(s) && !skip.contains(s)) {
                atoms.add(s);
            }
        } else if (e.isPlus() || e.isTimes()) {
            for (IExpr x : (IAST) e) {
                scan(x, known, skip, atoms, nested);
            }
        } else if (e.isPower() && e.exponent().isInteger()) {
            scan(e.base(), known, skip, atoms, nested);
        } else if (e.isPower() && e.exponent() instanceof IRational r) {
            atoms.add(root(e.base(), r, nested));
        } else {
            atoms.add(e);
        }
    }

    /** base^(1/q) for the exponent p/q. */
    private static IExpr root(IExpr base, IRational exponent, boolean nested) {
        java.math.BigInteger q = exponent.toBigDenominator();
        return eval(nested, F.Power(base, F.fraction(java.math.BigInteger.ONE, q)));
    }

    public List<ISymbol> symbols() {
        return symbols;
    }

    /** The JAS field itself, for algorithms over it (Gröbner bases of polynomials with these coefficients). */
    public QuotientRing<BigInteger> quotientRing() {
        return field;
    }

    public List<IExpr> atoms() {
        return atoms;
    }

    // ------------------------------------------------------------------ conversion

    /** The element for e. */
    public Quotient<BigInteger> fromExpr(IExpr e) {
        if (e instanceof IRational r) {
            return constant(r.toBigNumerator(), r.toBigDenominator());
        }
        Integer k = index.get(e);
        if (k != null) {
            return field.create(generatorPolynomials.get(k));
        }
        if (e instanceof ISymbol s && outside.contains(s)) {
            throw new NotRational(e);
        }
        if (e.isPlus()) {
            Quotient<BigInteger> s = field.getZERO();
            for (IExpr x : (IAST) e) {
                s = s.sum(fromExpr(x));
            }
            return s;
        }
        if (e.isTimes()) {
            Quotient<BigInteger> p = field.getONE();
            for (IExpr x : (IAST) e) {
                p = p.multiply(fromExpr(x));
            }
            return p;
        }
        if (e.isPower() && e.exponent().isInteger()) {
            return power(fromExpr(e.base()), e.exponent().toIntDefault());
        }
        if (e.isPower() && e.exponent() instanceof IRational r) {
            Integer a = index.get(root(e.base(), r, nested));
            if (a != null) {
                return power(field.create(generatorPolynomials.get(a)), r.toBigNumerator().intValueExact());
            }
        }
        throw new NotRational(e);
    }

    private Quotient<BigInteger> constant(java.math.BigInteger num, java.math.BigInteger den) {
        return field.create(ring.getONE().multiply(new BigInteger(num)), ring.getONE().multiply(new BigInteger(den)));
    }

    private Quotient<BigInteger> power(Quotient<BigInteger> base, int n) {
        if (n == Integer.MIN_VALUE) {
            throw new ArithmeticException("exponent out of range");
        }
        if (n < 0) {
            return power(base, -n).inverse();
        }
        Quotient<BigInteger> result = field.getONE();
        Quotient<BigInteger> b = base;
        int k = n;
        while (k > 0) {
            if ((k & 1) == 1) {
                result = result.multiply(b);
            }
            k >>= 1;
            if (k > 0) {
                b = b.multiply(b);
            }
        }
        return result;
    }

    /**
     * The element as an expression in normal form: a polynomial, expanded, when the denominator is 1; otherwise
     * c·N/D with N and D expanded primitive integer polynomials with positive leading coefficients and c rational.
     */
    public IExpr toExpr(Quotient<BigInteger> q) {
        IExpr raw = rawExpr(q);
        if (!constantAtoms) {
            return raw;
        }
        // Symja's evaluation has applied the relations between constant radicals (sqrt(2)^2 = 2): read the result
        // back so that it is again one fraction in lowest terms
        return rawExpr(fromExpr(raw));
    }

    /** q itself with the relations between constant radicals applied (sqrt(2)^2 = 2). */
    public Quotient<BigInteger> reduce(Quotient<BigInteger> q) {
        return constantAtoms ? fromExpr(rawExpr(q)) : q;
    }

    private IExpr rawExpr(Quotient<BigInteger> q) {
        if (q.isZERO()) {
            return F.C0;
        }
        GenPolynomial<BigInteger> num = q.num;
        GenPolynomial<BigInteger> den = q.den;
        java.math.BigInteger cn = content(num);
        java.math.BigInteger cd = content(den);
        GenPolynomial<BigInteger> pn = num.divide(new BigInteger(cn));
        GenPolynomial<BigInteger> pd = den.divide(new BigInteger(cd));
        if (pd.isONE()) {
            return eval(nested, polynomial(num, cd));
        }
        IExpr c = F.fraction(cn, cd);
        return eval(nested, F.Times(c, polynomial(pn), F.Power(polynomial(pd), F.CN1)));
    }

    /**
     * The element as one fraction for reading: c·N/D with N expanded and D a product of powers of polynomials, N and
     * those polynomials primitive with integer coefficients and positive leading coefficients, c rational. D is split
     * along the polynomials of {@code hints} (the denominators the expression was written with, which D divides a
     * product of), the rest into square-free factors: a complete factorization over Q costs seconds in JAS for
     * denominators of a few dozen terms, this splitting milliseconds. When some atom is a root, Symja's evaluation
     * reduces its powers (sqrt(x)^2 = x), and the result is read back and written again, so that it is one fraction
     * in lowest terms.
     */
    public IExpr toFraction(Quotient<BigInteger> q, Collection<IExpr> hints) {
        List<GenPolynomial<BigInteger>> split = new ArrayList<>();
        for (IExpr h : hints) {
            Quotient<BigInteger> v = fromExpr(h);
            split.add(v.num);
            split.add(v.den);
        }
        IExpr raw = fraction(q, split);
        if (!radicalAtoms && !constantAtoms) {
            return raw;
        }
        try {
            return fraction(fromExpr(raw), split);
        } catch (NotRational e) {
            // the reduction brought a root the field does not know (sqrt(2)*sqrt(3) = sqrt(6)): raw is exact too
            return raw;
        }
    }

    private IExpr fraction(Quotient<BigInteger> q, List<GenPolynomial<BigInteger>> hints) {
        if (q.isZERO()) {
            return F.C0;
        }
        java.math.BigInteger cn = content(q.num);
        java.math.BigInteger cd = content(q.den);
        GenPolynomial<BigInteger> pn = q.num.divide(new BigInteger(cn));
        GenPolynomial<BigInteger> pd = q.den.divide(new BigInteger(cd));
        if (pd.isONE()) {
            return eval(nested, polynomial(q.num, cd));
        }
        List<IExpr> factors = new ArrayList<>();
        factors.add(F.fraction(cn, cd));
        factors.add(polynomial(pn));
        for (Map.Entry<GenPolynomial<BigInteger>, Long> f : splitDenominator(pd, hints).entrySet()) {
            factors.add(F.Power(polynomial(f.getKey()), F.ZZ(-f.getValue())));
        }
        return eval(nested, F.Times(factors.toArray(new IExpr[0])));
    }

    /**
     * d (primitive, positive leading coefficient) as a product of powers of primitive polynomials with positive
     * leading coefficients: first its common factors with the square-free parts of the hints, taken out as often as
     * they divide, then the square-free factors of what is left. The product is d exactly.
     */
    private Map<GenPolynomial<BigInteger>, Long> splitDenominator(GenPolynomial<BigInteger> d,
            List<GenPolynomial<BigInteger>> hints) {
        edu.jas.ufd.GreatestCommonDivisor<BigInteger> gcd = new CheckedGcd();
        edu.jas.ufd.SquarefreeAbstract<BigInteger> sqf = edu.jas.ufd.SquarefreeFactory
                .getImplementation(BigInteger.ZERO);
        Map<GenPolynomial<BigInteger>, Long> out = new java.util.LinkedHashMap<>();
        GenPolynomial<BigInteger> rest = d;
        for (GenPolynomial<BigInteger> hint : hints) {
            if (rest.isConstant()) {
                break;
            }
            if (hint.isZERO() || hint.isConstant()) {
                continue;
            }
            for (GenPolynomial<BigInteger> part : sqf.squarefreeFactors(normalized(hint)).keySet()) {
                if (part.isConstant() || rest.isConstant()) {
                    continue;
                }
                GenPolynomial<BigInteger> g = normalized(gcd.gcd(rest, part));
                if (g.isConstant()) {
                    continue;
                }
                long e = 0;
                while (!rest.isConstant()) {
                    GenPolynomial<BigInteger> quotient = exactQuotient(rest, g);
                    if (quotient == null) {
                        break;
                    }
                    rest = quotient;
                    e++;
                }
                if (e > 0) {
                    out.merge(g, e, Long::sum);
                }
            }
        }
        if (!rest.isConstant()) {
            Map<GenPolynomial<BigInteger>, Long> parts = new java.util.LinkedHashMap<>();
            GenPolynomial<BigInteger> product = ring.getONE();
            for (Map.Entry<GenPolynomial<BigInteger>, Long> f : sqf.squarefreeFactors(rest).entrySet()) {
                if (!f.getKey().isConstant()) {
                    GenPolynomial<BigInteger> base = normalized(f.getKey());
                    parts.merge(base, f.getValue(), Long::sum);
                    product = product.multiply(base.power(f.getValue()));
                }
            }
            if (!product.equals(rest)) {
                // the square-free decomposition (JAS's GCDs) did not give rest back: keep rest whole
                parts = Map.of(rest, 1L);
            }
            for (Map.Entry<GenPolynomial<BigInteger>, Long> f : parts.entrySet()) {
                out.merge(f.getKey(), f.getValue(), Long::sum);
            }
        }
        return out;
    }

    /** a/b when b divides a over Z, else null. */
    private static GenPolynomial<BigInteger> exactQuotient(GenPolynomial<BigInteger> a, GenPolynomial<BigInteger> b) {
        try {
            GenPolynomial<BigInteger>[] qr = a.quotientRemainder(b);
            return qr[1].isZERO() && qr[0].multiply(b).equals(a) ? qr[0] : null;
        } catch (ArithmeticException e) {
            return null; // a leading coefficient of the division is not divisible: neither is a by b
        }
    }

    /** p divided by its content, with a positive leading coefficient. */
    private static GenPolynomial<BigInteger> normalized(GenPolynomial<BigInteger> p) {
        return p.divide(new BigInteger(content(p)));
    }

    /** The gcd of the coefficients, with the sign of the leading one. */
    private static java.math.BigInteger content(GenPolynomial<BigInteger> p) {
        java.math.BigInteger g = java.math.BigInteger.ZERO;
        for (BigInteger c : p.getMap().values()) {
            g = g.gcd(c.getVal());
        }
        return p.leadingBaseCoefficient().signum() < 0 ? g.negate() : g;
    }

    private IExpr polynomial(GenPolynomial<BigInteger> p) {
        return polynomial(p, java.math.BigInteger.ONE);
    }

    /** p / divisor, expanded, with rational coefficients. */
    private IExpr polynomial(GenPolynomial<BigInteger> p, java.math.BigInteger divisor) {
        List<IExpr> terms = new ArrayList<>();
        for (Map.Entry<ExpVector, BigInteger> t : p.getMap().entrySet()) {
            List<IExpr> factors = new ArrayList<>();
            factors.add(F.fraction(t.getValue().getVal(), divisor));
            ExpVector e = t.getKey();
            for (int k = 0; k < position.length; k++) {
                long power = e.getVal(position[k]);
                if (power > 0) {
                    factors.add(F.Power(generator(k), F.ZZ(power)));
                }
            }
            terms.add(F.Times(factors.toArray(new IExpr[0])));
        }
        return terms.isEmpty() ? F.C0 : F.Plus(terms.toArray(new IExpr[0]));
    }

    private IExpr generator(int k) {
        return k < symbols.size() ? symbols.get(k) : atoms.get(k - symbols.size());
    }

    /** e in normal form ({@link #toExpr} of {@link #fromExpr}). */
    public IExpr normal(IExpr e) {
        return toExpr(fromExpr(e));
    }

    /** True when a and b are equal as rational functions (radical atoms reduced). */
    public boolean same(IExpr a, IExpr b) {
        IExpr difference = eval(nested, F.Subtract(normal(a), normal(b)));
        return fromExpr(difference).isZERO();
    }

    // ------------------------------------------------------------------ numeric values

    /**
     * The values of the generators (symbols, then atoms) at the given values of the symbols; the atoms are evaluated
     * by Symja. Symbols without a value are NaN.
     */
    public double[] point(Map<ISymbol, Double> values) {
        double[] p = new double[symbols.size() + atoms.size()];
        List<IExpr> rules = new ArrayList<>();
        for (int k = 0; k < symbols.size(); k++) {
            Double v = values.get(symbols.get(k));
            p[k] = v == null ? Double.NaN : v;
            if (v != null) {
                rules.add(F.Rule(symbols.get(k), F.num(v)));
            }
        }
        IExpr at = F.List(rules.toArray(new IExpr[0]));
        for (int a = 0; a < atoms.size(); a++) {
            IExpr v = eval(nested, F.N(F.ReplaceAll(atoms.get(a), at)));
            p[symbols.size() + a] = v.isNumber() ? v.evalf() : Double.NaN;
        }
        return p;
    }

    /** q at a point of {@link #point}, in double precision. */
    public double value(Quotient<BigInteger> q, double[] point) {
        return value(q.num, point) / value(q.den, point);
    }

    private double value(GenPolynomial<BigInteger> p, double[] point) {
        double sum = 0;
        for (Map.Entry<ExpVector, BigInteger> t : p.getMap().entrySet()) {
            double term = t.getValue().getVal().doubleValue();
            for (int k = 0; k < position.length; k++) {
                long e = t.getKey().getVal(position[k]);
                if (e > 0) {
                    term *= Math.pow(point[k], e);
                }
            }
            sum += term;
        }
        return sum;
    }

    // ------------------------------------------------------------------ square roots

    /**
     * q = root² · radicand with the radicand's numerator and denominator free of square factors (over Q, and of
     * square integer factors below 10^4): the square root of q is root·√radicand, and root alone when the radicand is
     * 1.
     */
    public record SquareRoot(Quotient<BigInteger> root, Quotient<BigInteger> radicand) {
    }

    public SquareRoot squareRoot(Quotient<BigInteger> q) {
        if (q.isZERO()) {
            return new SquareRoot(field.getZERO(), field.getONE());
        }
        GenPolynomial<BigInteger>[] n = squareSplit(q.num);
        GenPolynomial<BigInteger>[] d = squareSplit(q.den);
        return new SquareRoot(field.create(n[0], d[0]), field.create(n[1], d[1]));
    }

    /** {root, rest} with p = root² · rest. */
    @SuppressWarnings("unchecked")
    private GenPolynomial<BigInteger>[] squareSplit(GenPolynomial<BigInteger> p) {
        edu.jas.ufd.SquarefreeAbstract<BigInteger> sqf = edu.jas.ufd.SquarefreeFactory.getImplementation(BigInteger.ZERO);
        java.math.BigInteger constant = content(p);
        GenPolynomial<BigInteger> primitive = p.divide(new BigInteger(constant));
        GenPolynomial<BigInteger> root = ring.getONE();
        GenPolynomial<BigInteger> rest = ring.getONE();
        for (Map.Entry<GenPolynomial<BigInteger>, Long> f : sqf.squarefreeFactors(primitive).entrySet()) {
            GenPolynomial<BigInteger> base = f.getKey();
            long e = f.getValue();
            if (base.isConstant()) {
                constant = constant.multiply(base.leadingBaseCoefficient().getVal().pow((int) e));
                continue;
            }
            for (long i = 0; i < e / 2; i++) {
                root = root.multiply(base);
            }
            if (e % 2 == 1) {
                rest = rest.multiply(base);
            }
        }
        java.math.BigInteger[] split = squarePart(constant.abs());
        java.math.BigInteger restConstant = constant.signum() < 0 ? split[1].negate() : split[1];
        return new GenPolynomial[] {root.multiply(new BigInteger(split[0])), rest.multiply(new BigInteger(restConstant))};
    }

    /** {s, r} with k = s² r, the square factors below 10^4 taken out. */
    private static java.math.BigInteger[] squarePart(java.math.BigInteger k) {
        java.math.BigInteger s = java.math.BigInteger.ONE;
        java.math.BigInteger r = k;
        for (long f = 2; f < 10_000 && java.math.BigInteger.valueOf(f * f).compareTo(r) <= 0; f++) {
            java.math.BigInteger ff = java.math.BigInteger.valueOf(f * f);
            while (r.mod(ff).signum() == 0) {
                r = r.divide(ff);
                s = s.multiply(java.math.BigInteger.valueOf(f));
            }
        }
        return new java.math.BigInteger[] {s, r};
    }

    // ------------------------------------------------------------------ calculus

    /** ∂q/∂s, by the quotient rule, with the chain rule through the atoms that depend on s. */
    public Quotient<BigInteger> derivative(Quotient<BigInteger> q, ISymbol s) {
        if (!differentiable.contains(s) && !index.containsKey(s)) {
            return field.getZERO();
        }
        Quotient<BigInteger> dn = derivative(q.num, s);
        Quotient<BigInteger> dd = derivative(q.den, s);
        if (dn.isZERO() && dd.isZERO()) {
            return field.getZERO();
        }
        Quotient<BigInteger> n = field.create(q.num);
        Quotient<BigInteger> d = field.create(q.den);
        return dn.multiply(d).subtract(n.multiply(dd)).divide(d.multiply(d));
    }

    private Quotient<BigInteger> derivative(GenPolynomial<BigInteger> p, ISymbol s) {
        Quotient<BigInteger> out = field.getZERO();
        Integer k = index.get(s);
        if (k != null) {
            out = out.sum(field.create(partial(p, k)));
        }
        for (Map.Entry<Integer, Map<ISymbol, Quotient<BigInteger>>> a : atomDerivatives.entrySet()) {
            Quotient<BigInteger> da = a.getValue().get(s);
            if (da != null) {
                GenPolynomial<BigInteger> pa = partial(p, a.getKey());
                if (!pa.isZERO()) {
                    out = out.sum(field.create(pa).multiply(da));
                }
            }
        }
        return out;
    }

    /** ∂p/∂v_k for the generator k. */
    private GenPolynomial<BigInteger> partial(GenPolynomial<BigInteger> p, int k) {
        int pos = position[k];
        GenPolynomial<BigInteger> out = ring.getZERO().copy();
        for (Map.Entry<ExpVector, BigInteger> t : p.getMap().entrySet()) {
            long e = t.getKey().getVal(pos);
            if (e > 0) {
                out.doPutToMap(t.getKey().subst(pos, e - 1), t.getValue().multiply(new BigInteger(e)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ExactField

    @Override
    public Quotient<BigInteger> zero() {
        return field.getZERO();
    }

    @Override
    public Quotient<BigInteger> one() {
        return field.getONE();
    }

    @Override
    public Quotient<BigInteger> fromInteger(long k) {
        return field.fromInteger(k);
    }

    @Override
    public Quotient<BigInteger> add(Quotient<BigInteger> a, Quotient<BigInteger> b) {
        return a.sum(b);
    }

    @Override
    public Quotient<BigInteger> subtract(Quotient<BigInteger> a, Quotient<BigInteger> b) {
        return a.subtract(b);
    }

    @Override
    public Quotient<BigInteger> multiply(Quotient<BigInteger> a, Quotient<BigInteger> b) {
        return a.multiply(b);
    }

    @Override
    public Quotient<BigInteger> divide(Quotient<BigInteger> a, Quotient<BigInteger> b) {
        if (b.isZERO()) {
            throw new ArithmeticException("division by zero");
        }
        return a.divide(b);
    }

    @Override
    public Quotient<BigInteger> negate(Quotient<BigInteger> a) {
        return a.negate();
    }

    /**
     * True when a is zero, the relations between the atoms taken into account: those of constant radicals
     * (sqrt(2)^2 = 2) and those of roots of symbols (sqrt(s)^2 = s, (s^(1/3))^3 = s), which JAS does not know. A
     * fraction is zero when its numerator is, and Symja's evaluation of the numerator applies the relations: with a
     * root of a symbol among the atoms, an element such as s - sqrt(s)^2 (the average of a centred cell problem's right
     * side with σ1 = sqrt(s)) is a non-zero polynomial to JAS and zero as a number.
     */
    @Override
    public boolean isZero(Quotient<BigInteger> a) {
        if (a.isZERO()) {
            return true;
        }
        if (!constantAtoms && !radicalAtoms) {
            return false;
        }
        return eval(nested, polynomial(a.num)).isZero();
    }
}

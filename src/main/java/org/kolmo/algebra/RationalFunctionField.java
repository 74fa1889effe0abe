package org.kolmo.algebra;

import java.math.BigInteger;
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

import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.GenPolynomialRing;
import edu.jas.ufd.Quotient;
import edu.jas.ufd.QuotientRing;

/**
 * Exact rational functions over Q in a model's symbols (parameters, slow variables, functionals), with JAS doing the
 * arithmetic: every sum, product and quotient is kept as one fraction in lowest terms, by polynomial GCDs. Symja's
 * own Together is far too slow for the intermediate expressions of homogenization (seconds for a dozen terms), JAS
 * takes milliseconds.
 *
 * <p>Subexpressions that are not rational in the symbols (√2, √X, sin X, π) are <em>atoms</em>: extra generators
 * treated as independent symbols. Their derivatives with respect to the symbols are taken by Symja and expressed in
 * the field again, so the set of atoms is closed under differentiation when the field is made (sin brings cos, √X
 * brings 1/√X = (√X)⁻¹). Relations between atoms (√2² = 2) are not known to the field; they are applied when a result
 * is turned back into an expression ({@link #toExpr}), where Symja's evaluation reduces them, so results compared
 * through {@link #normal} are compared in their reduced form.
 */
public final class RationalFunctionField implements ExactField<Quotient<BigRational>> {
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
    private final GenPolynomialRing<BigRational> ring;
    private final QuotientRing<BigRational> field;
    private final int[] position;
    private final List<GenPolynomial<BigRational>> generatorPolynomials = new ArrayList<>();
    private final Map<Integer, Map<ISymbol, Quotient<BigRational>>> atomDerivatives = new HashMap<>();
    private final Set<ISymbol> differentiable;

    private RationalFunctionField(List<ISymbol> symbols, List<IExpr> atoms, Set<ISymbol> outside,
            Set<ISymbol> differentiable) {
        this.symbols = List.copyOf(symbols);
        this.atoms = List.copyOf(atoms);
        this.outside = Set.copyOf(outside);
        this.differentiable = Set.copyOf(differentiable);
        int n = symbols.size() + atoms.size();
        String[] names = new String[Math.max(n, 1)];
        for (int i = 0; i < names.length; i++) {
            names[i] = "v" + i;
        }
        this.ring = new GenPolynomialRing<>(BigRational.ZERO, names);
        this.field = new QuotientRing<>(ring);
        this.position = new int[n];
        for (int k = 0; k < n; k++) {
            GenPolynomial<BigRational> v = ring.univariate(names[k]);
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
            Map<ISymbol, Quotient<BigRational>> d = new HashMap<>();
            for (ISymbol s : differentiable) {
                IExpr atom = atoms.get(a);
                if (!atom.isFree(s)) {
                    d.put(s, fromExpr(CasSession.get().evaluate(F.D(atom, s))));
                }
            }
            atomDerivatives.put(symbols.size() + a, d);
        }
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
        Set<ISymbol> known = new LinkedHashSet<>(symbols);
        Set<ISymbol> skip = new LinkedHashSet<>(outside);
        Set<IExpr> atoms = new LinkedHashSet<>();
        for (IExpr e : inputs) {
            scan(e, known, skip, atoms);
        }
        List<IExpr> pending = new ArrayList<>(atoms);
        for (int round = 0; round < CLOSURE_ROUNDS && !pending.isEmpty(); round++) {
            Set<IExpr> found = new LinkedHashSet<>();
            for (IExpr atom : pending) {
                for (ISymbol s : differentiable) {
                    if (!atom.isFree(s)) {
                        scan(CasSession.get().evaluate(F.D(atom, s)), known, skip, found);
                    }
                }
            }
            found.removeAll(atoms);
            atoms.addAll(found);
            pending = new ArrayList<>(found);
        }
        RationalFunctionField f = new RationalFunctionField(new ArrayList<>(known), new ArrayList<>(atoms), skip,
                new LinkedHashSet<>(differentiable));
        return f;
    }

    /** A field over the symbols alone, for expressions rational in them. */
    public static RationalFunctionField of(List<ISymbol> symbols) {
        return of(symbols, List.of(), List.of(), symbols);
    }

    private static void scan(IExpr e, Set<ISymbol> known, Set<ISymbol> skip, Set<IExpr> atoms) {
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
                scan(x, known, skip, atoms);
            }
        } else if (e.isPower() && e.exponent().isInteger()) {
            scan(e.base(), known, skip, atoms);
        } else if (e.isPower() && e.exponent() instanceof IRational r) {
            atoms.add(root(e.base(), r));
        } else {
            atoms.add(e);
        }
    }

    /** base^(1/q) for the exponent p/q. */
    private static IExpr root(IExpr base, IRational exponent) {
        BigInteger q = exponent.toBigDenominator();
        return CasSession.get().evaluate(F.Power(base, F.fraction(BigInteger.ONE, q)));
    }

    public List<ISymbol> symbols() {
        return symbols;
    }

    public List<IExpr> atoms() {
        return atoms;
    }

    // ------------------------------------------------------------------ conversion

    /** The element for e. */
    public Quotient<BigRational> fromExpr(IExpr e) {
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
            Quotient<BigRational> s = field.getZERO();
            for (IExpr x : (IAST) e) {
                s = s.sum(fromExpr(x));
            }
            return s;
        }
        if (e.isTimes()) {
            Quotient<BigRational> p = field.getONE();
            for (IExpr x : (IAST) e) {
                p = p.multiply(fromExpr(x));
            }
            return p;
        }
        if (e.isPower() && e.exponent().isInteger()) {
            return power(fromExpr(e.base()), e.exponent().toIntDefault());
        }
        if (e.isPower() && e.exponent() instanceof IRational r) {
            Integer a = index.get(root(e.base(), r));
            if (a != null) {
                return power(field.create(generatorPolynomials.get(a)), r.toBigNumerator().intValueExact());
            }
        }
        throw new NotRational(e);
    }

    private Quotient<BigRational> constant(BigInteger num, BigInteger den) {
        BigRational c = new BigRational(new edu.jas.arith.BigInteger(num), new edu.jas.arith.BigInteger(den));
        return field.create(ring.getONE().multiply(c));
    }

    private Quotient<BigRational> power(Quotient<BigRational> base, int n) {
        if (n == Integer.MIN_VALUE) {
            throw new ArithmeticException("exponent out of range");
        }
        if (n < 0) {
            return power(base, -n).inverse();
        }
        Quotient<BigRational> result = field.getONE();
        Quotient<BigRational> b = base;
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
     * c·N/D with N and D expanded polynomials with coprime integer coefficients, D with a positive leading coefficient,
     * and c rational.
     */
    public IExpr toExpr(Quotient<BigRational> q) {
        if (q.isZERO()) {
            return F.C0;
        }
        GenPolynomial<BigRational> num = q.num;
        GenPolynomial<BigRational> den = q.den;
        BigRational scale = primitiveScale(den);
        den = den.multiply(scale);
        num = num.multiply(scale);
        if (den.leadingBaseCoefficient().signum() < 0) {
            den = den.negate();
            num = num.negate();
        }
        CasSession cas = CasSession.get();
        if (den.isONE()) {
            return cas.evaluate(polynomial(num));
        }
        BigRational contentScale = primitiveScale(num);
        GenPolynomial<BigRational> primitive = num.multiply(contentScale);
        if (primitive.leadingBaseCoefficient().signum() < 0) {
            primitive = primitive.negate();
            contentScale = contentScale.negate();
        }
        BigRational c = contentScale.inverse();
        IExpr result = F.Times(rational(c), polynomial(primitive), F.Power(polynomial(den), F.CN1));
        return cas.evaluate(result);
    }

    /** The factor s making s·p primitive with integer coefficients. */
    private static BigRational primitiveScale(GenPolynomial<BigRational> p) {
        BigInteger lcm = BigInteger.ONE;
        BigInteger gcd = BigInteger.ZERO;
        for (BigRational c : p.getMap().values()) {
            BigInteger d = c.denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        for (BigRational c : p.getMap().values()) {
            gcd = gcd.gcd(c.numerator().multiply(lcm.divide(c.denominator())));
        }
        if (gcd.signum() == 0) {
            return BigRational.ONE;
        }
        return new BigRational(new edu.jas.arith.BigInteger(lcm), new edu.jas.arith.BigInteger(gcd));
    }

    private static IExpr rational(BigRational c) {
        return F.fraction(c.numerator(), c.denominator());
    }

    private IExpr polynomial(GenPolynomial<BigRational> p) {
        List<IExpr> terms = new ArrayList<>();
        for (Map.Entry<ExpVector, BigRational> t : p.getMap().entrySet()) {
            List<IExpr> factors = new ArrayList<>();
            factors.add(rational(t.getValue()));
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
        IExpr difference = CasSession.get().evaluate(F.Subtract(normal(a), normal(b)));
        return fromExpr(difference).isZERO();
    }

    // ------------------------------------------------------------------ calculus

    /** ∂q/∂s, by the quotient rule, with the chain rule through the atoms that depend on s. */
    public Quotient<BigRational> derivative(Quotient<BigRational> q, ISymbol s) {
        if (!differentiable.contains(s) && !index.containsKey(s)) {
            return field.getZERO();
        }
        Quotient<BigRational> dn = derivative(q.num, s);
        Quotient<BigRational> dd = derivative(q.den, s);
        if (dn.isZERO() && dd.isZERO()) {
            return field.getZERO();
        }
        Quotient<BigRational> n = field.create(q.num);
        Quotient<BigRational> d = field.create(q.den);
        return dn.multiply(d).subtract(n.multiply(dd)).divide(d.multiply(d));
    }

    private Quotient<BigRational> derivative(GenPolynomial<BigRational> p, ISymbol s) {
        Quotient<BigRational> out = field.getZERO();
        Integer k = index.get(s);
        if (k != null) {
            out = out.sum(field.create(partial(p, k)));
        }
        for (Map.Entry<Integer, Map<ISymbol, Quotient<BigRational>>> a : atomDerivatives.entrySet()) {
            Quotient<BigRational> da = a.getValue().get(s);
            if (da != null) {
                GenPolynomial<BigRational> pa = partial(p, a.getKey());
                if (!pa.isZERO()) {
                    out = out.sum(field.create(pa).multiply(da));
                }
            }
        }
        return out;
    }

    /** ∂p/∂v_k for the generator k. */
    private GenPolynomial<BigRational> partial(GenPolynomial<BigRational> p, int k) {
        int pos = position[k];
        GenPolynomial<BigRational> out = ring.getZERO().copy();
        for (Map.Entry<ExpVector, BigRational> t : p.getMap().entrySet()) {
            long e = t.getKey().getVal(pos);
            if (e > 0) {
                out.doPutToMap(t.getKey().subst(pos, e - 1), t.getValue().multiply(new BigRational(e)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ExactField

    @Override
    public Quotient<BigRational> zero() {
        return field.getZERO();
    }

    @Override
    public Quotient<BigRational> one() {
        return field.getONE();
    }

    @Override
    public Quotient<BigRational> fromInteger(long k) {
        return field.fromInteger(k);
    }

    @Override
    public Quotient<BigRational> add(Quotient<BigRational> a, Quotient<BigRational> b) {
        return a.sum(b);
    }

    @Override
    public Quotient<BigRational> subtract(Quotient<BigRational> a, Quotient<BigRational> b) {
        return a.subtract(b);
    }

    @Override
    public Quotient<BigRational> multiply(Quotient<BigRational> a, Quotient<BigRational> b) {
        return a.multiply(b);
    }

    @Override
    public Quotient<BigRational> divide(Quotient<BigRational> a, Quotient<BigRational> b) {
        if (b.isZERO()) {
            throw new ArithmeticException("division by zero");
        }
        return a.divide(b);
    }

    @Override
    public Quotient<BigRational> negate(Quotient<BigRational> a) {
        return a.negate();
    }

    @Override
    public boolean isZero(Quotient<BigRational> a) {
        return a.isZERO();
    }
}

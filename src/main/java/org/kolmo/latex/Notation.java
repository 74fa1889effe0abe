package org.kolmo.latex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kolmo.cas.BySlots;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IReal;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The naming and ordering context of the printers: which symbols are parameters and which are variables, in which
 * order they were declared, and how each name is shown.
 *
 * <p><b>Names.</b> Symja keeps symbol names in lower case, so {@code Y1} and {@code y1} become the same symbol; a
 * notation built from a model remembers the names as they were declared and gives them back ({@link #name}). Symbols
 * the notation does not know are shown under their Symja name without the user prefix.
 *
 * <p><b>Factor order</b> ({@link #factorOrder()}): numbers, then constants such as √2 or π, then parameters in
 * declaration order, then symbols the notation does not know (alphabetically), then variables in declaration order,
 * then everything else (sums, functions, powers with symbolic exponents) in Symja's order. A power x^n sorts with its
 * base x.
 *
 * <p><b>Term order</b> ({@link #termOrder()}): terms containing variables first, ordered lexicographically by their
 * exponents of the variables in declaration order (a higher power of an earlier variable first, so x² + 2xy + y²);
 * then terms with only parameters and numbers, ordered the same way over the parameters; numbers last.
 *
 * <p>A symbol the notation does not know counts as a parameter when variables are declared, and as a variable
 * (ordered alphabetically after the declared ones) when none is, so {@link #DEFAULT} still orders polynomials
 * sensibly.
 *
 * <p>Instances are immutable; {@link #withLatex} returns a new one.
 */
public final class Notation {
    /** A notation that knows no names: every symbol sorts alphabetically and is shown under its Symja name. */
    public static final Notation DEFAULT = new Notation(List.of(), List.of(), List.of(), List.of(), Map.of());

    private static final int GROUP_NUMBER = 0;
    private static final int GROUP_CONSTANT = 1;
    private static final int GROUP_PARAMETER = 2;
    private static final int GROUP_UNKNOWN = 3;
    private static final int GROUP_VARIABLE = 4;
    private static final int GROUP_OTHER = 5;

    private final List<String> parameters;
    private final List<String> variables;
    private final List<String> noises;
    /** Names of a derivation's own symbols (moments, unknowns), ordered as variables after the declared ones. */
    private final List<String> internals;
    private final Map<String, String> latexOverrides;
    /** Symja symbol name → the name as declared (restores the case Symja dropped). */
    private final Map<String, String> declaredNames = new HashMap<>();
    private final Map<String, Integer> parameterIndex = new HashMap<>();
    private final Map<String, Integer> variableIndex = new HashMap<>();
    /** Parameters, variables and the derivation's own symbols in slot order ({@link BySlots}). */
    private final List<IExpr> slotOrder;

    private Notation(List<String> parameters, List<String> variables, List<String> noises, List<String> internals,
            Map<String, String> latexOverrides) {
        this.parameters = List.copyOf(parameters);
        this.variables = List.copyOf(variables);
        this.noises = List.copyOf(noises);
        this.internals = List.copyOf(internals);
        this.latexOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(latexOverrides));
        for (int i = 0; i < this.parameters.size(); i++) {
            String key = Symbols.user(this.parameters.get(i)).getSymbolName();
            parameterIndex.putIfAbsent(key, i);
            declaredNames.putIfAbsent(key, this.parameters.get(i));
        }
        for (int i = 0; i < this.variables.size(); i++) {
            String key = Symbols.user(this.variables.get(i)).getSymbolName();
            variableIndex.putIfAbsent(key, i);
            declaredNames.putIfAbsent(key, this.variables.get(i));
        }
        for (String n : this.noises) {
            declaredNames.putIfAbsent(Symbols.user(n).getSymbolName(), n);
        }
        for (int i = 0; i < this.internals.size(); i++) {
            variableIndex.putIfAbsent(Symbols.internal(this.internals.get(i)).getSymbolName(),
                    this.variables.size() + i);
        }
        List<IExpr> order = new ArrayList<>();
        this.parameters.forEach(n -> order.add(Symbols.user(n)));
        this.variables.forEach(n -> order.add(Symbols.user(n)));
        this.internals.forEach(n -> order.add(Symbols.internal(n)));
        this.slotOrder = List.copyOf(order);
    }

    /** The notation of a model: its parameters, variables and noises in declaration order. */
    public static Notation of(Sde sde) {
        return new Notation(sde.parameters().stream().map(Parameter::name).toList(),
                sde.variables().stream().map(Variable::name).toList(), sde.noises(), List.of(), Map.of());
    }

    /** A notation from plain lists of parameter names and variable names, each in declaration order. */
    public static Notation of(List<String> parameterNames, List<String> variableNames) {
        return new Notation(parameterNames, variableNames, List.of(), List.of(), Map.of());
    }

    /** As {@link #of(List, List)}, also naming the noises (used for the dW terms of an SDE). */
    public static Notation of(List<String> parameterNames, List<String> variableNames, List<String> noiseNames) {
        return new Notation(parameterNames, variableNames, noiseNames, List.of(), Map.of());
    }

    /**
     * The same notation, also ordering the derivation's own symbols named {@code names} (moments such as
     * {@code m_x}, the manifold's unknowns, made by {@link Symbols#internal}) as variables after the declared ones.
     */
    public Notation withInternal(List<String> names) {
        List<String> all = new ArrayList<>(internals);
        all.addAll(names);
        return new Notation(parameters, variables, noises, all.stream().distinct().toList(), latexOverrides);
    }

    /**
     * The same notation, showing the user name {@code name} as the LaTeX {@code latex} instead of the form
     * {@link LatexNames#of(String)} would derive.
     */
    public Notation withLatex(String name, String latex) {
        Map<String, String> m = new LinkedHashMap<>(latexOverrides);
        m.put(Objects.requireNonNull(name), Objects.requireNonNull(latex));
        return new Notation(parameters, variables, noises, internals, m);
    }

    public List<String> parameters() {
        return parameters;
    }

    public List<String> variables() {
        return variables;
    }

    public List<String> noises() {
        return noises;
    }

    /** True when this notation was built from nothing (same content as {@link #DEFAULT}). */
    public boolean isEmpty() {
        return parameters.isEmpty() && variables.isEmpty() && noises.isEmpty() && internals.isEmpty()
                && latexOverrides.isEmpty();
    }

    /**
     * The name of a symbol as the user wrote it: the declared spelling if known, else Symja's name without prefix. A
     * derivation's own symbol (the manifold's {@code a}, {@code xi}) whose name the model also declares is marked
     * {@value #INTERNAL_MARK} ({@code a~}), so that the two never print alike.
     */
    public String name(ISymbol s) {
        String declared = declaredNames.get(s.getSymbolName());
        if (declared != null) {
            return declared;
        }
        String shown = Symbols.displayName(s);
        if (Symbols.isInternal(s) && declaredNames.containsKey(Symbols.user(shown).getSymbolName())) {
            return shown + INTERNAL_MARK;
        }
        return shown;
    }

    /** The mark of a derivation's symbol that shares its name with a declared one (see {@link #name}). */
    public static final String INTERNAL_MARK = "~";

    /**
     * The LaTeX of a user's name (an override from {@link #withLatex}, else {@link LatexNames#of(String)}); a name
     * marked {@value #INTERNAL_MARK} is shown with a tilde accent.
     */
    public String latexName(String name) {
        if (name.endsWith(INTERNAL_MARK)) {
            return "\\tilde{" + latexName(name.substring(0, name.length() - INTERNAL_MARK.length())) + "}";
        }
        String o = latexOverrides.get(name);
        return o != null ? o : LatexNames.of(name);
    }

    /** True when {@code e} is a declared parameter. */
    public boolean isParameter(IExpr e) {
        return e instanceof ISymbol s && parameterIndex.containsKey(s.getSymbolName());
    }

    /** True when {@code e} is a declared variable. */
    public boolean isVariable(IExpr e) {
        return e instanceof ISymbol s && variableIndex.containsKey(s.getSymbolName());
    }

    /** True for a symbol that stands for a value the user named or left undeclared (not a Symja constant). */
    private static boolean isFreeSymbol(IExpr e) {
        return e instanceof ISymbol s && !s.isBuiltInSymbol();
    }

    /** True when {@code e} is a declared variable, or an unknown symbol that this notation treats as one. */
    private boolean actsAsVariable(IExpr e) {
        if (!isFreeSymbol(e) || isParameter(e)) {
            return false;
        }
        return isVariable(e) || variableIndex.isEmpty();
    }

    private boolean actsAsParameter(IExpr e) {
        return isFreeSymbol(e) && !actsAsVariable(e);
    }

    /** Key of a symbol within its kind: declared index first, then undeclared names alphabetically. */
    private record Slot(int index, String name) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int c = Integer.compare(index, o.index);
            return c != 0 ? c : name.compareTo(o.name);
        }
    }

    private Slot slot(ISymbol s) {
        String key = s.getSymbolName();
        Integer i = variableIndex.get(key);
        if (i == null) {
            i = parameterIndex.get(key);
        }
        return new Slot(i == null ? Integer.MAX_VALUE : i, name(s));
    }

    // ------------------------------------------------------------------ factors

    private record FactorKey(int group, Slot slot) {
    }

    private FactorKey factorKey(IExpr f) {
        if (f.isNumber()) {
            return new FactorKey(GROUP_NUMBER, null);
        }
        IExpr base = f;
        if (f.isPower() && !f.base().isE() && !containsVariable(f.exponent())) {
            base = f.base();
        }
        if (base instanceof ISymbol s) {
            if (!isFreeSymbol(s)) {
                return new FactorKey(GROUP_CONSTANT, null);
            }
            if (isParameter(s)) {
                return new FactorKey(GROUP_PARAMETER, slot(s));
            }
            if (isVariable(s)) {
                return new FactorKey(GROUP_VARIABLE, slot(s));
            }
            return new FactorKey(variableIndex.isEmpty() ? GROUP_VARIABLE : GROUP_UNKNOWN, slot(s));
        }
        if (f.isFree(Notation::isFreeSymbol, false)) {
            // √2, π², 3^(1/3): numbers in all but name, so they stay next to the coefficient
            return new FactorKey(GROUP_CONSTANT, null);
        }
        return new FactorKey(GROUP_OTHER, null);
    }

    /** The order of the factors of a product (see the class comment). */
    public Comparator<IExpr> factorOrder() {
        return (a, b) -> {
            FactorKey ka = factorKey(a);
            FactorKey kb = factorKey(b);
            int c = Integer.compare(ka.group, kb.group);
            if (c != 0) {
                return c;
            }
            if (ka.slot != null && kb.slot != null) {
                c = ka.slot.compareTo(kb.slot);
                if (c != 0) {
                    return c;
                }
            }
            // Symja's own order compares symbol names; compared with the declared symbols as their slots instead,
            // the order does not depend on what the user called them
            c = slottedCompare(a, b);
            return c != 0 ? c : a.compareTo(b);
        };
    }

    // ------------------------------------------------------------------ name independence

    /** Symja's order of a and b on slots; 0 (undecided) when neither holds a declared symbol. */
    private int slottedCompare(IExpr a, IExpr b) {
        if (a.isFree(slotOrder::contains, false) && b.isFree(slotOrder::contains, false)) {
            return 0;
        }
        return slotted(a).compareTo(slotted(b));
    }

    /** Slotted forms already computed (sorting compares each factor many times). */
    private final Map<IExpr, IExpr> slottedCache = Collections.synchronizedMap(new HashMap<>());

    /** {@code e} on slots and evaluated, so that sums are in Symja's order of the slots, not of the names. */
    private IExpr slotted(IExpr e) {
        if (slottedCache.size() > 20_000) {
            slottedCache.clear();
        }
        return slottedCache.computeIfAbsent(e, x -> org.kolmo.cas.CasSession.get()
                .evaluate(BySlots.slotted(x, slotOrder)));
    }

    /**
     * {@code operation} (Factor, Together, ...) applied to {@code e} with the declared symbols replaced by their slots
     * and put back afterwards: Symja orders variables by name, so that the form it returns (which factor carries the
     * sign, which denominator is split) would otherwise depend on the names.
     */
    public IExpr nameIndependent(IExpr e, java.util.function.UnaryOperator<IExpr> operation) {
        return BySlots.apply(e, slotOrder, operation);
    }

    /**
     * {@code e} as one fraction for display, the numerator expanded over the denominator factored into irreducibles
     * ({@link #nameIndependent}): a form that depends on the value only, not on the path that computed it.
     */
    public IExpr fraction(IExpr e) {
        org.kolmo.cas.CasSession cas = org.kolmo.cas.CasSession.get();
        return nameIndependent(e, x -> {
            IExpr t = org.kolmo.algebra.ExactTogether.evaluate(x);
            IExpr den = cas.evaluate(F.Factor(F.Denominator(t)));
            IExpr num = cas.evaluate(F.Expand(F.Numerator(t)));
            return den.isOne() ? num : cas.evaluate(F.Times(num, F.Power(den, F.CN1)));
        });
    }

    /** The factors of {@code e} (its arguments if it is a product, else {@code e} alone) in {@link #factorOrder()}. */
    public List<IExpr> factors(IExpr e) {
        List<IExpr> out = new ArrayList<>();
        collectFactors(e, out);
        out.sort(factorOrder());
        return out;
    }

    private static void collectFactors(IExpr e, List<IExpr> out) {
        if (e.isTimes()) {
            for (IExpr a : (IAST) e) {
                collectFactors(a, out);
            }
        } else {
            out.add(e);
        }
    }

    // ------------------------------------------------------------------ terms

    private boolean containsVariable(IExpr e) {
        return !e.isFree(this::actsAsVariable, false);
    }

    /** What the term order looks at in one term. */
    private static final class TermKey {
        final TreeMap<Slot, Double> variableExponents = new TreeMap<>();
        final TreeMap<Slot, Double> parameterExponents = new TreeMap<>();
        /** The term contains a variable other than as a power with a numeric exponent (sin x, e^x, (x+y)²). */
        boolean nonPolynomial;

        boolean involvesVariables() {
            return nonPolynomial || !variableExponents.isEmpty();
        }
    }

    private TermKey termKey(IExpr term) {
        TermKey k = new TermKey();
        List<IExpr> fs = new ArrayList<>();
        collectFactors(term, fs);
        for (IExpr f : fs) {
            if (f.isNumber()) {
                continue;
            }
            IExpr base = f;
            double exponent = 1;
            if (f.isPower() && f.exponent() instanceof IReal r && f.base() instanceof ISymbol) {
                base = f.base();
                exponent = r.doubleValue();
            }
            if (base instanceof ISymbol s) {
                if (actsAsVariable(s)) {
                    k.variableExponents.merge(slot(s), exponent, Double::sum);
                } else if (actsAsParameter(s)) {
                    k.parameterExponents.merge(slot(s), exponent, Double::sum);
                }
            } else if (containsVariable(f)) {
                k.nonPolynomial = true;
            }
        }
        k.variableExponents.values().removeIf(v -> v == 0);
        k.parameterExponents.values().removeIf(v -> v == 0);
        return k;
    }

    /** Lexicographic, higher exponent of the earlier symbol first. */
    private static int lexDescending(TreeMap<Slot, Double> a, TreeMap<Slot, Double> b) {
        TreeSet<Slot> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (Slot s : keys) {
            double ea = a.getOrDefault(s, 0.0);
            double eb = b.getOrDefault(s, 0.0);
            if (ea != eb) {
                return ea > eb ? -1 : 1;
            }
        }
        return 0;
    }

    /** The order of the terms of a sum (see the class comment). */
    public Comparator<IExpr> termOrder() {
        return (a, b) -> {
            TermKey ka = termKey(a);
            TermKey kb = termKey(b);
            int c = Boolean.compare(kb.involvesVariables(), ka.involvesVariables());
            if (c != 0) {
                return c;
            }
            c = lexDescending(ka.variableExponents, kb.variableExponents);
            if (c != 0) {
                return c;
            }
            c = Boolean.compare(ka.nonPolynomial, kb.nonPolynomial);
            if (c != 0) {
                return c;
            }
            c = lexDescending(ka.parameterExponents, kb.parameterExponents);
            if (c != 0) {
                return c;
            }
            // the sign must not decide: a sum and its negation list their terms alike
            c = slottedCompare(Quotient.abs(a), Quotient.abs(b));
            return c != 0 ? c : Quotient.abs(a).compareTo(Quotient.abs(b));
        };
    }

    /** The terms of {@code e} (its arguments if it is a sum, else {@code e} alone) in {@link #termOrder()}. */
    public List<IExpr> terms(IExpr e) {
        List<IExpr> out = new ArrayList<>();
        if (e.isPlus()) {
            for (IExpr a : (IAST) e) {
                out.add(a);
            }
        } else {
            out.add(e);
        }
        out.sort(termOrder());
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notation n && parameters.equals(n.parameters) && variables.equals(n.variables)
                && noises.equals(n.noises) && internals.equals(n.internals) && latexOverrides.equals(n.latexOverrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, variables, noises, internals, latexOverrides);
    }

    @Override
    public String toString() {
        return "Notation[parameters=" + parameters + ", variables=" + variables + ", noises=" + noises + "]";
    }
}

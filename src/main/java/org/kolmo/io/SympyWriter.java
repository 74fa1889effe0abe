package org.kolmo.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IComplexNum;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INum;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Expressions as text that SymPy reads back: {@code sympy.parse_expr(text, local_dict=symbols)} with the symbols table
 * this writer fills ({@link #symbols()}). Every user or derivation symbol becomes a Python identifier of its own (a
 * name that is a Python keyword, such as {@code lambda}, or holds other characters, gets a suffix), so that no name
 * falls back on a SymPy function: {@code beta} stays a symbol, not the beta function. Powers are {@code **}, every
 * compound argument is parenthesised, rationals are written {@code (p/q)}, which SymPy reads as exact.
 */
public final class SympyWriter {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private static final Map<ISymbol, String> FUNCTIONS = Map.ofEntries(Map.entry(S.Sqrt, "sqrt"),
            Map.entry(S.Exp, "exp"), Map.entry(S.Log, "log"), Map.entry(S.Sin, "sin"), Map.entry(S.Cos, "cos"),
            Map.entry(S.Tan, "tan"), Map.entry(S.Sinh, "sinh"), Map.entry(S.Cosh, "cosh"), Map.entry(S.Tanh, "tanh"),
            Map.entry(S.ArcTan, "atan"), Map.entry(S.ArcSin, "asin"), Map.entry(S.ArcCos, "acos"),
            Map.entry(S.Abs, "Abs"), Map.entry(S.Gamma, "gamma"), Map.entry(S.Erf, "erf"), Map.entry(S.Sign, "sign"));

    private static final Map<ISymbol, String> CONSTANTS = Map.of(S.Pi, "pi", S.E, "E", S.I, "I", S.Infinity, "oo");

    /** Identifier to the symbol it stands for, in order of first appearance, and back; shared by a document's writers. */
    private final Map<String, ISymbol> identifiers;
    private final Map<ISymbol, String> names;

    public SympyWriter() {
        this(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private SympyWriter(Map<String, ISymbol> identifiers, Map<ISymbol, String> names) {
        this.identifiers = identifiers;
        this.names = names;
    }

    /** The identifiers written so far and the symbols they stand for. */
    public Map<String, ISymbol> symbols() {
        return java.util.Collections.unmodifiableMap(identifiers);
    }

    public String write(IExpr e) {
        if (e instanceof IInteger i) {
            return i.signum() < 0 ? "(" + i + ")" : i.toString();
        }
        if (e instanceof IFraction f) {
            return "(" + f.numerator() + "/" + f.denominator() + ")";
        }
        if (e instanceof INum n) {
            return "(" + new BigDecimal(n.getRealPart()).toString() + ")";
        }
        if (e instanceof IComplexNum c) {
            return "(" + c.reDoubleValue() + " + " + c.imDoubleValue() + "*I)";
        }
        if (e.isComplex()) {
            return "(" + write(e.re()) + " + " + write(e.im()) + "*I)";
        }
        if (e instanceof ISymbol s) {
            String constant = CONSTANTS.get(s);
            return constant != null ? constant : identifier(s);
        }
        IAST ast = (IAST) e;
        if (ast.isPlus()) {
            return "(" + join(ast, " + ") + ")";
        }
        if (ast.isTimes()) {
            return "(" + join(ast, "*") + ")";
        }
        if (ast.isPower()) {
            return "(" + write(ast.base()) + ")**(" + write(ast.exponent()) + ")";
        }
        String head = ast.head() instanceof ISymbol h ? FUNCTIONS.getOrDefault(h, identifierOfFunction(h)) : null;
        if (head == null) {
            throw new IllegalArgumentException("no SymPy form for " + Symbols.readable(e));
        }
        return head + "(" + join(ast, ", ") + ")";
    }

    private String join(IAST ast, String separator) {
        List<String> parts = new ArrayList<>();
        for (IExpr arg : ast) {
            parts.add(write(arg));
        }
        return String.join(separator, parts);
    }

    /** A user function applied in a claim keeps its name, made an identifier; SymPy reads it as a Function. */
    private String identifierOfFunction(ISymbol h) {
        return Symbols.isUser(h) || Symbols.isInternal(h) ? identifier(h) : h.toString();
    }

    private String identifier(ISymbol s) {
        String known = names.get(s);
        if (known != null) {
            return known;
        }
        String base = Symbols.displayName(s).replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0)) || KEYWORDS.contains(base)) {
            base = base + "_";
        }
        String id = base;
        for (int k = 2; identifiers.containsKey(id); k++) {
            id = base + "_" + k;
        }
        identifiers.put(id, s);
        names.put(s, id);
        return id;
    }

    /** A writer that shares this one's identifiers, for another part of the same document. */
    public SympyWriter sharing() {
        return new SympyWriter(identifiers, names);
    }
}

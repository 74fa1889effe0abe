package org.kolmo.notebook;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The user's names between Kolmo and the cells. Kolmo's derivations hold a model's names as encoded symbols
 * ({@code ko$beta}, see {@link Symbols}); what a kernel function returns holds them as plain symbols of the cell's
 * global context, named as the model names them ({@link CasSession#globalSymbol}), so that a next cell can pass the
 * result to {@code D}, {@code Series}, {@code Simplify} or {@code Plot}. A name that Symja's parser would read as a
 * built-in ({@code beta} is the Beta function, also {@code E}, {@code I}, {@code D}, {@code N}, {@code gamma}) is
 * written into a cell's statements as {@code Global`beta} once a model that declares it has been loaded
 * ({@link #rewrite}), unless it is called as a function ({@code beta(2, 3)} stays Symja's Beta).
 */
final class CellSymbols {
    /** Cell symbol to the encoded symbol it stands for, to print results with Kolmo's writers. */
    private static final Map<ISymbol, ISymbol> ENCODED = new ConcurrentHashMap<>();
    /** Names of loaded models that a cell would otherwise read as a Symja built-in. */
    private static final Set<String> SHADOWED = ConcurrentHashMap.newKeySet();

    private CellSymbols() {
    }

    /** {@code e} with every encoded symbol replaced by the cell symbol of its name. */
    static IExpr toCell(IExpr e) {
        return e.replaceAll(x -> {
            if (Symbols.isUser(x) || Symbols.isInternal(x)) {
                ISymbol encoded = (ISymbol) x;
                ISymbol cell = CasSession.get().globalSymbol(Symbols.displayName(encoded));
                ENCODED.putIfAbsent(cell, encoded);
                return cell;
            }
            return org.matheclipse.core.expression.F.NIL;
        }).orElse(e);
    }

    /** {@code e} with every cell symbol a result brought in replaced by the encoded symbol, for Kolmo's printers. */
    static IExpr toEncoded(IExpr e) {
        return e.replaceAll(x -> x instanceof ISymbol s && ENCODED.containsKey(s) ? ENCODED.get(s)
                : org.matheclipse.core.expression.F.NIL).orElse(e);
    }

    /** True when {@code e} holds a symbol that a result brought in. */
    static boolean holdsResultSymbol(IExpr e) {
        return !e.isFree(x -> x instanceof ISymbol s && ENCODED.containsKey(s), true);
    }

    /** The cell symbol of a model name. */
    static ISymbol of(String name) {
        ISymbol cell = CasSession.get().globalSymbol(name);
        ENCODED.putIfAbsent(cell, Symbols.user(name));
        return cell;
    }

    /** Makes the names of a loaded model usable in cells (see {@link #rewrite}). */
    static void declare(Collection<String> names) {
        for (String n : names) {
            of(n);
            if (Context.SYSTEM.get(n.toLowerCase(Locale.ROOT)) != null) {
                SHADOWED.add(n);
            }
        }
    }

    /**
     * A statement with every declared name that Symja would read as a built-in written as {@code Global`name}:
     * outside strings and comments, as a whole identifier spelled as the model spells it, not called as a function.
     */
    static String rewrite(String statement) {
        if (SHADOWED.isEmpty()) {
            return statement;
        }
        StringBuilder out = new StringBuilder();
        int n = statement.length();
        int i = 0;
        while (i < n) {
            char c = statement.charAt(i);
            if (c == '"') { // a string, kept as written
                int j = i + 1;
                while (j < n && statement.charAt(j) != '"') {
                    j += statement.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                out.append(statement, i, j);
                i = j;
            } else if (c == '(' && i + 1 < n && statement.charAt(i + 1) == '*') { // a comment
                int j = statement.indexOf("*)", i + 2);
                j = j < 0 ? n : j + 2;
                out.append(statement, i, j);
                i = j;
            } else if (Character.isLetter(c) || c == '$') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(statement.charAt(j)) || statement.charAt(j) == '$'
                        || statement.charAt(j) == '`')) {
                    j++;
                }
                String word = statement.substring(i, j);
                int k = j;
                while (k < n && statement.charAt(k) == ' ') {
                    k++;
                }
                boolean called = k < n && (statement.charAt(k) == '(' || statement.charAt(k) == '[');
                boolean qualified = (i > 0 && statement.charAt(i - 1) == '`') || word.contains("`");
                out.append(SHADOWED.contains(word) && !called && !qualified ? "Global`" + word : word);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

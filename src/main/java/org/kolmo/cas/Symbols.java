package org.kolmo.cas;

import java.util.Set;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The mapping between the names a user writes ({@code beta}, {@code x}, {@code gamma}) and the Symja symbols that
 * stand for them.
 *
 * <p>Symja's parser silently maps lower-case names onto its built-ins ({@code beta} becomes the Beta function,
 * {@code gamma} the Gamma function), so user names never go through Symja's parser and every user symbol carries the
 * prefix {@value #PREFIX}. Symja also folds symbol names to lower case, which would merge {@code X1} and
 * {@code x1}; an upper-case letter is therefore stored as {@code $} followed by its lower-case form ({@code $} cannot
 * occur in a user name). Printers decode the name again with {@link #displayName(ISymbol)}.
 */
public final class Symbols {
    /** Prefix of every user symbol inside Symja. */
    public static final String PREFIX = "ko$";

    private static boolean initialised;

    static {
        init();
    }

    private Symbols() {
    }

    /**
     * Initialises Symja's symbol tables; every entry point that builds expressions with {@link F} calls this first
     * (the constants of {@link F} are null until then).
     */
    public static synchronized void init() {
        if (!initialised) {
            F.initSymbols();
            initialised = true;
        }
    }

    /** The Symja symbol standing for the user's name {@code name}. */
    public static ISymbol user(String name) {
        StringBuilder internal = new StringBuilder(PREFIX);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                internal.append('$').append(Character.toLowerCase(c));
            } else {
                internal.append(c);
            }
        }
        return CasSession.get().symbol(internal.toString());
    }

    /** True when {@code e} is a symbol created by {@link #user(String)}. */
    public static boolean isUser(IExpr e) {
        return e instanceof ISymbol s && s.getSymbolName().startsWith(PREFIX);
    }

    /** Adds to {@code out} every user symbol in {@code e}, heads included (a claim may apply a user function). */
    public static void collectUser(IExpr e, Set<ISymbol> out) {
        if (isUser(e)) {
            out.add((ISymbol) e);
        } else if (e instanceof IAST ast) {
            for (int i = 0; i <= ast.argSize(); i++) {
                collectUser(ast.get(i), out);
            }
        }
    }

    /** The user's name of a user symbol; Symja's printed name of any other symbol. */
    public static String displayName(ISymbol s) {
        String n = s.getSymbolName();
        if (!n.startsWith(PREFIX)) {
            return s.toString(); // a built-in: its printed name keeps Symja's capitals (Pi), getSymbolName does not

        }
        StringBuilder name = new StringBuilder();
        for (int i = PREFIX.length(); i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '$' && i + 1 < n.length()) {
                name.append(Character.toUpperCase(n.charAt(++i)));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}

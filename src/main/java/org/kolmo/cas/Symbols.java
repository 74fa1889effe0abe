package org.kolmo.cas;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *
 * <p>The unknowns a derivation introduces (the invariant manifold's a and ξ, the eigenvalue λ, moment names, time t)
 * live in a second namespace, {@value #INTERNAL_PREFIX}: a user parameter named {@code a} or {@code xi} is then a
 * different symbol from the manifold's unknown of the same printed name, however the model names things.
 */
public final class Symbols {
    /** Prefix of every user symbol inside Symja. */
    public static final String PREFIX = "ko$";
    /** Prefix of every symbol a derivation introduces; no user name maps to it. */
    public static final String INTERNAL_PREFIX = "kx$";
    // both prefixes have three characters, so decode(name.substring(PREFIX.length())) serves both
    private static final Pattern ENCODED = Pattern.compile("(?:ko|kx)\\$[a-z0-9_$]+");

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
        return CasSession.get().symbol(encode(PREFIX, name));
    }

    /**
     * A symbol a derivation introduces, printed as {@code name} but distinct from every user symbol (a user
     * parameter {@code a} and the manifold's unknown {@code a} never meet).
     */
    public static ISymbol internal(String name) {
        return CasSession.get().symbol(encode(INTERNAL_PREFIX, name));
    }

    private static String encode(String prefix, String name) {
        StringBuilder encoded = new StringBuilder(prefix);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                encoded.append('$').append(Character.toLowerCase(c));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    /** True when {@code e} is a symbol created by {@link #user(String)}. */
    public static boolean isUser(IExpr e) {
        return e instanceof ISymbol s && s.getSymbolName().startsWith(PREFIX);
    }

    /** True when {@code e} is a symbol created by {@link #internal(String)}. */
    public static boolean isInternal(IExpr e) {
        return e instanceof ISymbol s && s.getSymbolName().startsWith(INTERNAL_PREFIX);
    }

    /**
     * Text from Symja or JAS (an expression's {@code toString}, a polynomial) with every encoded symbol replaced by
     * the name it stands for, for messages.
     */
    public static String readable(String text) {
        Matcher m = ENCODED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group().substring(PREFIX.length()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@link #readable(String)} of an expression's text. */
    public static String readable(IExpr e) {
        return readable(e.toString());
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

    /** The name a user or internal symbol stands for; Symja's printed name of any other symbol. */
    public static String displayName(ISymbol s) {
        String n = s.getSymbolName();
        if (!n.startsWith(PREFIX) && !n.startsWith(INTERNAL_PREFIX)) {
            return s.toString(); // a built-in: its printed name keeps Symja's capitals (Pi), getSymbolName does not
        }
        return decode(n.substring(PREFIX.length()));
    }

    /** Undoes the upper-case encoding of {@link #encode}. */
    private static String decode(String encoded) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '$' && i + 1 < encoded.length()) {
                name.append(Character.toUpperCase(encoded.charAt(++i)));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}

package org.kolmo.cas;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The mapping between the names a user writes ({@code beta}, {@code x}, {@code gamma}) and the Symja symbols that
 * stand for them.
 *
 * <p>Symja's parser silently maps lower-case names onto its built-ins ({@code beta} becomes the Beta function,
 * {@code gamma} the Gamma function), so user names never go through Symja's parser and every user symbol carries the
 * prefix {@value #PREFIX}. Printers strip the prefix again.
 */
public final class Symbols {
    /** Prefix of every user symbol inside Symja. */
    public static final String PREFIX = "ko$";

    private Symbols() {
    }

    /** The Symja symbol standing for the user's name {@code name}. */
    public static ISymbol user(String name) {
        return F.symbol(PREFIX + name);
    }

    /** True when {@code e} is a symbol created by {@link #user(String)}. */
    public static boolean isUser(IExpr e) {
        return e instanceof ISymbol s && s.getSymbolName().startsWith(PREFIX);
    }

    /** The user's name of a user symbol; the Symja name of any other symbol. */
    public static String displayName(ISymbol s) {
        String n = s.getSymbolName();
        return n.startsWith(PREFIX) ? n.substring(PREFIX.length()) : n;
    }
}

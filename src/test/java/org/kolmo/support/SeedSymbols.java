package org.kolmo.support;

import static org.matheclipse.core.expression.F.C2;
import static org.matheclipse.core.expression.F.Plus;
import static org.matheclipse.core.expression.F.Sqr;
import static org.matheclipse.core.expression.F.Times;
import static org.matheclipse.core.expression.F.ZZ;

import java.util.List;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The user symbols of the seeds' models (003: the two-state system in x, y, z; 000: the slow-fast system in X1, X2,
 * Y1, Y2) and a few more parameters, for tests that build expressions by hand.
 */
public final class SeedSymbols {
    public static final ISymbol alpha = Symbols.user("alpha");
    public static final ISymbol beta = Symbols.user("beta");
    public static final ISymbol g = Symbols.user("g");
    public static final ISymbol eps = Symbols.user("eps");
    public static final ISymbol a = Symbols.user("a");
    public static final ISymbol b = Symbols.user("b");
    public static final ISymbol k = Symbols.user("k");
    public static final ISymbol u = Symbols.user("u");
    public static final ISymbol x = Symbols.user("x");
    public static final ISymbol y = Symbols.user("y");
    public static final ISymbol z = Symbols.user("z");
    public static final ISymbol X1 = Symbols.user("X1");
    public static final ISymbol X2 = Symbols.user("X2");
    public static final ISymbol Y1 = Symbols.user("Y1");
    public static final ISymbol Y2 = Symbols.user("Y2");

    /**
     * The coefficients of seed 003's eq. (27), unevaluated: the drifts of x and y, the drift of y with the -2 alpha z
     * of z's equation added, and the diffusions of y and z.
     */
    public static List<IExpr> twoStateCoefficients() {
        return List.of(Times(ZZ(-2), Sqr(beta), x), Times(ZZ(-2), beta, y),
                Plus(Times(ZZ(-2), Sqr(beta), y), Times(ZZ(-2), alpha, z)), Times(C2, beta, x), Times(C2, alpha, y));
    }

    private SeedSymbols() {
    }
}

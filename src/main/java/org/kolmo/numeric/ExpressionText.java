package org.kolmo.numeric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Expressions as a user reads them in messages: user symbols by the names the user wrote. */
final class ExpressionText {
    private static final Pattern USER_SYMBOL = Pattern.compile(Pattern.quote(Symbols.PREFIX) + "[A-Za-z0-9_$]+");

    private ExpressionText() {
    }

    static String of(IExpr e) {
        Matcher m = USER_SYMBOL.matcher(e.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Symbols.displayName(F.symbol(m.group()))));
        }
        m.appendTail(out);
        return out.toString();
    }
}

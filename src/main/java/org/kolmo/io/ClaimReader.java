package org.kolmo.io;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.Position;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Reads the claims and definitions of {@code kolmo check}: {@code LHS == RHS} and {@code NAME = EXPR}, in the
 * expression syntax of model files plus derivative marks after names ({@code p_zz'''}). What a name or a call means
 * is up to a {@link Scope}, so that this reader knows nothing of moments or generators; like every Kolmo reader it
 * never hands user names to Symja's parser.
 */
public final class ClaimReader {
    /** What the names and functions of a claim stand for. */
    public interface Scope {
        /**
         * The expression {@code name} stands for (the name may end with derivative marks), or null when the scope
         * does not know it.
         *
         * @throws IllegalArgumentException with a message for the user when the name is known but misused
         */
        IExpr name(String name);

        /**
         * The value of {@code function(arguments)}, or null when the scope defines no such function (the reader then
         * tries the functions of the model language, sqrt, exp, ...).
         *
         * @throws IllegalArgumentException with a message for the user when the arguments do not fit
         */
        IExpr call(String function, List<IExpr> arguments);
    }

    /** The two sides of a claim. */
    public record Sides(IExpr left, IExpr right) {
    }

    /** A definition {@code NAME = EXPR}. */
    public record Definition(String name, IExpr value) {
    }

    private final String option;
    private final String text;
    private final Scope scope;
    private final List<Diagnostic> errors = new ArrayList<>();

    private ClaimReader(String option, String text, Scope scope) {
        this.option = option;
        this.text = text;
        this.scope = scope;
    }

    /**
     * Reads {@code LHS == RHS}; errors are reported at {@code OPTION:1:COLUMN}.
     *
     * @throws ModelException listing every error of the claim
     */
    public static Sides readClaim(String option, String text, Scope scope) throws ModelException {
        ClaimReader r = new ClaimReader(option, text, scope);
        List<Token> tokens = Lexer.tokenize(text, r::error, true);
        int split = -1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(Token.Kind.EQUALS)) {
                if (tokens.get(i + 1).is(Token.Kind.EQUALS) && tokens.get(i + 1).column() == tokens.get(i).column() + 1
                        && split < 0) {
                    split = i;
                    i++;
                } else {
                    r.error(ModelErrorCode.CLAIM_WITHOUT_EQUALITY, tokens.get(i).column(),
                            split >= 0 ? "a second '='" : "a single '='");
                }
            }
        }
        if (split < 0 && r.errors.isEmpty()) {
            r.error(ModelErrorCode.CLAIM_WITHOUT_EQUALITY, 1, "no '=='");
        }
        IExpr left = null;
        IExpr right = null;
        if (r.errors.isEmpty()) {
            List<Token> lhs = new ArrayList<>(tokens.subList(0, split));
            lhs.add(new Token(Token.Kind.END, "", tokens.get(split).column()));
            left = r.expression(lhs);
            right = r.expression(new ArrayList<>(tokens.subList(split + 2, tokens.size())));
        }
        r.throwIfErrors();
        return new Sides(left, right);
    }

    /**
     * Reads a definition {@code NAME = EXPR} (the {@code --given} of {@code kolmo check}); the name is returned as
     * written, the expression resolved in {@code scope}.
     */
    public static Definition readDefinition(String option, String text, Scope scope) throws ModelException {
        ClaimReader r = new ClaimReader(option, text, scope);
        List<Token> tokens = Lexer.tokenize(text, r::error, false);
        IExpr value = null;
        String name = null;
        if (r.errors.isEmpty()) {
            if (tokens.size() < 3 || !tokens.get(0).is(Token.Kind.IDENT) || !tokens.get(1).is(Token.Kind.EQUALS)
                    || tokens.get(2).is(Token.Kind.EQUALS)) {
                Token t = tokens.get(0);
                r.error(ModelErrorCode.NOT_A_DEFINITION, t.column(), "'" + text.strip() + "'");
            } else {
                name = tokens.get(0).text();
                value = r.expression(new ArrayList<>(tokens.subList(2, tokens.size())));
            }
        }
        r.throwIfErrors();
        return new Definition(name, value);
    }

    private IExpr expression(List<Token> tokens) {
        try {
            return resolve(ExpressionParser.parseAll(tokens, 0));
        } catch (ExpressionParser.ParseError e) {
            error(e.code, e.column, e.args);
            return null;
        }
    }

    /** The node as an expression, or null after reporting an error. */
    private IExpr resolve(SyntaxNode node) {
        if (node instanceof SyntaxNode.Number n) {
            return ModelReader.exact(n.value());
        } else if (node instanceof SyntaxNode.Name n) {
            IExpr e;
            try {
                e = scope.name(n.name());
            } catch (IllegalArgumentException ex) {
                error(ModelErrorCode.BAD_ARGUMENT, n.column(), ex.getMessage());
                return null;
            }
            if (e == null && n.name().equals("Pi")) {
                return F.Pi;
            }
            if (e == null) {
                error(ModelErrorCode.UNKNOWN_SYMBOL, n.column(), n.name());
            }
            return e;
        } else if (node instanceof SyntaxNode.Negation n) {
            IExpr inner = resolve(n.operand());
            return inner == null ? null : F.Negate(inner);
        } else if (node instanceof SyntaxNode.Call c) {
            List<IExpr> args = new ArrayList<>();
            for (SyntaxNode a : c.arguments()) {
                IExpr e = resolve(a);
                if (e == null) {
                    return null;
                }
                args.add(e);
            }
            try {
                IExpr value = scope.call(c.function(), args);
                if (value != null) {
                    return value;
                }
            } catch (IllegalArgumentException e) {
                error(ModelErrorCode.BAD_ARGUMENT, c.column(), c.function() + ": " + e.getMessage());
                return null;
            }
            var f = ModelReader.function(c.function());
            if (f == null) {
                error(ModelErrorCode.UNKNOWN_FUNCTION, c.column(), c.function());
                return null;
            }
            if (args.size() != 1) {
                error(ModelErrorCode.SYNTAX, c.column(), c.function() + " takes one argument");
                return null;
            }
            return f.apply(args.get(0));
        }
        SyntaxNode.Binary b = (SyntaxNode.Binary) node;
        IExpr l = resolve(b.left());
        IExpr r = resolve(b.right());
        if (l == null || r == null) {
            return null;
        }
        return b.apply(l, r);
    }

    private void error(ModelErrorCode code, int column, Object... args) {
        errors.add(new Diagnostic(code, Position.at(option, 1, column), code.message(args), text));
    }

    private void throwIfErrors() throws ModelException {
        if (!errors.isEmpty()) {
            throw new ModelException(errors);
        }
    }
}

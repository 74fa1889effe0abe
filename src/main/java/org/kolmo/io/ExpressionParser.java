package org.kolmo.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the expression syntax of model files:
 * <pre>
 * sum     := product (('+'|'-') product)*
 * product := unary (('*'|'/') unary)*
 * unary   := ('-'|'+') unary | power
 * power   := primary ('^' unary)?          right associative; -x^2 = -(x^2)
 * primary := NUMBER | NAME "'"* | NAME '(' sum (',' sum)* ')' | '(' sum ')'
 * </pre>
 * The derivative marks {@code '} after a name (claims only: the lexer makes them tokens only there) become part of
 * the name, {@code p_zz''}.
 */
final class ExpressionParser {
    /** Thrown at the first syntax error of an expression; the reader turns it into a diagnostic. */
    static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;
        final ModelErrorCode code;
        final int column;
        final transient Object[] args;

        ParseError(ModelErrorCode code, int column, Object... args) {
            super(code.message(args));
            this.code = code;
            this.column = column;
            this.args = args;
        }
    }

    private final List<Token> tokens;
    private int pos;

    ExpressionParser(List<Token> tokens, int start) {
        this.tokens = tokens;
        this.pos = start;
    }

    /** Parses one expression that must reach the end of the token list. */
    static SyntaxNode parseAll(List<Token> tokens, int start) throws ParseError {
        ExpressionParser p = new ExpressionParser(tokens, start);
        SyntaxNode node = p.sum();
        p.expectEnd();
        return node;
    }

    Token peek() {
        return tokens.get(pos);
    }

    int position() {
        return pos;
    }

    void expectEnd() throws ParseError {
        Token t = peek();
        if (t.is(Token.Kind.RPAREN)) {
            throw new ParseError(ModelErrorCode.UNBALANCED_PARENTHESES, t.column(), "')' without a matching '('");
        }
        if (!t.is(Token.Kind.END)) {
            throw new ParseError(ModelErrorCode.SYNTAX, t.column(), "unexpected '" + t.text() + "'");
        }
    }

    SyntaxNode sum() throws ParseError {
        SyntaxNode left = product();
        while (peek().is(Token.Kind.PLUS) || peek().is(Token.Kind.MINUS)) {
            char op = tokens.get(pos++).text().charAt(0);
            SyntaxNode right = product();
            left = new SyntaxNode.Binary(op, left, right, left.column());
        }
        return left;
    }

    private SyntaxNode product() throws ParseError {
        SyntaxNode left = unary();
        while (peek().is(Token.Kind.STAR) || peek().is(Token.Kind.SLASH)) {
            char op = tokens.get(pos++).text().charAt(0);
            SyntaxNode right = unary();
            left = new SyntaxNode.Binary(op, left, right, left.column());
        }
        return left;
    }

    private SyntaxNode unary() throws ParseError {
        Token t = peek();
        if (t.is(Token.Kind.MINUS)) {
            pos++;
            return new SyntaxNode.Negation(unary(), t.column());
        }
        if (t.is(Token.Kind.PLUS)) {
            pos++;
            return unary();
        }
        return power();
    }

    private SyntaxNode power() throws ParseError {
        SyntaxNode base = primary();
        if (peek().is(Token.Kind.CARET)) {
            pos++;
            SyntaxNode exponent = unary();
            return new SyntaxNode.Binary('^', base, exponent, base.column());
        }
        return base;
    }

    private SyntaxNode primary() throws ParseError {
        Token t = tokens.get(pos);
        switch (t.kind()) {
            case NUMBER -> {
                pos++;
                return new SyntaxNode.Number(new BigDecimal(t.text()), t.column());
            }
            case IDENT -> {
                pos++;
                if (peek().is(Token.Kind.LPAREN)) {
                    Token open = tokens.get(pos++);
                    List<SyntaxNode> args = new ArrayList<>();
                    args.add(sum());
                    while (peek().is(Token.Kind.COMMA)) {
                        pos++;
                        args.add(sum());
                    }
                    close(open);
                    return new SyntaxNode.Call(t.text(), args, t.column());
                }
                StringBuilder name = new StringBuilder(t.text());
                while (peek().is(Token.Kind.PRIME)) {
                    pos++;
                    name.append('\'');
                }
                return new SyntaxNode.Name(name.toString(), t.column());
            }
            case LPAREN -> {
                pos++;
                SyntaxNode inner = sum();
                close(t);
                return inner;
            }
            case RPAREN -> throw new ParseError(ModelErrorCode.UNBALANCED_PARENTHESES, t.column(),
                    "')' without a matching '('");
            case END -> throw new ParseError(ModelErrorCode.SYNTAX, t.column(), "expression ends too early");
            default -> throw new ParseError(ModelErrorCode.SYNTAX, t.column(), "unexpected '" + t.text() + "'");
        }
    }

    private void close(Token open) throws ParseError {
        Token t = peek();
        if (t.is(Token.Kind.RPAREN)) {
            pos++;
            return;
        }
        if (t.is(Token.Kind.END)) {
            throw new ParseError(ModelErrorCode.UNBALANCED_PARENTHESES, open.column(),
                    "'(' at column " + open.column() + " is never closed");
        }
        throw new ParseError(ModelErrorCode.SYNTAX, t.column(), "expected ')' but found '" + t.text() + "'");
    }
}

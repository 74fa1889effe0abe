package org.kolmo.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into tokens. Columns are 1-based positions in the line as the user wrote it; a {@code #} outside a
 * string ends the line.
 */
final class Lexer {
    /** Reports a lexical error at a column; the lexer then skips the offending text and goes on. */
    interface ErrorSink {
        void error(ModelErrorCode code, int column, Object... args);
    }

    private Lexer() {
    }

    static List<Token> tokenize(String line, ErrorSink errors) {
        return tokenize(line, errors, false);
    }

    /**
     * Tokenizes a line; with {@code primes}, a {@code '} is a token of its own (the derivative marks of a claim,
     * {@code p_zz'''}), otherwise it is an unexpected character as everywhere in a model file.
     */
    static List<Token> tokenize(String line, ErrorSink errors, boolean primes) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            int column = i + 1;
            if (c == '#') {
                break;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.IDENT, line.substring(start, i), column));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(line.charAt(i + 1)))) {
                i = number(line, i, tokens, errors);
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    errors.error(ModelErrorCode.SYNTAX, column, "unterminated string");
                    i = n;
                } else {
                    tokens.add(new Token(Token.Kind.STRING, line.substring(i + 1, end), column));
                    i = end + 1;
                }
            } else if (c == '-' && i + 1 < n && line.charAt(i + 1) == '>') {
                // the arrow of a regime rule; anywhere else the parser reports it as unexpected
                tokens.add(new Token(Token.Kind.ARROW, "->", column));
                i += 2;
            } else {
                Token.Kind kind = switch (c) {
                    case '+' -> Token.Kind.PLUS;
                    case '-' -> Token.Kind.MINUS;
                    case '*' -> Token.Kind.STAR;
                    case '/' -> Token.Kind.SLASH;
                    case '^' -> Token.Kind.CARET;
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case ',' -> Token.Kind.COMMA;
                    case '=' -> Token.Kind.EQUALS;
                    case '\'' -> primes ? Token.Kind.PRIME : null;
                    default -> null;
                };
                if (kind == null) {
                    errors.error(ModelErrorCode.SYNTAX, column, "unexpected character '" + c + "'");
                } else {
                    tokens.add(new Token(kind, String.valueOf(c), column));
                }
                i++;
            }
        }
        tokens.add(new Token(Token.Kind.END, "", n + 1));
        return tokens;
    }

    /**
     * Reads digits [. digits] [e [+-] digits]. Anything glued to a number (a second point, a letter, a bare
     * exponent) makes the whole run malformed, reported at the number's first column.
     */
    private static int number(String line, int start, List<Token> tokens, ErrorSink errors) {
        int n = line.length();
        int i = start;
        while (i < n && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i < n && line.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(line.charAt(i))) {
                i++;
            }
        }
        boolean ok = true;
        if (i < n && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (line.charAt(j) == '+' || line.charAt(j) == '-')) {
                j++;
            }
            int digits = j;
            while (j < n && Character.isDigit(line.charAt(j))) {
                j++;
            }
            ok = j > digits;
            i = j;
        }
        if (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '.' || line.charAt(i) == '_')) {
            ok = false;
        }
        if (!ok) {
            while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '.' || line.charAt(i) == '_')) {
                i++;
            }
            errors.error(ModelErrorCode.MALFORMED_NUMBER, start + 1, line.substring(start, i));
            // stand in a zero so that parsing goes on and later errors of the line are still found
            tokens.add(new Token(Token.Kind.NUMBER, "0", start + 1));
            return i;
        }
        tokens.add(new Token(Token.Kind.NUMBER, line.substring(start, i), start + 1));
        return i;
    }
}

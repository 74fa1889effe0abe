package org.kolmo.io;

/** A lexical token of one line of a model file (or of an expression given on the command line). */
record Token(Kind kind, String text, int column) {
    enum Kind {
        IDENT, NUMBER, STRING, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, EQUALS, PRIME, ARROW, END
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.IDENT && text.equals(word);
    }
}

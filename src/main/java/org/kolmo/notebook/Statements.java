package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into statements: a line break ends a statement unless a bracket, a string or a comment is still open,
 * or the line ends with an operator or a comma, so that long expressions may span lines as in Mathematica notebooks.
 */
final class Statements {
    private Statements() {
    }

    /** The statements of a cell, each stripped, empty ones and pure comments dropped. */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        int comment = 0;
        String[] lines = cell.split("\r?\n", -1);
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : '\0';
                if (comment > 0) {
                    if (c == '*' && next == ')') {
                        comment--;
                        i++;
                    } else if (c == '(' && next == '*') {
                        comment++;
                        i++;
                    }
                    continue;
                }
                if (inString) {
                    current.append(c);
                    if (c == '\\' && next != '\0') {
                        current.append(next);
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                if (c == '(' && next == '*') {
                    comment++;
                    i++;
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
                current.append(c);
            }
            String soFar = current.toString().strip();
            if (depth > 0 || inString || comment > 0 || continues(soFar)) {
                current.append('\n');
                continue;
            }
            if (!soFar.isEmpty()) {
                out.add(soFar);
            }
            current.setLength(0);
        }
        String rest = current.toString().strip();
        if (!rest.isEmpty()) {
            out.add(rest); // unbalanced: Symja's parser reports it
        }
        return out;
    }

    /** True when the brackets, strings and comments of {@code cell} are all closed. */
    static boolean complete(String cell) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth <= 0 && !inString;
    }

    private static boolean continues(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return "+-*/^=,&|<>".indexOf(last) >= 0 && !text.endsWith("++") && !text.endsWith("--");
    }
}

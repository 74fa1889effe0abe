package org.kolmo.cas;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule file: its name as shown in messages ({@code rules/generator.m}) and its statements, each with the line it
 * starts on. Statements end with a {@code ;} outside brackets, strings and {@code (* comments *)}, so a rule may span
 * several lines.
 */
public record RuleFile(String name, List<Statement> statements) {

    /** One statement of a rule file and the line where it starts. */
    public record Statement(String text, int line) {
    }

    public static RuleFile parse(String name, String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int line = 1;
        int startLine = -1;
        boolean inString = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!inString && c == '(' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*)", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int k = i; k < stop; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        current.append('\n'); // keep line numbers inside a statement aligned with the file
                    }
                }
                i = stop;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (c == '"') {
                inString = !inString;
            }
            if (!inString) {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
            }
            if (!inString && depth == 0 && c == ';') {
                if (!current.toString().isBlank()) {
                    out.add(new Statement(current.toString().strip(), startLine));
                }
                current.setLength(0);
                startLine = -1;
            } else {
                if (startLine < 0 && !Character.isWhitespace(c)) {
                    startLine = line;
                }
                if (startLine >= 0) {
                    current.append(c);
                }
            }
            i++;
        }
        if (!current.toString().isBlank()) {
            out.add(new Statement(current.toString().strip(), startLine));
        }
        return new RuleFile(name, List.copyOf(out));
    }
}

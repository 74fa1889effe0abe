package org.kolmo.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * Width-aware breaking of displayed equations, so that a document's long results stay on the page. An equation wider
 * than the text is set as an {@code align} with one number: its parts separated by
 * {@code \qquad} become rows, each row breaks at its top-level sums ({@code LHS &= t1 + t2 \\ &\quad + t3}), a term
 * still too wide opens its widest group ({@code \left( \right)}, plain parentheses, the numerator of a fraction, a
 * square root) into {@code \Bigl( \Bigr)}, which may break, and a matrix too wide is printed entry by entry.
 *
 * <p>Widths are estimated from the LaTeX source in units of about one italic letter; the text width of an 11 pt
 * article holds some 60 of them, less the equation number. The estimate errs on the wide side.
 */
final class LineBreaker {
    /** The width an equation may take, in letter units. */
    static final double WIDTH = 44;

    private LineBreaker() {
    }

    /**
     * The display of {@code eq}: an {@code equation} when it fits, else an {@code align} of its broken rows with one
     * number, on the last row ({@code align} rows, unlike an {@code aligned} block, may go to the next page).
     */
    static String display(String eq) {
        if (width(eq) <= WIDTH) {
            return "\\begin{equation}\n" + eq + "\n\\end{equation}";
        }
        List<String> rows = new ArrayList<>();
        String body = eq.strip();
        if (body.startsWith("\\begin{aligned}") && body.endsWith("\\end{aligned}")) {
            String inner = body.substring("\\begin{aligned}".length(), body.length() - "\\end{aligned}".length());
            for (String row : split(inner, "\\\\")) {
                if (!row.isBlank()) {
                    rows.addAll(breakRow(row.strip()));
                }
            }
        } else {
            for (String part : parts(body)) {
                rows.addAll(breakPart(part));
            }
        }
        return "\\begin{align}\n" + String.join(" \\notag\\\\\n", rows) + "\n\\end{align}";
    }

    /** The parts of an equation set side by side with {@code \qquad}, or listed with {@code ,\quad}. */
    private static List<String> parts(String eq) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < eq.length(); i++) {
            depth += delta(eq, i);
            boolean wide = eq.startsWith("\\qquad", i);
            if (depth == 0 && (wide || i > 0 && eq.charAt(i - 1) == ',' && eq.startsWith("\\quad", i))) {
                out.add(eq.substring(start, i).strip());
                start = i + (wide ? "\\qquad" : "\\quad").length();
            }
        }
        out.add(eq.substring(start).strip());
        return out;
    }

    /** A part "LHS = RHS = ..." (or a bare expression) as aligned rows, one per side; a wide matrix by entries. */
    private static List<String> breakPart(String part) {
        List<String> sides = split(part, " = ");
        if (sides.size() == 1) {
            return breakRow("&" + part);
        }
        String lhs = sides.get(0).strip();
        List<String> out = new ArrayList<>();
        for (int k = 1; k < sides.size(); k++) {
            String rhs = sides.get(k).strip();
            String head = k == 1 ? lhs + " " : "";
            if (width(head + rhs) > WIDTH && rhs.startsWith("\\begin{pmatrix}") && rhs.endsWith("\\end{pmatrix}")) {
                out.addAll(entries(lhs, rhs));
            } else {
                out.addAll(breakRow(head + "&= " + rhs));
            }
        }
        return out;
    }

    /** A matrix too wide for the page, one entry per row: (NAME)_{ij} = entry. */
    private static List<String> entries(String name, String matrix) {
        String inner = matrix.substring("\\begin{pmatrix}".length(), matrix.length() - "\\end{pmatrix}".length());
        List<String> rows = split(inner, "\\\\");
        boolean column = rows.stream().allMatch(r -> split(r, "&").size() == 1);
        String base = name.matches("\\\\?[A-Za-z]+") ? name : "(" + name + ")";
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = split(rows.get(r), "&");
            for (int c = 0; c < cells.size(); c++) {
                String index = column ? String.valueOf(r + 1) : (r + 1) + "" + (c + 1);
                out.addAll(breakRow(base + "_{" + index + "} &= " + cells.get(c).strip()));
            }
        }
        return out;
    }

    /** One aligned row {@code LHS &= RHS} (or {@code &RHS}), broken into lines that fit. */
    private static List<String> breakRow(String row) {
        if (width(row) <= WIDTH) {
            return List.of(row);
        }
        int amp = topLevel(row, "&");
        String lead = amp < 0 ? "" : row.substring(0, amp + 1);
        String rest = amp < 0 ? row : row.substring(amp + 1);
        String opener = "";
        if (rest.startsWith("= ")) {
            opener = "= ";
            rest = rest.substring(2);
        }
        String tail = "";
        if (rest.endsWith(",")) { // a row of a system of equations ends with its comma
            tail = ",";
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> pieces = new ArrayList<>();
        for (String term : terms(rest)) {
            pieces.addAll(explode(term));
        }
        // a piece made wider by the brackets around it opens further
        for (int round = 0; round < 4; round++) {
            List<String> next = new ArrayList<>();
            for (String piece : pieces) {
                next.addAll(width(piece) > WIDTH - 2 ? explode(piece) : List.of(piece));
            }
            if (next.size() == pieces.size()) {
                break;
            }
            pieces = next;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(lead + opener);
        double used = width(line.toString());
        boolean empty = true;
        for (String piece : pieces) {
            double w = width(piece);
            if (!empty && used + w > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("&\\quad ");
                used = 2;
            }
            line.append(empty ? "" : " ").append(piece);
            used += w + 0.5;
            empty = false;
        }
        line.append(tail);
        lines.add(line.toString());
        return lines;
    }

    /** Pieces of one term that may stand on lines of their own, concatenated in order with spaces. */
    private static List<String> explode(String term) {
        if (width(term) <= WIDTH * 0.85) {
            return List.of(term);
        }
        String op = "";
        String body = term;
        if (term.startsWith("+ ") || term.startsWith("- ")) {
            op = term.substring(0, 2);
            body = term.substring(2);
        }
        // the widest group at the term's top level: \left( \right), ( ), \frac's numerator, \sqrt
        Group g = widestGroup(body);
        if (g == null) {
            return List.of(term);
        }
        String before = op + body.substring(0, g.start());
        String after = body.substring(g.end());
        List<String> pieces;
        if (g.kind().equals("frac") && width(g.denominator()) > WIDTH / 2) {
            // numerator and denominator both long: (N) / (D), each free to break
            pieces = wrapped("\\Bigl(", breakable(g.inner()), "\\Bigr)\\Big/");
            pieces.addAll(wrapped("\\Bigl(", breakable(g.denominator()), "\\Bigr)"));
        } else {
            pieces = wrapped(g.open(), breakable(g.inner()), g.close());
        }
        if (pieces.size() < 2) {
            return List.of(term);
        }
        pieces.set(0, before + pieces.get(0));
        int last = pieces.size() - 1;
        pieces.set(last, pieces.get(last) + after);
        return pieces;
    }

    /** The pieces of a sum, each term exploded in turn. */
    private static List<String> breakable(String sum) {
        List<String> out = new ArrayList<>();
        for (String t : terms(sum)) {
            out.addAll(explode(t));
        }
        return out;
    }

    private static List<String> wrapped(String open, List<String> pieces, String close) {
        List<String> out = new ArrayList<>(pieces);
        out.set(0, open + out.get(0));
        out.set(out.size() - 1, out.get(out.size() - 1) + close);
        return out;
    }

    /**
     * A group inside a term: its source span {@code [start, end)}, its content, and how it is opened and closed
     * once made breakable.
     */
    private record Group(String kind, int start, int end, String inner, String open, String close,
            String denominator) {
    }

    private static Group widestGroup(String s) {
        Group best = null;
        double bestWidth = -1;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth == 0) {
                Group g = groupAt(s, i);
                if (g != null && width(g.inner()) > bestWidth) {
                    best = g;
                    bestWidth = width(g.inner());
                }
            }
            depth += delta(s, i);
        }
        return best;
    }

    private static Group groupAt(String s, int i) {
        if (s.startsWith("\\left(", i)) {
            int close = matching(s, i);
            if (close > 0 && s.startsWith("\\right)", close)) {
                return new Group("left", i, close + "\\right)".length(), s.substring(i + 6, close), "\\Bigl(",
                        "\\Bigr)", null);
            }
        }
        if (s.charAt(i) == '(' && (i == 0 || s.charAt(i - 1) != '\\') && !precededBy(s, i, "\\Bigl")
                && !precededBy(s, i, "\\left")) {
            int close = matchingParen(s, i);
            if (close > 0) {
                return new Group("paren", i, close + 1, s.substring(i + 1, close), "\\Bigl(", "\\Bigr)", null);
            }
        }
        if (s.startsWith("\\frac{", i)) {
            int numEnd = closingBrace(s, i + 5);
            if (numEnd > 0 && numEnd + 1 < s.length() && s.charAt(numEnd + 1) == '{') {
                int denEnd = closingBrace(s, numEnd + 1);
                if (denEnd > 0) {
                    String num = s.substring(i + 6, numEnd);
                    String den = s.substring(numEnd + 2, denEnd);
                    return new Group("frac", i, denEnd + 1, num, "\\frac{1}{" + den + "}\\Bigl(", "\\Bigr)", den);
                }
            }
        }
        if (s.startsWith("\\sqrt{", i)) {
            int end = closingBrace(s, i + 5);
            if (end > 0) {
                return new Group("sqrt", i, end + 1, s.substring(i + 6, end), "\\Bigl(", "\\Bigr)^{1/2}", null);
            }
        }
        return null;
    }

    /** The index of the {@code \right} that closes the {@code \left} at {@code i}. */
    private static int matching(String s, int i) {
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            if (s.startsWith("\\left", k)) {
                depth++;
            } else if (s.startsWith("\\right", k)) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static int matchingParen(String s, int i) {
        int depth = 0;
        int braces = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean escaped = k > 0 && s.charAt(k - 1) == '\\';
            if (c == '{' && !escaped) {
                braces++;
            } else if (c == '}' && !escaped) {
                braces--;
            } else if (braces == 0 && c == '(' && !escaped) {
                depth++;
            } else if (braces == 0 && c == ')' && !escaped) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The index of the brace closing the one at {@code open}. */
    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean escaped = k > 0 && s.charAt(k - 1) == '\\';
            if (c == '{' && !escaped) {
                depth++;
            } else if (c == '}' && !escaped) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The terms of a sum at its top level, each after the first with its operator ("+ x", "- y"). */
    static List<String> terms(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth == 0 && i > start && (s.startsWith(" + ", i) || s.startsWith(" - ", i))) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
            depth += delta(s, i);
        }
        out.add(s.substring(start).strip());
        return out;
    }

    private static List<String> split(String s, String separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth == 0 && s.startsWith(separator, i)) {
                out.add(s.substring(start, i));
                start = i + separator.length();
                i += separator.length() - 1;
                continue;
            }
            depth += delta(s, i);
        }
        out.add(s.substring(start));
        return out;
    }

    private static int topLevel(String s, String needle) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth == 0 && s.startsWith(needle, i)) {
                return i;
            }
            depth += delta(s, i);
        }
        return -1;
    }

    /** How the nesting changes at {@code i}: braces, \left/\right, \begin/\end, plain parentheses. */
    private static int delta(String s, int i) {
        char c = s.charAt(i);
        boolean escaped = i > 0 && s.charAt(i - 1) == '\\';
        if (c == '\\') {
            if (s.startsWith("\\left", i) || s.startsWith("\\begin{", i)) {
                return 1;
            }
            if (s.startsWith("\\right", i) || s.startsWith("\\end{", i)) {
                return -1;
            }
            return 0;
        }
        if (escaped) {
            return 0;
        }
        // the delimiter after \left or \right is not a group of its own
        if ((c == '(' || c == ')' || c == '[' || c == ']') && (precededBy(s, i, "\\left") || precededBy(s, i,
                "\\right") || precededBy(s, i, "\\Bigl") || precededBy(s, i, "\\Bigr"))) {
            return 0;
        }
        return switch (c) {
            case '{', '(' -> 1;
            case '}', ')' -> -1;
            default -> 0;
        };
    }

    private static boolean precededBy(String s, int i, String command) {
        return i >= command.length() && s.startsWith(command, i - command.length());
    }

    /** The estimated printed width of LaTeX math source, in units of about one italic letter. */
    static double width(String s) {
        double w = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String cmd = s.substring(i + 1, j);
                if (j == i + 1) { // \, \; \\ \{ and the like
                    char next = j < s.length() ? s.charAt(j) : ' ';
                    w += next == ',' ? 0.2 : next == ';' ? 0.3 : next == '\\' ? 0 : 0.8;
                    i = j + 1;
                    continue;
                }
                if (cmd.equals("frac") || cmd.equals("dfrac")) {
                    int numEnd = closingBrace(s, j);
                    int denEnd = numEnd > 0 && numEnd + 1 < s.length() ? closingBrace(s, numEnd + 1) : -1;
                    if (denEnd > 0) {
                        w += 0.3 + 0.9 * Math.max(width(s.substring(j + 1, numEnd)),
                                width(s.substring(numEnd + 2, denEnd)));
                        i = denEnd + 1;
                        continue;
                    }
                }
                if (cmd.equals("begin") && s.startsWith("{pmatrix}", j)) {
                    int end = s.indexOf("\\end{pmatrix}", j);
                    if (end > 0) { // as wide as its widest row
                        double widest = 0;
                        for (String row : split(s.substring(j + "{pmatrix}".length(), end), "\\\\")) {
                            double rw = 0;
                            for (String cell : split(row, "&")) {
                                rw += width(cell) + 1.5;
                            }
                            widest = Math.max(widest, rw);
                        }
                        w += widest + 1.5;
                        i = end + "\\end{pmatrix}".length();
                        continue;
                    }
                }
                if (cmd.equals("begin") || cmd.equals("end")) {
                    int end = closingBrace(s, j);
                    i = end > 0 ? end + 1 : j;
                    continue;
                }
                w += switch (cmd) {
                    case "left", "right", "Bigl", "Bigr", "mathrm", "mathcal", "mathbb", "overline", "operatorname",
                            "text", "limits", "displaystyle" -> 0;
                    case "qquad" -> 2;
                    case "quad" -> 1;
                    case "sqrt" -> 1;
                    default -> 1.1; // a Greek letter, \partial, \cdot, \rho ...
                };
                i = j;
                continue;
            }
            if (c == '^' || c == '_') {
                int j = i + 1;
                if (j < s.length() && s.charAt(j) == '{') {
                    int end = closingBrace(s, j);
                    if (end > 0) {
                        w += 0.7 * width(s.substring(j + 1, end));
                        i = end + 1;
                        continue;
                    }
                }
                w += 0.7;
                i = j + 1;
                continue;
            }
            if (c == '{' || c == '}' || c == ' ' || c == '&') {
                i++;
                continue;
            }
            w += c == '+' || c == '-' || c == '=' ? 2.2 : c == ',' || c == '.' ? 0.5 : 1;
            i++;
        }
        return w;
    }
}

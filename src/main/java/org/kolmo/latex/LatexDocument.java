package org.kolmo.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete LaTeX document made of titled sections, each with optional prose, display equations, tables and closing
 * prose.
 *
 * <p>The output needs only the article class, amsmath/amssymb, array and booktabs, so it compiles with a small TeX
 * installation (texlive-latex-base and -recommended). Titles, headings, prose and table cells are plain text and are
 * escaped, except the pieces made by {@link #math}, {@link #eqref} and {@link #tableref}, which stay LaTeX: prose
 * writes its notation as inline math through them ({@code "the mean " + math("m_z")}), never as ASCII. Equations are
 * LaTeX math (as made by {@link LatexPrinter}) and are set in numbered {@code equation} environments, which also hold
 * an {@code aligned} block from {@link LatexPrinter#sde}; every display has a {@code \label}: the one given by
 * {@link #labelled}, else {@code eq:N} in order, so that prose and other documents can cite each display.
 *
 * @param title    the document title; empty for none
 * @param sections the sections in order
 */
public record LatexDocument(String title, List<Section> sections) {
    /** Opens a piece of inline math inside plain text (a private-use character no user text holds). */
    private static final char MATH = '\uE000';
    /** Opens a piece of raw LaTeX inside plain text (references). */
    private static final char RAW = '\uE001';
    /** Closes a piece opened by {@link #MATH} or {@link #RAW}. */
    private static final char END = '\uE002';
    /** Opens the label that {@link #labelled} puts in front of a display. */
    private static final char LABEL = '\uE003';

    public LatexDocument {
        title = title == null ? "" : title;
        sections = List.copyOf(sections);
    }

    /**
     * One section of a document.
     *
     * @param heading   the section heading (plain text, with {@link #math} pieces)
     * @param prose     text printed before the equations (plain text with {@link #math} and reference pieces; blank
     *                  lines separate paragraphs); may be empty
     * @param equations LaTeX math, one display equation each, without delimiters (optionally {@link #labelled})
     * @param tables    tables printed after the equations
     * @param after     text printed after the equations and tables, like {@code prose}; may be empty
     */
    public record Section(String heading, String prose, List<String> equations, List<Table> tables, String after) {
        public Section {
            Objects.requireNonNull(heading);
            prose = prose == null ? "" : prose;
            equations = List.copyOf(equations);
            tables = tables == null ? List.of() : List.copyOf(tables);
            after = after == null ? "" : after;
        }

        /** A section of prose and equations only. */
        public Section(String heading, String prose, List<String> equations) {
            this(heading, prose, equations, List.of(), "");
        }

        /** A section with {@code heading}, {@code prose} and the given display equations. */
        public static Section of(String heading, String prose, String... equations) {
            return new Section(heading, prose, List.of(equations));
        }

        /** The same section with {@code table} added after its equations. */
        public Section with(Table table) {
            List<Table> t = new ArrayList<>(tables);
            t.add(table);
            return new Section(heading, prose, equations, t, after);
        }

        /** The same section with {@code text} (plain text, with math pieces) after its equations and tables. */
        public Section closing(String text) {
            return new Section(heading, prose, equations, tables, after.isBlank() ? text : after + " " + text);
        }
    }

    /**
     * A table in booktabs style (rules above, below the header and at the bottom; no vertical rules), set in place (not
     * floated, so that it stands where the prose cites it) with its numbered caption above it and labelled
     * {@code label} for {@link #tableref}.
     *
     * @param label   the label, e.g. {@code tab:comparison}
     * @param caption the caption (plain text with math pieces)
     * @param columns the column specification, e.g. {@code rrl}
     * @param header  the column heads (plain text with math pieces)
     * @param rows    the rows, one cell per column (plain text with math pieces)
     */
    public record Table(String label, String caption, String columns, List<String> header, List<List<String>> rows) {
        public Table {
            Objects.requireNonNull(label);
            caption = caption == null ? "" : caption;
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            // set where the prose cites it (a float may drift past the bibliography), never broken across pages;
            // small type and narrower gaps than the default 6pt, so that seven numeric columns fit the text width
            sb.append("\\par\\medskip\\noindent\n\\begin{minipage}{\\linewidth}\n");
            sb.append("\\tablecaption{").append(escapeText(caption)).append("}\\label{").append(labelName(label))
                    .append("}\n");
            sb.append("\\centering\n\\small\n\\setlength{\\tabcolsep}{4pt}\n");
            sb.append("\\begin{tabular}{").append(columns).append("}\n\\toprule\n");
            sb.append(String.join(" & ", header.stream().map(LatexDocument::escapeText).toList())).append(" \\\\\n");
            sb.append("\\midrule\n");
            for (List<String> row : rows) {
                sb.append(String.join(" & ", row.stream().map(LatexDocument::escapeText).toList())).append(" \\\\\n");
            }
            sb.append("\\bottomrule\n\\end{tabular}\n\\end{minipage}\\par\\medskip");
            return sb.toString();
        }
    }

    /** A document with these sections. */
    public static LatexDocument of(String title, Section... sections) {
        return new LatexDocument(title, List.of(sections));
    }

    /** The same document with {@code section} added at the end. */
    public LatexDocument with(Section section) {
        List<Section> s = new ArrayList<>(sections);
        s.add(section);
        return new LatexDocument(title, s);
    }

    /** {@code latex} as inline math inside plain text (prose, a heading, a caption or a cell): {@code $latex$}. */
    public static String math(String latex) {
        return MATH + latex + END;
    }

    /**
     * {@code text} in typewriter type inside plain text: a model's name, a file name, or text in the model file's
     * syntax (a diagnostic, a term as the user wrote it), which is code, not notation.
     */
    public static String code(String text) {
        return RAW + "\\texttt{" + escapeText(text) + "}" + END;
    }

    /**
     * {@code v} to {@code significant} digits as LaTeX math (without delimiters), in scientific notation as
     * {@code 2.49 \\times 10^{-5}} where {@code %g} would write {@code 2.49e-05}; a dash for NaN.
     */
    public static String number(double v, int significant) {
        if (Double.isNaN(v)) {
            return "\\text{--}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        if (v == 0) {
            return "0";
        }
        String s = String.format(java.util.Locale.ROOT, "%." + significant + "g", v);
        int e = s.indexOf('e');
        if (e < 0) {
            return s;
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        return s.substring(0, e) + " \\times 10^{" + exponent + "}";
    }

    /** A reference to the display labelled {@code label}, as "(3)", inside plain text. */
    public static String eqref(String label) {
        return RAW + "\\eqref{" + labelName(label) + "}" + END;
    }

    /** A reference to the table labelled {@code label}, as "Table 2", inside plain text. */
    public static String tableref(String label) {
        return RAW + "Table~\\ref{" + labelName(label) + "}" + END;
    }

    /** A citation of the bibliography's entry {@code key} ({@code lim} or {@code chen}) inside plain text. */
    public static String cite(String key) {
        return RAW + "~\\cite{" + key + "}" + END;
    }

    /** The display {@code math} with the label {@code label}, for {@link Section#equations}. */
    public static String labelled(String label, String math) {
        return LABEL + labelName(label) + END + math;
    }

    /**
     * The equations {@code rows} (each {@code lhs &= rhs}) as one {@code aligned} block, every row but the last
     * ending in a comma: the one form of the reports' systems of equations, which {@link LineBreaker} can split at
     * its rows when the display is too wide.
     */
    public static String aligned(List<String> rows) {
        return "\\begin{aligned}\n" + String.join(",\\\\\n", rows) + "\n\\end{aligned}";
    }

    /** {@code label} with only the characters that a label and its references may safely hold. */
    private static String labelName(String label) {
        return label.replaceAll("[^A-Za-z0-9:.\\-]", "-");
    }

    /** The source of the whole document, from {@code \documentclass} to {@code \end{document}}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("\\documentclass[11pt]{article}\n");
        sb.append("\\usepackage{amsmath,amssymb}\n");
        sb.append("\\usepackage{array,booktabs}\n");
        // a table's caption above it, centred when it fits on one line (as the article class sets a float's caption)
        sb.append("\\newcommand{\\tablecaption}[1]{\\refstepcounter{table}\\sbox0{Table~\\thetable: #1}%\n"
                + "  \\ifdim\\wd0>\\linewidth Table~\\thetable: #1\\par\\else\\centerline{\\box0}\\fi\\smallskip}\n");
        sb.append("\\allowdisplaybreaks\n"); // a long result broken into rows may continue on the next page
        if (!title.isBlank()) {
            sb.append("\\title{").append(escapeText(title)).append("}\n");
            sb.append("\\date{}\n");
        }
        sb.append("\\begin{document}\n");
        if (!title.isBlank()) {
            sb.append("\\maketitle\n");
        }
        int number = 0;
        for (Section s : sections) {
            sb.append("\n\\section{").append(escapeText(s.heading())).append("}\n");
            if (!s.prose().isBlank()) {
                sb.append(escapeText(s.prose().strip())).append('\n');
            }
            for (String eq : s.equations()) {
                number++;
                String label = "eq:" + number;
                if (!eq.isEmpty() && eq.charAt(0) == LABEL) {
                    int end = eq.indexOf(END);
                    label = eq.substring(1, end);
                    eq = eq.substring(end + 1);
                }
                // long results broken to the text width (a paper's page), not left to run off it
                String display = LineBreaker.display(eq);
                int close = display.lastIndexOf("\n\\end{");
                sb.append(display, 0, close).append("\n\\label{").append(label).append('}')
                        .append(display.substring(close)).append('\n');
            }
            for (Table t : s.tables()) {
                sb.append(t.render()).append('\n');
            }
            if (!s.after().isBlank()) {
                sb.append(escapeText(s.after().strip())).append('\n');
            }
        }
        // every document cites its equations by paper and number; the papers themselves close it
        sb.append("\n\\begin{thebibliography}{9}\n");
        sb.append("\\bibitem{lim} S.~H. Lim, \\emph{Multiscale method for slow-fast SDE systems} (note): "
                + "It\\^{o}--Stratonovich conversion, homogenization, Results~2.1--2.2.\n");
        sb.append("\\bibitem{chen} C.~Chen, M.~Colangeli, M.~H. Duong, M.~Serva, \\emph{Model reduction of multivariate "
                + "geometric Brownian motions and localization in a two-state quantum system}, 2025.\n");
        sb.append("\\end{thebibliography}\n");
        sb.append("\n\\end{document}\n");
        return sb.toString();
    }

    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('\\', "\\textbackslash{}"),
            Map.entry('{', "\\{"), Map.entry('}', "\\}"), Map.entry('$', "\\$"), Map.entry('&', "\\&"),
            Map.entry('%', "\\%"), Map.entry('#', "\\#"), Map.entry('_', "\\_"), Map.entry('^', "\\textasciicircum{}"),
            Map.entry('~', "\\textasciitilde{}"), Map.entry('<', "\\textless{}"), Map.entry('>', "\\textgreater{}"),
            Map.entry('|', "\\textbar{}"));

    /** Characters outside what the default OT1 fonts can show, written as math or plain text instead. */
    private static final Map<Character, String> UNICODE = Map.ofEntries(Map.entry('\u2013', "--"),
            Map.entry('\u2014', "---"), Map.entry('\u2018', "`"), Map.entry('\u2019', "'"), Map.entry('\u201C', "``"),
            Map.entry('\u201D', "''"), Map.entry('\u2026', "\\ldots{}"), Map.entry('\u00A0', "~"),
            Map.entry('\u2212', "$-$"), Map.entry('\u00B1', "$\\pm$"), Map.entry('\u00D7', "$\\times$"),
            Map.entry('\u00B7', "$\\cdot$"), Map.entry('\u00F7', "$\\div$"), Map.entry('\u2218', "$\\circ$"),
            Map.entry('\u2192', "$\\to$"),
            Map.entry('\u2248', "$\\approx$"), Map.entry('\u2260', "$\\neq$"), Map.entry('\u2264', "$\\le$"),
            Map.entry('\u2265', "$\\ge$"), Map.entry('\u221E', "$\\infty$"), Map.entry('\u2202', "$\\partial$"),
            Map.entry('\u2211', "$\\sum$"), Map.entry('\u222B', "$\\int$"), Map.entry('\u221A', "$\\surd$"),
            Map.entry('\u00B2', "$^2$"), Map.entry('\u00B3', "$^3$"), Map.entry('\u00F4', "\\^o"));

    private static final String GREEK_LOWER = "alpha beta gamma delta varepsilon zeta eta theta iota kappa lambda mu "
            + "nu xi o pi rho varsigma sigma tau upsilon varphi chi psi omega";
    private static final String GREEK_UPPER = "A B Gamma Delta E Z H Theta I K Lambda M N Xi O Pi P - Sigma T Upsilon "
            + "Phi X Psi Omega";

    /**
     * {@code text} made safe for LaTeX's text mode: its special characters escaped, Greek letters and common math
     * signs written as math, typographic punctuation as TeX ligatures. Letters with accents from Latin-1 are kept
     * (the UTF-8 input of LaTeX sets them); any other character becomes {@code ?}, since the minimal font set could
     * not show it and pdflatex would stop.
     */
    public static String escapeText(String text) {
        String[] lower = GREEK_LOWER.split(" ");
        String[] upper = GREEK_UPPER.split(" ");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == MATH || c == RAW) {
                int end = text.indexOf(END, i);
                String piece = text.substring(i + 1, end < 0 ? text.length() : end);
                sb.append(c == MATH ? "$" + piece + "$" : piece);
                i = end < 0 ? text.length() : end;
                continue;
            }
            String s = SPECIAL.get(c);
            if (s == null) {
                s = UNICODE.get(c);
            }
            if (c == '\r') {
                continue;
            }
            if (s != null) {
                sb.append(s);
            } else if (c >= '\u03B1' && c <= '\u03C9') {
                sb.append(greek(lower[c - '\u03B1']));
            } else if (c >= '\u0391' && c <= '\u03A9' && !upper[c - '\u0391'].equals("-")) {
                sb.append(greek(upper[c - '\u0391']));
            } else if (c == '\u03F5') {
                sb.append("$\\epsilon$");
            } else if (c == '\u03D5') {
                sb.append("$\\phi$");
            } else if (c == '\n' || c == '\t' || (c >= ' ' && c < 0x7F) || (c >= '\u00C0' && c <= '\u00FF')) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    private static String greek(String name) {
        // capitals that look like Latin letters are those letters, as in the Greek alphabet itself
        return name.length() == 1 ? name : "$\\" + name + "$";
    }
}

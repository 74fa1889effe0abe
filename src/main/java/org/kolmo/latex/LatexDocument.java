package org.kolmo.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete LaTeX document made of titled sections, each with optional prose and display equations.
 *
 * <p>The output needs only the article class and amsmath/amssymb, so it compiles with a minimal TeX installation
 * (texlive-latex-base). Titles, headings and prose are plain text and are escaped; equations are LaTeX math (as made
 * by {@link LatexPrinter}) and are set in numbered {@code equation} environments, which also hold an
 * {@code aligned} block from {@link LatexPrinter#sde}.
 *
 * @param title    the document title; empty for none
 * @param sections the sections in order
 */
public record LatexDocument(String title, List<Section> sections) {
    public LatexDocument {
        title = title == null ? "" : title;
        sections = List.copyOf(sections);
    }

    /**
     * One section of a document.
     *
     * @param heading   the section heading (plain text)
     * @param prose     text printed before the equations (plain text; blank lines separate paragraphs); may be empty
     * @param equations LaTeX math, one display equation each, without delimiters
     */
    public record Section(String heading, String prose, List<String> equations) {
        public Section {
            Objects.requireNonNull(heading);
            prose = prose == null ? "" : prose;
            equations = List.copyOf(equations);
        }

        /** A section with {@code heading}, {@code prose} and the given display equations. */
        public static Section of(String heading, String prose, String... equations) {
            return new Section(heading, prose, List.of(equations));
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

    /** The source of the whole document, from {@code \documentclass} to {@code \end{document}}. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("\\documentclass[11pt]{article}\n");
        sb.append("\\usepackage{amsmath,amssymb}\n");
        sb.append("\\allowdisplaybreaks\n"); // a long result broken into rows may continue on the next page
        if (!title.isBlank()) {
            sb.append("\\title{").append(escapeText(title)).append("}\n");
            sb.append("\\date{}\n");
        }
        sb.append("\\begin{document}\n");
        if (!title.isBlank()) {
            sb.append("\\maketitle\n");
        }
        for (Section s : sections) {
            sb.append("\n\\section{").append(escapeText(s.heading())).append("}\n");
            if (!s.prose().isBlank()) {
                sb.append(escapeText(s.prose().strip())).append('\n');
            }
            for (String eq : s.equations()) {
                // long results broken to the text width (a paper's page), not left to run off it
                sb.append(LineBreaker.display(eq)).append('\n');
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
            Map.entry('\u00B2', "$^2$"), Map.entry('\u00B3', "$^3$"));

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

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolmo.support.Pdflatex;

/**
 * Issue 13, item 2: every {@code latex-doc} of every bundled model and command fits the page: pdflatex reports no
 * overfull line over 1 pt and no overfull page (long results are broken by the document, see
 * {@code latex.LineBreaker}); compiled twice, it has no undefined reference; its prose, headings, captions and table
 * cells (everything outside math) write no notation in ASCII (see {@link #asciiNotation}).
 */
class LatexPageWidthTest {
    private static final Pattern OVERFULL_LINE = Pattern.compile("Overfull \\\\hbox \\(([0-9.]+)pt too wide\\)");

    /** What is math or a LaTeX argument, not prose: removed before the prose is scanned. */
    private static final Pattern NOT_PROSE = Pattern.compile("(?s)\\$[^$]*\\$"
            + "|\\\\begin\\{(equation|align|gathered|aligned)\\}.*?\\\\end\\{\\1\\}"
            + "|\\\\(label|eqref|ref|cite|bibitem|begin|end)\\{[^}]*\\}|\\\\begin\\{tabular\\}\\{[^}]*\\}"
            + "|\\\\texttt\\{(?:[^{}]|\\{\\})*\\}");

    /** ASCII notation in prose: an arrow, eps, E[...], d/dt, a caret or an underscore, Ito without its accent. */
    private static final Pattern ASCII = Pattern.compile("->|-\\\\textgreater|(?<![A-Za-z])eps(?![A-Za-z])|E\\["
            + "|\\bd/dt|\\^|\\\\textasciicircum|_|\\bIto\\b|It\u00f4");

    /**
     * The ASCII notation in the prose of {@code latex} (outside math, labels, references, names in typewriter type
     * and the preamble before the title).
     */
    static List<String> asciiNotation(String latex) {
        int begin = latex.indexOf("\\title{"); // the title and everything after the preamble
        begin = begin < 0 ? latex.indexOf("\\begin{document}") : begin;
        String body = NOT_PROSE.matcher(begin < 0 ? latex : latex.substring(begin)).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (String line : body.split("\n")) {
            // It\^o is the accent, not a caret
            Matcher m = ASCII.matcher(line.replace("\\^{o}", "{accent}").replace("\\^o", "{accent}"));
            if (m.find()) {
                found.add(m.group() + " in: " + line.strip());
            }
        }
        return found;
    }

    static Stream<List<String>> documents() throws Exception {
        List<List<String>> out = CommandLineTest.commandsOnTheBundledModels("area", "integrated_ou", "kramers",
                "noise_induced_drift", "slow_fast_2x2", "slow_fast_general");
        out.add(List.of("reduce", "models/slow_pair.sde", "--keep", "x,z", "--scale", "g -> g/eps"));
        out.add(List.of("simulate", "models/two_state.sde", "--paths", "100", "--T", "0.1", "--dt", "0.01"));
        // every Monte Carlo check, as a table (few paths: the layout is under test, not the verdict)
        out.add(List.of("reduce", "models/two_state.sde", "--keep", "z", "--check", "200", "--check-times", "0.5,1",
                "--tolerance", "predicted"));
        out.add(List.of("homogenize", "models/slow_fast_2x2.sde", "--check", "200"));
        out.add(List.of("moments", "models/cubic.sde", "--order", "2", "--closure", "normal,zero", "--check", "200",
                "--T", "1"));
        out.add(List.of("verify", "models/slow_fast_2x2.sde", "--reduced", "EFFECTIVE:slow_fast_2x2", "--paths",
                "200", "--times", "0.5,1"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theDocumentFitsThePage(List<String> command, @TempDir Path dir) throws Exception {
        Pdflatex.assumeAvailable();
        List<String> args = new ArrayList<>();
        for (String a : command) {
            if (a.startsWith("EFFECTIVE:")) {
                // the effective SDE that homogenize -o writes, for verify
                Path eff = dir.resolve("effective.sde");
                CommandLineTest.Run h = CommandLineTest.kolmo("homogenize", "models/" + a.substring(10) + ".sde", "-o",
                        eff.toString());
                assertEquals(0, h.status(), h.err());
                a = eff.toString();
            }
            args.add(a);
        }
        args.addAll(List.of("--format", "latex-doc", "--quiet"));
        CommandLineTest.Run r = CommandLineTest.kolmo(args.toArray(new String[0]));
        if (r.status() == 2 && command.get(0).equals("moments")) {
            return; // a hierarchy that does not close at order 2 is an error, not a document
        }
        assertTrue(r.status() == 0 || r.status() == 1 && (command.contains("verify") || command.contains("--check")), r.err());
        List<String> ascii = asciiNotation(r.out());
        assertTrue(ascii.isEmpty(), command + ": ASCII notation in the prose:\n" + String.join("\n", ascii));
        assertTrue(!r.out().toLowerCase(java.util.Locale.ROOT).contains("seed"), command + ": the word seed");
        String log = Pdflatex.compileLogTwice(r.out(), dir);
        assertTrue(!log.contains("undefined"), command + ": an undefined reference");
        Matcher m = OVERFULL_LINE.matcher(log);
        while (m.find()) {
            double points = Double.parseDouble(m.group(1));
            assertTrue(points <= 1.0, command + ": a line " + m.group(1) + " pt too wide");
        }
        assertTrue(!log.contains("Overfull \\vbox"), command + ": a display taller than the page");
    }
}

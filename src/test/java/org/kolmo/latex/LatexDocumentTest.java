package org.kolmo.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Escaping of text and a document that pdflatex accepts. */
class LatexDocumentTest {
    @Test
    void escapesSpecialCharacters() {
        assertEquals("50\\% of \\$x\\_1 \\& y\\#\\{\\}", LatexDocument.escapeText("50% of $x_1 & y#{}"));
        assertEquals("a\\textbackslash{}b \\textasciicircum{} \\textasciitilde{}",
                LatexDocument.escapeText("a\\b ^ ~"));
        assertEquals("\\textless{}\\textgreater{}\\textbar{}", LatexDocument.escapeText("<>|"));
    }

    @Test
    void writesUnicodeAsTheMinimalFontsCan() {
        assertEquals("$\\varepsilon$ $\\to$ 0 -- ``It\\^o'' $\\Gamma$ A",
                LatexDocument.escapeText("ε → 0 – “Itô” Γ Α"));
        assertEquals("?", LatexDocument.escapeText("\u4e2d"));
    }

    @Test
    void rendersSectionsAndEquations() {
        LatexDocument doc = LatexDocument.of("Two_state", LatexDocument.Section.of("Model", "The SDE.", "x = 1"),
                LatexDocument.Section.of("Empty", ""));
        assertEquals("""
                \\documentclass[11pt]{article}
                \\usepackage{amsmath,amssymb}
                \\usepackage{array,booktabs}
                \\newcommand{\\tablecaption}[1]{\\refstepcounter{table}\\sbox0{Table~\\thetable: #1}%
                  \\ifdim\\wd0>\\linewidth Table~\\thetable: #1\\par\\else\\centerline{\\box0}\\fi\\smallskip}
                \\allowdisplaybreaks
                \\title{Two\\_state}
                \\date{}
                \\begin{document}
                \\maketitle

                \\section{Model}
                The SDE.
                \\begin{equation}
                x = 1
                \\label{eq:1}
                \\end{equation}

                \\section{Empty}

                \\begin{thebibliography}{9}
                \\bibitem{lim} S.~H. Lim, \\emph{Multiscale method for slow-fast SDE systems} (note): \
                It\\^{o}--Stratonovich conversion, homogenization, Results~2.1--2.2.
                \\bibitem{chen} C.~Chen, M.~Colangeli, M.~H. Duong, M.~Serva, \\emph{Model reduction of multivariate \
                geometric Brownian motions and localization in a two-state quantum system}, 2025.
                \\end{thebibliography}

                \\end{document}
                """, doc.render());
    }

    @Test
    void proseCarriesInlineMathReferencesAndTables() {
        String prose = "The mean " + LatexDocument.math("m_z") + " obeys " + LatexDocument.eqref("eq:rate")
                + " (see " + LatexDocument.tableref("tab:t") + "), 50% of x_1.";
        assertEquals("The mean $m_z$ obeys \\eqref{eq:rate} (see Table~\\ref{tab:t}), 50\\% of x\\_1.",
                LatexDocument.escapeText(prose));
        LatexDocument.Section s = LatexDocument.Section.of("Rate of " + LatexDocument.math("m_z"), prose,
                LatexDocument.labelled("eq:rate", "\\dot{m}_z = -m_z"), "x = 1")
                .with(new LatexDocument.Table("tab:t", "Errors of " + LatexDocument.math("m_z"), "rr",
                        List.of(LatexDocument.math("t"), "difference"), List.of(List.of("1", "-0.5"))))
                .closing("Agrees.");
        String doc = LatexDocument.of("", s).render();
        assertTrue(doc.contains("\\section{Rate of $m_z$}\n"), doc);
        assertTrue(doc.contains("\\dot{m}_z = -m_z\n\\label{eq:rate}\n\\end{equation}"), doc);
        assertTrue(doc.contains("x = 1\n\\label{eq:2}\n\\end{equation}"), doc);
        assertTrue(doc.contains("\\tablecaption{Errors of $m_z$}\\label{tab:t}\n"), doc);
        assertTrue(doc.contains("\\begin{tabular}{rr}\n\\toprule\n$t$ & difference \\\\\n\\midrule\n"
                + "1 & -0.5 \\\\\n\\bottomrule\n"), doc);
        assertTrue(doc.contains("\\end{minipage}\\par\\medskip\nAgrees.\n"), doc);
    }

    private static Sde twoState() {
        org.kolmo.support.SessionEval ev = new org.kolmo.support.SessionEval();
        ISymbol alpha = Symbols.user("alpha");
        ISymbol beta = Symbols.user("beta");
        ISymbol x = Symbols.user("x");
        ISymbol y = Symbols.user("y");
        ISymbol z = Symbols.user("z");
        List<IExpr> drift = List.of(ev.eval(F.Times(F.ZZ(-2), F.Sqr(beta), x)),
                ev.eval(F.Plus(F.Times(F.ZZ(-2), F.Sqr(beta), y), F.Times(F.ZZ(-2), alpha, z))),
                ev.eval(F.Times(F.C2, alpha, y)));
        List<List<IExpr>> diffusion = List.of(List.of(ev.eval(F.Times(F.ZZ(-2), beta, y))),
                List.of(ev.eval(F.Times(F.C2, beta, x))), List.of(F.C0));
        return new Sde("two_state", "Two-state system", Convention.STRATONOVICH,
                List.of(new Parameter("alpha", Set.of(), Optional.empty()),
                        new Parameter("beta", Set.of(), Optional.empty())),
                List.of(new Variable("x", Role.STATE, Optional.empty()),
                        new Variable("y", Role.STATE, Optional.empty()),
                        new Variable("z", Role.STATE, Optional.empty())),
                List.of("W"), drift, diffusion);
    }

    @Test
    void compilesWithPdflatex(@TempDir Path dir) throws IOException, InterruptedException {
        org.kolmo.support.Pdflatex.assumeAvailable();
        LatexPrinter p = new LatexPrinter();
        org.kolmo.support.SessionEval ev = new org.kolmo.support.SessionEval();
        ISymbol eps = Symbols.user("eps");
        ISymbol x = Symbols.user("x");
        IExpr hard = ev.eval(F.Plus(F.Divide(F.C1, F.Plus(F.C1, F.Divide(F.C1, x))), F.Power(F.ZZ(-2), x),
                F.Exp(F.Times(F.CN1D2, F.Sqr(x))), F.Abs(F.Sin(x)), F.Power(x, F.QQ(1, 3)), F.Times(F.Pi, F.CI, x),
                F.Sqr(F.Cos(x)), F.Power(F.C1D2, x), F.num(1.5e-9)));
        LatexDocument doc = LatexDocument.of("Kolmo test: 100% {escaped} & ε-small",
                LatexDocument.Section.of("SDE (Stratonovich)", "Seed 003, eq. (27) – with “quotes”, $, _ and #.",
                        p.sde(twoState())),
                LatexDocument.Section.of("Expressions", "",
                        p.equation("\\mathrm{d}Y_1", ev.eval(F.Negate(F.Divide(F.Subtract(Symbols.user("y1"),
                                F.Times(Symbols.user("g"), Symbols.user("y2"))), F.Sqr(eps))))),
                        p.equation("f(x)", hard), p.latex(ev.eval(F.Divide(F.Sqrt(F.C2), eps)))));
        Path tex = dir.resolve("doc.tex");
        Files.writeString(tex, doc.render(), StandardCharsets.UTF_8);
        Process proc = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
        assertEquals(0, proc.exitValue(), () -> readQuietly(dir.resolve("out.txt")));
        assertTrue(Files.size(dir.resolve("doc.pdf")) > 0);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

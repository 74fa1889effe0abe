package org.kolmo.notebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.kolmo.cas.CasException;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.error.KolmoException;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.latex.LatexPrinter;
import org.kolmo.plot.Figure;
import org.kolmo.check.ClaimResult;
import org.kolmo.report.CheckReport;
import org.kolmo.report.Report;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Evaluates notebook cells: each statement in Symja's syntax, in Kolmo's one Symja session with the rule files
 * loaded and the notebook functions registered; every statement not ended by {@code ;} shows its result, a report as
 * LaTeX with a plain-text fallback, a plot as a PNG image.
 */
public final class CellEvaluator {
    /** Width and height of plots, in pixels. */

    private final KernelFunctions functions;

    /**
     * A fresh notebook session.
     *
     * @param home the Kolmo checkout, against which model paths are resolved when they are not found from the
     *             working directory (null: the working directory only)
     */
    public CellEvaluator(Path home) {
        this.functions = new KernelFunctions(new NotebookObjects(), home);
        functions.register();
    }

    /**
     * Evaluates a cell; returns what to show, in order.
     *
     * @throws NotebookException with one message for the cell when a statement fails
     */
    public List<DisplayData> evaluate(String cell) {
        List<DisplayData> out = new ArrayList<>();
        for (String statement : Statements.split(cell)) {
            functions.beginStatement();
            IExpr result = evaluateStatement(CellSymbols.rewrite(statement));
            if (!statement.endsWith(";") && result != null && !result.equals(S.Null)) {
                KernelFunctions.Shown shown = functions.shown();
                if (shown != null && (shown.value() == result || shown.value().equals(result))) {
                    // a kernel function's own result shows as its report; stored and reused it is an expression
                    out.add(report(shown.report()));
                    out.addAll(shown.extra());
                } else {
                    out.add(display(result));
                }
            }
        }
        return out;
    }

    private IExpr evaluateStatement(String statement) {
        functions.takePending();
        IExpr result;
        try {
            result = CasSession.get().evaluateStatement(statement);
        } catch (CasException e) {
            RuntimeException raised = functions.takePending();
            if (raised != null) {
                throw asNotebookError(raised);
            }
            String hint = e.detail().contains("is Protected")
                    ? " (that name is one of Symja's built-ins, whatever its case: choose another variable name)" : "";
            throw new NotebookException(NotebookErrorCode.CELL, e.detail() + hint, e);
        } catch (RuntimeException e) {
            RuntimeException raised = functions.takePending();
            throw asNotebookError(raised != null ? raised : e);
        }
        RuntimeException raised = functions.takePending();
        if (raised != null) {
            throw asNotebookError(raised); // Symja swallowed it and returned the call unevaluated
        }
        return result;
    }

    private static NotebookException asNotebookError(RuntimeException e) {
        if (e instanceof NotebookException n) {
            return n;
        }
        if (e instanceof KolmoException k) {
            return new NotebookException(k);
        }
        return new NotebookException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }

    /** How a value shows in the notebook. */
    DisplayData display(IExpr value) {
        Object o = functions.objects().resolve(value);
        if (o instanceof KernelFunctions.HeldModel m) {
            return report(m.report());
        }
        if (o instanceof Report r) {
            return report(r);
        }
        if (value.isAST(S.Graphics)) {
            Figure figure = GraphicsImage.figure(value);
            if (figure != null) {
                return image("[graphics]", figure);
            }
        }
        if (o instanceof Figure f) {
            return image("[plot]", f);
        }
        DisplayData d = new DisplayData(text(value));
        String latex = latex(value);
        if (latex != null) {
            d.putLatex("$$" + latex + "$$");
        }
        return d;
    }

    /** A figure as the cell's PNG, at screen size, with {@code text} for consoles. */
    private static DisplayData image(String text, Figure figure) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(figure.image(1), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DisplayData d = new DisplayData(text);
        d.putData("image/png", Base64.getEncoder().encodeToString(png.toByteArray()));
        return d;
    }

    /**
     * A report: LaTeX for the notebook, its text for consoles and plain-text exports. Front ends prefer the markdown
     * form, which shows the typeset result and keeps the whole text report (checks, Monte Carlo tables, branches,
     * which the LaTeX headline leaves out) one click away.
     */
    static DisplayData report(Report r) {
        if (r instanceof CheckReport c) {
            return check(c);
        }
        String text = r.text().stripTrailing();
        DisplayData d = new DisplayData(text);
        d.putLatex("$$" + r.latex() + "$$");
        d.putMarkdown("$$" + r.latex() + "$$\n\n<details><summary>the whole report</summary>\n\n<pre>"
                + escapeHtml(text) + "</pre>\n</details>\n");
        return d;
    }

    /**
     * A check shows each claim as the user wrote it, not as Symja would print it back: the verdict and the claim's
     * own text, with the whole report (counterexamples) folded below.
     */
    static DisplayData check(CheckReport r) {
        String text = r.text().stripTrailing();
        DisplayData d = new DisplayData(text);
        StringBuilder md = new StringBuilder();
        for (ClaimResult c : r.results()) {
            md.append("- **").append(c.holds() ? "holds" : "fails").append("**: <code>").append(escapeHtml(c.claim()))
                    .append("</code>\n");
        }
        md.append("\n<details><summary>the whole report</summary>\n\n<pre>").append(escapeHtml(text))
                .append("</pre>\n</details>\n");
        d.putMarkdown(md.toString());
        return d;
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String text(IExpr value) {
        IExpr e = CellSymbols.toEncoded(value);
        if (containsUserSymbol(e)) {
            try {
                return new ExpressionWriter().write(e);
            } catch (RuntimeException unsupported) {
                return value.toString(); // a head the model-file syntax has no form for
            }
        }
        return value.toString();
    }

    private static String latex(IExpr value) {
        if (value.isString()) {
            return null;
        }
        try {
            return new LatexPrinter().latex(CellSymbols.toEncoded(value));
        } catch (RuntimeException unsupported) {
            return null; // shown as text only
        }
    }

    private static boolean containsUserSymbol(IExpr e) {
        return !e.isFree(x -> Symbols.isUser(x) || Symbols.isInternal(x), true);
    }
}

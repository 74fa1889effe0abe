package org.kolmo.report;

/**
 * A derivation's result, able to print itself in every output format of the command line.
 */
public interface Report {
    /** Plain text; where the result is a model, a {@code .sde} file that reads back to it. */
    String text();

    /** A LaTeX fragment (display-math content, no preamble). */
    String latex();

    /** A complete LaTeX document that compiles with pdflatex. */
    String document();

    /** A JSON object: every expression as model-file text and as LaTeX. */
    String json();
}

/**
 * Results as documents: every derivation's result wrapped in a {@link org.kolmo.report.Report}, which prints it as
 * plain text, a LaTeX fragment, a whole LaTeX document (every step with the papers' equation numbers, compiled by
 * pdflatex in the tests) and JSON.
 *
 * <p>A report holds the derivation's immutable result and a {@code org.kolmo.latex.Notation} (how the model's names
 * are typeset); it never computes mathematics of its own beyond formatting. {@link org.kolmo.report.ModelReport}s are
 * reports whose result is again a model (a conversion, a reduced or homogenized SDE), so a front end can pass it on.
 * {@link org.kolmo.report.Json} holds what all JSON outputs share: the {@code schemaVersion}, every expression as
 * model-file text, LaTeX and SymPy input, and the {@code symbols} table that rebuilds them in Python.
 */
package org.kolmo.report;

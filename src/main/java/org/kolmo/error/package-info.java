/**
 * The one error model of Kolmo.
 *
 * <p>Every error a user can meet is a {@link org.kolmo.error.KolmoException} (unchecked) carrying one or more
 * {@link org.kolmo.error.Diagnostic}s: an {@link org.kolmo.error.ErrorCode} (a stable code such as {@code E302} and
 * its message template), a {@link org.kolmo.error.Position} (a line and column of a file, the file alone, a
 * command-line option such as {@code --keep}, or none) and the formatted message. {@link org.kolmo.error.ErrorFormat}
 * prints them in the one form the command line, the notebook and an exception's message share; the exit status comes
 * from the codes ({@link org.kolmo.error.ErrorCode#exitStatus()}: 2 the user's input, 1 a check that failed, 70 a
 * failure inside Kolmo).
 *
 * <p>The families of codes live beside the code that raises them, each an enum implementing {@code ErrorCode} with
 * its own prefix (the README's table): {@code OptionErrorCode} (E0xx), {@code io.ModelErrorCode} (E1xx-E5xx),
 * {@code algebra.AlgebraErrorCode} (E6xx), {@code homogenization.HomogenizationErrorCode} (E7xx),
 * {@code moments.MomentsErrorCode} (E8xx), {@code stationary.StationaryErrorCode} (E9xx),
 * {@code reduction.ReductionErrorCode} (R1xx-R4xx), {@code numeric.NumericErrorCode} (Nxxx),
 * {@code cas.CasErrorCode} (C1xx), {@code notebook.NotebookErrorCode} (K0xx) and
 * {@link org.kolmo.error.InternalErrorCode} (I001, anything unforeseen). Each
 * family's exception (e.g. {@code ReductionException}) is a subclass of {@code KolmoException}, so a front end needs
 * one handler; those that name the equation at fault ({@code equation of x: ...}) extend
 * {@link org.kolmo.error.EquationException}. This package imports nothing of Kolmo's.
 */
package org.kolmo.error;

/**
 * The {@code kolmo} command line (picocli): one class per command, {@link org.kolmo.cli.Main} the only place that
 * prints or decides an exit status (0 success, 1 a check that ran and failed, 2 bad input, 70 an internal error).
 * Its one error handler prints any {@code org.kolmo.error.KolmoException} with {@code ErrorFormat} (and as JSON on
 * stdout under {@code --format json}) and returns the exception's exit status; picocli's own errors become option
 * errors (E001 unknown, E002 bad value, E003 missing).
 *
 * <p>A command is a thin face over the facade {@link org.kolmo.Kolmo}: it parses its options ({@link
 * org.kolmo.cli.CommonOptions}, {@link org.kolmo.cli.SimulationOptions}) into the facade's option records, reads
 * its model ({@link org.kolmo.cli.ModelArgument}), calls the derivation, and hands the resulting report to {@link
 * org.kolmo.cli.CommonOptions#emit}, which prints it in the requested {@link org.kolmo.cli.OutputFormat} or writes it
 * atomically to {@code -o FILE} ({@link org.kolmo.cli.AtomicFiles}: nothing half-written is left when a command
 * fails). Progress bars go to stderr, and only when it is a terminal ({@link org.kolmo.cli.ProgressOnStderr}).
 */
package org.kolmo.cli;

package org.kolmo.cli;

/** The exit statuses of {@code kolmo}. */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A check ran and failed (a claim found false, a verification outside its tolerance). */
    public static final int CHECK_FAILED = 1;
    /** Bad input: a model file or an option. */
    public static final int BAD_INPUT = 2;
    /** A failure inside Kolmo (EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}

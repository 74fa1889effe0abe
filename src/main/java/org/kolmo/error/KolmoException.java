package org.kolmo.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one error type of Kolmo: one or more {@link Diagnostic}s, each a code, a position and a message. Every family
 * (model file, options, moments, reductions, homogenization, stationary densities, numerics, exact algebra, the
 * symbolic engine) throws a subclass; a front end prints it with {@link ErrorFormat} and ends with
 * {@link #exitStatus()}. The message ({@link #getMessage()}) is the formatted diagnostics.
 */
public class KolmoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private transient List<Diagnostic> diagnostics;

    /** The error {@code code} at {@code position}, its template filled in with {@code args}. */
    public KolmoException(ErrorCode code, Position position, Object... args) {
        this(List.of(Diagnostic.of(code, position, args)), null);
    }

    /** One error. */
    public KolmoException(Diagnostic diagnostic) {
        this(List.of(diagnostic), null);
    }

    /** One error caused by a lower-level exception. */
    public KolmoException(Diagnostic diagnostic, Throwable cause) {
        this(List.of(diagnostic), cause);
    }

    /** Several errors found together (all those of one model file). */
    public KolmoException(List<Diagnostic> diagnostics) {
        this(diagnostics, null);
    }

    /** Errors caused by a lower-level exception (kept for {@code --debug}). */
    public KolmoException(List<Diagnostic> diagnostics, Throwable cause) {
        super(null, cause);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an error needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** For errors shown without a stack trace (a notebook cell's): none is recorded. */
    protected KolmoException(List<Diagnostic> diagnostics, Throwable cause, boolean writableStackTrace) {
        super(null, cause, false, writableStackTrace);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an error needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every diagnostic, in the order they are printed. */
    public final List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The first diagnostic. */
    public final Diagnostic diagnostic() {
        return diagnostics.get(0);
    }

    /** The code of the first diagnostic. */
    public ErrorCode code() {
        return diagnostic().code();
    }

    /** The first diagnostic's position. */
    public final Position position() {
        return diagnostic().position();
    }

    /** The exit status of a run that ends with this error: the largest of its codes' statuses. */
    public int exitStatus() {
        int status = 0;
        for (Diagnostic d : diagnostics) {
            status = Math.max(status, d.code().exitStatus());
        }
        return status;
    }

    /** Names the model file in positions that are the unnamed model file; returns this exception. */
    public KolmoException inFile(String file) {
        return relocate(d -> d.inFile(file));
    }

    /** Replaces every diagnostic by {@code change}'s image (for the subclasses' {@code at}); returns this exception. */
    protected final KolmoException relocate(UnaryOperator<Diagnostic> change) {
        List<Diagnostic> moved = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            moved.add(change.apply(d));
        }
        diagnostics = List.copyOf(moved);
        return this;
    }

    /** The diagnostics as {@link ErrorFormat} prints them, without a command's name. */
    @Override
    public String getMessage() {
        return ErrorFormat.format(this, null);
    }
}

package org.kolmo.io;

import java.util.List;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.ErrorFormat;
import org.kolmo.error.KolmoException;

/**
 * All the errors found in one model file (or in an expression given on the command line, positioned as
 * {@code --claim:1:6}); thrown once, after the whole text was read. Each diagnostic carries a {@link ModelErrorCode}.
 */
public final class ModelException extends KolmoException {
    private static final long serialVersionUID = 1L;

    public ModelException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    /** Every diagnostic formatted, one after the other. */
    public String format() {
        return ErrorFormat.format(this, null);
    }
}

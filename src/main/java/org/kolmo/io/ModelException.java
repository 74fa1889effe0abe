package org.kolmo.io;

import java.util.List;
import java.util.stream.Collectors;

/** All the errors found in one model file; thrown once, after the whole file was read. */
public final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ModelException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "model error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Every diagnostic formatted, one after the other. */
    public String format() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}

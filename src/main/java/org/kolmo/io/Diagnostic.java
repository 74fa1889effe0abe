package org.kolmo.io;

import org.kolmo.model.SourcePosition;

/**
 * One error in a model file: where, which, and the source line it points into.
 */
public record Diagnostic(ModelErrorCode code, SourcePosition position, String message, String sourceLine) {

    /** {@code FILE:LINE:COLUMN: error[CODE]: message}, then the source line and a caret under the column. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(position).append(": error[").append(code.code()).append("]: ").append(message);
        if (sourceLine != null) {
            out.append('\n').append("    ").append(sourceLine).append('\n').append("    ");
            for (int i = 1; i < position.column(); i++) {
                out.append(i - 1 < sourceLine.length() && sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        return out.toString();
    }
}

package org.kolmo.error;

import java.util.List;
import java.util.StringJoiner;

/**
 * The one printed form of every error:
 * <ul>
 * <li>{@code FILE:LINE:COLUMN: error[CODE]: message}, then the source line and a caret under the column, for a place
 * in a file ({@code FILE:LINE: ...} without a column);</li>
 * <li>{@code FILE: error[CODE]: message} when only the file is known;</li>
 * <li>{@code kolmo CMD: --opt: error[CODE]: message} for an option;</li>
 * <li>{@code kolmo CMD: error[CODE]: message} for an error without a position.</li>
 * </ul>
 * Several diagnostics print one after the other. Never a stack trace.
 */
public final class ErrorFormat {
    private static final String INDENT = "    ";

    private ErrorFormat() {
    }

    /**
     * Every diagnostic of {@code e}; {@code command} is the command's name ({@code reduce}), the empty string for
     * {@code kolmo} itself, or null for no command (a notebook, an exception's message).
     */
    public static String format(KolmoException e, String command) {
        return format(e.diagnostics(), command);
    }

    /** The diagnostics one after the other. */
    public static String format(List<Diagnostic> diagnostics, String command) {
        StringJoiner all = new StringJoiner("\n");
        for (Diagnostic d : diagnostics) {
            all.add(format(d, command));
        }
        return all.toString();
    }

    /** One diagnostic, with its source line and caret when it has them. */
    public static String format(Diagnostic d, String command) {
        StringBuilder out = new StringBuilder(prefix(d.position(), command));
        out.append("error[").append(d.code().code()).append("]: ").append(d.message());
        Position p = d.position();
        String line = d.sourceLine();
        if (line != null && p.hasLine()) {
            out.append('\n').append(INDENT).append(line);
            if (p.hasColumn()) {
                out.append('\n').append(INDENT);
                for (int i = 1; i < p.column(); i++) {
                    out.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
                }
                out.append('^');
            }
        }
        return out.toString();
    }

    /** What stands before {@code error[CODE]}: the position and a colon, or the command's name. */
    private static String prefix(Position p, String command) {
        String kolmo = command == null ? "" : command.isEmpty() ? "kolmo: " : "kolmo " + command + ": ";
        return switch (p.kind()) {
            case NONE -> kolmo;
            case OPTION -> kolmo + p.option() + ": ";
            case FILE -> p.inAFile() ? p + ": " : kolmo;
        };
    }
}

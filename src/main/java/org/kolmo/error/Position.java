package org.kolmo.error;

/**
 * Where an error is: a place in a file (line and column, the column optional; or the file alone), a command-line
 * option ({@code --keep}), or nowhere in particular.
 *
 * <p>A position in "the model file" may be created before the file's name is known (a derivation sees the model, not
 * the file): {@link #modelFile()}; the facade names it with {@link #inFile}.
 */
public record Position(Kind kind, String file, int line, int column, String option) {
    /** What a position points at. */
    public enum Kind {
        /** Nowhere in particular: the command as a whole. */
        NONE,
        /** A file, optionally a line and a column in it. */
        FILE,
        /** A command-line option, by its name. */
        OPTION
    }

    public static final Position NONE = new Position(Kind.NONE, null, 0, 0, null);

    public Position {
        if (kind == null) {
            throw new IllegalArgumentException("a position needs a kind");
        }
        if (kind == Kind.OPTION && (option == null || option.isEmpty())) {
            throw new IllegalArgumentException("an option position needs the option's name");
        }
    }

    /** No position. */
    public static Position none() {
        return NONE;
    }

    /** The file alone. */
    public static Position file(String file) {
        return new Position(Kind.FILE, file, 0, 0, null);
    }

    /** A line of a file, without a column. */
    public static Position line(String file, int line) {
        return new Position(Kind.FILE, file, line, 0, null);
    }

    /** A line and column of a file (both 1-based). */
    public static Position at(String file, int line, int column) {
        return new Position(Kind.FILE, file, line, column, null);
    }

    /** The model file whose name the raiser does not know; see {@link #inFile}. */
    public static Position modelFile() {
        return new Position(Kind.FILE, null, 0, 0, null);
    }

    /** A command-line option, e.g. {@code --keep}. */
    public static Position option(String name) {
        return new Position(Kind.OPTION, null, 0, 0, name);
    }

    /** True for a position in a file whose name is known. */
    public boolean inAFile() {
        return kind == Kind.FILE && file != null && !file.isEmpty();
    }

    /** True when the position is in a file at a known line. */
    public boolean hasLine() {
        return inAFile() && line > 0;
    }

    /** True when the position is in a file at a known line and column. */
    public boolean hasColumn() {
        return hasLine() && column > 0;
    }

    /** This position with the file named {@code name} when it is the model file of {@link #modelFile()}. */
    public Position inFile(String name) {
        return kind == Kind.FILE && file == null ? new Position(Kind.FILE, name, line, column, null) : this;
    }

    /** {@code FILE:LINE:COLUMN}, {@code FILE:LINE}, {@code FILE}, the option's name, or the empty string. */
    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "";
            case OPTION -> option;
            case FILE -> (file == null ? "FILE" : file) + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "")
                    : "");
        };
    }
}

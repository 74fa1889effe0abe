package org.kolmo.model;

/** A place in a source text: 1-based line and column. File is the name shown to the user. */
public record SourcePosition(String file, int line, int column) {
    public static final SourcePosition NONE = new SourcePosition("", 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}

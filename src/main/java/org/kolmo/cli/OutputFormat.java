package org.kolmo.cli;

/** What {@code --format} may name. */
public enum OutputFormat {
    TEXT("text"), LATEX("latex"), LATEX_DOC("latex-doc"), JSON("json");

    private final String option;

    OutputFormat(String option) {
        this.option = option;
    }

    @Override
    public String toString() {
        return option;
    }

    static OutputFormat parse(String value) {
        for (OutputFormat f : values()) {
            if (f.option.equals(value)) {
                return f;
            }
        }
        throw new UsageException("--format", "unknown format '" + value + "' (expected text, latex, latex-doc or json)");
    }
}

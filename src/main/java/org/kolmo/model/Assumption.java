package org.kolmo.model;

/** What a model states about a parameter; {@link #SMALL} marks the scale separation parameter ε. */
public enum Assumption {
    REAL("real"),
    POSITIVE("positive"),
    NONZERO("nonzero"),
    SMALL("small");

    private final String keyword;

    Assumption(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    /** The assumption written as {@code word}, or null. */
    public static Assumption ofKeyword(String word) {
        for (Assumption a : values()) {
            if (a.keyword.equals(word)) {
                return a;
            }
        }
        return null;
    }
}

package org.kolmo.model;

/** The part a variable plays in a model. */
public enum Role {
    /** A variable of an ordinary SDE ({@code state}). */
    STATE("state"),
    /** A resolved variable X of a slow-fast system. */
    SLOW("slow"),
    /** An unresolved (fast) variable Y of a slow-fast system. */
    FAST("fast"),
    /** An additive functional A of the path (seed 000, eq. 7). */
    FUNCTIONAL("functional");

    private final String keyword;

    Role(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}

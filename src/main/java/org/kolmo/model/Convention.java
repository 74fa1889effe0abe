package org.kolmo.model;

/** The stochastic calculus in which the equations of a model are written. */
public enum Convention {
    ITO("ito"),
    STRATONOVICH("stratonovich");

    private final String keyword;

    Convention(String keyword) {
        this.keyword = keyword;
    }

    /** The word used for this convention in a {@code .sde} file and on the command line. */
    public String keyword() {
        return keyword;
    }
}

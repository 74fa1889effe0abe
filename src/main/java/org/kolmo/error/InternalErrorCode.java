package org.kolmo.error;

/** A failure that no family foresaw: a bug of Kolmo's (exit status 70). */
public enum InternalErrorCode implements ErrorCode {
    /** An exception that is not a {@link KolmoException}, reported without its stack trace. */
    UNEXPECTED("I001", "internal error: %s");

    private final Spec spec;

    InternalErrorCode(String code, String template) {
        spec = new Spec(code, template, INTERNAL);
    }

    public Spec spec() {
        return spec;
    }

    /** {@code e} as a Kolmo error: itself when it is one, else {@link #UNEXPECTED} with {@code e} as its cause. */
    public static KolmoException wrap(Throwable e) {
        return e instanceof KolmoException k ? k
                : new KolmoException(new Diagnostic(UNEXPECTED, Position.none(), UNEXPECTED.message(e), null), e);
    }
}

package org.kolmo.numeric;

/**
 * What every compiled vector of expressions carries besides its evaluation: the input layout, the number of outputs
 * and the generated source. Public only because generated classes, which live in their own class loader, extend its
 * subclasses.
 */
public abstract class CompiledCode {
    private final InputLayout layout;
    private final int outputCount;
    private final String source;

    /**
     * @param layout      which slot each input symbol is read from
     * @param outputCount number of values an evaluation writes
     * @param source      the Java source of the implementation, for diagnostics
     */
    CompiledCode(InputLayout layout, int outputCount, String source) {
        this.layout = layout;
        this.outputCount = outputCount;
        this.source = source;
    }

    public InputLayout layout() {
        return layout;
    }

    public int outputCount() {
        return outputCount;
    }

    /** The generated Java source. */
    public String source() {
        return source;
    }
}

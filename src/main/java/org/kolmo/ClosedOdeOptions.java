package org.kolmo;

/**
 * Options of {@link Kolmo#closedOde}.
 *
 * @param minimal      the component's own lowest-order equation instead of its block's characteristic polynomial
 * @param withConstant drop the zero root: one order less and a constant (Chen et al. 2025, eq. 45)
 */
public record ClosedOdeOptions(boolean minimal, boolean withConstant) {
    public static ClosedOdeOptions defaults() {
        return new ClosedOdeOptions(false, false);
    }

    public ClosedOdeOptions withMinimal(boolean newMinimal) {
        return new ClosedOdeOptions(newMinimal, withConstant);
    }

    public ClosedOdeOptions withConstant(boolean newWithConstant) {
        return new ClosedOdeOptions(minimal, newWithConstant);
    }
}

package org.kolmo.stationary;

import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** A one-dimensional density whose normalising constant and moments have closed forms. */
interface ClosedForm {
    /** The unnormalised density, in the form whose integral {@link #normaliser} is. */
    IExpr density(ISymbol x);

    /** The logarithm of {@link #density}, for quadrature. */
    IExpr logDensity(ISymbol x);

    /** The integral of {@link #density} over the support. */
    IExpr normaliser();

    /** E[x^k]. */
    IExpr moment(int k);
}

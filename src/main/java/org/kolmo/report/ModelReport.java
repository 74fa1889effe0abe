package org.kolmo.report;

import org.kolmo.model.Sde;

/**
 * A report whose result is itself a model (a conversion; later a reduced or homogenized SDE), so that a front end such
 * as the notebook kernel can hand it on to the next derivation.
 */
public interface ModelReport extends Report {
    /** The resulting model. */
    Sde model();
}

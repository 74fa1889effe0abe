/**
 * Figures: {@link org.kolmo.plot.TimeSeriesPlot} draws curves against time, with 95% bands where a curve is a Monte
 * Carlo estimate, and writes them as PNG, SVG or PDF by the file's extension (XChart). The simulation's and the
 * closure check's plots go through it; the reduction's figures of Chen et al. 2025 are drawn by
 * {@code org.kolmo.reduction.Figures}.
 */
package org.kolmo.plot;

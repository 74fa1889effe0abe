/**
 * The public API of Kolmo, {@link org.kolmo.Kolmo}: read a model ({@link org.kolmo.KolmoModel}, the model with its
 * source, so that errors are placed at an equation) and run a derivation with an immutable options record
 * ({@link org.kolmo.MomentsOptions}, {@link org.kolmo.ClosedOdeOptions}, {@link org.kolmo.ReduceOptions},
 * {@link org.kolmo.HomogenizeOptions}, {@link org.kolmo.MonteCarloOptions}, {@link org.kolmo.CheckOptions},
 * {@link org.kolmo.StationaryOptions}); each returns the derivation's report. The command line ({@code org.kolmo.cli})
 * and the notebook kernel ({@code org.kolmo.notebook}) are faces over it: they turn their input into these values,
 * call the facade and show what it returns. A bad value is an {@link org.kolmo.OptionException} (with an
 * {@link org.kolmo.OptionErrorCode}, E0xx) that names the command-line option it stands for; every other error is a
 * {@code org.kolmo.error.KolmoException} of its family as well, placed in the model file where it concerns it.
 */
package org.kolmo;

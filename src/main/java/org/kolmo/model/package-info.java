/**
 * The model as an immutable value: what a {@code .sde} file says, and nothing derived from it.
 *
 * <p>{@link org.kolmo.model.Sde} holds the variables ({@link org.kolmo.model.Variable}, each with its
 * {@link org.kolmo.model.Role}: a state, slow or fast variable, or a functional), the parameters
 * ({@link org.kolmo.model.Parameter} with its {@link org.kolmo.model.Assumption}s and default value), the noises, the
 * drift and diffusion as symbolic expressions in the {@link org.kolmo.model.Convention} they were written in, and
 * the optional {@link org.kolmo.model.RegimeStatement}. Derivations take an {@code Sde} and return a new value (a
 * converted, reduced or homogenized model is again an {@code Sde}); none of them changes one.
 *
 * <p>Models are read and written by {@code org.kolmo.io}; {@link org.kolmo.model.SourcePosition} keeps where in the
 * file a statement stood, for error messages.
 */
package org.kolmo.model;

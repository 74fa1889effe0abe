/**
 * Reading and writing the {@code .sde} model file.
 *
 * <p>{@link org.kolmo.io.ExpressionWriter} writes an expression in the file's expression syntax so that it reads
 * back as the same expression; it orders factors and terms like the LaTeX printer, through a shared
 * {@link org.kolmo.latex.Notation}.
 */
package org.kolmo.io;

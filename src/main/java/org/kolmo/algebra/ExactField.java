package org.kolmo.algebra;

/**
 * The arithmetic of an exact field, as used by the generic solvers of this package ({@link GaussianMoments},
 * {@link ExactLinearSystem}, {@link LyapunovEquation}).
 *
 * @param <T> the elements
 */
public interface ExactField<T> {
    T zero();

    T one();

    T fromInteger(long k);

    T add(T a, T b);

    T subtract(T a, T b);

    T multiply(T a, T b);

    /** a / b; b must not be zero. */
    T divide(T a, T b);

    T negate(T a);

    boolean isZero(T a);
}

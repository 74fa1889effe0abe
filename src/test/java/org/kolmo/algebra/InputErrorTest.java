package org.kolmo.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kolmo.algebra.SeedMatrices.ALPHA;
import static org.kolmo.algebra.SeedMatrices.BETA;
import static org.kolmo.algebra.SeedMatrices.PARAMETERS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Entries that are not polynomials in the parameters, and malformed shapes, are reported with a code and a place. */
class InputErrorTest {
    private static AlgebraException rejected(IExpr entry) {
        return assertThrows(AlgebraException.class,
                () -> PolynomialMatrix.of(PARAMETERS, List.of(List.of(F.C1, F.C0), List.of(ALPHA, entry))));
    }

    private static void assertNotPolynomial(IExpr entry, String fragment) {
        AlgebraException e = rejected(entry);
        assertEquals(AlgebraErrorCode.NOT_POLYNOMIAL, e.code());
        String message = e.diagnostic().message();
        assertTrue(message.startsWith("row 2, column 2"), message);
        assertTrue(message.contains(fragment), message);
    }

    @Test
    void divisionByAParameterIsRejected() {
        assertNotPolynomial(F.Times(F.C4, ALPHA, F.Power(Symbols.user("eps"), F.CN1)), "eps");
        assertNotPolynomial(F.Power(BETA, F.CN1), "beta");
    }

    @Test
    void squareRootsAreRejected() {
        assertNotPolynomial(F.Sqrt(BETA), "beta");
        assertNotPolynomial(F.Power(BETA, F.C1D2), "beta");
    }

    @Test
    void symbolsThatAreNotParametersAreRejected() {
        assertNotPolynomial(F.Plus(ALPHA, Symbols.user("gamma")), "'gamma' is not a parameter");
    }

    @Test
    void floatsAndFunctionsAreRejected() {
        assertNotPolynomial(F.Times(F.num(0.5), ALPHA), "0.5");
        assertNotPolynomial(F.Sin(BETA), "Sin");
    }

    @Test
    void rationalCoefficientsAndConstantDivisorsAreAccepted() throws AlgebraException {
        PolynomialMatrix m = PolynomialMatrix.of(PARAMETERS,
                List.of(List.of(F.Times(F.QQ(1, 3), ALPHA), F.Power(F.C2, F.CN1)),
                        List.of(F.Power(F.Plus(ALPHA, BETA), F.C2), F.Times(BETA, F.Power(F.C3, F.CN2)))));
        assertEquals(SeedMatrices.RING.toPolynomial(F.Times(F.QQ(1, 9), BETA)), m.polynomial(1, 1));
        assertEquals(SeedMatrices.RING.toPolynomial(
                F.Plus(F.Sqr(ALPHA), F.Times(F.C2, ALPHA, BETA), F.Sqr(BETA))), m.polynomial(1, 0));
        assertEquals(SeedMatrices.RING.toPolynomial(F.C1D2), m.polynomial(0, 1));
    }

    @Test
    void shapesAreChecked() {
        AlgebraException ragged = assertThrows(AlgebraException.class,
                () -> PolynomialMatrix.of(PARAMETERS, List.of(List.of(F.C1, F.C0), List.of(F.C1))));
        assertEquals(AlgebraErrorCode.RAGGED_MATRIX, ragged.code());
        AlgebraException empty = assertThrows(AlgebraException.class,
                () -> PolynomialMatrix.of(PARAMETERS, List.<List<IExpr>>of()));
        assertEquals(AlgebraErrorCode.EMPTY_MATRIX, empty.code());
    }

    @Test
    void misuseIsReportedWithACode() throws AlgebraException {
        PolynomialMatrix rectangular = PolynomialMatrix.of(PARAMETERS, List.of(List.of(F.C1, ALPHA)));
        assertEquals(AlgebraErrorCode.NOT_SQUARE,
                assertThrows(AlgebraArgumentException.class, rectangular::characteristicPolynomial).code());
        assertEquals(AlgebraErrorCode.DIMENSION_MISMATCH,
                assertThrows(AlgebraArgumentException.class, () -> rectangular.multiply(rectangular)).code());
        assertEquals(AlgebraErrorCode.INDEX_OUT_OF_RANGE,
                assertThrows(AlgebraArgumentException.class, () -> SeedMatrices.m().componentAnnihilator(4)).code());
        PolynomialMatrix other = PolynomialMatrix.of(List.of(ALPHA), List.of(List.of(ALPHA)));
        assertEquals(AlgebraErrorCode.RING_MISMATCH,
                assertThrows(AlgebraArgumentException.class, () -> other.add(SeedMatrices.q())).code());
        assertEquals(AlgebraErrorCode.PARAMETER_VALUES,
                assertThrows(AlgebraArgumentException.class, () -> SeedMatrices.q().evaluate(1.0)).code());
        assertEquals(AlgebraErrorCode.VARIABLE_IS_PARAMETER, assertThrows(AlgebraArgumentException.class,
                () -> SeedMatrices.q().characteristicPolynomial().toExpr(ALPHA)).code());
        assertEquals(AlgebraErrorCode.DUPLICATE_PARAMETER,
                assertThrows(AlgebraArgumentException.class, () -> ParameterRing.of(ALPHA, ALPHA)).code());
    }

    /** "beta" must never become Symja's Beta function: user symbols are never parsed. */
    @Test
    void userSymbolsStayParameters() throws AlgebraException {
        IExpr back = SeedMatrices.q().get(0, 0);
        assertTrue(back.toString().contains(Symbols.PREFIX + "beta"), back.toString());
    }
}

package org.kolmo.algebra;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.cas.CasErrorCode;
import org.kolmo.cas.CasException;
import org.kolmo.cas.JavaFunctions;
import org.kolmo.cas.Lists;
import org.kolmo.cas.RuleFunctionProvider;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The exact polynomial linear algebra of this package as functions of the rule language (matrices are lists of
 * rows, polynomials lists of coefficients a_0..a_n, component indices 1-based as in Symja):
 * <ul>
 * <li>{@code KoCharacteristicPolynomial(F, params)}: det(λI - F) (Berkowitz);</li>
 * <li>{@code KoMinimalPolynomial(F, params)};</li>
 * <li>{@code KoComponentAnnihilator(F, params, j)}: the lowest-order relation of component j;</li>
 * <li>{@code KoKrylovRows(F, params, j, n)}: the rows e_j^T F^k, k = 0..n-1;</li>
 * <li>{@code KoPolynomialOfMatrixRow(q, F, params, j)}: the row e_j^T q(F);</li>
 * <li>{@code KoTogether(e)}: e as one fraction in lowest terms, computed exactly ({@link ExactTogether}), in place
 * of Symja's Together.</li>
 * </ul>
 */
public final class AlgebraFunctions implements RuleFunctionProvider {
    @Override
    public void register() {
        JavaFunctions.register("KoTogether", ast -> ast.argSize() == 1 ? ExactTogether.together(ast.arg1()) : null);
        JavaFunctions.register("KoCharacteristicPolynomial",
                ast -> ast.argSize() == 2 ? coefficients(matrix(ast).characteristicPolynomial()) : null);
        JavaFunctions.register("KoMinimalPolynomial",
                ast -> ast.argSize() == 2 ? coefficients(matrix(ast).minimalPolynomial()) : null);
        JavaFunctions.register("KoComponentAnnihilator", ast -> ast.argSize() == 3
                ? coefficients(matrix(ast).componentAnnihilator(index(ast.arg3(), ast)).polynomial()) : null);
        JavaFunctions.register("KoKrylovRows", ast -> ast.argSize() == 4
                ? matrix(ast).krylovRows(index(ast.arg3(), ast), ast.arg4().toIntDefault()).toExpr() : null);
        JavaFunctions.register("KoPolynomialOfMatrixRow", ast -> {
            if (ast.argSize() != 4) {
                return null;
            }
            PolynomialMatrix f = matrix(ast.arg2(), ast.arg3(), ast);
            // an AlgebraException (an entry outside the exact algebra) reaches the caller with its code
            ParametricPolynomial q = ParametricPolynomial.of(f.ring(),
                    Lists.toVector(ast.arg1(), ast.arg1().argSize(), "q"));
            return F.List(f.apply(q).toExprRows().get(index(ast.arg4(), ast)).toArray(new IExpr[0]));
        });
    }

    private static PolynomialMatrix matrix(IAST ast) {
        return matrix(ast.arg1(), ast.arg2(), ast);
    }

    private static PolynomialMatrix matrix(IExpr rows, IExpr params, IAST call) {
        if (!rows.isList() || !params.isList()) {
            throw new CasException(CasErrorCode.JAVA_FUNCTION, call.topHead(),
                    "expected a matrix and a list of parameters");
        }
        List<List<IExpr>> entries = new ArrayList<>();
        for (IExpr row : Lists.toVector(rows, rows.argSize(), "matrix")) {
            entries.add(Lists.toVector(row, row.argSize(), "matrix row"));
        }
        List<ISymbol> symbols = new ArrayList<>();
        for (IExpr p : Lists.toVector(params, params.argSize(), "parameters")) {
            if (!(p instanceof ISymbol s)) {
                throw new CasException(CasErrorCode.JAVA_FUNCTION, call.topHead(),
                        "parameters must be symbols, got " + p);
            }
            symbols.add(s);
        }
        return PolynomialMatrix.of(symbols, entries);
    }

    private static int index(IExpr j, IAST call) {
        int i = j.toIntDefault();
        if (i < 1) {
            throw new CasException(CasErrorCode.JAVA_FUNCTION, call.topHead(),
                    "component index must be a positive integer, got " + j);
        }
        return i - 1;
    }

    private static IExpr coefficients(ParametricPolynomial p) {
        return F.List(p.coefficients().toArray(new IExpr[0]));
    }
}

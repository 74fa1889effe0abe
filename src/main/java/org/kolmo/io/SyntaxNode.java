package org.kolmo.io;

import java.math.BigDecimal;
import java.util.List;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** The parsed form of an expression, before symbols are resolved; every node keeps its column. */
sealed interface SyntaxNode {
    int column();

    record Number(BigDecimal value, int column) implements SyntaxNode {
    }

    record Name(String name, int column) implements SyntaxNode {
    }

    record Call(String function, List<SyntaxNode> arguments, int column) implements SyntaxNode {
    }

    record Negation(SyntaxNode operand, int column) implements SyntaxNode {
    }

    /** {@code op} is one of {@code + - * / ^}; the column is that of the left operand, where the term starts. */
    record Binary(char op, SyntaxNode left, SyntaxNode right, int column) implements SyntaxNode {
        /** The operation applied to the resolved operands. */
        IExpr apply(IExpr l, IExpr r) {
            return switch (op) {
                case '+' -> F.Plus(l, r);
                case '-' -> F.Subtract(l, r);
                case '*' -> F.Times(l, r);
                case '/' -> F.Divide(l, r);
                default -> F.Power(l, r);
            };
        }
    }
}

package org.kolmo.numeric;

import java.util.List;
import java.util.SplittableRandom;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Random real-valued expressions over given symbols, built so that they are defined and moderate in size wherever
 * the symbols lie in a box of size about 1: square roots, logarithms, reciprocals and fractional powers only see
 * positive arguments, exponentials only bounded ones, and periodic functions arguments of modest size. Subtrees are reused now and then so that common
 * subexpressions occur.
 */
final class RandomExpressions {
    private final SplittableRandom random;
    private final List<IExpr> symbols;

    RandomExpressions(long seed, List<IExpr> symbols) {
        this.random = new SplittableRandom(seed);
        this.symbols = symbols;
    }

    IExpr next(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return leaf();
        }
        int d = depth - 1;
        switch (random.nextInt(26)) {
            case 0:
                return F.Plus(next(d), next(d));
            case 1:
                return F.Plus(next(d), next(d), next(d));
            case 2:
                return F.Subtract(next(d), next(d));
            case 3:
                return F.Times(next(d), next(d));
            case 4:
                return F.Times(next(d), next(d), next(d));
            case 5:
                return F.Divide(next(d), positive(d));
            case 6:
                return F.Power(next(d), F.ZZ(2 + random.nextInt(6)));
            case 7:
                return F.Power(positive(d), F.ZZ(-1 - random.nextInt(3)));
            case 8:
                return F.Power(positive(d), F.QQ(random.nextInt(11) - 5, 2 + random.nextInt(3)));
            case 9:
                return F.Sqrt(positive(d));
            case 10:
                return F.Log(positive(d));
            case 11:
                return F.Exp(bounded(d));
            case 12:
                return F.Sin(argument(d));
            case 13:
                return F.Cos(argument(d));
            case 14:
                return F.Tan(bounded(d));
            case 15:
                return F.Sinh(bounded(d));
            case 16:
                return F.Cosh(bounded(d));
            case 17:
                return F.Tanh(next(d));
            case 18:
                return F.Abs(next(d));
            case 19:
                return F.ArcTan(next(d));
            case 20:
                return F.ArcSin(F.Times(F.C1D2, F.Tanh(next(d))));
            case 21:
                return F.Power(positive(d), bounded(d));
            case 22:
                return F.Sec(bounded(d));
            case 23: {
                IExpr shared = next(d);
                return F.Plus(shared, F.Times(shared, next(d)), F.Sqr(shared));
            }
            case 24:
                return F.ArcTan(positive(d), next(d));
            default:
                return F.Log(F.ZZ(2 + random.nextInt(3)), positive(d));
        }
    }

    private IExpr positive(int depth) {
        switch (random.nextInt(5)) {
            case 0:
                return F.Plus(F.C1, F.Sqr(next(depth)));
            case 1:
                return F.Exp(bounded(depth));
            case 2:
                return F.Plus(F.Abs(next(depth)), F.C1D2);
            case 3:
                return F.Cosh(bounded(depth));
            default:
                return random.nextBoolean() ? F.Pi : F.QQ(1 + random.nextInt(9), 1 + random.nextInt(4));
        }
    }

    /**
     * An argument of a periodic function, of modest size: sin(u) for |u| ~ 10^6 is ill-conditioned (any double
     * evaluation loses digits), which would test the conditioning rather than the compiler.
     */
    private IExpr argument(int depth) {
        switch (random.nextInt(3)) {
            case 0:
                return F.Times(leaf(), bounded(depth));
            case 1:
                return F.Plus(leaf(), bounded(depth));
            default:
                return F.Times(leaf(), leaf());
        }
    }

    /** A value in [-1, 1]; periodic functions see only arguments of modest size. */
    private IExpr bounded(int depth) {
        switch (random.nextInt(3)) {
            case 0:
                return F.Sin(F.Times(leaf(), F.Tanh(next(depth))));
            case 1:
                return F.Tanh(next(depth));
            default:
                return F.Times(F.C1D2, F.Cos(F.Plus(leaf(), F.Tanh(next(depth)))));
        }
    }

    private IExpr leaf() {
        switch (random.nextInt(8)) {
            case 0:
            case 1:
            case 2:
                return symbols.get(random.nextInt(symbols.size()));
            case 3:
                return F.ZZ(random.nextInt(11) - 5);
            case 4:
                return F.QQ(random.nextInt(19) - 9, 1 + random.nextInt(7));
            case 5:
                return random.nextBoolean() ? F.Pi : F.E;
            case 6:
                return F.num(Math.rint((random.nextDouble() * 6 - 3) * 1000) / 1000);
            default:
                return symbols.get(random.nextInt(symbols.size()));
        }
    }
}

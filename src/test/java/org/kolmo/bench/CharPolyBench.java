package org.kolmo.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.kolmo.algebra.AlgebraException;
import org.kolmo.algebra.ParameterRing;
import org.kolmo.algebra.ParametricPolynomial;
import org.kolmo.algebra.PolynomialMatrix;
import org.kolmo.algebra.RandomMatrices;
import org.kolmo.cas.Symbols;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;

/**
 * Characteristic polynomials: Kolmo's Berkowitz over Z[p] against Symja's {@code Together(CharacteristicPolynomial(M,
 * l))} on M of seed 003, eq. (38), in the same JVM, then Kolmo alone on random parametric 10 x 10 and 20 x 20 matrices.
 * Run it with {@code bench/charpoly.sh}; options: {@code --symja-runs N} (default 2, the first one warms Symja up;
 * 0 skips Symja), {@code --iterations N} (timed calls of Kolmo on M, default 2000).
 */
public final class CharPolyBench {
    private static final ISymbol ALPHA = Symbols.user("alpha");
    private static final ISymbol BETA = Symbols.user("beta");
    private static final ISymbol LAMBDA = Symbols.user("l");

    private CharPolyBench() {
    }

    public static void main(String[] args) throws AlgebraException {
        int symjaRuns = 2;
        int iterations = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--symja-runs" -> symjaRuns = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf("JVM %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        List<List<IExpr>> m = seedMatrix();
        List<ISymbol> parameters = List.of(ALPHA, BETA);

        // Kolmo, end to end: Symja entries in, expanded Symja polynomial in λ out
        Supplier<IExpr> endToEnd = () -> {
            try {
                return PolynomialMatrix.of(parameters, m).characteristicPolynomial().toExpr(LAMBDA);
            } catch (AlgebraException e) {
                throw new IllegalStateException(e);
            }
        };
        // Kolmo, the algorithm alone on prebuilt JAS entries (a fresh matrix each call: the result is cached per matrix)
        PolynomialMatrix built = PolynomialMatrix.of(parameters, m);
        List<List<GenPolynomial<BigRational>>> polynomials = polynomials(built);
        Supplier<ParametricPolynomial> core =
                () -> PolynomialMatrix.ofPolynomials(built.ring(), polynomials).characteristicPolynomial();

        IExpr ours = endToEnd.get();
        System.out.println("Kolmo:  det(lI - M) = " + readable(ours));
        double coreMs = timeMillis(core, iterations);
        double endToEndMs = timeMillis(endToEnd, iterations);
        System.out.printf(Locale.ROOT, "Kolmo:  %.4f ms per call (Berkowitz over Z[alpha, beta] alone), "
                + "%.4f ms end to end (conversion from and to Symja included); median of %d calls after >= 1 s warm-up%n",
                coreMs, endToEndMs, iterations);
        Supplier<Object> annihilators = () -> {
            PolynomialMatrix f = PolynomialMatrix.ofPolynomials(built.ring(), polynomials);
            return List.of(f.minimalPolynomial(), f.componentAnnihilator(3).polynomial());
        };
        System.out.printf(Locale.ROOT, "Kolmo:  %.4f ms for the minimal polynomial and p_zz's annihilator together%n",
                timeMillis(annihilators, iterations));

        if (symjaRuns > 0) {
            org.kolmo.support.SessionEval evaluator = new org.kolmo.support.SessionEval();
            IAST matrix = F.ListAlloc(m.stream().map(F::ListAlloc).toList());
            IExpr symjaResult = null;
            double best = Double.POSITIVE_INFINITY;
            for (int run = 1; run <= symjaRuns; run++) {
                long t0 = System.nanoTime();
                symjaResult = evaluator.eval(F.Together(F.CharacteristicPolynomial(matrix, LAMBDA)));
                double ms = (System.nanoTime() - t0) / 1e6;
                System.out.printf(Locale.ROOT, "Symja:  run %d: %.1f ms%n", run, ms);
                if (run > 1 || symjaRuns == 1) {
                    best = Math.min(best, ms);
                }
            }
            IExpr difference = evaluator.eval(F.Expand(F.Subtract(symjaResult, ours)));
            System.out.println("Symja:  Together(CharacteristicPolynomial(M, l)) = " + readable(symjaResult));
            System.out.println("Symja and Kolmo agree (Expand of the difference is 0): " + difference.isZero());
            System.out.printf(Locale.ROOT, "Ratio Symja / Kolmo: %.0fx end to end, %.0fx against the algorithm alone%n",
                    best / endToEndMs, best / coreMs);
        }

        System.out.println();
        System.out.println("Random parametric matrices, Kolmo alone (entries: up to 2 terms of total degree <= d, "
                + "integer coefficients in [-5, 5], 30% zeros; java.util.Random seed 42):");
        randomCase(10, 2, 1, 5);
        randomCase(10, 2, 2, 5);
        randomCase(10, 3, 2, 5);
        randomCase(20, 2, 1, 3);
        randomCase(20, 2, 2, 3);
        randomCase(20, 3, 1, 3);
    }

    private static void randomCase(int n, int parameters, int degree, int runs) {
        ParameterRing ring = RandomMatrices.ring(parameters);
        PolynomialMatrix f = RandomMatrices.matrix(ring, new Random(42), n, 0.3, 2, degree);
        List<List<GenPolynomial<BigRational>>> polynomials = polynomials(f);
        Supplier<ParametricPolynomial> run = () -> PolynomialMatrix.ofPolynomials(ring, polynomials)
                .characteristicPolynomial();
        ParametricPolynomial chi = run.get();
        double ms = timeMillis(run, runs);
        int terms = 0;
        long digits = 0;
        for (GenPolynomial<BigRational> c : chi.coefficientPolynomials()) {
            terms += c.length();
            for (BigRational q : c.getMap().values()) {
                digits = Math.max(digits, q.num.abs().toString().length());
            }
        }
        System.out.printf(Locale.ROOT, "  %2dx%-2d %d parameters, d = %d: %9.1f ms (median of %d after >= 1 s warm-up); "
                + "result %d terms, largest coefficient %d digits%n", n, n, parameters, degree, ms, runs, terms, digits);
    }

    /** The median time of {@code runs} calls, after warm-up calls for at least one second and {@code runs} calls. */
    private static double timeMillis(Supplier<?> work, int runs) {
        long warmUpEnd = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < runs || System.nanoTime() < warmUpEnd; i++) {
            work.get();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static List<List<GenPolynomial<BigRational>>> polynomials(PolynomialMatrix f) {
        List<List<GenPolynomial<BigRational>>> rows = new ArrayList<>();
        for (int i = 0; i < f.rows(); i++) {
            List<GenPolynomial<BigRational>> row = new ArrayList<>();
            for (int j = 0; j < f.columns(); j++) {
                row.add(f.polynomial(i, j));
            }
            rows.add(row);
        }
        return rows;
    }

    /** M of seed 003, eq. (38), built with F over user symbols (never through Symja's parser). */
    private static List<List<IExpr>> seedMatrix() {
        IExpr b2 = F.Sqr(BETA);
        return List.of(
                List.of(F.Times(F.ZZ(-4), b2), F.Times(F.C4, b2), F.C0, F.C0),
                List.of(F.Times(F.C4, b2), F.Times(F.ZZ(-4), b2), F.Times(F.ZZ(-4), ALPHA), F.C0),
                List.of(F.C0, F.Times(F.C2, ALPHA), F.Times(F.CN2, b2), F.Times(F.CN2, ALPHA)),
                List.of(F.C0, F.C0, F.Times(F.C4, ALPHA), F.C0));
    }

    private static String readable(IExpr e) {
        return e.toString().replace(Symbols.PREFIX, "");
    }
}

package org.kolmo.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Generated kernels against the generic steppers: same operations in the same order, so the same bits. */
class KernelWriterTest {
    /** dx = (sin(y) - x) dt + x dW1 + y z dW2, dy = -y dt + cos(x) dW1, dz = x y dt + 0.3 dW2: non-commutative. */
    private static Sde coupled(Convention convention) {
        ISymbol x = Sde.symbol("x");
        ISymbol y = Sde.symbol("y");
        ISymbol z = Sde.symbol("z");
        ISymbol k = Sde.symbol("k");
        return new Sde("coupled", "", convention, List.of(TestModels.parameter("k", F.QQ(3, 10))),
                List.of(TestModels.state("x", F.C1D2), TestModels.state("y", F.C1), TestModels.state("z", F.C0)),
                List.of("W1", "W2"),
                List.of(F.Subtract(F.Sin(y), x), F.Negate(y), F.Times(x, y)),
                List.of(List.of(x, F.Times(y, z)), List.of(F.Cos(x), F.C0), List.of(F.C0, k)));
    }

    private static void assertSamePaths(CompiledSde sde, Scheme scheme) {
        PathStepper kernel = KernelWriter.compile(sde, scheme);
        assertNotNull(kernel);
        PathStepper generic = scheme.genericStepper(sde);
        for (long path = 0; path < 20; path++) {
            double[] a = sde.initialState();
            double[] b = sde.initialState();
            kernel.advance(a, 0.25, 200, 1e-3, new SplittableRandom(path), path);
            generic.advance(b, 0.25, 200, 1e-3, new SplittableRandom(path), path);
            assertArrayEquals(b, a, 0.0, scheme + " path " + path);
        }
    }

    @Test
    void kernelsReproduceGenericSteppers() {
        CompiledSde ito = CompiledSde.compile(coupled(Convention.ITO));
        assertSamePaths(ito, Scheme.EULER_MARUYAMA);
        assertSamePaths(ito, Scheme.MILSTEIN);
        assertSamePaths(CompiledSde.compile(coupled(Convention.STRATONOVICH)), Scheme.STOCHASTIC_HEUN);
        CompiledSde twoState = CompiledSde.compile(TestModels.twoStateIto());
        assertSamePaths(twoState, Scheme.EULER_MARUYAMA);
        assertSamePaths(twoState, Scheme.MILSTEIN);
    }

    @Test
    void kernelReportsNonFiniteState() {
        ISymbol x = Sde.symbol("x");
        Sde model = new Sde("blowup", "", Convention.ITO, List.of(), List.of(TestModels.state("x", F.C1)),
                List.of("W"), List.of(F.Power(x, F.C3)), List.of(List.of(F.C0)));
        PathStepper kernel = KernelWriter.compile(CompiledSde.compile(model), Scheme.EULER_MARUYAMA);
        double[] state = {1};
        NonFiniteValueException e = assertThrows(NonFiniteValueException.class,
                () -> kernel.advance(state, 0, 1000, 0.1, new SplittableRandom(1), 42));
        assertEquals(42, e.pathIndex());
        assertEquals("variable 'x'", e.quantity());
    }

    @Test
    void largeModelsFallBackToGenericSteppers() {
        List<Variable> variables = new ArrayList<>();
        List<IExpr> drift = new ArrayList<>();
        List<List<IExpr>> diffusion = new ArrayList<>();
        int n = 120;
        for (int i = 0; i < n; i++) {
            variables.add(TestModels.state("u" + i, F.C0));
        }
        for (int i = 0; i < n; i++) {
            ISymbol u = Sde.symbol("u" + i);
            ISymbol next = Sde.symbol("u" + ((i + 1) % n));
            drift.add(F.Subtract(F.Sin(next), u));
            diffusion.add(List.of(F.Times(F.C1D2, F.Cos(u))));
        }
        CompiledSde sde = CompiledSde.compile(new Sde("ring", "", Convention.ITO, List.of(), variables, List.of("W"),
                drift, diffusion));
        assertNull(KernelWriter.compile(sde, Scheme.EULER_MARUYAMA));
        MonteCarloResult r = MonteCarlo.run(sde, sde.initialState(), Observables.variables(sde),
                MonteCarloSettings.of(Scheme.EULER_MARUYAMA, 50, 0.01, new double[] {0.5}, 3), MonteCarloProgress.NONE);
        assertEquals(50, r.paths());
    }
}

package org.kolmo.numeric;

import java.util.ArrayList;
import java.util.List;

import org.matheclipse.core.interfaces.IExpr;

/**
 * Generates the time-stepping loop of one scheme for one model as Java source: the state lives in local variables,
 * drift, diffusion (and Milstein coefficients) are inlined with their common subexpressions shared, loops over
 * variables and noises are unrolled, and terms with a coefficient that is identically zero are left out. Each
 * arithmetic operation is written in the order the generic steppers perform it, so both give the same numbers.
 */
final class KernelWriter {
    /** Largest kernel (statements of all inlined evaluations plus update terms) kept in one method. */
    static final int MAX_STATEMENTS = 300;

    /** Times are written out where used, so a model that does not depend on time pays nothing for them. */
    private static final String TIME = "(t0 + step * h)";
    private static final String NEXT_TIME = "(t0 + (step + 1) * h)";

    private final Scheme scheme;
    private final int d;
    private final int m;
    private final JavaSourceWriter coefficients;

    private KernelWriter(Scheme scheme, int d, int m, JavaSourceWriter coefficients) {
        this.scheme = scheme;
        this.d = d;
        this.m = m;
        this.coefficients = coefficients;
    }

    /** The generated stepper of {@code scheme} for {@code sde}, or null when the model is too large for it. */
    static PathStepper compile(CompiledSde sde, Scheme scheme) {
        int d = sde.dimension();
        int m = sde.noiseCount();
        List<IExpr> outputs = new ArrayList<>(sde.driftAndDiffusion());
        if (scheme == Scheme.MILSTEIN) {
            outputs.addAll(sde.milsteinExpressions());
        }
        JavaSourceWriter coefficients = sde.compiler().writer(outputs, sde.boundValues());
        int evaluations = scheme == Scheme.STOCHASTIC_HEUN ? 2 : 1;
        int size = evaluations * coefficients.statementCount() + d * (m + 1) + (scheme == Scheme.MILSTEIN ? d * m * m : 0);
        if (size > MAX_STATEMENTS || d == 0) {
            return null;
        }
        String className = ExpressionCompiler.nextClassName("KolmoKernel");
        String source = new KernelWriter(scheme, d, m, coefficients).write(className);
        return JaninoLoader.instantiate(className, source, PathStepper.class, new Class<?>[] {CompiledSde.class}, sde);
    }

    private int driftIndex(int i) {
        return i;
    }

    private int diffusionIndex(int i, int j) {
        return d + i * m + j;
    }

    private int milsteinIndex(int i, int j, int k) {
        return d + d * m + (i * m + j) * m + k;
    }

    private boolean isZero(int output) {
        return coefficients.outputIsConstant(output, 0.0);
    }

    String write(String className) {
        StringBuilder s = new StringBuilder();
        s.append("public final class ").append(className).append(" extends ").append(PathStepper.class.getName())
                .append(" {\n");
        s.append("  public ").append(className).append('(').append(CompiledSde.class.getName())
                .append(" sde) {\n    super(sde);\n  }\n\n");
        s.append("  public void advance(double[] x, double t0, int steps, double h, ")
                .append("java.util.random.RandomGenerator random, long path) {\n");
        for (int i = 0; i < d; i++) {
            s.append("    double x_").append(i).append(" = x[").append(i).append("];\n");
        }
        s.append("    final double sqrtH = Math.sqrt(h);\n");
        s.append("    for (int step = 0; step < steps; step++) {\n");
        switch (scheme) {
            case EULER_MARUYAMA -> eulerMaruyama(s, false);
            case MILSTEIN -> eulerMaruyama(s, true);
            case STOCHASTIC_HEUN -> heun(s);
            default -> throw new IllegalStateException(scheme.toString());
        }
        s.append("      if (!(");
        for (int i = 0; i < d; i++) {
            // non-short-circuit &: no branch per component on the hot path
            s.append(i == 0 ? "" : " & ").append("Math.abs(x_").append(i).append(") <= Double.MAX_VALUE");
        }
        s.append(")) {\n");
        storeState(s, "        ");
        s.append("        throw nonFinite(x, ").append(NEXT_TIME).append(", path);\n      }\n    }\n");
        storeState(s, "    ");
        s.append("  }\n}\n");
        return s.toString();
    }

    private void storeState(StringBuilder s, String indent) {
        for (int i = 0; i < d; i++) {
            s.append(indent).append("x[").append(i).append("] = x_").append(i).append(";\n");
        }
    }

    /** Declares the coefficient locals with the given prefix and fills them from state {@code state}. */
    private void evaluate(StringBuilder s, String prefix, String state, String time) {
        int outputs = d + d * m + (scheme == Scheme.MILSTEIN ? d * m * m : 0);
        s.append("      double");
        for (int o = 0; o < outputs; o++) {
            s.append(o == 0 ? " " : ", ").append(prefix).append(o);
        }
        s.append(";\n");
        coefficients.writeInline(s, "      ", i -> state + i, time, o -> prefix + o);
    }

    /**
     * The Brownian increments, drawn before the coefficients are evaluated: the draws do not depend on the state, so
     * the numbers are those of the generic steppers, but fewer values are live across the (not inlined) call into
     * the Gaussian sampler, which saves spilling them on every step.
     */
    private void drawIncrements(StringBuilder s) {
        for (int j = 0; j < m; j++) {
            s.append("      final double dw_").append(j).append(" = sqrtH * random.nextGaussian();\n");
        }
    }

    /** X' = X + b h + σ ΔW (+ ½ Σ G (ΔW_j ΔW_k - δ_jk h) for Milstein), as the generic steppers compute it. */
    private void eulerMaruyama(StringBuilder s, boolean milstein) {
        drawIncrements(s);
        evaluate(s, "e_", "x_", TIME);
        if (milstein) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    s.append("      final double q_").append(j).append('_').append(k).append(" = dw_").append(j)
                            .append(" * dw_").append(k).append(j == k ? " - h" : "").append(";\n");
                }
            }
        }
        for (int i = 0; i < d; i++) {
            StringBuilder v = eulerUpdate(i);
            if (milstein) {
                List<String> terms = new ArrayList<>();
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        if (!isZero(milsteinIndex(i, j, k))) {
                            terms.add("e_" + milsteinIndex(i, j, k) + " * q_" + j + "_" + k);
                        }
                    }
                }
                if (!terms.isEmpty()) {
                    v.append(" + 0.5 * (").append(String.join(" + ", terms)).append(')');
                }
            }
            s.append("      final double n_").append(i).append(" = ").append(v).append(";\n");
        }
        for (int i = 0; i < d; i++) {
            s.append("      x_").append(i).append(" = n_").append(i).append(";\n");
        }
    }

    /**
     * The Euler-Maruyama update of component i, x_i + b_i h + Σ_j σ_ij ΔW_j, with the coefficients from e_ and the
     * terms whose coefficient is identically zero left out: the Euler and Milstein steps and Heun's predictor all
     * start from it.
     */
    private StringBuilder eulerUpdate(int i) {
        StringBuilder v = new StringBuilder("x_" + i);
        if (!isZero(driftIndex(i))) {
            v.append(" + e_").append(driftIndex(i)).append(" * h");
        }
        for (int j = 0; j < m; j++) {
            if (!isZero(diffusionIndex(i, j))) {
                v.append(" + e_").append(diffusionIndex(i, j)).append(" * dw_").append(j);
            }
        }
        return v;
    }

    /** Predictor X̄ = X + b h + σ ΔW, then X' = X + ½(b + b̄) h + ½(σ + σ̄) ΔW. */
    private void heun(StringBuilder s) {
        drawIncrements(s);
        evaluate(s, "e_", "x_", TIME);
        for (int i = 0; i < d; i++) {
            s.append("      final double p_").append(i).append(" = ").append(eulerUpdate(i)).append(";\n");
        }
        evaluate(s, "f_", "p_", NEXT_TIME);
        for (int i = 0; i < d; i++) {
            StringBuilder v = new StringBuilder("x_" + i);
            int b = driftIndex(i);
            if (!isZero(b)) {
                v.append(" + 0.5 * (e_").append(b).append(" + f_").append(b).append(") * h");
            }
            for (int j = 0; j < m; j++) {
                int c = diffusionIndex(i, j);
                if (!isZero(c)) {
                    v.append(" + 0.5 * (e_").append(c).append(" + f_").append(c).append(") * dw_").append(j);
                }
            }
            s.append("      x_").append(i).append(" = ").append(v).append(";\n");
        }
    }
}

package org.kolmo.homogenization.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.kolmo.cas.CasSession;
import org.kolmo.homogenization.ItoForm;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The Itô coefficients of a model (functionals' p·dX substituted, Stratonovich models converted) at the model's
 * parameter values, compiled to Java bytecode with Janino, so that a Monte Carlo run evaluates them at machine
 * speed.
 */
public final class CompiledSde {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Sde ito;
    private final VectorField field;

    private CompiledSde(Sde ito, VectorField field) {
        this.ito = ito;
        this.field = field;
    }

    /** The model's Itô form, every parameter replaced by its value. */
    public Sde ito() {
        return ito;
    }

    public VectorField field() {
        return field;
    }

    public int dimension() {
        return ito.dimension();
    }

    public int noises() {
        return ito.noiseCount();
    }

    /**
     * Compiles {@code model}.
     *
     * @throws IllegalArgumentException when a parameter has no value or a coefficient cannot be compiled
     */
    public static CompiledSde of(Sde model) {
        Sde ito = ItoForm.of(model);
        List<IExpr> rules = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            IExpr v = p.value().orElseThrow(() -> new IllegalArgumentException(
                    "parameter " + p.name() + " has no value; a Monte Carlo run needs every parameter's value"));
            rules.add(F.Rule(p.symbol(), v));
        }
        IExpr at = F.List(rules.toArray(new IExpr[0]));
        CasSession cas = CasSession.get();
        List<ISymbol> vars = ito.variableSymbols();
        JavaExpressionWriter w = new JavaExpressionWriter(vars);
        String name = "KolmoCompiledSde" + COUNTER.incrementAndGet();
        StringBuilder src = new StringBuilder();
        src.append("public final class ").append(name).append(" implements ")
                .append(VectorField.class.getName()).append(" {\n");
        src.append("  private static double ipow(double x, int n) {\n");
        src.append("    if (n < 0) return 1.0 / ipow(x, -n);\n");
        src.append("    double r = 1.0; for (int i = 0; i < n; i++) r *= x; return r;\n  }\n");
        src.append("  public void drift(double[] z, double[] out) {\n");
        for (int i = 0; i < ito.dimension(); i++) {
            src.append("    out[").append(i).append("] = ")
                    .append(w.write(cas.evaluate(F.ReplaceAll(ito.drift().get(i), at)))).append(";\n");
        }
        src.append("  }\n  public void diffusion(double[] z, double[][] out) {\n");
        for (int i = 0; i < ito.dimension(); i++) {
            for (int j = 0; j < ito.noiseCount(); j++) {
                src.append("    out[").append(i).append("][").append(j).append("] = ")
                        .append(w.write(cas.evaluate(F.ReplaceAll(ito.diffusion().get(i).get(j), at)))).append(";\n");
            }
        }
        src.append("  }\n}\n");
        try {
            SimpleCompiler compiler = new SimpleCompiler();
            compiler.setParentClassLoader(CompiledSde.class.getClassLoader());
            compiler.cook(src.toString());
            Class<?> cls = compiler.getClassLoader().loadClass(name);
            return new CompiledSde(ito, (VectorField) cls.getDeclaredConstructor().newInstance());
        } catch (CompileException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot compile the coefficients of " + model.name() + ": " + e, e);
        }
    }
}

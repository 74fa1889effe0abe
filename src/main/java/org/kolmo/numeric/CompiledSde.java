package org.kolmo.numeric;

import org.kolmo.cas.CasSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An {@link Sde} with numeric parameter values and its coefficients compiled: the drift b (one output per
 * variable), the diffusion σ (row-major, variables × noises) and, on demand, the Milstein coefficients. Shared
 * read-only by all threads of a Monte Carlo run.
 *
 * <p>The dX terms of functionals (seed 000, eq. 7) are substituted before compiling: dA = c dt + s dW + Σ_k p_k dX_k
 * with dX_k = b_k dt + σ_k dW becomes dA = (c + Σ p_k b_k) dt + (s + Σ p_k σ_k) dW. The substitution holds in
 * either calculus, because it only regroups the integrals of one convention.
 */
public final class CompiledSde {
    private final Sde model;
    private final double[] parameterValues;
    private final List<String> variableNames;
    private final ExpressionCompiler compiler;
    private final List<IExpr> driftExpressions;
    private final List<List<IExpr>> diffusionExpressions;
    private final CompiledBoundFunction drift;
    private final CompiledBoundFunction diffusion;
    private CompiledBoundFunction milstein;
    private List<IExpr> milsteinExpressions;
    private final Map<Scheme, Optional<PathStepper>> kernels = new EnumMap<>(Scheme.class);

    private CompiledSde(Sde model, double[] parameterValues) {
        this.model = model;
        this.parameterValues = parameterValues;
        this.variableNames = model.variables().stream().map(Variable::name).toList();
        this.compiler = new ExpressionCompiler(InputLayout.of(model.variableSymbols(), model.parameterSymbols()));
        this.driftExpressions = effectiveDrift(model);
        this.diffusionExpressions = effectiveDiffusion(model);
        this.drift = compiler.compileBound(driftExpressions, parameterValues);
        this.diffusion = compiler.compileBound(ExpressionCompiler.flatten(diffusionExpressions), parameterValues);
    }

    /**
     * Compiles {@code model} with each parameter set to the value in {@code parameterValues} or, failing that, to
     * its default value.
     *
     * @throws NumericException {@link NumericErrorCode#MISSING_PARAMETER_VALUE} for a parameter with neither,
     *                          {@link NumericErrorCode#UNKNOWN_NAME} for a value given for an undeclared name
     * @throws CompilationException when a coefficient cannot be compiled
     */
    public static CompiledSde compile(Sde model, Map<String, Double> parameterValues) {
        Set<String> declared = new HashSet<>();
        double[] values = new double[model.parameters().size()];
        for (int i = 0; i < values.length; i++) {
            Parameter p = model.parameters().get(i);
            declared.add(p.name());
            Double given = parameterValues.get(p.name());
            values[i] = given != null ? given
                    : numeric(p.value(), NumericErrorCode.MISSING_PARAMETER_VALUE, p.name());
        }
        for (String name : parameterValues.keySet()) {
            if (!declared.contains(name)) {
                throw new NumericException(NumericErrorCode.UNKNOWN_NAME, "parameter", name);
            }
        }
        return new CompiledSde(model, values);
    }

    /** The model compiled with its default parameter values. */
    public static CompiledSde compile(Sde model) {
        return compile(model, Map.of());
    }

    private static double numeric(Optional<IExpr> exact, NumericErrorCode missing, String name) {
        if (exact.isEmpty()) {
            throw new NumericException(missing, name);
        }
        // evaluated in the session's engine: a new ExprEvaluator would start another symbol table
        IExpr value = CasSession.get().evaluateNested(F.N(exact.get()));
        if (!value.isReal()) {
            throw new NumericException(missing, name);
        }
        return value.evalf();
    }

    private static List<IExpr> effectiveDrift(Sde model) {
        List<IExpr> out = new ArrayList<>();
        for (int i = 0; i < model.dimension(); i++) {
            List<IExpr> terms = new ArrayList<>(List.of(model.drift().get(i)));
            for (int k = 0; k < model.dimension(); k++) {
                IExpr p = model.differentialWeights().get(i).get(k);
                if (!p.isZero()) {
                    terms.add(F.Times(p, model.drift().get(k)));
                }
            }
            out.add(terms.size() == 1 ? terms.get(0) : F.Plus(terms.toArray(new IExpr[0])));
        }
        return out;
    }

    private static List<List<IExpr>> effectiveDiffusion(Sde model) {
        List<List<IExpr>> out = new ArrayList<>();
        for (int i = 0; i < model.dimension(); i++) {
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < model.noiseCount(); j++) {
                List<IExpr> terms = new ArrayList<>(List.of(model.diffusion().get(i).get(j)));
                for (int k = 0; k < model.dimension(); k++) {
                    IExpr p = model.differentialWeights().get(i).get(k);
                    if (!p.isZero()) {
                        terms.add(F.Times(p, model.diffusion().get(k).get(j)));
                    }
                }
                row.add(terms.size() == 1 ? terms.get(0) : F.Plus(terms.toArray(new IExpr[0])));
            }
            out.add(row);
        }
        return out;
    }

    /** The model this was compiled from. */
    public Sde model() {
        return model;
    }

    public int dimension() {
        return model.dimension();
    }

    public int noiseCount() {
        return model.noiseCount();
    }

    /** The user's names of the variables, in state order. */
    public List<String> variableNames() {
        return variableNames;
    }

    /** The parameter values compiled in, in the model's parameter order. */
    public double[] parameterValues() {
        return parameterValues.clone();
    }

    /** b(t, x): one output per variable. */
    public CompiledBoundFunction drift() {
        return drift;
    }

    /** σ(t, x) row-major: output {@code i * noiseCount() + j} is the coefficient of dW_j in variable i. */
    public CompiledBoundFunction diffusion() {
        return diffusion;
    }

    /**
     * G_{ijk} = Σ_l σ_{lj} ∂σ_{ik}/∂x_l at output {@code (i * m + j) * m + k}, the coefficients of the Milstein
     * correction; derived symbolically and compiled on first use.
     */
    public synchronized CompiledBoundFunction milsteinCoefficients() {
        if (milstein == null) {
            milstein = compiler.compileBound(milsteinExpressions(), parameterValues);
        }
        return milstein;
    }

    /** The expressions G_{ijk} of {@link #milsteinCoefficients()}, derived on first use. */
    synchronized List<IExpr> milsteinExpressions() {
        if (milsteinExpressions == null) {
            int d = dimension();
            int m = noiseCount();
            // differentiate by the symbol objects that occur in the coefficients (see InputLayout on names)
            Map<String, IExpr> occurring = new HashMap<>();
            for (List<IExpr> row : diffusionExpressions) {
                row.forEach(e -> collectSymbols(e, occurring));
            }
            List<IExpr> g = new ArrayList<>(d * m * m);
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        List<IExpr> terms = new ArrayList<>();
                        for (int l = 0; l < d; l++) {
                            IExpr sigmaLj = diffusionExpressions.get(l).get(j);
                            IExpr xl = occurring.get(model.variableSymbols().get(l).getSymbolName());
                            if (!sigmaLj.isZero() && xl != null) {
                                terms.add(F.Times(sigmaLj, F.D(diffusionExpressions.get(i).get(k), xl)));
                            }
                        }
                        g.add(terms.isEmpty() ? F.C0 : CasSession.get().evaluateNested(F.Plus(terms.toArray(new IExpr[0]))));
                    }
                }
            }
            milsteinExpressions = List.copyOf(g);
        }
        return milsteinExpressions;
    }

    /**
     * A stepper for one worker thread: the kernel generated for this model and scheme when the model is small
     * enough for one JIT-compiled method, otherwise the generic stepper over the compiled coefficients.
     */
    synchronized PathStepper newStepper(Scheme scheme) {
        if (!kernels.containsKey(scheme)) {
            // a generated kernel keeps its state in locals, so one instance serves every thread
            kernels.put(scheme, Optional.ofNullable(KernelWriter.compile(this, scheme)));
        }
        return kernels.get(scheme).orElseGet(() -> scheme.genericStepper(this));
    }

    /** The drift and the row-major diffusion as one list, for the kernel writer. */
    List<IExpr> driftAndDiffusion() {
        List<IExpr> out = new ArrayList<>(driftExpressions);
        out.addAll(ExpressionCompiler.flatten(diffusionExpressions));
        return out;
    }

    ExpressionCompiler compiler() {
        return compiler;
    }

    double[] boundValues() {
        return parameterValues;
    }

    private static void collectSymbols(IExpr e, Map<String, IExpr> out) {
        if (e.isSymbol()) {
            out.putIfAbsent(((ISymbol) e).getSymbolName(), e);
        } else if (e.isAST()) {
            IAST ast = (IAST) e;
            for (int i = 0; i <= ast.argSize(); i++) {
                collectSymbols(ast.get(i), out);
            }
        }
    }

    /** Compiles expressions of the variables and parameters, e.g. observables, with this model's parameter values. */
    public CompiledBoundFunction compileExpressions(List<? extends IExpr> expressions) {
        return compiler.compileBound(expressions, parameterValues);
    }

    /**
     * The initial state: each variable's value from {@code overrides} or, failing that, from the model.
     *
     * @throws NumericException {@link NumericErrorCode#MISSING_INITIAL_VALUE} for a variable with neither,
     *                          {@link NumericErrorCode#UNKNOWN_NAME} for a value given for an undeclared name
     */
    public double[] initialState(Map<String, Double> overrides) {
        for (String name : overrides.keySet()) {
            if (!variableNames.contains(name)) {
                throw new NumericException(NumericErrorCode.UNKNOWN_NAME, "variable", name);
            }
        }
        double[] x0 = new double[dimension()];
        for (int i = 0; i < x0.length; i++) {
            Variable v = model.variables().get(i);
            Double given = overrides.get(v.name());
            x0[i] = given != null ? given : numeric(v.initialValue(), NumericErrorCode.MISSING_INITIAL_VALUE, v.name());
        }
        return x0;
    }

    /** The model's initial state. */
    public double[] initialState() {
        return initialState(Map.of());
    }
}

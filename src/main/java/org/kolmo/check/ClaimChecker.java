package org.kolmo.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.kolmo.algebra.ExactTogether;
import org.kolmo.algebra.Monomial;
import org.kolmo.calculus.Differentials;
import org.kolmo.calculus.Generator;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.cas.CasException;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.cas.Symbols;
import org.kolmo.io.ClaimReader;
import org.kolmo.error.Diagnostic;
import org.kolmo.error.Position;
import org.kolmo.io.ModelErrorCode;
import org.kolmo.io.ModelException;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentNames;
import org.kolmo.moments.MomentStructure;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Decides whether a claimed identity holds for a model (see the package description for what a claim may say and
 * how it is decided). Random points come from a seeded generator, so a verdict and its counterexample are
 * reproducible.
 */
public final class ClaimChecker {
    /** The seed of the random points unless the caller chooses one. */
    public static final long DEFAULT_SEED = 20250101L;

    /** Random rational points tried after the model's own parameter values. */
    static final int RANDOM_POINTS = 6;

    /** Relative size below which a numerically evaluated difference (of radicals, say) counts as zero. */
    private static final double NUMERIC_ZERO = 1e-25;

    /** The model as read: its names (parameters, variables, moments) are what claims and givens refer to. */
    private final Sde model;
    /**
     * The model with the parameters the givens fix replaced by their values in every coefficient and initial value:
     * the dynamics every check uses (moment system, drift, diffusion, generator). While the givens are read, the
     * model fixed by the earlier ones.
     */
    private Sde fixedModel;
    private final long seed;
    private final Map<String, IExpr> abbreviations = new LinkedHashMap<>();
    /** The parameters the givens fix, in order, each value free of every fixed parameter. */
    private final Map<ISymbol, IExpr> fixedParameters = new LinkedHashMap<>();
    private final List<String> variableNames;
    private Sde ito;
    private Sde stratonovich;

    /**
     * A checker for claims about {@code model}.
     *
     * @param givens definitions {@code NAME = EXPR}, in order (each may use the earlier ones): a new NAME is an
     *               abbreviation the claims may use; a parameter's NAME fixes that parameter to the value (a number or
     *               an expression in other parameters) everywhere the check uses it: in the model's coefficients and
     *               initial values (so in its moment system), in the claims, and at the test points, where it is
     *               never drawn at random
     * @param seed   the seed of the random rational points
     * @throws ModelException when a given does not read, fixes a parameter twice or in terms of itself or of state
     *                        variables, contradicts the parameter's assumption, or leaves the model undefined
     */
    public ClaimChecker(Sde model, List<String> givens, long seed) throws ModelException {
        this.model = model;
        this.seed = seed;
        this.variableNames = model.variables().stream().map(Variable::name).toList();
        this.fixedModel = model;
        for (String given : givens) {
            Scope scope = new Scope();
            ClaimReader.Definition d = ClaimReader.readDefinition("--given", given, scope);
            boolean repeated = abbreviations.containsKey(d.name()) || fixedParameters.containsKey(Symbols.user(d.name()));
            if (model.variable(d.name()).isPresent() || momentMonomial(stripPrimes(d.name())) != null || repeated) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, "'" + d.name() + "' is "
                        + (repeated ? "already given" : "a variable or a moment of the model")
                        + "; a given defines a new name or fixes a parameter");
            }
            if (!scope.moments.isEmpty()) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT,
                        "a given may not refer to moments (write the relation as a claim)");
            }
            if (model.parameter(d.name()).isPresent()) {
                fixParameter(model.parameter(d.name()).get(), d.value(), given);
                fixedModel = fixedIn(model, given);
                ito = null;
                stratonovich = null;
            } else {
                abbreviations.put(d.name(), d.value());
            }
        }
    }

    /**
     * Records that {@code p} is fixed to {@code value} (written in terms of the earlier givens): the value is stated
     * in the parameters that stay free, and the earlier fixed values that use {@code p} are restated with its value.
     */
    private void fixParameter(Parameter p, IExpr written, String given) throws ModelException {
        ISymbol symbol = p.symbol();
        IExpr value = fix(written);
        for (ISymbol s : freeSymbols(value)) {
            String name = Symbols.displayName(s);
            if (s.equals(symbol)) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, "'" + p.name() + "' is given in terms of "
                        + "itself" + (written.isFree(symbol) ? " (through the earlier givens)" : "")
                        + "; a given fixes a parameter to a value in the other parameters");
            }
            if (model.parameter(name).isEmpty()) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, "the value of the parameter '" + p.name()
                        + "' uses '" + name + "', which is no parameter; a parameter's value may use only the other "
                        + "parameters");
            }
        }
        Map<ISymbol, IExpr> one = Map.of(symbol, value);
        fixedParameters.replaceAll((s, v) -> substitute(v, one));
        fixedParameters.put(symbol, value);
        for (Map.Entry<ISymbol, IExpr> e : fixedParameters.entrySet()) {
            Parameter q = model.parameter(Symbols.displayName(e.getKey())).orElseThrow();
            String what = q.equals(p) ? "the given value" : "with this given, the value of '" + q.name() + "'";
            if (!finite(e.getValue())) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, what + " is undefined (a division by zero)");
            }
            if (freeSymbols(e.getValue()).isEmpty() && violates(q, e.getValue())) {
                throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, "the model declares '" + q.name() + "' "
                        + assumptionWords(q) + ", but " + what + " is " + Symbols.readable(e.getValue())
                        + " (declare the parameter 'real' to check that case)");
            }
        }
    }

    /** The model with the fixed parameters' values in its coefficients and initial values. */
    private Sde fixedIn(Sde sde, String given) throws ModelException {
        List<IExpr> drift = new ArrayList<>();
        List<List<IExpr>> diffusion = new ArrayList<>();
        List<List<IExpr>> weights = new ArrayList<>();
        List<Variable> variables = new ArrayList<>();
        for (int i = 0; i < sde.dimension(); i++) {
            Variable v = sde.variables().get(i);
            drift.add(fixDefined(sde.drift().get(i), "the drift of " + v.name(), given));
            List<IExpr> row = new ArrayList<>();
            for (int j = 0; j < sde.noiseCount(); j++) {
                row.add(fixDefined(sde.diffusion().get(i).get(j), "the diffusion of " + v.name(), given));
            }
            diffusion.add(row);
            List<IExpr> w = new ArrayList<>();
            for (IExpr e : sde.differentialWeights().get(i)) {
                w.add(fixDefined(e, "the equation of " + v.name(), given));
            }
            weights.add(w);
            java.util.Optional<IExpr> start = v.initialValue().isEmpty() ? v.initialValue()
                    : java.util.Optional.of(fixDefined(v.initialValue().get(), "the initial value of " + v.name(),
                            given));
            variables.add(new Variable(v.name(), v.role(), start));
        }
        return new Sde(sde.name(), sde.title(), sde.convention(), sde.parameters(), variables, sde.noises(), drift,
                diffusion, weights, sde.regime());
    }

    private IExpr fixDefined(IExpr e, String what, String given) throws ModelException {
        IExpr out = fix(e);
        if (!finite(out)) {
            throw error("--given", given, ModelErrorCode.BAD_ARGUMENT, "with the givens, " + what
                    + " is undefined (a division by zero)");
        }
        return out;
    }

    /** Whether a value (free of symbols) contradicts what the model states about the parameter. */
    private static boolean violates(Parameter p, IExpr value) {
        CasSession cas = CasSession.get();
        if (!finite(value) || !cas.evaluate(F.Im(value)).isZero()) {
            return true;
        }
        if ((p.assumptions().contains(Assumption.POSITIVE) || p.isSmall())
                && !cas.evaluate(F.Greater(value, F.C0)).isTrue()) {
            return true;
        }
        return p.assumptions().contains(Assumption.NONZERO) && cas.evaluate(F.PossibleZeroQ(value)).isTrue();
    }

    private static String assumptionWords(Parameter p) {
        return p.isSmall() || p.assumptions().contains(Assumption.POSITIVE) ? "positive"
                : p.assumptions().contains(Assumption.NONZERO) ? "nonzero" : "real";
    }

    /**
     * Decides one claim {@code LHS == RHS}.
     *
     * @throws ModelException   when the claim does not read (positioned in {@code --claim})
     * @throws MomentsException when a moment claim needs moments that do not close
     */
    public ClaimResult check(String claim) throws ModelException, MomentsException {
        Scope scope = new Scope();
        ClaimReader.Sides sides = ClaimReader.readClaim("--claim", claim, scope);
        CasSession cas = CasSession.get();
        cas.assume(model.parameters());
        if (!scope.moments.isEmpty()) {
            if (!scope.state().isEmpty()) {
                throw error("--claim", claim, ModelErrorCode.MIXED_CLAIM, "the claim mixes moments ("
                        + String.join(", ", scope.momentNames()) + ") with state variables ("
                        + String.join(", ", scope.state()) + "); a claim is about one or the other");
            }
            return new MomentClaim(claim, sides, scope).decide();
        }
        return decideState(claim, sides);
    }

    // ---------------------------------------------------------------- state claims

    private ClaimResult decideState(String claim, ClaimReader.Sides sides) throws ModelException {
        IExpr left = defined(claim, "left", fix(sides.left()));
        IExpr right = defined(claim, "right", fix(sides.right()));
        IExpr difference = simplify(F.Subtract(left, right));
        if (difference.isZero()) {
            return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.STATE, true,
                    ClaimResult.Method.SYMBOLIC, null, model, given());
        }
        Set<ISymbol> free = freeSymbols(F.List(left, right));
        for (Map<ISymbol, IExpr> point : points(free)) {
            IExpr l = at(left, point);
            IExpr r = at(right, point);
            Boolean differ = differ(l, r);
            if (differ != null && differ) {
                return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.STATE, false,
                        ClaimResult.Method.COUNTEREXAMPLE,
                        new ClaimResult.Counterexample(named(point), isModelPoint(point), 0, l, r, factor(difference)),
                        model, given());
            }
        }
        return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.STATE, true,
                ClaimResult.Method.RANDOM_POINTS, null, model, given());
    }

    // ---------------------------------------------------------------- moment claims

    /** A claim about moments, decided along the trajectory of the augmented moment system U' = G U. */
    private final class MomentClaim {
        private final String claim;
        private final ClaimReader.Sides sides;
        private final Scope scope;

        MomentClaim(String claim, ClaimReader.Sides sides, Scope scope) {
            this.claim = claim;
            this.sides = sides;
            this.scope = scope;
        }

        ClaimResult decide() throws MomentsException, ModelException {
            int order = scope.moments.values().stream().mapToInt(u -> u.monomial.degree()).max().orElse(1);
            MomentSystem all = MomentEquations.derive(fixedModel, order);
            MomentSystem sub = all.restrict(MomentStructure.of(all).closure(scope.moments.values().stream()
                    .map(u -> all.indexOf(u.name)).toList()));
            int n = sub.size();
            CasSession cas = CasSession.get();
            String step = "checking the claim " + claim;

            // G = [[F, h], [0, 0]] and U(0) = (u(0), 1); symbols name_0 where the model gives no initial values
            List<List<IExpr>> g = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<IExpr> row = new ArrayList<>(sub.matrix().get(i));
                row.add(sub.constant().get(i));
                g.add(row);
            }
            List<IExpr> zero = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                zero.add(F.C0);
            }
            g.add(zero);
            List<IExpr> u0 = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                u0.add(sub.hasInitialValues() ? sub.initialValues().get(i) : Symbols.internal(sub.names().get(i) + "_0"));
            }
            u0.add(F.C1);
            List<IExpr> unknowns = new ArrayList<>(sub.symbols());

            // u_j^(k) = e_j^T G^k U: substitute every derivative symbol by its linear form in the moments
            Map<ISymbol, IExpr> forms = new LinkedHashMap<>();
            for (Map.Entry<ISymbol, UsedMoment> e : scope.moments.entrySet()) {
                List<IExpr> row = new ArrayList<>();
                int j = sub.indexOf(e.getValue().name);
                for (int i = 0; i <= n; i++) {
                    row.add(i == j ? F.C1 : F.C0);
                }
                for (int k = 0; k < e.getValue().derivative; k++) {
                    row = rowTimes(row, g);
                }
                IExpr form = row.get(n);
                for (int i = 0; i < n; i++) {
                    form = F.Plus(form, F.Times(row.get(i), unknowns.get(i)));
                }
                forms.put(e.getKey(), cas.evaluate(F.Expand(form)));
            }
            List<IExpr> left = coefficients(defined(claim, "left", fix(substitute(sides.left(), forms))), unknowns,
                    "left");
            List<IExpr> right = coefficients(defined(claim, "right", fix(substitute(sides.right(), forms))), unknowns,
                    "right");

            // c^T U(t) = 0 for all t  <=>  c^T G^k U(0) = 0 for k = 0..n (the Krylov space has dimension <= n + 1)
            List<List<IExpr>> krylov = new ArrayList<>();
            List<IExpr> v = u0;
            for (int k = 0; k <= n; k++) {
                krylov.add(v);
                v = timesColumn(g, v);
            }
            List<IExpr> differences = new ArrayList<>();
            boolean symbolicZero = true;
            for (List<IExpr> vk : krylov) {
                IExpr d = simplify(F.Subtract(dot(left, vk), dot(right, vk)));
                differences.add(d);
                symbolicZero &= d.isZero();
            }
            if (symbolicZero) {
                return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.MOMENTS, true,
                        ClaimResult.Method.SYMBOLIC, null, model, given());
            }
            Set<ISymbol> free = freeSymbols(F.List(Lists.vector(left), Lists.vector(right), Lists.vector(u0), Lists.matrix(g)));
            for (Map<ISymbol, IExpr> point : points(free)) {
                for (int k = 0; k < krylov.size(); k++) {
                    if (differences.get(k).isZero()) {
                        continue;
                    }
                    IExpr l = at(dot(left, krylov.get(k)), point);
                    IExpr r = at(dot(right, krylov.get(k)), point);
                    Boolean differ = differ(l, r);
                    if (differ == null) {
                        break; // the point is singular for this claim: try the next one
                    }
                    if (differ) {
                        return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.MOMENTS, false,
                                ClaimResult.Method.COUNTEREXAMPLE, new ClaimResult.Counterexample(named(point),
                                        isModelPoint(point), k, l, r, factor(differences.get(k))), model, given());
                    }
                }
            }
            return new ClaimResult(claim, sides.left(), sides.right(), ClaimResult.Kind.MOMENTS, true,
                    ClaimResult.Method.RANDOM_POINTS, null, model, given());
        }

        /** The coefficients c_0..c_{n-1} of the moments and c_n of the constant in an affine expression. */
        private List<IExpr> coefficients(IExpr side, List<IExpr> unknowns, String which) throws ModelException {
            CasSession cas = CasSession.get();
            IExpr expanded = cas.evaluate(F.Expand(side));
            List<IExpr> c = new ArrayList<>();
            IExpr constant = expanded;
            for (IExpr u : unknowns) {
                IExpr ci = ExactTogether.evaluate(F.D(expanded, u));
                for (IExpr w : unknowns) {
                    if (!cas.evaluate(F.D(ci, w)).isZero()) {
                        throw error("--claim", claim, ModelErrorCode.MIXED_CLAIM, "the " + which
                                + " side is not linear in the moments and their derivatives; a moment claim must be");
                    }
                }
                c.add(ci);
                constant = F.subst(constant, u, F.C0);
            }
            c.add(ExactTogether.evaluate(constant));
            return c;
        }
    }

    private static List<IExpr> rowTimes(List<IExpr> row, List<List<IExpr>> m) {
        CasSession cas = CasSession.get();
        List<IExpr> out = new ArrayList<>();
        for (int j = 0; j < m.get(0).size(); j++) {
            IExpr s = F.C0;
            for (int i = 0; i < row.size(); i++) {
                s = F.Plus(s, F.Times(row.get(i), m.get(i).get(j)));
            }
            out.add(cas.evaluate(F.Expand(s)));
        }
        return out;
    }

    private static List<IExpr> timesColumn(List<List<IExpr>> m, List<IExpr> column) {
        CasSession cas = CasSession.get();
        List<IExpr> out = new ArrayList<>();
        for (List<IExpr> row : m) {
            out.add(cas.evaluate(F.Expand(dot(row, column))));
        }
        return out;
    }

    private static IExpr dot(List<IExpr> a, List<IExpr> b) {
        IExpr s = F.C0;
        for (int i = 0; i < a.size(); i++) {
            s = F.Plus(s, F.Times(a.get(i), b.get(i)));
        }
        return s;
    }

    // ---------------------------------------------------------------- shared steps

    /** The normal form of the rule files (with the parameters' assumptions); zero when the difference is zero. */
    private static IExpr simplify(IExpr e) {
        return CasSession.get().call("simplifying the difference of the claim's sides", "KoSimplify", e);
    }

    private static IExpr factor(IExpr e) {
        return CasSession.get().evaluate(F.Factor(e));
    }

    /** The expression with the parameters the givens fix replaced by their values. */
    private IExpr fix(IExpr e) {
        return substitute(e, fixedParameters);
    }

    /** A side of the claim (with the givens), unless it is undefined for every value of the parameters. */
    private IExpr defined(String claim, String which, IExpr side) throws ModelException {
        if (!finite(side)) {
            throw error("--claim", claim, ModelErrorCode.BAD_ARGUMENT, "the " + which + " side is undefined (a "
                    + "division by zero)" + (fixedParameters.isEmpty() ? "" : " with the givens"));
        }
        return side;
    }

    /** The parameters the givens fix, by name, at their values (in the parameters that stay free). */
    private Map<String, IExpr> given() {
        Map<String, IExpr> out = new LinkedHashMap<>();
        fixedParameters.forEach((s, v) -> out.put(Symbols.displayName(s), v));
        return out;
    }

    /**
     * The expression with the values substituted, evaluated; ComplexInfinity when a value makes it undefined (Symja
     * reports a division by zero), so that the callers' finiteness tests see it.
     */
    private static IExpr substitute(IExpr e, Map<? extends IExpr, IExpr> values) {
        IExpr out = e;
        for (Map.Entry<? extends IExpr, IExpr> v : values.entrySet()) {
            out = F.subst(out, v.getKey(), v.getValue());
        }
        try {
            return CasSession.get().evaluate(out);
        } catch (CasException ex) {
            String said = String.valueOf(ex.getMessage());
            if (said.contains("Infinite expression") || said.contains("Indeterminate expression")) {
                return F.CComplexInfinity;
            }
            throw ex;
        }
    }

    private static IExpr at(IExpr e, Map<ISymbol, IExpr> point) {
        return ExactTogether.evaluate(substitute(e, point));
    }

    /**
     * Whether two exact values differ: rationals compare exactly, anything else (radicals, say) by a 40-digit
     * evaluation; null when a side is undefined at the point (a division by zero).
     */
    private static Boolean differ(IExpr l, IExpr r) {
        CasSession cas = CasSession.get();
        if (!finite(l) || !finite(r)) {
            return null;
        }
        IExpr d = ExactTogether.evaluate(F.Subtract(l, r));
        if (d.isRational()) {
            return !d.isZero();
        }
        IExpr scale = cas.evaluate(F.N(F.Plus(F.C1, F.Abs(l), F.Abs(r)), F.ZZ(40)));
        IExpr size = cas.evaluate(F.N(F.Abs(d), F.ZZ(40)));
        if (!size.isNumber() || !scale.isNumber()) {
            throw new IllegalStateException("the difference " + d + " does not evaluate to a number");
        }
        return size.evalf() > NUMERIC_ZERO * scale.evalf();
    }

    private static boolean finite(IExpr e) {
        return e.isFree(x -> x.isDirectedInfinity() || x.isIndeterminate() || x == F.ComplexInfinity, true);
    }

    /**
     * The user symbols (parameters, variables, initial-value symbols) an expression contains, in declaration order:
     * the random points draw their values in this order, so that a renamed model meets the same points.
     */
    private Set<ISymbol> freeSymbols(IExpr e) {
        List<ISymbol> declared = new ArrayList<>(model.parameterSymbols());
        declared.addAll(model.variableSymbols());
        Comparator<ISymbol> byDeclaration = Comparator.comparingInt(s -> declared.contains(s) ? declared.indexOf(s)
                : Integer.MAX_VALUE);
        Set<ISymbol> out = new TreeSet<>(byDeclaration.thenComparing(ISymbol::getSymbolName));
        Symbols.collectUser(e, out);
        return out;
    }

    /**
     * The points to try: first the model's parameter values (where it gives them), then random rationals; a positive
     * (or small) parameter gets a positive value, every symbol a non-zero one, so that no assumption is violated and
     * no division by a parameter fails. A parameter a given fixes is no free symbol and is never drawn; a point where
     * the value it is given (in other parameters) breaks its own assumption is drawn again.
     */
    private List<Map<ISymbol, IExpr>> points(Set<ISymbol> free) {
        for (ISymbol s : free) {
            if (fixedParameters.containsKey(s)) {
                throw new IllegalStateException("the fixed parameter " + Symbols.displayName(s)
                        + " is left in the expressions of the check");
            }
        }
        Random random = new Random(seed);
        List<Map<ISymbol, IExpr>> out = new ArrayList<>();
        for (int p = 0; out.size() <= RANDOM_POINTS && p <= 20 * RANDOM_POINTS; p++) {
            Map<ISymbol, IExpr> point = new LinkedHashMap<>();
            for (ISymbol s : free) {
                Parameter param = model.parameters().stream().filter(q -> q.symbol().equals(s)).findFirst()
                        .orElse(null);
                if (p == 0 && param != null && param.value().isPresent()) {
                    point.put(s, param.value().get());
                    continue;
                }
                boolean positive = param != null && (param.assumptions().contains(Assumption.POSITIVE)
                        || param.isSmall());
                int num = 1 + random.nextInt(9);
                int den = 1 + random.nextInt(7);
                if (!positive && random.nextBoolean()) {
                    num = -num;
                }
                point.put(s, F.fraction(num, den));
            }
            if (fixedValuesFit(point)) {
                out.add(point);
            }
        }
        return out;
    }

    /** Whether at the point every fixed parameter's value (in the free parameters) keeps its assumptions. */
    private boolean fixedValuesFit(Map<ISymbol, IExpr> point) {
        for (Map.Entry<ISymbol, IExpr> e : fixedParameters.entrySet()) {
            IExpr v = at(e.getValue(), point);
            if (freeSymbols(v).isEmpty()
                    && violates(model.parameter(Symbols.displayName(e.getKey())).orElseThrow(), v)) {
                return false;
            }
        }
        return true;
    }

    /** True when every parameter the point draws (not one a given fixes) has the model's value. */
    private boolean isModelPoint(Map<ISymbol, IExpr> point) {
        for (Parameter p : model.parameters()) {
            IExpr v = point.get(p.symbol());
            if (v != null && (p.value().isEmpty() || !p.value().get().equals(v))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The point by name: first the parameters the givens fix, at their given values (evaluated at the point when
     * they are expressions in other parameters), then the drawn symbols.
     */
    private Map<String, IExpr> named(Map<ISymbol, IExpr> point) {
        Map<String, IExpr> out = new LinkedHashMap<>();
        fixedParameters.forEach((s, v) -> out.put(Symbols.displayName(s), at(v, point)));
        point.forEach((s, v) -> out.put(Symbols.displayName(s), v));
        return out;
    }

    private static ModelException error(String option, String text, ModelErrorCode code, String message) {
        return new ModelException(List.of(new Diagnostic(code, Position.at(option, 1, 1), code.message(message),
                text)));
    }

    private static String stripPrimes(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(0, end);
    }

    // ---------------------------------------------------------------- names of claims

    /** A moment (or one of its derivatives) a claim uses. */
    private record UsedMoment(String name, Monomial monomial, int derivative) {
    }

    /**
     * The monomial of a moment name such as {@code p_zz}, {@code m_x} or {@code mu_xxz} (the variables in any
     * order), or null when the name is no moment of the model.
     */
    private Monomial momentMonomial(String name) {
        int bar = name.indexOf('_');
        if (bar < 0) {
            return null;
        }
        String prefix = name.substring(0, bar);
        String rest = name.substring(bar + 1);
        int[] exponents = new int[variableNames.size()];
        List<String> byLength = new ArrayList<>(variableNames);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        int degree = 0;
        int at = 0;
        boolean separated = MomentNames.separated(variableNames);
        while (at < rest.length()) {
            if (separated && degree > 0) {
                if (rest.charAt(at) != '_') {
                    return null;
                }
                at++;
            }
            String found = null;
            for (String v : byLength) {
                if (rest.startsWith(v, at)) {
                    found = v;
                    break;
                }
            }
            if (found == null) {
                return null;
            }
            exponents[variableNames.indexOf(found)]++;
            degree++;
            at += found.length();
        }
        boolean fits = switch (prefix) {
            case "m" -> degree == 1;
            case "p" -> degree == 2;
            case "mu" -> degree >= 3;
            default -> false;
        };
        return fits ? Monomial.of(exponents) : null;
    }

    private Sde ito() {
        if (ito == null) {
            ito = ItoStratonovich.toIto(Differentials.substitute(fixedModel));
        }
        return ito;
    }

    private Sde stratonovich() {
        if (stratonovich == null) {
            stratonovich = ItoStratonovich.toStratonovich(ito());
        }
        return stratonovich;
    }

    /** Resolves the names and derived quantities of one claim, noting which state variables and moments it uses. */
    private final class Scope implements ClaimReader.Scope {
        /** How often each state variable is used as a value (an argument naming a component does not count). */
        final Map<String, Integer> uses = new LinkedHashMap<>();
        final Map<ISymbol, UsedMoment> moments = new LinkedHashMap<>();

        List<String> state() {
            return uses.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        }

        List<String> momentNames() {
            return moments.values().stream().map(u -> u.name + "'".repeat(u.derivative)).toList();
        }

        @Override
        public IExpr name(String name) {
            String base = stripPrimes(name);
            int derivative = name.length() - base.length();
            IExpr given = abbreviations.get(base);
            if (given != null) {
                if (derivative > 0) {
                    throw new IllegalArgumentException("'" + base + "' is given, not a moment: it takes no derivative "
                            + "marks");
                }
                return given;
            }
            if (model.parameter(base).isPresent() || model.variable(base).isPresent()) {
                if (derivative > 0) {
                    throw new IllegalArgumentException("only moments take derivative marks ('" + base
                            + "' is a " + (model.parameter(base).isPresent() ? "parameter" : "variable") + ")");
                }
                if (model.variable(base).isPresent()) {
                    if (model.variable(base).get().role() == Role.FUNCTIONAL) {
                        throw new IllegalArgumentException("'" + base + "' is a functional; claims are about the "
                                + "state variables");
                    }
                    uses.merge(base, 1, Integer::sum);
                }
                return Symbols.user(base);
            }
            Monomial m = momentMonomial(base);
            if (m == null) {
                return null;
            }
            String canonical = MomentNames.of(m, variableNames);
            ISymbol symbol = Symbols.internal(canonical + "'".repeat(derivative));
            moments.put(symbol, new UsedMoment(canonical, m, derivative));
            return symbol;
        }

        @Override
        public IExpr call(String function, List<IExpr> args) {
            switch (function) {
                case "drift" -> {
                    return ito().drift().get(variable(function, args, 1));
                }
                case "stratonovich_drift" -> {
                    return stratonovich().drift().get(variable(function, args, 1));
                }
                case "diffusion" -> {
                    int i = variable(function, args, 2);
                    int noises = model.noiseCount();
                    int k;
                    if (args.size() == 1) {
                        if (noises != 1) {
                            throw new IllegalArgumentException("the model has " + noises
                                    + " noises: name one by its number, diffusion(x, 1)");
                        }
                        k = 0;
                    } else if (args.get(1).isInteger() && ((org.matheclipse.core.interfaces.IInteger) args.get(1))
                            .toIntDefault() >= 1 && ((org.matheclipse.core.interfaces.IInteger) args.get(1))
                            .toIntDefault() <= noises) {
                        k = ((org.matheclipse.core.interfaces.IInteger) args.get(1)).toIntDefault() - 1;
                    } else {
                        throw new IllegalArgumentException("the second argument is the number of a noise, 1.."
                                + noises);
                    }
                    return ito().diffusion().get(i).get(k);
                }
                case "L" -> {
                    if (args.size() != 1) {
                        throw new IllegalArgumentException("the generator takes one function, L(f)");
                    }
                    return Generator.apply(fixedModel, args.get(0));
                }
                default -> {
                    return null;
                }
            }
        }

        /** The index of the variable a derived quantity is taken of (its first argument). */
        private int variable(String function, List<IExpr> args, int maxArgs) {
            if (args.isEmpty() || args.size() > maxArgs || !(args.get(0) instanceof ISymbol s)
                    || model.indexOfVariable(Symbols.displayName(s)) < 0) {
                throw new IllegalArgumentException("the argument is a state variable, e.g. " + function + "("
                        + variableNames.get(0) + ")");
            }
            String name = Symbols.displayName(s);
            uses.merge(name, -1, Integer::sum); // it names which component is meant; it is no value of the claim
            return model.indexOfVariable(name);
        }
    }
}

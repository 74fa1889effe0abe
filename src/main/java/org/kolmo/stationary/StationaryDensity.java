package org.kolmo.stationary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kolmo.calculus.Generator;
import org.kolmo.cas.CasException;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.numeric.CompiledBoundFunction;
import org.kolmo.numeric.ExpressionCompiler;
import org.kolmo.numeric.InputLayout;
import org.kolmo.stationary.DoubleExponential.Axis;
import org.kolmo.stationary.DoubleExponential.Kind;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The stationary density of an SDE from the stationary Fokker-Planck equation with zero probability flux (Risken
 * 1989, ch. 5; Gardiner 2009, sec. 6.2): in one dimension the flux J = b rho - 1/2 (a rho)' with a = sigma sigma^T
 * vanishes for rho = a^-1 exp(int 2 b/a dx) (up to a constant); in d dimensions with drift -grad V and noise s dW,
 * J = -grad V rho - s^2/2 grad rho vanishes for rho = exp(-2 V/s^2). Its normalising constant and moments follow in
 * closed form where the density is of {@link GammaForm}, and otherwise by double-exponential quadrature at the
 * parameters' values.
 */
public final class StationaryDensity {
    /** Which of the two classes the model is in. */
    public enum Method {
        ONE_DIMENSIONAL, GRADIENT
    }

    /**
     * One end of the support, symbolically and at the values.
     *
     * @param exponent the local power p of the density there (rho ~ |x - e|^p, or |x|^p at infinity), NaN when
     *                 the density decays or grows faster than any power (see {@code exponentText})
     */
    public record End(IExpr point, double value, double exponent, String exponentText) {
    }

    /** A moment E[x^k] of one variable. */
    public record Moment(String variable, int order, Optional<IExpr> exact, double exactValue, double quadrature,
            double error, boolean finite) {
    }

    /**
     * @param ito          the model in Itô form
     * @param method       the class the model was treated as
     * @param diffusion    sigma sigma^T (one dimension) or s^2 (gradient system)
     * @param exponent     int 2 b/a dx (one dimension) or -2 V/s^2 (gradient)
     * @param potential    V (gradient systems), or null
     * @param density      the unnormalised density as derived, a^-1 exp(exponent) or exp(-2V/s^2)
     * @param closedForm   the same density as u^p exp(-c u^n) per variable, when it is of that form
     * @param normaliser   the integral of the printed density ({@code closedForm} when present), symbolic, when known
     * @param ends         per variable, the lower and upper end of the support
     * @param values       the parameter values of the numerics
     */
    public record Result(Sde model, Sde ito, String source, Method method, IExpr diffusion, IExpr exponent,
            IExpr potential, IExpr density, Optional<IExpr> closedForm, Optional<IExpr> normaliser,
            double normaliserValue, double normaliserQuadrature, List<List<End>> ends, List<Moment> moments,
            Map<String, Double> values, int quadratureNodes, List<String> notes) {
    }

    private final Sde model;
    private final String source;
    private final Map<ISymbol, IExpr> exactValues = new LinkedHashMap<>();
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final int order;

    private StationaryDensity(Sde model, String source, Map<String, Double> overrides, int order) {
        this.model = model;
        this.source = source;
        this.order = order;
        for (Parameter p : model.parameters()) {
            IExpr v = overrides.containsKey(p.name()) ? Symbolic.exact(overrides.get(p.name()))
                    : p.value().orElse(null);
            if (v == null) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' has no value; give one with --param "
                        + p.name() + "=VALUE");
            }
            exactValues.put(p.symbol(), v);
            values.put(p.name(), Symbolic.numeric(v, Map.of()));
        }
    }

    /**
     * Derives the stationary density, its normalising constant and its moments up to {@code order}.
     *
     * @param overrides parameter values replacing the model's defaults (every parameter needs a value)
     * @throws StationaryException when the model is outside the class or its density is not normalisable
     * @throws IllegalArgumentException when a parameter has no value
     */
    public static Result derive(Sde model, String source, Map<String, Double> overrides, int order) {
        return new StationaryDensity(model, source, overrides, order).derive();
    }

    /** An expression as the model file writes it, for messages. */
    private String text(IExpr e) {
        if (e.isInfinity() || e.isNegativeInfinity()) {
            return e.isInfinity() ? "inf" : "-inf";
        }
        return new org.kolmo.io.ExpressionWriter(org.kolmo.latex.Notation.of(model)).write(e);
    }

    private StationaryException error(StationaryErrorCode code, String variable, Object... args) {
        return new StationaryException(code, source, variable, args);
    }

    private Result derive() {
        for (var v : model.variables()) {
            if (v.role() == Role.FAST || v.role() == Role.FUNCTIONAL) {
                throw error(StationaryErrorCode.NOT_AN_ORDINARY_SDE, null, "'" + v.name() + "' is a "
                        + v.role().keyword() + " variable; kolmo stationary takes an ordinary SDE (homogenize a "
                        + "slow-fast model first: kolmo homogenize FILE -o EFFECTIVE.sde)");
            }
        }
        if (model.hasDifferentialWeights()) {
            throw error(StationaryErrorCode.NOT_AN_ORDINARY_SDE, null, "the model has dX terms");
        }
        CasSession.get().assume(model.parameters());
        Generator.Operator op = Generator.operator(model); // the Itô drift and sigma sigma^T, whatever the convention
        return model.dimension() == 1 ? oneDimensional(op) : gradient(op);
    }

    // ---- one dimension ------------------------------------------------------------------------------------------

    private Result oneDimensional(Generator.Operator op) {
        String name = model.variables().get(0).name();
        ISymbol x = model.variableSymbols().get(0);
        IExpr b = op.drift().get(0);
        IExpr a = Symbolic.together(op.diffusionMatrix().get(0).get(0));
        if (a.isZero()) {
            throw error(StationaryErrorCode.NO_NOISE, name, name);
        }
        IExpr q = Symbolic.together(F.Divide(F.Times(F.C2, b), a));
        IExpr phi = antiderivative(q, x, name);
        // log rho = phi - log a; its derivative is rational whenever b and a are, which the end analysis uses
        IExpr logDerivative = Symbolic.together(F.Subtract(q, F.Divide(Symbolic.d(a, x), a)));
        IExpr density = Symbolic.simplify(F.Divide(F.Exp(phi), a));

        Interval support = support(a, x, name, logDerivative);
        Optional<ClosedForm> form = switch (support.kind) {
            case WHOLE_LINE -> GammaForm.onWholeLine(logDerivative, x).filter(this::decays).map(g -> g);
            case RIGHT_OF, LEFT_OF -> GammaForm.onHalfLine(logDerivative, x, support.finiteEnd(), support.kind)
                    .filter(this::decays).map(g -> g);
            default -> BetaForm.between(logDerivative, x, support.lower, support.upper).map(g -> g);
        };

        // Symja integrates 1/x to log(x); on a support left of a zero the real antiderivative is log|x|, which has
        // the same derivative everywhere, so the numerics take the logarithms of absolute values
        // the logarithm of a product is also split (log(s^2 x^2) = 2 log|s| + 2 log|x|), so that x^2 cannot
        // underflow to 0 next to a zero of the noise, where a power-law density keeps mass down to tiny x
        IExpr logDensity = Symbolic.eval(F.ReplaceAll(Symbolic.eval(F.PowerExpand(F.Subtract(phi, F.Log(a)))),
                F.RuleDelayed(F.Log(F.x_), F.Log(F.Abs(F.x)))));
        List<IExpr> logs = new ArrayList<>();
        logs.add(logDensity);
        form.ifPresent(g -> logs.add(g.logDensity(x)));
        CompiledBoundFunction f = compile(logs, List.of(x));
        double[] v = new double[1];
        double[] out = new double[logs.size()];
        Axis axis = axis(support, f, 0);
        // shift the logarithm by its value in the bulk so that exp neither overflows nor underflows
        double bulk = bulkPoint(axis);
        double shift = logAt(f, bulk, 0);
        int components = order + 1;
        DoubleExponential.Result r = DoubleExponential.integrate(List.of(axis), components, (xx, res) -> {
            v[0] = xx[0];
            f.evaluate(0, v, out);
            double rho = Math.exp(out[0] - shift);
            double power = 1;
            for (int k = 0; k <= order; k++) {
                res[k] = rho * power;
                power *= xx[0];
            }
        }, 1e-14, 1.0 / 512);
        double zQuadrature = r.values()[0] * Math.exp(shift);
        if (form.isPresent()) {
            // the closed form differs from the derived density by a constant factor, read off at one point
            v[0] = bulk;
            f.evaluate(0, v, out);
            zQuadrature *= Math.exp(out[1] - out[0]);
        }
        List<Moment> moments = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            boolean finite = support.momentFinite(k);
            double quad = finite ? r.values()[k] / r.values()[0] : Double.POSITIVE_INFINITY;
            double err = finite ? (r.change()[k] + Math.abs(quad) * r.change()[0]) / r.values()[0] : Double.NaN;
            int kk = k;
            Optional<IExpr> exact = finite ? form.map(g -> g.moment(kk)) : Optional.empty();
            double exactValue = exact.map(e -> Symbolic.numeric(e, exactValues)).orElse(Double.NaN);
            moments.add(new Moment(name, k, exact, exactValue, quad, err, finite));
        }
        Optional<IExpr> normaliser = form.map(ClosedForm::normaliser);
        double zValue = normaliser.map(e -> Symbolic.numeric(e, exactValues)).orElse(zQuadrature);
        return new Result(model, op.ito(), source, Method.ONE_DIMENSIONAL, a, phi, null, density,
                form.map(g -> g.density(x)), normaliser, zValue, zQuadrature, List.of(support.ends), moments,
                values, r.nodes(), lostMass(support));
    }

    /** A point where the density has its bulk: the centre of the axis' map. */
    private static double bulkPoint(Axis axis) {
        return switch (axis.kind()) {
            case WHOLE_LINE -> axis.origin();
            case RIGHT_OF -> axis.origin() + axis.scale();
            case LEFT_OF -> axis.origin() - axis.scale();
            default -> axis.origin() + axis.scale() / 2;
        };
    }

    /**
     * A density ~ u^p with p just above -1 at a finite end keeps the fraction u^(p+1) of its mass below any u: below
     * the smallest double (1e-308) that is more than double precision can resolve, so the quadrature says so.
     */
    private static List<String> lostMass(Interval in) {
        List<String> notes = new ArrayList<>();
        for (End e : in.ends) {
            if (!Double.isInfinite(e.value()) && e.exponent() > -1 && e.exponent() < 0) {
                double lost = Math.pow(1e-308, e.exponent() + 1);
                if (lost > 1e-12) {
                    notes.add(String.format("the density ~ u^p, p = %s, at %s keeps a fraction of about %.1e of its "
                            + "mass within 1e-308 of the end, beyond double precision: the quadrature values are "
                            + "that inaccurate", e.exponentText(), e.point(), lost));
                }
            }
        }
        return notes;
    }

    /** exp(-c u^n) is a density only for c > 0 at the values. */
    private boolean decays(GammaForm g) {
        return Symbolic.numeric(g.c(), exactValues) > 0;
    }

    private IExpr antiderivative(IExpr q, ISymbol x, String name) {
        IExpr phi;
        try {
            phi = Symbolic.eval(F.Integrate(q, x));
        } catch (CasException e) {
            phi = null;
        }
        if (phi == null || phi.has(S.Integrate) || !Symbolic.isZero(F.Subtract(Symbolic.d(phi, x), q))) {
            throw error(StationaryErrorCode.UNSUPPORTED, name, "no closed antiderivative of 2 b/sigma^2 = "
                    + text(q) + " was found");
        }
        return Symbolic.simplify(phi);
    }

    /** The support of a one-dimensional density: an interval between consecutive zeros of a, with its ends. */
    private final class Interval {
        Kind kind;
        IExpr lower;
        IExpr upper;
        List<End> ends;

        IExpr finiteEnd() {
            return kind == Kind.RIGHT_OF ? lower : upper;
        }

        /** E[|x|^k] is finite when the density decays faster than |x|^(-1-k) at each infinite end. */
        boolean momentFinite(int k) {
            for (End e : ends) {
                if (Double.isInfinite(e.value()) && !Double.isNaN(e.exponent()) && !(e.exponent() + k < -1)) {
                    return false;
                }
            }
            return true;
        }
    }

    private Interval support(IExpr a, ISymbol x, String name, IExpr logDerivative) {
        IExpr numerator = Symbolic.eval(F.Numerator(a));
        List<IExpr> roots = new ArrayList<>();
        List<Double> rootValues = new ArrayList<>();
        if (!numerator.isFree(x)) {
            if (!Symbolic.isPolynomial(numerator, x)) {
                throw error(StationaryErrorCode.UNSUPPORTED, name, "sigma^2 = " + text(a)
                        + " is not a rational function of " + name + "; the zeros that bound the support cannot "
                        + "be found");
            }
            for (IExpr root : zeros(numerator, x, name, a)) {
                double value = Symbolic.numeric(root, exactValues);
                if (!Double.isNaN(value) && rootValues.stream().noneMatch(r -> Math.abs(r - value) <= 1e-12
                        * (1 + Math.abs(value)))) {
                    roots.add(Symbolic.simplify(root));
                    rootValues.add(value);
                }
            }
        }
        // sort the real zeros
        List<Integer> orderIdx = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            orderIdx.add(i);
        }
        orderIdx.sort((i, j) -> Double.compare(rootValues.get(i), rootValues.get(j)));
        List<IExpr> points = new ArrayList<>();
        List<Double> pointValues = new ArrayList<>();
        points.add(F.CNInfinity);
        pointValues.add(Double.NEGATIVE_INFINITY);
        for (int i : orderIdx) {
            points.add(roots.get(i));
            pointValues.add(rootValues.get(i));
        }
        points.add(F.CInfinity);
        pointValues.add(Double.POSITIVE_INFINITY);

        double start = model.variables().get(0).initialValue().map(e -> Symbolic.numeric(e, exactValues))
                .orElse(Double.NaN);
        List<Interval> candidates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Interval chosen = null;
        for (int i = 0; i + 1 < points.size(); i++) {
            Interval in = new Interval();
            in.lower = points.get(i);
            in.upper = points.get(i + 1);
            boolean lowInf = i == 0;
            boolean highInf = i + 2 == points.size();
            in.kind = lowInf && highInf ? Kind.WHOLE_LINE : lowInf ? Kind.LEFT_OF : highInf ? Kind.RIGHT_OF
                    : Kind.BETWEEN;
            in.ends = List.of(end(in.lower, pointValues.get(i), true, x, logDerivative),
                    end(in.upper, pointValues.get(i + 1), false, x, logDerivative));
            String why = integrability(in);
            boolean containsStart = start > pointValues.get(i) && start < pointValues.get(i + 1);
            if (containsStart) {
                if (why != null) {
                    throw notNormalisable(name, in, why);
                }
                chosen = in;
            }
            if (why == null) {
                candidates.add(in);
            } else {
                failures.add(why);
            }
            if (points.size() == 2 && why != null) {
                throw notNormalisable(name, in, why); // the whole line: name it rather than 'any interval'
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw error(StationaryErrorCode.NOT_NORMALISABLE, name, "a^-1 exp(int 2 b/a d" + name + ")",
                    "any interval between the zeros of sigma^2", String.join("; ", failures));
        }
        throw error(StationaryErrorCode.AMBIGUOUS_SUPPORT, name, String.join(", ",
                roots.stream().map(this::text).toList()), String.join(", ",
                        candidates.stream().map(this::intervalText).toList()));
    }

    /**
     * The zeros of a polynomial, factor by factor: linear and quadratic factors by their formulas (Symja's Solve
     * warns about inverse functions on some of them), higher ones by Solve. Complex zeros are dropped later, at the
     * values.
     */
    private List<IExpr> zeros(IExpr polynomial, ISymbol x, String name, IExpr a) {
        IExpr factored = Symbolic.eval(F.Factor(polynomial));
        List<IExpr> factors = Lists.factors(factored);
        List<IExpr> out = new ArrayList<>();
        for (IExpr f : factors) {
            IExpr base = f.isPower() ? f.base() : f;
            if (base.isFree(x)) {
                continue;
            }
            List<IExpr> c = Symbolic.coefficients(base, x);
            if (c.size() == 2) {
                out.add(Symbolic.eval(F.Divide(F.Negate(c.get(0)), c.get(1))));
            } else if (c.size() == 3) {
                IExpr disc = F.Sqrt(F.Subtract(F.Sqr(c.get(1)), F.Times(F.C4, c.get(0), c.get(2))));
                for (IExpr sign : new IExpr[] {F.CN1, F.C1}) {
                    out.add(Symbolic.eval(F.Divide(F.Plus(F.Negate(c.get(1)), F.Times(sign, disc)),
                            F.Times(F.C2, c.get(2)))));
                }
            } else {
                IExpr solutions;
                try {
                    solutions = Symbolic.eval(F.Solve(F.Equal(base, F.C0), x));
                } catch (CasException e) {
                    solutions = F.Null;
                }
                if (!solutions.isList()) {
                    throw error(StationaryErrorCode.UNSUPPORTED, name, "the zeros of sigma^2 = "
                            + text(a) + " cannot be found");
                }
                for (IExpr sol : (IAST) solutions) {
                    out.add(Symbolic.eval(F.ReplaceAll(x, sol)));
                }
            }
        }
        return out;
    }

    private StationaryException notNormalisable(String name, Interval in, String why) {
        return error(StationaryErrorCode.NOT_NORMALISABLE, name, "a^-1 exp(int 2 b/a d" + name + ")",
                intervalText(in), why);
    }

    String intervalText(Interval in) {
        return "(" + text(in.lower) + ", " + text(in.upper) + ")";
    }

    /** Null when the density is integrable at both ends, else why not. */
    private String integrability(Interval in) {
        for (End e : in.ends) {
            boolean infinite = Double.isInfinite(e.value());
            if (Double.isNaN(e.exponent())) {
                if (e.exponentText().startsWith("grows")) {
                    return "at " + text(e.point()) + " the density " + e.exponentText();
                }
                continue;
            }
            if (infinite ? !(e.exponent() < -1) : !(e.exponent() > -1)) {
                String x = model.variables().get(0).name();
                String at = text(e.point());
                return "at " + at + " the density behaves like |" + (infinite || e.point().isZero() ? x : x + " - "
                        + at) + "|^p with p = " + e.exponentText()
                        + (infinite ? ", not below -1" : ", not above -1");
            }
        }
        return null;
    }

    /**
     * The local power of the density at one end: the limit of (x - e) L'(x) at a finite end, of x L'(x) at an
     * infinite one (L = log rho), taken exactly at the parameter values.
     */
    private End end(IExpr point, double value, boolean lower, ISymbol x, IExpr logDerivative) {
        IExpr at = Symbolic.atValues(logDerivative, exactValues);
        IExpr local = Double.isInfinite(value) ? F.Times(x, at)
                : F.Times(F.Subtract(x, Symbolic.atValues(point, exactValues)), at);
        IExpr limitPoint = Double.isInfinite(value) ? (value > 0 ? F.CInfinity : F.CNInfinity)
                : Symbolic.atValues(point, exactValues);
        IExpr limit;
        try {
            limit = Symbolic.eval(F.Limit(Symbolic.together(local), F.Rule(x, limitPoint)));
        } catch (CasException e) {
            limit = F.Indeterminate;
        }
        double p = Symbolic.numeric(limit, Map.of());
        if (!Double.isNaN(p)) {
            return new End(point, value, p, limit.isRational() ? limit.toString() : String.format("%.6g", p));
        }
        // an infinite limit: +inf at a finite end or -inf at an infinite one means faster decay than any power
        boolean towardsPlus = limit.isInfinity();
        boolean towardsMinus = limit.isNegativeInfinity();
        if (!towardsPlus && !towardsMinus && Double.isInfinite(value)) {
            // Symja leaves limits of oscillating terms undecided (x sin x); x L'(x) far out decides them
            double[] far = new double[7];
            boolean ok = true;
            for (int j = 0; j < far.length; j++) {
                double at1 = Math.signum(value) * Math.pow(10, 2 + j);
                far[j] = Symbolic.numeric(F.ReplaceAll(Symbolic.eval(local), F.Rule(x, F.num(at1))), Map.of());
                ok &= Double.isFinite(far[j]);
            }
            if (ok && far[far.length - 1] < far[far.length - 2] && far[far.length - 2] < far[far.length - 3]
                    && far[far.length - 1] < -(order + 3) * 1e3) {
                return new End(point, value, Double.NaN, "decays faster than any power (x L'(x) = "
                        + String.format("%.3g", far[far.length - 1]) + " at " + (value > 0 ? "" : "-") + "1e8)");
            }
            if (ok && far[far.length - 1] > far[far.length - 2] && far[far.length - 1] > 1e3) {
                return new End(point, value, Double.NaN, "grows without bound");
            }
        }
        if (!towardsPlus && !towardsMinus) {
            throw error(StationaryErrorCode.UNSUPPORTED, model.variables().get(0).name(),
                    "the behaviour of the density at " + text(point)
                            + " cannot be decided (limit " + text(limit) + ")");
        }
        boolean decays = Double.isInfinite(value) ? towardsMinus : towardsPlus;
        return new End(point, value, Double.NaN, decays ? "decays faster than any power" : "grows without bound");
    }

    // ---- numerics -----------------------------------------------------------------------------------------------

    private CompiledBoundFunction compile(List<IExpr> outputs, List<ISymbol> state) {
        List<ISymbol> params = model.parameterSymbols();
        double[] p = new double[params.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = values.get(model.parameters().get(i).name());
        }
        return new ExpressionCompiler(InputLayout.of(state, params)).compileBound(outputs, p);
    }

    private static double logAt(CompiledBoundFunction f, double x, int component) {
        double[] out = new double[f.outputCount()];
        f.evaluate(0, new double[] {x}, out);
        return out[component];
    }

    /** A quadrature axis for the support, its origin and scale found from where the density has its bulk. */
    private static Axis axis(Interval in, CompiledBoundFunction f, int component) {
        double lo = Double.isInfinite(in.ends.get(0).value()) ? Double.NaN : in.ends.get(0).value();
        double hi = Double.isInfinite(in.ends.get(1).value()) ? Double.NaN : in.ends.get(1).value();
        java.util.function.DoubleUnaryOperator log = t -> {
            double v = logAt(f, t, component);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        };
        switch (in.kind) {
            case BETWEEN:
                return Axis.between(lo, hi);
            case RIGHT_OF:
            case LEFT_OF: {
                // the bulk of u rho(u) on a logarithmic scale of the distance u from the end
                double sign = in.kind == Kind.RIGHT_OF ? 1 : -1;
                double end = in.kind == Kind.RIGHT_OF ? lo : hi;
                double best = 1;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (double e = -12; e <= 12; e += 0.125) {
                    double u = Math.pow(10, e);
                    double value = log.applyAsDouble(end + sign * u) + Math.log(u);
                    if (value > bestValue) {
                        bestValue = value;
                        best = u;
                    }
                }
                End at = in.ends.get(in.kind == Kind.RIGHT_OF ? 0 : 1);
                double p = at.exponent();
                double power = p > -1 && p < 0 ? Math.min(1 / (p + 1), 1000) : 1;
                return in.kind == Kind.RIGHT_OF ? Axis.rightOf(end, best, power) : Axis.leftOf(end, best, power);
            }
            default: {
                double mode = 0;
                double modeValue = log.applyAsDouble(0);
                for (double e = -12; e <= 12; e += 0.0625) {
                    for (double s : new double[] {-1, 1}) {
                        double t = s * Math.pow(10, e);
                        double value = log.applyAsDouble(t);
                        if (value > modeValue) {
                            modeValue = value;
                            mode = t;
                        }
                    }
                }
                // refine the mode on a local grid, then take the distance where the density falls by e^-1/2
                double width = Math.max(Math.abs(mode), 1e-12);
                for (int pass = 0; pass < 3; pass++) {
                    double step = width / 8;
                    double m = mode;
                    for (int i = -16; i <= 16; i++) {
                        double t = m + i * step;
                        double value = log.applyAsDouble(t);
                        if (value > modeValue) {
                            modeValue = value;
                            mode = t;
                        }
                    }
                    width = step * 2;
                }
                double scale = 1;
                for (double e = -12; e <= 12; e += 0.125) {
                    double d = Math.pow(10, e);
                    if (log.applyAsDouble(mode + d) < modeValue - 0.5 || log.applyAsDouble(mode - d) < modeValue - 0.5) {
                        scale = d;
                        break;
                    }
                }
                return Axis.wholeLine(mode, scale);
            }
        }
    }

    // ---- gradient systems ---------------------------------------------------------------------------------------

    private Result gradient(Generator.Operator op) {
        int d = model.dimension();
        List<ISymbol> xs = model.variableSymbols();
        List<String> names = model.variables().stream().map(v -> v.name()).toList();
        List<List<IExpr>> a = op.diffusionMatrix();
        IExpr s2 = Symbolic.simplify(a.get(0).get(0));
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                IExpr entry = a.get(i).get(j);
                boolean free = xs.stream().allMatch(entry::isFree);
                boolean ok = free && Symbolic.isZero(i == j ? F.Subtract(entry, s2) : entry);
                if (!ok) {
                    throw error(StationaryErrorCode.NOT_GRADIENT_NOISE, names.get(i), d, "(sigma sigma^T)_("
                            + names.get(i) + "," + names.get(j) + ") = " + text(entry)
                            + (free ? "" : " depends on the state") + " while (sigma sigma^T)_(" + names.get(0) + ","
                            + names.get(0) + ") = " + text(s2));
                }
            }
        }
        if (s2.isZero()) {
            throw error(StationaryErrorCode.NO_NOISE, names.get(0), "every variable");
        }
        if (d > 3) {
            // the tensor-product rule needs (2^k)^d nodes; beyond three dimensions that is out of reach
            throw error(StationaryErrorCode.UNSUPPORTED, null, "quadrature over more than 3 dimensions is not "
                    + "implemented (the model has " + d + " variables)");
        }
        List<IExpr> b = op.drift();
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                IExpr asym = Symbolic.simplify(F.Subtract(Symbolic.d(b.get(i), xs.get(j)),
                        Symbolic.d(b.get(j), xs.get(i))));
                if (!asym.isZero()) {
                    throw error(StationaryErrorCode.NOT_GRADIENT, names.get(i), names.get(i), names.get(j),
                            names.get(j), names.get(i), text(asym));
                }
            }
        }
        // Phi with grad Phi = b, built one variable at a time: the part of b_i that Phi does not yet explain
        IExpr phi = F.C0;
        for (int i = 0; i < d; i++) {
            IExpr rest = Symbolic.together(F.Subtract(b.get(i), Symbolic.d(phi, xs.get(i))));
            IExpr piece = rest.isZero() ? F.C0 : Symbolic.eval(F.Integrate(rest, xs.get(i)));
            if (piece.has(S.Integrate)) {
                throw error(StationaryErrorCode.UNSUPPORTED, names.get(i), "no closed antiderivative of "
                        + text(rest) + " was found");
            }
            phi = Symbolic.eval(F.Plus(phi, piece));
        }
        IExpr potential = Symbolic.simplify(F.Negate(phi));
        IExpr exponent = Symbolic.simplify(F.Divide(F.Times(F.CN2, potential), s2));
        IExpr density = Symbolic.eval(F.Exp(exponent));
        checkGrowth(potential, xs, names);

        // closed form when the potential separates into single powers of each variable
        List<Optional<GammaForm>> forms = new ArrayList<>();
        boolean separable = true;
        for (int i = 0; i < d && separable; i++) {
            for (int j = i + 1; j < d; j++) {
                if (!Symbolic.isZero(Symbolic.d(Symbolic.d(exponent, xs.get(i)), xs.get(j)))) {
                    separable = false;
                    break;
                }
            }
        }
        for (int i = 0; i < d; i++) {
            forms.add(separable ? GammaForm.onWholeLine(Symbolic.d(exponent, xs.get(i)), xs.get(i))
                    .filter(g -> Symbolic.numeric(g.c(), exactValues) > 0) : Optional.empty());
        }
        boolean closed = forms.stream().allMatch(Optional::isPresent);

        List<IExpr> logs = new ArrayList<>();
        logs.add(exponent);
        CompiledBoundFunction f = compile(logs, xs);
        double[] mode = new double[d];
        double[] scale = new double[d];
        axesOf(f, mode, scale);
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            axes.add(Axis.wholeLine(mode[i], scale[i]));
        }
        double shift = logAt(f, mode);
        int components = 1 + d * order;
        double[] out = new double[1];
        DoubleExponential.Result r = DoubleExponential.integrate(axes, components, (xx, res) -> {
            f.evaluate(0, xx, out);
            double rho = Math.exp(out[0] - shift);
            res[0] = rho;
            for (int i = 0; i < d; i++) {
                double power = 1;
                for (int k = 1; k <= order; k++) {
                    power *= xx[i];
                    res[1 + i * order + (k - 1)] = rho * power;
                }
            }
        }, 1e-12, d == 2 ? 1.0 / 64 : 1.0 / 32);
        double zQuadrature = r.values()[0] * Math.exp(shift);
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int k = 1; k <= order; k++) {
                int c = 1 + i * order + (k - 1);
                double quad = r.values()[c] / r.values()[0];
                double err = (r.change()[c] + Math.abs(quad) * r.change()[0]) / r.values()[0];
                int kk = k;
                Optional<IExpr> exact = closed ? forms.get(i).map(g -> g.moment(kk)) : Optional.empty();
                double exactValue = exact.map(e -> Symbolic.numeric(e, exactValues)).orElse(Double.NaN);
                moments.add(new Moment(names.get(i), k, exact, exactValue, quad, err, true));
            }
        }
        Optional<IExpr> closedForm = Optional.empty();
        Optional<IExpr> normaliser = Optional.empty();
        if (closed) {
            List<IExpr> dens = new ArrayList<>();
            List<IExpr> zs = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                dens.add(forms.get(i).get().density(xs.get(i)));
                zs.add(forms.get(i).get().normaliser());
            }
            closedForm = Optional.of(Symbolic.eval(F.Times(dens.toArray(new IExpr[0]))));
            normaliser = Optional.of(Symbolic.simplify(F.Times(zs.toArray(new IExpr[0]))));
            // the separated form differs from exp(-2V/s^2) by the constant exp(-2V(0)/s^2)... read it off at the mode
            List<IExpr> both = List.of(exponent, Symbolic.eval(F.Log(closedForm.get())));
            CompiledBoundFunction g = compile(both, xs);
            double[] o = new double[2];
            g.evaluate(0, mode, o);
            zQuadrature *= Math.exp(o[1] - o[0]);
        }
        double zValue = normaliser.map(e -> Symbolic.numeric(e, exactValues)).orElse(zQuadrature);
        List<List<End>> ends = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            ends.add(List.of(new End(F.CNInfinity, Double.NEGATIVE_INFINITY, Double.NaN, "decays"),
                    new End(F.CInfinity, Double.POSITIVE_INFINITY, Double.NaN, "decays")));
        }
        return new Result(model, op.ito(), source, Method.GRADIENT, s2, exponent, potential, density, closedForm,
                normaliser, zValue, zQuadrature, ends, moments, values, r.nodes(), List.of());
    }

    private static double logAt(CompiledBoundFunction f, double[] x) {
        double[] out = new double[f.outputCount()];
        f.evaluate(0, x, out);
        return out[0];
    }

    /** The mode of exp(exponent) by coordinate searches, and the scale of each axis at it. */
    private static void axesOf(CompiledBoundFunction f, double[] mode, double[] scale) {
        int d = mode.length;
        double best = safe(logAt(f, mode));
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int i = 0; i < d; i++) {
                double keep = mode[i];
                double bestX = keep;
                for (double e = -8; e <= 8; e += 0.0625) {
                    for (double s : new double[] {-1, 1}) {
                        mode[i] = keep + s * Math.pow(10, e);
                        double v = safe(logAt(f, mode));
                        if (v > best) {
                            best = v;
                            bestX = mode[i];
                        }
                    }
                }
                mode[i] = bestX;
            }
        }
        for (int i = 0; i < d; i++) {
            double keep = mode[i];
            scale[i] = 1;
            for (double e = -8; e <= 8; e += 0.125) {
                double dd = Math.pow(10, e);
                mode[i] = keep + dd;
                double up = safe(logAt(f, mode));
                mode[i] = keep - dd;
                double down = safe(logAt(f, mode));
                if (up < best - 0.5 || down < best - 0.5) {
                    scale[i] = dd;
                    break;
                }
            }
            mode[i] = keep;
        }
    }

    private static double safe(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /**
     * exp(-2V/s^2) is integrable when the polynomial V grows along every ray: on each of many directions u, V(r u)
     * is a polynomial in r whose leading term has an even power and a positive coefficient at the values.
     */
    private void checkGrowth(IExpr potential, List<ISymbol> xs, List<String> names) {
        IExpr v = Symbolic.atValues(potential, exactValues);
        for (ISymbol x : xs) {
            if (!Symbolic.isPolynomial(v, x)) {
                throw error(StationaryErrorCode.UNSUPPORTED, null, "the potential V = "
                        + text(potential) + " is not a polynomial; its integrability "
                        + "cannot be decided");
            }
        }
        int d = xs.size();
        java.util.Random directions = new java.util.Random(15);
        ISymbol r = org.kolmo.cas.Symbols.internal("r");
        for (int trial = 0; trial < 24 + 2 * d; trial++) {
            double[] u = new double[d];
            if (trial < d) {
                u[trial] = 1;
            } else if (trial < 2 * d) {
                u[trial - d] = -1;
            } else {
                for (int i = 0; i < d; i++) {
                    u[i] = directions.nextGaussian();
                }
            }
            IExpr[] rules = new IExpr[d];
            for (int i = 0; i < d; i++) {
                rules[i] = F.Rule(xs.get(i), F.Times(Symbolic.exact(u[i]), r));
            }
            List<IExpr> c = Symbolic.coefficients(Symbolic.eval(F.ReplaceAll(v, F.List(rules))), r);
            int deg = c.size() - 1;
            double lead = deg >= 0 ? Symbolic.numeric(c.get(deg), Map.of()) : 0;
            if (deg < 2 || deg % 2 == 1 || !(lead > 0)) {
                StringBuilder dir = new StringBuilder();
                for (int i = 0; i < d; i++) {
                    dir.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ")
                            .append(String.format("%.3g", u[i])).append(" r");
                }
                // along a coordinate axis the fault is that variable's equation
                String at = trial < 2 * d ? names.get(trial % d) : null;
                throw error(StationaryErrorCode.NOT_NORMALISABLE, at, "exp(-2 V/s^2)", "R^" + d,
                        "the potential V = " + text(potential)
                                + " does not grow to +infinity along the ray " + dir);
            }
        }
    }
}

package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.CasSession;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.kolmo.plot.Figure;
import org.kolmo.plot.PlotText;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * {@code PlotMoments(model, {"p_zz", "m_z"}, tmax, Values -> {"beta" -> 2})}: the moments' trajectories from the
 * model's initial values, by integrating the exact linear moment system u' = F u + h (derived symbolically, then
 * evaluated at the parameter values) with the classical Runge-Kutta scheme.
 */
final class MomentPlots {
    /** Points drawn per curve. */
    private static final int SAMPLES = 400;

    private final KernelFunctions functions;

    MomentPlots(KernelFunctions functions) {
        this.functions = functions;
    }

    IExpr plot(IAST ast) {
        if (ast.argSize() < 3) {
            throw new NotebookException("PlotMoments(model, {\"p_zz\", ...}, tmax, Values -> {\"beta\" -> 2}) plots "
                    + "moments over 0 <= t <= tmax");
        }
        Sde model = functions.model(ast.arg1());
        List<String> names = new ArrayList<>();
        for (IExpr n : ast.arg2().isList() ? (IAST) ast.arg2() : List.of(ast.arg2())) {
            if (!n.isString()) {
                throw new NotebookException("moments are named by strings, e.g. \"p_zz\" (got " + n + ")");
            }
            names.add(n.toString());
        }
        double tmax = number(ast.arg3(), "tmax");
        if (!(tmax > 0)) {
            throw new NotebookException("tmax must be positive");
        }
        Map<ISymbol, Double> values = parameterValues(model, ast);
        Trajectories t = trajectories(model, names, tmax, values);
        List<String> at = new ArrayList<>();
        values.forEach((s, v) -> at.add(PlotText.name(org.kolmo.cas.Symbols.displayName(s)) + " = "
                + PlotText.number(v, 4)));
        Figure plot = new Figure(PlotText.text("Moments of " + model.name()) + (at.isEmpty() ? ""
                : "\\;(" + String.join(",\\;", at) + ")"), "t", "");
        for (int k = 0; k < names.size(); k++) {
            plot.line(PlotText.name(names.get(k)), t.times(), t.values()[k]);
        }
        return functions.objects().reference(plot, "plot of " + String.join(", ", names));
    }

    /** Sampled trajectories: times, and one row of values per moment. */
    record Trajectories(double[] times, double[][] values) {
    }

    static Trajectories trajectories(Sde model, List<String> names, double tmax, Map<ISymbol, Double> values) {
        int order = 1;
        for (String n : names) {
            order = Math.max(order, n.startsWith("m_") ? 1 : n.startsWith("p_") ? 2 : n.length() - n.indexOf('_') - 1);
        }
        MomentSystem system;
        try {
            system = MomentEquations.derive(model, order);
        } catch (MomentsException e) {
            throw new NotebookException(e);
        }
        int[] index = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            index[k] = system.indexOf(names.get(k));
            if (index[k] < 0) {
                throw new NotebookException("no moment named '" + names.get(k) + "' (moments: "
                        + String.join(", ", system.names()) + ")");
            }
        }
        if (!system.hasInitialValues()) {
            throw new NotebookException("the model " + model.name() + " gives no initial values to start from");
        }
        int n = system.size();
        double[][] f = new double[n][n];
        double[] h = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = evaluate(system.matrix().get(i).get(j), values);
            }
            h[i] = evaluate(system.constant().get(i), values);
            u[i] = evaluate(system.initialValues().get(i), values);
        }
        // RK4 is stable for |lambda dt| < 2.78; the row-sum norm bounds every eigenvalue, so this step is safe
        double norm = 0;
        for (double[] row : f) {
            double s = 0;
            for (double v : row) {
                s += Math.abs(v);
            }
            norm = Math.max(norm, s);
        }
        int perSample = Math.max(1, (int) Math.ceil(tmax * Math.max(norm, 1) / SAMPLES));
        double dt = tmax / (SAMPLES * (double) perSample);
        double[] times = new double[SAMPLES + 1];
        double[][] out = new double[names.size()][SAMPLES + 1];
        for (int s = 0; s <= SAMPLES; s++) {
            times[s] = s * tmax / SAMPLES;
            for (int k = 0; k < index.length; k++) {
                out[k][s] = u[index[k]];
            }
            for (int step = 0; s < SAMPLES && step < perSample; step++) {
                u = rk4(f, h, u, dt);
            }
        }
        return new Trajectories(times, out);
    }

    private static double[] rk4(double[][] f, double[] h, double[] u, double dt) {
        double[] k1 = rhs(f, h, u);
        double[] k2 = rhs(f, h, axpy(u, k1, dt / 2));
        double[] k3 = rhs(f, h, axpy(u, k2, dt / 2));
        double[] k4 = rhs(f, h, axpy(u, k3, dt));
        double[] next = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            next[i] = u[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return next;
    }

    private static double[] rhs(double[][] f, double[] h, double[] u) {
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double s = h[i];
            for (int j = 0; j < u.length; j++) {
                s += f[i][j] * u[j];
            }
            out[i] = s;
        }
        return out;
    }

    private static double[] axpy(double[] u, double[] k, double a) {
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] + a * k[i];
        }
        return out;
    }

    /** The model's parameter values, with those of the option {@code Values -> {"name" -> value, ...}} instead. */
    private static Map<ISymbol, Double> parameterValues(Sde model, IAST ast) {
        Map<ISymbol, Double> values = new LinkedHashMap<>();
        for (Parameter p : model.parameters()) {
            if (p.value().isPresent()) {
                values.put(p.symbol(), evaluate(p.value().get(), Map.of()));
            }
        }
        for (int i = 4; i <= ast.argSize(); i++) {
            IExpr option = ast.get(i);
            if (!option.isRuleAST() || !option.first().toString().equalsIgnoreCase("values")) {
                throw new NotebookException("PlotMoments takes one option, Values -> {\"name\" -> value, ...} (got "
                        + option + ")");
            }
            IExpr rules = option.second();
            for (IExpr r : rules.isList() ? (IAST) rules : List.of(rules)) {
                if (!r.isRuleAST() || !r.first().isString() || model.parameter(r.first().toString()).isEmpty()) {
                    throw new NotebookException("Values: each entry is \"parameter\" -> number (got " + r + ")");
                }
                values.put(model.parameter(r.first().toString()).get().symbol(), number(r.second(), r.first()
                        .toString()));
            }
        }
        for (Parameter p : model.parameters()) {
            if (!values.containsKey(p.symbol())) {
                throw new NotebookException("parameter " + p.name() + " has no value: give one with Values -> {\""
                        + p.name() + "\" -> ...}");
            }
        }
        return values;
    }

    private static double evaluate(IExpr e, Map<ISymbol, Double> values) {
        IExpr v = e;
        for (Map.Entry<ISymbol, Double> entry : values.entrySet()) {
            v = F.subst(v, entry.getKey(), F.num(entry.getValue()));
        }
        IExpr n = CasSession.get().evaluate(F.N(v));
        if (!n.isReal()) {
            throw new NotebookException("cannot evaluate " + e + " to a real number");
        }
        return n.evalf();
    }

    private static double number(IExpr e, String what) {
        IExpr n = CasSession.get().evaluate(F.N(e));
        if (!n.isReal()) {
            throw new NotebookException(what + " must be a real number (got " + e + ")");
        }
        return n.evalf();
    }
}

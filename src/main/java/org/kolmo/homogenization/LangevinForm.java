package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.kolmo.cas.CasSession;
import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A model in second-order (Langevin) form with a small mass m,
 * <pre>
 *   dx = v dt,   dv = (1/m) (F(x) - γ(x) v) dt + (1/m) σ(x) dW,
 * </pre>
 * recognised and rescaled into the homogenization class: with ε = √m and the scaled velocity Y = √m v,
 * <pre>
 *   dx = (1/ε) Y dt,   dY = -(1/ε²) γ(x) Y dt + (1/ε) F(x) dt + (1/ε) σ(x) dW,
 * </pre>
 * which is Lim's eqs. (5)-(6) with U1 = I, B2 = γ, b1 = F, σ1 = σ, so the generator route gives the
 * Smoluchowski-Kramers limit with its noise-induced drift (Hottovy, McDaniel, Volpe, Wehr 2015), in any dimension
 * and with a matrix γ(x).
 *
 * <p>The form is told apart from first-order averaging by its noise: a fast drift of order 1/m with a fast noise of
 * the same order 1/m (averaging has noise of order 1/√m). The rescaling is linear with a constant factor, so it
 * holds in the Itô and the Stratonovich convention alike; every occurrence of m (in F, γ, σ or elsewhere) becomes ε².
 *
 * @param original   the model as written
 * @param rescaled   the same model in (x, Y) with the small parameter ε
 * @param mass       the small parameter m of the original
 * @param epsilon    ε = √m, the small parameter of the rescaled model
 * @param velocities the fast variables v of the original
 * @param scaledVelocities the scaled Y = √m v, in the same order
 */
public record LangevinForm(Sde original, Sde rescaled, Parameter mass, Parameter epsilon, List<Variable> velocities,
        List<Variable> scaledVelocities) {

    /** The Langevin form of the expanded model, if it has one. */
    static Optional<LangevinForm> recognize(ModelExpansion ex) {
        Sde model = ex.model;
        int lowestDrift = Integer.MAX_VALUE;
        int lowestNoise = Integer.MAX_VALUE;
        for (int z = 0; z < model.dimension(); z++) {
            if (model.variables().get(z).role() != Role.FAST) {
                continue;
            }
            SortedMap<Integer, FastPolynomial> drift = ex.drift.get(z);
            if (!drift.isEmpty()) {
                lowestDrift = Math.min(lowestDrift, drift.firstKey());
            }
            for (SortedMap<Integer, FastPolynomial> noise : ex.noise.get(z)) {
                if (!noise.isEmpty()) {
                    lowestNoise = Math.min(lowestNoise, noise.firstKey());
                }
            }
        }
        // keys are twice the power of the small parameter: -2 is 1/m
        if (lowestDrift != -2 || lowestNoise != -2) {
            return Optional.empty();
        }
        return Optional.of(rescale(model));
    }

    private static LangevinForm rescale(Sde model) {
        Parameter mass = model.parameters().stream().filter(Parameter::isSmall).findFirst().orElseThrow();
        Set<String> taken = new HashSet<>();
        model.parameters().forEach(p -> taken.add(p.name()));
        model.variables().forEach(v -> taken.add(v.name()));
        taken.addAll(model.noises());
        Parameter eps = new Parameter(fresh("eps", taken), EnumSet.of(Assumption.SMALL, Assumption.POSITIVE),
                mass.value().map(F::Sqrt));
        IExpr e = eps.symbol();

        List<Variable> velocities = model.variables().stream().filter(v -> v.role() == Role.FAST).toList();
        List<Variable> scaled = new ArrayList<>();
        List<IExpr> rules = new ArrayList<>();
        rules.add(F.Rule(mass.symbol(), F.Sqr(e)));
        for (int a = 0; a < velocities.size(); a++) {
            Variable v = velocities.get(a);
            String name = fresh(velocities.size() == 1 ? "Y" : "Y" + (a + 1), taken);
            scaled.add(new Variable(name, Role.FAST, v.initialValue().map(v0 -> F.Times(e, v0))));
            rules.add(F.Rule(v.symbol(), F.Divide(Sde.symbol(name), e)));
        }
        IExpr substitution = F.List(rules.toArray(new IExpr[0]));

        List<Variable> variables = new ArrayList<>();
        List<IExpr> drift = new ArrayList<>();
        List<List<IExpr>> diffusion = new ArrayList<>();
        List<List<IExpr>> weights = new ArrayList<>();
        for (int z = 0; z < model.dimension(); z++) {
            Variable v = model.variables().get(z);
            int a = velocities.indexOf(v);
            // dY = sqrt(m) dv = eps dv
            IExpr factor = a >= 0 ? e : F.C1;
            variables.add(a >= 0 ? scaled.get(a) : v);
            drift.add(substitute(F.Times(factor, model.drift().get(z)), substitution));
            List<IExpr> row = new ArrayList<>();
            for (IExpr s : model.diffusion().get(z)) {
                row.add(substitute(F.Times(factor, s), substitution));
            }
            diffusion.add(row);
            List<IExpr> w = new ArrayList<>();
            for (int k = 0; k < model.dimension(); k++) {
                // a functional's p_k multiplies dx_k; a dv would be (1/eps) dY
                IExpr p = model.differentialWeights().get(z).get(k);
                w.add(substitute(velocities.contains(model.variables().get(k)) ? F.Divide(p, e) : p, substitution));
            }
            weights.add(w);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            parameters.add(p.isSmall() ? eps : p);
        }
        Sde rescaled = new Sde(model.name(), model.title(), model.convention(), parameters, variables, model.noises(),
                drift, diffusion, weights, model.regime());
        return new LangevinForm(model, rescaled, mass, eps, velocities, List.copyOf(scaled));
    }

    private static IExpr substitute(IExpr e, IExpr rules) {
        return CasSession.get().evaluate(F.ExpandAll(F.ReplaceAll(e, rules)));
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        for (int i = 1; taken.contains(name); i++) {
            name = base + "_" + i;
        }
        taken.add(name);
        return name;
    }

    /** The velocity of the original that {@code name} (a variable of the rescaled model) stands for, or the name. */
    public String originalName(String name) {
        for (int a = 0; a < scaledVelocities.size(); a++) {
            if (scaledVelocities.get(a).name().equals(name)) {
                return velocities.get(a).name();
            }
        }
        return name;
    }

    /** One line for reports: what was recognised and how it was rescaled. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < velocities.size(); a++) {
            parts.add(scaledVelocities.get(a).name() + " = sqrt(" + mass.name() + ")*" + velocities.get(a).name());
        }
        return "Langevin form with the small mass " + mass.name() + ": rescaled to " + epsilon.name() + " = sqrt("
                + mass.name() + "), " + String.join(", ", parts) + " (Smoluchowski-Kramers limit)";
    }
}

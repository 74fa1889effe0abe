package org.kolmo.moments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.kolmo.algebra.Monomial;
import org.kolmo.calculus.Differentials;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Lists;
import org.kolmo.io.ExpressionWriter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Derives the moment equations d/dt E[φ] = E[L φ] of a model for all monomials φ of degree 1..K (rule
 * {@code KoMomentRhs} in {@code rules/moments.m}). Symmetric moments appear once (p_xy = p_yx).
 */
public final class MomentEquations {
    private MomentEquations() {
    }

    /**
     * The closed moment system of orders 1..{@code order}.
     *
     * @throws MomentsException when the order is below 1, a coefficient is not polynomial in the state, or the
     *         hierarchy does not close (the message lists the moments that escape)
     */
    public static MomentSystem derive(Sde sde, int order) throws MomentsException {
        if (order < 1) {
            throw MomentsException.option("--order", MomentsErrorCode.ORDER_TOO_LOW, order);
        }
        Hierarchy hierarchy = hierarchy(sde, order);
        Sde ito = hierarchy.ito();
        List<ISymbol> x = ito.variableSymbols();
        List<String> varNames = ito.variables().stream().map(Variable::name).toList();
        List<Monomial> moments = hierarchy.moments();
        List<List<IExpr>> rows = new ArrayList<>();
        List<IExpr> constant = new ArrayList<>();
        Map<String, List<String>> escaping = new TreeMap<>();
        for (int r = 0; r < moments.size(); r++) {
            String name = MomentNames.of(moments.get(r), varNames);
            Map<Monomial, IExpr> terms = hierarchy.terms().get(r);
            List<IExpr> row = new ArrayList<>(Collections.nCopies(moments.size(), F.C0));
            IExpr h = F.C0;
            for (Map.Entry<Monomial, IExpr> t : terms.entrySet()) {
                Monomial m = t.getKey();
                if (m.degree() == 0) {
                    h = t.getValue();
                } else if (m.degree() > order) {
                    escaping.computeIfAbsent(MomentNames.of(m, varNames), k -> new ArrayList<>()).add(name);
                } else {
                    row.set(moments.indexOf(m), t.getValue());
                }
            }
            rows.add(row);
            constant.add(h);
        }
        if (!escaping.isEmpty()) {
            List<String> parts = new ArrayList<>();
            escaping.forEach((m, from) -> parts.add(m + " (in d/dt " + String.join(", d/dt ", new TreeSet<>(from))
                    + ")"));
            throw MomentsException.option("--order", MomentsErrorCode.NOT_CLOSED, sde.name(), order,
                    String.join("; ", parts));
        }
        List<String> names = moments.stream().map(m -> MomentNames.of(m, varNames)).toList();
        if (new java.util.HashSet<>(names).size() < names.size()) {
            throw MomentsException.inModel(MomentsErrorCode.NAME_CLASH, String.join(", ", varNames), sde.name());
        }
        return new MomentSystem(sde, order, moments, names, rows, constant, initialValues(ito, moments, x));
    }

    /**
     * The moment hierarchy up to {@code order} before any closing: for each monomial φ of degree 1..K (in
     * {@link #moments}), the monomials of E[L φ] with their coefficients, those of degree above K included.
     */
    public record Hierarchy(Sde ito, List<Monomial> moments, List<Map<Monomial, IExpr>> terms) {
    }

    /** The hierarchy of {@code sde} up to {@code order} (the Itô form of the model, the rule KoMomentRhs). */
    public static Hierarchy hierarchy(Sde sde, int order) throws MomentsException {
        Sde ito = ItoStratonovich.toIto(Differentials.substitute(sde));
        List<ISymbol> x = ito.variableSymbols();
        List<String> varNames = ito.variables().stream().map(Variable::name).toList();
        List<Monomial> moments = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            moments.addAll(Monomial.ofDegree(x.size(), k));
        }
        CasSession cas = CasSession.get();
        cas.assume(sde.parameters());
        List<Map<Monomial, IExpr>> all = new ArrayList<>();
        for (Monomial phi : moments) {
            String name = MomentNames.of(phi, varNames);
            IExpr lphi = cas.call("deriving the equation of " + name, "KoMomentRhs", phi.toExpr(x),
                    Lists.vector(ito.drift()), Lists.matrix(ito.diffusion()), Lists.vector(x));
            try {
                all.add(PolynomialTerms.of(lphi, x));
            } catch (PolynomialTerms.NotPolynomial e) {
                String variable = nonPolynomialEquation(ito, x);
                throw new MomentsException(MomentsErrorCode.NOT_POLYNOMIAL, variable,
                        new ExpressionWriter().write(e.term),
                        name);
            }
        }
        return new Hierarchy(ito, moments, all);
    }

    /** The first variable whose drift or diffusion is not polynomial in the state, or null (then only L φ is not). */
    private static String nonPolynomialEquation(Sde ito, List<ISymbol> x) {
        for (int i = 0; i < x.size(); i++) {
            List<IExpr> coefficients = new ArrayList<>();
            coefficients.add(ito.drift().get(i));
            coefficients.addAll(ito.diffusion().get(i));
            for (IExpr c : coefficients) {
                try {
                    PolynomialTerms.of(c, x);
                } catch (PolynomialTerms.NotPolynomial e) {
                    return ito.variables().get(i).name();
                }
            }
        }
        return null;
    }

    /** E[x^a](0) = x(0)^a for a deterministic start, or null when some initial value is missing. */
    static List<IExpr> initialValuesOf(Sde ito, List<Monomial> moments) {
        return initialValues(ito, moments, ito.variableSymbols());
    }

    /**
     * The order of the moment named {@code name} in {@code sde} (m_x: 1, p_xy: 2, mu_xxy: 3, ...), found among the
     * names of all monomials up to degree 8.
     *
     * @throws MomentsException when no moment of the model has that name
     */
    public static int orderOf(Sde sde, String name) throws MomentsException {
        List<String> varNames = sde.variables().stream().map(Variable::name).toList();
        for (int k = 1; k <= 8; k++) {
            for (Monomial m : Monomial.ofDegree(varNames.size(), k)) {
                if (MomentNames.of(m, varNames).equals(name)) {
                    return k;
                }
            }
        }
        throw MomentsException.option("--of", MomentsErrorCode.NO_SUCH_MOMENT, name, sde.name(),
                " (first moments are named m_x, second p_xy, higher mu_xxy, after the variables)");
    }

    /** E[x^a](0) = x(0)^a for a deterministic start, or null when some initial value is missing. */
    private static List<IExpr> initialValues(Sde sde, List<Monomial> moments, List<ISymbol> x) {
        if (sde.variables().stream().anyMatch(v -> v.initialValue().isEmpty())) {
            return null;
        }
        CasSession cas = CasSession.get();
        List<IExpr> out = new ArrayList<>();
        for (Monomial m : moments) {
            IExpr value = m.toExpr(x);
            for (int i = 0; i < x.size(); i++) {
                value = F.subst(value, x.get(i), sde.variables().get(i).initialValue().get());
            }
            out.add(cas.evaluate(F.Expand(value)));
        }
        return out;
    }
}

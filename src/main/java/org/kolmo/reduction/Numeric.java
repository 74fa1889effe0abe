package org.kolmo.reduction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kolmo.cas.CasSession;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/** Parameter values and double evaluation of symbolic results at them (the numeric side of every check). */
public final class Numeric {
    private final Map<ISymbol, IExpr> values;

    private Numeric(Map<ISymbol, IExpr> values) {
        this.values = values;
    }

    /**
     * The values the model file gives its parameters.
     *
     * @throws ReductionException naming the parameters without a value
     */
    public static Numeric of(Sde model) throws ReductionException {
        Map<ISymbol, IExpr> v = new HashMap<>();
        StringBuilder missing = new StringBuilder();
        for (Parameter p : model.parameters()) {
            if (p.value().isPresent()) {
                v.put(p.symbol(), p.value().get());
            } else {
                missing.append(missing.length() == 0 ? "" : ", ").append(p.name());
            }
        }
        if (missing.length() > 0) {
            throw ReductionException.inModel(ReductionErrorCode.MISSING_PARAMETER_VALUES, missing);
        }
        return new Numeric(v);
    }

    /** These values with one more symbol set, e.g. ε. */
    public Numeric with(ISymbol s, double value) {
        Map<ISymbol, IExpr> v = new HashMap<>(values);
        v.put(s, F.num(value));
        return new Numeric(v);
    }

    public double value(ISymbol s) {
        return eval(s);
    }

    /** The value of an expression free of other symbols once the parameters are set. */
    public double eval(IExpr e) {
        IExpr r = CasSession.get().evaluate(F.N(F.subst(e, values)));
        if (r.isReal()) {
            return r.evalf();
        }
        if (r.isNumber()) {
            throw new ArithmeticException("complex value " + r);
        }
        throw new IllegalArgumentException("not numeric after substitution: " + r);
    }

    public double[][] eval(List<List<IExpr>> m) {
        double[][] out = new double[m.size()][];
        for (int i = 0; i < m.size(); i++) {
            out[i] = new double[m.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = eval(m.get(i).get(j));
            }
        }
        return out;
    }
}

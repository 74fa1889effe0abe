package org.kolmo.homogenization;

import java.util.ArrayList;
import java.util.List;

import org.kolmo.model.Parameter;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.matheclipse.core.interfaces.ISymbol;

/** The roles in a slow-fast model: its slow, fast and functional variables and its small parameter ε. */
record ModelShape(String source, ISymbol eps, String epsName, List<ISymbol> slow, List<ISymbol> fast,
        List<ISymbol> functionals) {

    static ModelShape of(Sde model, String source) {
        List<ISymbol> slow = new ArrayList<>();
        List<ISymbol> fast = new ArrayList<>();
        List<ISymbol> functionals = new ArrayList<>();
        for (Variable v : model.variables()) {
            switch (v.role()) {
                case SLOW -> slow.add(v.symbol());
                case FAST -> fast.add(v.symbol());
                case FUNCTIONAL -> functionals.add(v.symbol());
                case STATE -> throw new HomogenizationException(HomogenizationErrorCode.NOT_SLOW_FAST, source, null);
            }
        }
        if (fast.isEmpty() || model.variables().stream().noneMatch(v -> v.role() == Role.SLOW)) {
            throw new HomogenizationException(HomogenizationErrorCode.NOT_SLOW_FAST, source, null);
        }
        Parameter small = model.parameters().stream().filter(Parameter::isSmall).findFirst()
                .orElseThrow(() -> new HomogenizationException(HomogenizationErrorCode.NO_SMALL_PARAMETER, source,
                        null));
        return new ModelShape(source, small.symbol(), small.name(), List.copyOf(slow), List.copyOf(fast),
                List.copyOf(functionals));
    }
}

package org.kolmo.numeric;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.kolmo.cas.Symbols;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The inputs of a compiled function: which symbol is read from which slot. State symbol {@code i} is read from
 * {@code x[i]}, parameter symbol {@code j} from {@code p[j]}, and the time symbol, if any, from {@code t}.
 *
 * <p>Symbols are matched by name, not identity: Symja keeps a symbol table per evaluation engine, and creating an
 * {@code ExprEvaluator} gives the current thread a new one, after which {@code F.symbol} returns new objects for
 * names it returned before.
 *
 * @param state      ordered state symbols
 * @param parameters ordered parameter symbols
 * @param time       the symbol standing for time, if the expressions may depend on it
 */
public record InputLayout(List<ISymbol> state, List<ISymbol> parameters, Optional<ISymbol> time) {
    public InputLayout {
        state = List.copyOf(state);
        parameters = List.copyOf(parameters);
        Set<String> seen = new HashSet<>();
        for (ISymbol s : state) {
            requireNew(seen, s);
        }
        for (ISymbol s : parameters) {
            requireNew(seen, s);
        }
        time.ifPresent(s -> requireNew(seen, s));
    }

    /** Inputs without a time symbol. */
    public static InputLayout of(List<ISymbol> state, List<ISymbol> parameters) {
        return new InputLayout(state, parameters, Optional.empty());
    }

    private static void requireNew(Set<String> seen, ISymbol s) {
        if (!seen.add(s.getSymbolName())) {
            throw new NumericException(NumericErrorCode.DUPLICATE_INPUT, Symbols.displayName(s));
        }
    }

    /** Number of state slots. */
    public int stateCount() {
        return state.size();
    }

    /** Number of parameter slots. */
    public int parameterCount() {
        return parameters.size();
    }
}

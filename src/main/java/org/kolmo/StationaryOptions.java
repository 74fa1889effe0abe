package org.kolmo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of {@link Kolmo#stationary}.
 *
 * @param order      highest moment order E[x^k] (1 to 12)
 * @param parameters parameter values for the numerics, by name (default: the model's)
 */
public record StationaryOptions(int order, Map<String, Double> parameters) {
    public StationaryOptions {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Moments up to order 4 at the model's parameter values. */
    public static StationaryOptions defaults() {
        return new StationaryOptions(4, Map.of());
    }

    public StationaryOptions withOrder(int k) {
        return new StationaryOptions(k, parameters);
    }

    public StationaryOptions withParameters(Map<String, Double> values) {
        return new StationaryOptions(order, values);
    }

    /** Checks what needs no model, so that a mistake shows before any derivation. */
    public StationaryOptions validate() {
        if (order < 1 || order > 12) {
            throw new OptionException("--order", "the moment order must be between 1 and 12 (got " + order + ")");
        }
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new OptionException("--param", e.getKey() + " must be a finite number");
            }
        }
        return this;
    }
}

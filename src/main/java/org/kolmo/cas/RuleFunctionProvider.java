package org.kolmo.cas;

/**
 * A set of Java functions for the rule language, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.kolmo.cas.RuleFunctionProvider}) and registered when the session starts.
 */
public interface RuleFunctionProvider {
    /** Registers the provider's functions with {@link JavaFunctions#register}. */
    void register();
}

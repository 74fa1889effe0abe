package org.kolmo;

import java.nio.file.Path;

import org.kolmo.cas.Symbols;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.ISymbol;

/** The bundled models of {@code models/}, read as the command line reads them, and short names for symbols. */
public final class TestModels {
    private TestModels() {
    }

    public static Sde load(String fileName) {
        try {
            return ModelReader.read(Path.of("models", fileName));
        } catch (Exception e) {
            throw new AssertionError("cannot read models/" + fileName + ": " + e.getMessage(), e);
        }
    }

    public static ISymbol s(String name) {
        return Symbols.user(name);
    }

    /** The regime that the reduce command's --scale, --time-scale and --eps-name would give. */
    public static org.kolmo.reduction.Regime regime(Sde model, String scale, String timeScale, String epsName)
            throws org.kolmo.io.ModelException {
        return org.kolmo.reduction.Regime.of(model,
                ModelReader.readRegimeOptions(model, scale, timeScale, epsName),
                org.kolmo.reduction.Regime.Placement.OPTIONS);
    }
}

package org.kolmo.cli;

import java.nio.file.Path;

import org.kolmo.Kolmo;
import org.kolmo.KolmoModel;

/** Reading the FILE argument of a command. */
final class ModelArgument {
    private ModelArgument() {
    }

    static KolmoModel read(Path file) throws Exception {
        return CommonOptions.facade(() -> Kolmo.readModel(file));
    }
}

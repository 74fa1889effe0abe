package org.kolmo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Sde;
import org.matheclipse.core.interfaces.IExpr;

/** Reading the FILE argument and expression options of a command. */
final class ModelArgument {
    private ModelArgument() {
    }

    static Sde read(Path file) throws ModelException {
        if (!Files.exists(file)) {
            throw new UsageException("FILE", "'" + file + "' does not exist");
        }
        try {
            return ModelReader.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("FILE", "'" + file + "' does not exist");
        } catch (IOException e) {
            throw new UsageException("FILE", "cannot read '" + file + "': " + e.getMessage());
        }
    }

    static IExpr expression(String option, String text, Sde model) throws ModelException {
        return ModelReader.readExpression(option, text, model);
    }
}

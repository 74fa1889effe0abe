package org.kolmo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kolmo.TestModels;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;

/** Reading a model, writing it and reading it back gives an equal value, for every bundled model. */
class ModelRoundTripTest {
    @Test
    void everyBundledModelRoundTrips() throws Exception {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            models = files.filter(p -> p.toString().endsWith(".sde")).sorted().toList();
        }
        assertEquals(true, models.size() >= 3, "models/ should hold the bundled examples");
        for (Path p : models) {
            Sde original = ModelReader.read(p);
            String written = ModelWriter.write(original);
            Sde again = ModelReader.read(p.getFileName().toString(), written);
            assertEquals(original, again, () -> p + " written as:\n" + written);
        }
    }

    @Test
    void convertedModelsRoundTripToo() throws Exception {
        for (String name : List.of("two_state.sde", "schroedinger.sde", "area.sde")) {
            Sde strat = ItoStratonovich.toStratonovich(TestModels.load(name));
            String written = ModelWriter.write(strat);
            assertEquals(strat, ModelReader.read(name, written), written);
        }
    }

    @Test
    void readerKeepsDeclarationsAndCoefficients() throws IOException {
        Sde area = TestModels.load("area.sde");
        assertEquals("area", area.name());
        assertEquals(List.of("X1", "X2", "Y1", "Y2", "A"), area.variables().stream().map(v -> v.name()).toList());
        assertEquals(Role.FUNCTIONAL, area.variables().get(4).role());
        assertEquals(List.of("W1", "W2"), area.noises());
        assertEquals(true, area.parameter("eps").orElseThrow().isSmall());
        assertEquals(true, area.hasDifferentialWeights());
    }
}

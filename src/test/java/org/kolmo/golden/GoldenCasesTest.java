package org.kolmo.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolmo.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Golden cases (issue 14, item 1): each folder of {@code src/test/resources/golden/} holds a model ({@code model.sde}),
 * a command line ({@code command.txt}, one argument per line, {@code MODEL} standing for the model file), the paper's
 * equation it reproduces ({@code SOURCE.md}) and the expected outputs in every format ({@code expected.txt},
 * {@code expected.tex}, {@code expected.json}). One test runs them all and compares byte for byte (JSON after
 * removing the run's timings), so that a refactoring that changes an output shows where. After an intended change,
 * {@code mvn test -Dtest=GoldenCasesTest -Dkolmo.golden.update=true} rewrites the expected files; review their diff.
 */
class GoldenCasesTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static final Map<String, String> FORMATS = Map.of("text", "expected.txt", "latex", "expected.tex",
            "json", "expected.json");
    /** Fields that hold the run's own timing, not its result. */
    private static final List<String> VOLATILE = List.of("millis", "seconds");

    static Stream<String> cases() throws Exception {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputsAreUnchanged(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        assertTrue(Files.exists(dir.resolve("SOURCE.md")), name + ": SOURCE.md names the paper's equation");
        List<String> command = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("command.txt"))) {
            if (!line.isBlank()) {
                command.add(line.equals("MODEL") ? dir.resolve("model.sde").toString() : line);
            }
        }
        boolean update = Boolean.getBoolean("kolmo.golden.update");
        for (Map.Entry<String, String> f : FORMATS.entrySet()) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--format", f.getKey()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, status, name + " " + f.getKey() + ": " + err);
            String actual = f.getKey().equals("json") ? withoutTimings(out.toString()) : out.toString();
            Path expected = dir.resolve(f.getValue());
            if (update) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            } else {
                assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name + " " + f.getKey());
            }
        }
    }

    private static String withoutTimings(String json) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode node = mapper.readTree(json);
        strip(node);
        return mapper.writeValueAsString(node) + "\n";
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(VOLATILE);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            strip(it.next());
        }
    }
}

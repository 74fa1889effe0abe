package org.kolmo.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every notebook shipped in {@code notebooks/} is a well-formed nbformat 4 document. Runs without Jupyter, so an
 * edit that breaks a notebook's JSON (an unescaped quote in a markdown cell) fails here, not only where the
 * execution test can run.
 */
class NotebookFormatTest {
    @Test
    void everyNotebookIsValidNbformat4() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(notebooks.size() >= NotebookExecutionTest.NOTEBOOKS.length, "notebooks found: " + notebooks);
        ObjectMapper json = new ObjectMapper();
        for (Path nb : notebooks) {
            JsonNode root = json.readTree(nb.toFile()); // throws on malformed JSON, naming line and column
            assertEquals(4, root.path("nbformat").asInt(), nb + ": nbformat");
            assertTrue(root.path("cells").isArray() && root.path("cells").size() > 0, nb + ": no cells");
            for (JsonNode cell : root.get("cells")) {
                String type = cell.path("cell_type").asText();
                assertTrue(List.of("markdown", "code", "raw").contains(type), nb + ": cell type " + type);
                assertTrue(cell.path("source").isArray() || cell.path("source").isTextual(), nb + ": cell source");
            }
        }
    }
}

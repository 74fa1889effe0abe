package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** With --format json an error is also a JSON document on stdout, so a program reading stdout learns why (issue 13). */
class JsonErrorsTest {
    @Test
    void modelErrorsOptionErrorsAndClassErrorsAreJson(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.sde");
        Files.writeString(bad, "model bad\nstate x\nnoise W\ndx = (-x + )*dt\n");
        CommandLineTest.Run r = CommandLineTest.kolmo("moments", bad.toString(), "--format", "json");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("error[E103]"), r.err()); // stderr as always
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(1, doc.get("schemaVersion").asInt());
        assertEquals(2, doc.get("status").asInt());
        JsonNode e = doc.get("errors").get(0);
        assertEquals("E103", e.get("code").asText());
        assertEquals(4, e.get("line").asInt());
        assertEquals(12, e.get("column").asInt());
        assertEquals(bad.toString(), e.get("file").asText());

        r = CommandLineTest.kolmo("moments", "models/two_state.sde", "--order", "x", "--format=json");
        assertEquals(2, r.status());
        JsonNode option = new ObjectMapper().readTree(r.out()).get("errors").get(0);
        assertTrue(option.get("message").asText().contains("--order"), r.out());
        assertEquals("--order", option.get("option").asText(), r.out());
        assertEquals("E002", option.get("code").asText(), r.out());

        // an error of a derivation, about an option: the reduction's own code
        r = CommandLineTest.kolmo("reduce", "models/two_state.sde", "--keep", "w", "--format", "json");
        assertEquals(2, r.status());
        JsonNode keep = new ObjectMapper().readTree(r.out()).get("errors").get(0);
        assertEquals("R201", keep.get("code").asText(), r.out());
        assertEquals("--keep", keep.get("option").asText(), r.out());
        assertEquals("'w' is not a variable of two_state", keep.get("message").asText(), r.out());

        Path outside = dir.resolve("outside.sde");
        Files.writeString(outside, "param eps small = 0.1\nslow X = 0\nfast Y\nnoise W\ndX = Y/eps*dt\n"
                + "dY = (-Y - Y^3)/eps^2*dt + 1/eps*dW\n");
        r = CommandLineTest.kolmo("homogenize", outside.toString(), "--format", "json");
        assertEquals(2, r.status());
        JsonNode h = new ObjectMapper().readTree(r.out()).get("errors").get(0);
        assertEquals("E705", h.get("code").asText(), r.out());
        assertEquals(6, h.get("line").asInt());

        // without JSON, stdout stays empty on errors
        r = CommandLineTest.kolmo("moments", bad.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
    }
}

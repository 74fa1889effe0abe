package org.kolmo.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kolmo.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code kolmo kernel install}: where the kernelspec goes and how it starts the kernel. */
class KernelSpecTest {
    @Test
    void theUserDataFolderFollowsJupytersRules() {
        assertEquals(Path.of("/x/data"), KernelSpec.userDataDir(Map.of("JUPYTER_DATA_DIR", "/x/data")));
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            assertEquals(Path.of("/x/share/jupyter"), KernelSpec.userDataDir(Map.of("XDG_DATA_HOME", "/x/share")));
            assertEquals(Path.of(System.getProperty("user.home"), ".local/share/jupyter"),
                    KernelSpec.userDataDir(Map.of()));
        }
    }

    @Test
    void installWritesAKernelJsonThatRunsTheKernelClass(@TempDir Path prefix) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        int status = Main.run(new String[] {"kernel", "install", "--prefix", prefix.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, status);
        Path file = prefix.resolve("share/jupyter/kernels/kolmo/kernel.json");
        assertTrue(out.toString().contains(file.toString()), out.toString());
        JsonNode spec = new ObjectMapper().readTree(Files.readString(file));
        JsonNode argv = spec.get("argv");
        assertTrue(Files.isExecutable(Path.of(argv.get(0).asText())), argv.get(0).asText());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).asText());
        assertEquals(KolmoKernel.class.getName(), argv.get(argv.size() - 2).asText());
        assertEquals("-cp", argv.get(argv.size() - 4).asText());
        for (String entry : argv.get(argv.size() - 3).asText().split(java.io.File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), entry);
        }
        assertEquals("symja", spec.get("language").asText());
        assertTrue(Files.isDirectory(Path.of(spec.get("env").get("KOLMO_HOME").asText(), "models")));
    }
}

package org.kolmo.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The kernelspec that tells Jupyter how to start {@link KolmoKernel}: {@code kernels/kolmo/kernel.json} in a Jupyter
 * data folder, whose argv runs this Java with this class path and the connection file.
 */
public final class KernelSpec {
    /** The kernel's name in Jupyter ({@code --kernel kolmo}, the notebooks' metadata). */
    public static final String NAME = "kolmo";

    private KernelSpec() {
    }

    /**
     * The current user's Jupyter data folder, as Jupyter itself finds it: {@code $JUPYTER_DATA_DIR}, else
     * {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter} (Linux), {@code ~/Library/Jupyter} (macOS),
     * {@code %APPDATA%\jupyter} (Windows).
     */
    public static Path userDataDir(Map<String, String> env) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("mac")) {
            return home.resolve("Library/Jupyter");
        }
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    /**
     * Writes the kernelspec into {@code dataDir/kernels/kolmo}.
     *
     * @param home the Kolmo checkout (models are found from it); passed to the kernel as {@code KOLMO_HOME}
     * @return the kernel.json written
     */
    public static Path install(Path dataDir, Path home) throws IOException {
        Path dir = dataDir.resolve("kernels").resolve(NAME);
        Files.createDirectories(dir);
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, json(home), StandardCharsets.UTF_8);
        return file;
    }

    /** The kernel.json text: the running Java, this process's class path made absolute, and the kernel's class. */
    static String json(Path home) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode spec = mapper.createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.add("-Xss16m"); // Symja's evaluator recurses deeply
        argv.add("-Djava.awt.headless=true"); // plots are drawn off screen
        argv.add("-cp");
        argv.add(classPath());
        argv.add(KolmoKernel.class.getName());
        argv.add("{connection_file}");
        spec.put("display_name", "Kolmo");
        spec.put("language", "symja");
        ObjectNode env = spec.putObject("env");
        env.put("KOLMO_HOME", home.toAbsolutePath().normalize().toString());
        try {
            return mapper.writeValueAsString(spec) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This process's class path with every entry absolute, so the kernel starts from any folder. */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The Kolmo checkout this code runs from: the folder above {@code target/} when running from the built jar or
     * classes, else the working directory.
     */
    public static Path home() {
        try {
            Path location = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = location; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                    return p.getParent();
                }
            }
        } catch (Exception e) {
            // no code source (an unusual class loader): fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}

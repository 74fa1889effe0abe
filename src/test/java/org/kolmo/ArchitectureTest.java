package org.kolmo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * The package structure README's architecture section describes, held by the sources: the import graph between
 * Kolmo's packages has no cycle (a package can be read, tested and replaced with only what it imports), the front
 * ends sit on top (nothing imports the command line or the notebook kernel but the command that starts the kernel),
 * and the model values and the error model depend on no derivation.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/kolmo");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.kolmo(?:\\.(\\w+))?;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.kolmo\\.(\\w+)",
            Pattern.MULTILINE);

    private record Import(String from, String to, Path file) {
    }

    /** Package-to-package imports; the facade's own package is "org.kolmo". */
    private static List<Import> imports() throws IOException {
        List<Import> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher p = PACKAGE.matcher(text);
                assertTrue(p.find(), "no package statement in " + f);
                String from = p.group(1) == null ? "org.kolmo" : p.group(1);
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    // org.kolmo.Kolmo is a class of the root package, org.kolmo.cas.X one of a subpackage
                    String to = Character.isUpperCase(m.group(1).charAt(0)) ? "org.kolmo" : m.group(1);
                    if (!to.equals(from)) {
                        out.add(new Import(from, to, f));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void packagesImportEachOtherWithoutCycles() throws IOException {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Import i : imports()) {
            graph.addVertex(i.from());
            graph.addVertex(i.to());
            graph.addEdge(i.from(), i.to());
        }
        assertTrue(graph.vertexSet().size() > 10, "the scan found the packages: " + graph.vertexSet());
        List<Set<String>> cycles = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets().stream()
                .filter(c -> c.size() > 1).toList();
        assertEquals(List.of(), cycles, "packages that import each other, directly or through others");
    }

    @Test
    void frontEndsAreImportedByNoDerivation() throws IOException {
        Set<String> offending = new TreeSet<>();
        for (Import i : imports()) {
            boolean toFrontEnd = i.to().equals("cli") || i.to().equals("notebook");
            // the kernel command of the CLI starts the notebook kernel: the one allowed edge between front ends
            boolean kernelCommand = i.from().equals("cli") && i.to().equals("notebook");
            if (toFrontEnd && !kernelCommand) {
                offending.add(i.file() + " imports " + i.to());
            }
        }
        assertEquals(Set.of(), offending);
    }

    @Test
    void modelValuesAndErrorsDependOnNoDerivation() throws IOException {
        Set<String> allowed = Set.of("cas", "error", "model");
        Set<String> offending = new TreeSet<>();
        for (Import i : imports()) {
            if ((i.from().equals("model") || i.from().equals("error")) && !allowed.contains(i.to())) {
                offending.add(i.file() + " imports " + i.to());
            }
        }
        assertEquals(Set.of(), offending);
    }
}

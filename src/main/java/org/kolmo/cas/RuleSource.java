package org.kolmo.cas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the rule files come from: the folder {@code rules/} packaged into the jar (the default) or a folder the user
 * names with {@code --rules DIR}. Every {@code *.m} file is loaded, in name order, so adding a rule file needs no Java
 * change.
 */
public final class RuleSource {
    private final Path directory;
    private final String displayPrefix;

    private RuleSource(Path directory, String displayPrefix) {
        this.directory = directory;
        this.displayPrefix = displayPrefix;
    }

    /** The rule files of a folder on disk. */
    public static RuleSource directory(Path dir) {
        return new RuleSource(dir, dir.toString());
    }

    /** The rule files packaged with Kolmo (the repository's {@code rules/} folder). */
    public static RuleSource bundled() {
        URL url = RuleSource.class.getResource("/rules");
        if (url == null) {
            throw new CasException(CasErrorCode.RULES_MISSING,
                    "the packaged rule files are missing (no /rules on the class path)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new RuleSource(fs.getPath("/rules"), "rules");
            }
            return new RuleSource(Path.of(uri), "rules");
        } catch (URISyntaxException | IOException e) {
            throw new CasException(CasErrorCode.RULES_MISSING, e,
                    "cannot open the packaged rule files: " + e.getMessage());
        }
    }

    /** All {@code *.m} files, parsed into statements, sorted by file name. */
    public List<RuleFile> load() {
        if (!Files.isDirectory(directory)) {
            throw new CasException(CasErrorCode.RULES_MISSING,
                    "rule folder " + displayPrefix + " does not exist");
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> paths = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".m")).toList());
            paths.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            List<RuleFile> out = new ArrayList<>();
            for (Path p : paths) {
                String name = displayPrefix + "/" + p.getFileName();
                out.add(RuleFile.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSource r && directory.toUri().equals(r.directory.toUri());
    }

    @Override
    public int hashCode() {
        return directory.toUri().hashCode();
    }

    @Override
    public String toString() {
        return displayPrefix;
    }
}

package org.kolmo.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files beside an output file, to be moved over it once written whole. Unlike
 * {@link Files#createTempFile}, which makes them readable by their owner only (0600), they are created with the
 * default permissions, so that the user's umask decides, as for any file a command writes.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** A new, empty file {@code prefix + random + suffix} in the directory of {@code target}. */
    public static Path newSibling(Path target, String prefix, String suffix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        for (int attempt = 0;; attempt++) {
            Path candidate = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}

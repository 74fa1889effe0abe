package org.kolmo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.kolmo.OptionErrorCode;
import org.kolmo.io.OutputFiles;

/**
 * Output files written whole or not at all: to a temporary file beside the target, then moved over it; with the
 * user's umask, as any file a command writes.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** @param option the option that named the file, for the error message */
    static void write(Path target, String content, String option) {
        try {
            Path abs = target.toAbsolutePath();
            Path tmp = OutputFiles.newSibling(abs, ".kolmo-", ".tmp");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UsageException(OptionErrorCode.FILE_ACCESS, option,
                    "cannot write '" + target + "': " + e.getMessage());
        }
    }
}

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a command writes (-o, plots) get the permissions the user's umask gives any new file, not the owner-only
 * 0600 of a temporary file (issue 13, item 3).
 */
class OutputPermissionsTest {
    @Test
    void outputAndPlotFilesFollowTheUmask(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        Path out = dir.resolve("moments.txt");
        CommandLineTest.Run r = CommandLineTest.kolmo("moments", "models/two_state.sde", "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, Files.getPosixFilePermissions(out), "-o");
        Path png = dir.resolve("paths.png");
        r = CommandLineTest.kolmo("simulate", "models/two_state.sde", "--paths", "50", "--T", "0.1", "--dt", "0.01",
                "--plot", png.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, Files.getPosixFilePermissions(png), "--plot");
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
    }
}

package org.kolmo.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every {@link ErrorCode} family (each enum of the sources that implements it, found by reflection on the classes the
 * sources declare) holds codes of one stable shape, distinct across all families, with non-blank templates.
 */
class ErrorCodesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern FAMILY = Pattern.compile("^public enum (\\w+) implements ErrorCode",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern SHAPE = Pattern.compile("[A-Z]\\d{3}");

    /** The enum classes that implement ErrorCode. */
    static List<Class<?>> families() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                Matcher m = FAMILY.matcher(text);
                if (m.find()) {
                    Matcher p = PACKAGE.matcher(text);
                    assertTrue(p.find(), "no package in " + f);
                    Class<?> c = Class.forName(p.group(1) + "." + m.group(1));
                    assertTrue(c.isEnum() && ErrorCode.class.isAssignableFrom(c), c.getName());
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void everyCodeIsDistinctAcrossAllFamilies() throws Exception {
        List<Class<?>> families = families();
        List<String> names = families.stream().map(Class::getSimpleName).toList();
        for (String expected : List.of("OptionErrorCode", "ModelErrorCode", "AlgebraErrorCode",
                "HomogenizationErrorCode", "MomentsErrorCode", "StationaryErrorCode", "ReductionErrorCode",
                "NumericErrorCode", "CasErrorCode", "NotebookErrorCode", "InternalErrorCode")) {
            assertTrue(names.contains(expected), expected + " among " + names);
        }
        Map<String, String> owner = new LinkedHashMap<>();
        TreeSet<String> clashes = new TreeSet<>();
        for (Class<?> family : families) {
            for (Object constant : family.getEnumConstants()) {
                ErrorCode code = (ErrorCode) constant;
                String where = family.getSimpleName() + "." + constant;
                assertTrue(SHAPE.matcher(code.code()).matches(), where + " has code " + code.code());
                assertFalse(code.template().isBlank(), where + " has no template");
                String before = owner.putIfAbsent(code.code(), where);
                if (before != null) {
                    clashes.add(code.code() + ": " + before + " and " + where);
                }
            }
        }
        assertEquals(new TreeSet<>(), clashes);
    }

    @Test
    void exitStatusesAreTheDocumentedOnes() throws Exception {
        for (Class<?> family : families()) {
            for (Object constant : family.getEnumConstants()) {
                int status = ((ErrorCode) constant).exitStatus();
                assertTrue(status == ErrorCode.USER_ERROR || status == ErrorCode.CHECK_FAILED
                        || status == ErrorCode.INTERNAL, family.getSimpleName() + "." + constant + ": " + status);
                if (((ErrorCode) constant).code().startsWith("C")) {
                    assertEquals(ErrorCode.INTERNAL, status, "engine failures are internal: " + constant);
                }
            }
        }
    }
}

package org.kolmo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kolmo.algebra.Monomial;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Parameter;
import org.kolmo.model.Sde;
import org.kolmo.model.Variable;
import org.kolmo.moments.MomentNames;

/**
 * Kolmo's results do not depend on what the user calls things: every command on every bundled model, with every
 * user symbol renamed to a hostile name (names Kolmo uses internally, such as a, a_1, xi, lambda; Symja's constants
 * E, I, Pi; names that differ only by case), gives the original output once the names are renamed back, byte for
 * byte; and no encoded symbol ({@code ko$}, {@code kx$}) reaches any output or message.
 *
 * <p>Outputs are renamed token by token: a user name, its differential, a moment name built from variable names
 * ({@code p_xy}, its central form {@code c_xy}, initial symbol {@code p_xy_0}). A derivation's own symbol that shares
 * its printed name with a user symbol is marked with a tilde ({@code a~}); the mark is dropped before comparing,
 * since whether it appears depends on the names by design.
 */
class NameIndependenceTest {
    private static final List<String> HOSTILE = List.of("a", "a_1", "xi", "l", "lambda", "eps", "D", "N", "E", "I",
            "Pi", "x1", "theta", "L", "d", "Theta", "lambda_2", "xi1");

    /** One command line on one model; {@code %X} in an argument is the user name X, renamed with the model. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        String[] all = {"area", "integrated_ou", "langevin", "noise_induced_drift", "schroedinger", "slow_fast_2x2",
                "slow_fast_general", "slow_pair", "two_state"};
        for (String m : all) {
            out.add(Arguments.of(m, List.of("convert", "--to", "stratonovich")));
            out.add(Arguments.of(m, List.of("generator")));
        }
        for (String m : new String[] {"langevin", "schroedinger", "slow_pair", "two_state"}) {
            out.add(Arguments.of(m, List.of("moments", "--order", "2")));
            out.add(Arguments.of(m, List.of("moments", "--order", "2", "--central")));
        }
        out.add(Arguments.of("two_state", List.of("closed-ode", "--of", "@p:z,z", "--with-constant")));
        out.add(Arguments.of("two_state", List.of("closed-ode", "--of", "@m:z")));
        out.add(Arguments.of("slow_pair", List.of("closed-ode", "--of", "@p:x,x", "--with-constant")));
        out.add(Arguments.of("langevin", List.of("closed-ode", "--of", "@p:x,x")));
        out.add(Arguments.of("two_state", List.of("reduce", "--keep", "%z")));
        out.add(Arguments.of("langevin", List.of("reduce", "--keep", "%x")));
        out.add(Arguments.of("slow_pair", List.of("reduce", "--keep", "%x,%z", "--scale", "%g -> %g/eps")));
        for (String m : new String[] {"area", "integrated_ou", "noise_induced_drift", "slow_fast_2x2",
                "slow_fast_general"}) {
            out.add(Arguments.of(m, List.of("homogenize")));
        }
        out.add(Arguments.of("two_state", List.of("check", "--claim", "@m:z' == 2*%alpha*@m:y")));
        out.add(Arguments.of("two_state", List.of("check", "--claim", "@m:z'' == -4*%alpha^2*@m:z")));
        out.add(Arguments.of("two_state", List.of("simulate", "--paths", "200", "--T", "0.05", "--dt", "0.01",
                "--seed", "7", "--observe", "%z, %x*%y")));
        out.add(Arguments.of("two_state", List.of("ito-formula", "--f", "%x^2 + %z")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void renamedModelsGiveTheRenamedOutput(String model, List<String> command, @TempDir Path dir) throws Exception {
        Path original = Path.of("models", model + ".sde");
        String text = Files.readString(original);
        Sde sde = ModelReader.read(original);
        // The outputs are compared through a third naming whose names (zq0, zq1, ...) occur in no prose, so that
        // renaming its output is exact: neutral -> original must give the original output, neutral -> hostile the
        // hostile one (renaming the hostile output back would be ambiguous: "a" is a word as well as a name).
        Map<String, String> neutral = neutralNames(sde);
        Path neutralFile = writeRenamed(dir.resolve(model + "_neutral.sde"), text, neutral);
        CommandLineTest.Run n = CommandLineTest.kolmo(args(command, neutralFile, sde, neutral));
        CommandLineTest.Run o = CommandLineTest.kolmo(args(command, original, sde, Map.of()));
        compare(o, original, n, neutralFile, sde, neutral, identity(sde), model + " " + command + " (original names)");
        // two hostile renamings per model, so that every hostile name meets several roles
        for (int shift : new int[] {0, 7}) {
            Map<String, String> rename = renaming(sde, shift, text + String.join(" ", command));
            Path renamed = writeRenamed(dir.resolve(model + shift + ".sde"), text, rename);
            CommandLineTest.Run h = CommandLineTest.kolmo(args(command, renamed, sde, rename));
            compare(h, renamed, n, neutralFile, sde, neutral, rename, model + " " + command + " renamed " + rename);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void noEncodedSymbolInLatexOrJson(String model, List<String> command, @TempDir Path dir) throws Exception {
        Path original = Path.of("models", model + ".sde");
        String text = Files.readString(original);
        Sde sde = ModelReader.read(original);
        Map<String, String> rename = renaming(sde, 3, text + String.join(" ", command));
        Path renamed = writeRenamed(dir.resolve(model + ".sde"), text, rename);
        int status = CommandLineTest.kolmo(args(command, renamed, sde, rename)).status();
        for (String format : List.of("latex", "latex-doc", "json")) {
            List<String> withFormat = new ArrayList<>(command);
            withFormat.add("--format");
            withFormat.add(format);
            CommandLineTest.Run r = CommandLineTest.kolmo(args(withFormat, renamed, sde, rename));
            String where = model + " " + withFormat + " renamed " + rename;
            assertEquals(status, r.status(), where + "\n" + r.err());
            assertFalse(r.out().contains("ko$") || r.out().contains("kx$") || r.err().contains("ko$")
                    || r.err().contains("kx$"), where + ": encoded symbol in\n" + r.out() + r.err());
        }
    }

    /** {@code expected} against the neutral run with its names renamed to {@code target}'s. */
    private static void compare(CommandLineTest.Run expected, Path expectedFile, CommandLineTest.Run neutralRun,
            Path neutralFile, Sde sde, Map<String, String> neutral, Map<String, String> target, String where) {
        for (String s : List.of(expected.out(), expected.err())) {
            assertFalse(s.contains("ko$") || s.contains("kx$"), where + ": encoded symbol in\n" + s);
        }
        assertEquals(expected.status(), neutralRun.status(), where + "\n" + expected.err() + "\n" + neutralRun.err());
        Map<String, String> map = translation(sde, neutral, target);
        assertEquals(unmark(expected.out()), unmark(renameTokens(neutralRun.out(), map)), where);
        assertEquals(unmark(expected.err().replace(expectedFile.toString(), "FILE")),
                unmark(renameTokens(neutralRun.err().replace(neutralFile.toString(), "FILE"), map)), where);
    }

    private static Map<String, String> identity(Sde sde) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String n : names(sde)) {
            map.put(n, n);
        }
        return map;
    }

    private static Map<String, String> neutralNames(Sde sde) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String n : names(sde)) {
            map.put(n, "zq" + map.size());
        }
        return map;
    }

    private static List<String> names(Sde sde) {
        List<String> names = new ArrayList<>();
        sde.parameters().stream().map(Parameter::name).forEach(names::add);
        sde.variables().stream().map(Variable::name).forEach(names::add);
        names.addAll(sde.noises());
        return names;
    }

    /** The model's names (parameters, variables, noises) → hostile names, distinct and not already used. */
    private static Map<String, String> renaming(Sde sde, int shift, String text) {
        // a regime (in the file or the command) written with an undeclared eps keeps that name for the small parameter
        boolean implicitEps = sde.parameter("eps").isEmpty() && (text.contains("regime") || text.contains("eps"));
        List<String> names = names(sde);
        Map<String, String> map = new LinkedHashMap<>();
        int k = shift;
        for (String n : names) {
            String h = HOSTILE.get(k++ % HOSTILE.size());
            // a noise W renamed to d would make its differential "dd"; keep the pool's letters for values
            while (map.containsValue(h) || sde.noises().contains(n) && h.equals("d") || implicitEps && h.equals("eps")) {
                h = HOSTILE.get(k++ % HOSTILE.size());
            }
            map.put(n, h);
        }
        return map;
    }

    /** The model file with every user name (and its differential dX) renamed; comments and quoted titles kept. */
    /** Writes the model text with its names renamed to the file, and returns the file. */
    private static Path writeRenamed(Path file, String text, Map<String, String> rename) throws IOException {
        return Files.writeString(file, renameModel(text, rename));
    }

    private static String renameModel(String text, Map<String, String> rename) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int hash = line.indexOf('#');
            String code = hash < 0 ? line : line.substring(0, hash);
            String comment = hash < 0 ? "" : line.substring(hash);
            String[] quoted = code.split("\"", -1);
            for (int i = 0; i < quoted.length; i += 2) {
                quoted[i] = renameTokens(quoted[i], name -> {
                    if (rename.containsKey(name)) {
                        return rename.get(name);
                    }
                    if (name.startsWith("d") && rename.containsKey(name.substring(1))) {
                        return "d" + rename.get(name.substring(1));
                    }
                    return name;
                });
            }
            out.append(String.join("\"", quoted)).append(comment).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String[] args(List<String> command, Path file, Sde sde, Map<String, String> rename) {
        List<String> out = new ArrayList<>();
        out.add(command.get(0));
        out.add(file.toString());
        for (String a : command.subList(1, command.size())) {
            out.add(expandArgument(a, sde, rename));
        }
        return out.toArray(new String[0]);
    }

    /** {@code %X}: the user name X, renamed; {@code @p:x,z}: the moment E[x z] under the (renamed) names. */
    private static String expandArgument(String a, Sde sde, Map<String, String> rename) {
        List<String> original = sde.variables().stream().map(Variable::name).toList();
        List<String> names = original.stream().map(v -> rename.getOrDefault(v, v)).toList();
        Matcher m = Pattern.compile("@(m|p|mu):([A-Za-z0-9_,]+)|%([A-Za-z][A-Za-z0-9_]*)").matcher(a);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = rename.getOrDefault(m.group(3), m.group(3));
            } else {
                int[] exponents = new int[original.size()];
                for (String v : m.group(2).split(",")) {
                    exponents[original.indexOf(v)]++;
                }
                replacement = MomentNames.of(Monomial.of(exponents), names);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Neutral names → target names: user names, their differentials, and every moment name up to degree 4 with its
     * central ({@code c_xy}) and initial ({@code p_xy_0}) forms.
     */
    private static Map<String, String> translation(Sde sde, Map<String, String> neutral, Map<String, String> target) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String n : names(sde)) {
            map.put(neutral.get(n), target.get(n));
            map.put("d" + neutral.get(n), "d" + target.get(n));
        }
        List<String> original = sde.variables().stream().map(Variable::name).toList();
        List<String> from = original.stream().map(neutral::get).toList();
        List<String> to = original.stream().map(target::get).toList();
        for (int degree = 1; degree <= 4; degree++) {
            for (Monomial m : Monomial.ofDegree(original.size(), degree)) {
                String a = MomentNames.of(m, from);
                String b = MomentNames.of(m, to);
                map.put(a, b);
                map.put(a + "_0", b + "_0");
                map.put("c_" + a.substring(a.indexOf('_') + 1), "c_" + b.substring(b.indexOf('_') + 1));
            }
        }
        return map;
    }

    private static String renameTokens(String text, Map<String, String> map) {
        return renameTokens(text, (java.util.function.UnaryOperator<String>) t -> map.getOrDefault(t, t));
    }

    private static String renameTokens(String text, java.util.function.UnaryOperator<String> f) {
        Matcher m = Pattern.compile("[A-Za-z][A-Za-z0-9_]*").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Without the marks of internal names, and with runs of spaces as one (table columns fit the names' width). */
    private static String unmark(String s) {
        return s.replaceAll("([A-Za-z0-9_])~", "$1").replaceAll(" +", " ");
    }
}

package org.kolmo.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.kolmo.cas.CasSession;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The options {@code Name -> value} of a kernel function call, from a given argument on. Names are matched without
 * case, dashes or underscores ({@code WithConstant}, {@code withconstant}); a name the function does not take is an
 * error that lists those it takes.
 */
final class KernelOptions {
    private final String function;
    private final Map<String, IExpr> values = new LinkedHashMap<>();

    KernelOptions(String function, IAST ast, int from, List<String> known) {
        this.function = function;
        Map<String, String> names = new LinkedHashMap<>();
        known.forEach(k -> names.put(normalise(k), k));
        for (int i = from; i <= ast.argSize(); i++) {
            IExpr a = ast.get(i);
            if (!a.isRuleAST()) {
                throw new NotebookException("argument " + i + " of " + function + " should be an option Name -> value,"
                        + " got " + a);
            }
            String key = a.first().toString();
            String name = names.get(normalise(key));
            if (name == null) {
                throw new NotebookException(function + " has no option '" + key + "' (options: "
                        + String.join(", ", known) + ")");
            }
            values.put(name, a.second());
        }
    }

    private static String normalise(String name) {
        return name.replace("-", "").replace("_", "").replace("Global`", "").toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<IExpr> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        IExpr v = values.get(name);
        if (v == null || v.isFalse()) {
            return false;
        }
        if (v.isTrue()) {
            return true;
        }
        throw new NotebookException(function + ": " + name + " is True or False (got " + v + ")");
    }

    Optional<String> string(String name) {
        IExpr v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(text(name, v));
    }

    Optional<Double> number(String name) {
        IExpr v = values.get(name);
        return v == null ? Optional.empty() : Optional.of(number(function + ": " + name, v));
    }

    Optional<Long> integer(String name) {
        IExpr v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isInteger()) {
            throw new NotebookException(function + ": " + name + " is a whole number (got " + v + ")");
        }
        return Optional.of(v.toLongDefault());
    }

    /** A string, or a list of strings. */
    List<String> strings(String name) {
        IExpr v = values.get(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (IExpr one : v.isList() ? (IAST) v : List.of(v)) {
                out.add(text(name, one));
            }
        }
        return out;
    }

    /** A number, or a list of numbers. */
    List<Double> numbers(String name) {
        IExpr v = values.get(name);
        List<Double> out = new ArrayList<>();
        if (v != null) {
            for (IExpr one : v.isList() ? (IAST) v : List.of(v)) {
                out.add(number(function + ": " + name, one));
            }
        }
        return out;
    }

    private String text(String name, IExpr v) {
        if (v.isString()) {
            return v.toString();
        }
        if (v.isInteger() || v.isFraction()) {
            return v.toString();
        }
        throw new NotebookException(function + ": " + name + " is a string (got " + v
                + "; model expressions are written as strings, e.g. \"x^2 + y^2\")");
    }

    /** {@code e} as a real number. */
    static double number(String what, IExpr e) {
        IExpr n = CasSession.get().evaluate(F.N(e));
        if (!n.isReal()) {
            throw new NotebookException(what + " must be a real number (got " + e + ")");
        }
        return n.evalf();
    }
}

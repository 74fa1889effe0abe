package org.kolmo.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kolmo.error.Diagnostic;
import org.kolmo.error.Position;
import org.kolmo.algebra.ExactTogether;
import org.kolmo.cas.CasSession;
import org.kolmo.cas.Symbols;
import org.kolmo.model.Assumption;
import org.kolmo.model.Convention;
import org.kolmo.model.Parameter;
import org.kolmo.model.RegimeStatement;
import org.kolmo.model.Role;
import org.kolmo.model.Sde;
import org.kolmo.model.SourcePosition;
import org.kolmo.model.Variable;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Reads a {@code .sde} model file (see {@code MODEL_LANGUAGE.md}) into an {@link Sde}.
 *
 * <p><b>Kolmo extension: the {@code regime} statement.</b> Besides the statements of the specification, a file may
 * state the scaling regime in which {@code kolmo reduce} works, at most once:
 * <pre>
 * regime beta -> beta/sqrt(eps), t -> eps*t
 * </pre>
 * Each comma-separated rule is either {@code PARAM -> EXPR}, a declared parameter replaced by an expression in the
 * parameters and the small parameter, or the time rule {@code t -> EXPR*t} (also {@code t -> t*EXPR}); there
 * {@code t} always stands for the time. The small parameter is the model's {@code small} parameter when it declares
 * one; otherwise it is the name {@code eps}, which may be a declared parameter or, undeclared, a new positive small
 * parameter of the regime only (it is not added to the model's parameters). Every rule must be the identity at
 * small parameter = 1, so that the regime contains the model as written. Its errors are E109/E110 (a rule without
 * {@code ->}, a time rule not of the form {@code EXPR*t}), E208 (a left side that is no parameter), E405-E409 (a rule
 * given twice, the small parameter rescaled, not the identity at 1, a small parameter that is a variable, a regime
 * that changes nothing) and E106 for a second {@code regime} statement, each at its line and column. The time rule's
 * right side must be a product with {@code t} as one factor ({@code t*eps/2} is a quotient: write
 * {@code eps/2*t}). The regime is kept on the model as {@link Sde#regime()}; it changes no command's results except
 * that {@code reduce} uses it when its {@code --scale}/{@code --time-scale} options are absent.
 *
 * <p>The whole file is read before anything is reported, so that one run shows every error of the file; the errors
 * come as one {@link ModelException}, ordered by position.
 */
public final class ModelReader {
    private static final Map<String, java.util.function.Function<IExpr, IExpr>> FUNCTIONS = new LinkedHashMap<>();

    static {
        Symbols.init();
        FUNCTIONS.put("sqrt", F::Sqrt);
        FUNCTIONS.put("exp", F::Exp);
        FUNCTIONS.put("log", F::Log);
        FUNCTIONS.put("sin", F::Sin);
        FUNCTIONS.put("cos", F::Cos);
        FUNCTIONS.put("tan", F::Tan);
        FUNCTIONS.put("sinh", F::Sinh);
        FUNCTIONS.put("cosh", F::Cosh);
        FUNCTIONS.put("tanh", F::Tanh);
        FUNCTIONS.put("abs", F::Abs);
    }

    /** The built-in function {@code name} of the expression language (sqrt, exp, ...), or null. */
    static java.util.function.Function<IExpr, IExpr> function(String name) {
        return FUNCTIONS.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** What a declared name is. */
    private enum Kind {
        PARAMETER, VARIABLE, NOISE
    }

    private record Declaration(String name, Kind kind, Role role, SourcePosition position, Set<Assumption> assumptions,
            SyntaxNode value) {
    }

    private record EquationSource(Token lhs, List<Token> tokens, int line) {
    }

    /** One rule of the regime statement as parsed; names are resolved once the whole file is read. */
    private record RuleSource(Token lhs, SyntaxNode rhs, String text, int rhsColumn, String rhsText) {
    }

    private record RegimeSource(int line, int column, List<RuleSource> rules) {
    }

    private final String file;
    private final String[] lines;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<EquationSource> equations = new ArrayList<>();
    private String modelName;
    private String title = "";
    private Convention convention;
    private SourcePosition conventionPosition;
    private int regimeLine;
    private RegimeSource regimeSource;
    /** Whether a functional may be named in an expression (observables: yes; coefficients: no). */
    private boolean functionalsAllowed;

    private ModelReader(String file, String text) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
    }

    /** Reads the model file at {@code path}; the file name shown in messages is the path as given. */
    public static Sde read(Path path) throws ModelException, IOException {
        return read(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * Reads a model from text.
     *
     * @param fileName the name shown in messages; its stem names the model when there is no {@code model} line
     */
    public static Sde read(String fileName, String text) throws ModelException {
        return new ModelReader(fileName, text).readModel();
    }

    /**
     * A model with where each variable's equation starts ({@code dNAME =}), so that a derivation refusing the model
     * can point at the equation it is about.
     *
     * @param sde       the model
     * @param equations the start of each variable's equation, by variable name
     */
    public record Located(Sde sde, Map<String, SourcePosition> equations) {
        public Located {
            equations = Map.copyOf(equations);
        }

        /** Where the equation of {@code variable} starts, or {@link SourcePosition#NONE}. */
        public SourcePosition equation(String variable) {
            return equations.getOrDefault(variable, SourcePosition.NONE);
        }
    }

    /** As {@link #read(String, String)}, keeping the equations' positions. */
    public static Located readLocated(String fileName, String text) throws ModelException {
        ModelReader reader = new ModelReader(fileName, text);
        Sde sde = reader.readModel();
        Map<String, SourcePosition> at = new LinkedHashMap<>();
        for (EquationSource eq : reader.equations) {
            at.putIfAbsent(eq.lhs().text().substring(1), reader.position(eq.line(), eq.lhs().column()));
        }
        return new Located(sde, at);
    }

    /**
     * Reads one expression over a model's parameters and variables, as given in an option such as {@code --f}; its
     * errors are reported at {@code OPTION:1:COLUMN}. Differentials are not allowed.
     */
    public static IExpr readExpression(String optionName, String text, Sde model) throws ModelException {
        return readExpression(optionName, text, model, false);
    }

    /**
     * Reads an observable of a simulation, as {@link #readExpression} does except that functionals may appear: a
     * functional is a coordinate of the simulated state like any variable (only drift and diffusion coefficients
     * may not depend on it, E305).
     */
    public static IExpr readObservable(String optionName, String text, Sde model) throws ModelException {
        return readExpression(optionName, text, model, true);
    }

    /**
     * The regime that the reduce command's options state, as the value a model file's {@code regime} statement
     * gives: {@code scale} holds rules {@code PARAMETER -> EXPRESSION} separated by {@code ;}, {@code timeScale} the
     * τ of t -> τ t; both may use the small parameter {@code epsName}, declared or not. Only the syntax is read here
     * with the codes of a model file's statement (E109 a rule without its arrow, E208 a left side that is not a
     * parameter, E406 the small parameter rescaled), placed in the option's text; what the rules mean (the identity at
     * ε = 1) is checked where the regime is used.
     */
    public static RegimeStatement readRegimeOptions(Sde model, String scale, String timeScale, String epsName)
            throws ModelException {
        List<Parameter> parameters = new ArrayList<>(model.parameters());
        if (model.parameter(epsName).isEmpty() && model.variable(epsName).isEmpty()) {
            parameters.add(new Parameter(epsName, EnumSet.of(Assumption.POSITIVE, Assumption.SMALL), Optional.empty()));
        }
        List<RegimeStatement.Rule> rules = new ArrayList<>();
        if (scale != null && !scale.isBlank()) {
            int start = 0;
            for (String part : scale.split(";", -1)) {
                if (part.isBlank()) { // 'a -> a/eps;' or ';;': nothing between the separators
                    start += part.length() + 1;
                    continue;
                }
                int arrow = part.indexOf("->");
                if (arrow < 0) {
                    ModelReader reader = new ModelReader("--scale", scale);
                    reader.error(ModelErrorCode.REGIME_MISSING_ARROW, 1, start + part.length() + 1,
                            "the end of the rule '" + part.strip() + "'");
                    reader.throwIfErrors();
                }
                String lhs = part.substring(0, arrow).strip();
                if (model.parameter(lhs).isEmpty() || lhs.equals(epsName)) {
                    ModelReader reader = new ModelReader("--scale", scale);
                    int column = start + part.indexOf(lhs) + 1;
                    if (lhs.equals(epsName)) {
                        reader.error(ModelErrorCode.REGIME_SMALL_RESCALED, 1, column, lhs);
                    } else {
                        reader.error(ModelErrorCode.REGIME_NOT_A_PARAMETER, 1, column, lhs);
                    }
                    reader.throwIfErrors();
                }
                IExpr rhs = readExpression("--scale", part.substring(arrow + 2).strip(), model, parameters, false);
                rules.add(new RegimeStatement.Rule(lhs, rhs, part.strip()));
                start += part.length() + 1;
            }
        }
        boolean timed = timeScale != null && !timeScale.isBlank();
        IExpr tau = timed ? readExpression("--time-scale", timeScale.strip(), model, parameters, false) : F.C1;
        return new RegimeStatement(rules, tau, timed ? timeScale.strip() : "", epsName, SourcePosition.NONE);
    }

    private static IExpr readExpression(String optionName, String text, Sde model, boolean functionals)
            throws ModelException {
        return readExpression(optionName, text, model, model.parameters(), functionals);
    }

    private static IExpr readExpression(String optionName, String text, Sde model, List<Parameter> parameters,
            boolean functionals) throws ModelException {
        ModelReader reader = new ModelReader(optionName, text);
        reader.functionalsAllowed = functionals;
        for (Parameter p : parameters) {
            reader.declarations.put(p.name(), new Declaration(p.name(), Kind.PARAMETER, null, SourcePosition.NONE,
                    p.assumptions(), null));
        }
        for (Variable v : model.variables()) {
            reader.declarations.put(v.name(), new Declaration(v.name(), Kind.VARIABLE, v.role(), SourcePosition.NONE,
                    Set.of(), null));
        }
        List<Token> tokens = Lexer.tokenize(text, reader.sink(1));
        IExpr result = null;
        if (reader.errors.isEmpty()) {
            try {
                SyntaxNode node = ExpressionParser.parseAll(tokens, 0);
                result = reader.constant(node, 1, true, true);
            } catch (ExpressionParser.ParseError e) {
                reader.error(e.code, 1, e.column, e.args);
            }
        }
        reader.throwIfErrors();
        return CasSession.get().evaluate(result);
    }

    // ---------------------------------------------------------------- statements

    private Sde readModel() throws ModelException {
        for (int i = 0; i < lines.length; i++) {
            statement(i + 1);
        }
        checkDeclarations();
        List<Variable> variables = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        List<String> noises = new ArrayList<>();
        for (Declaration d : declarations.values()) {
            switch (d.kind) {
                case PARAMETER -> parameters.add(new Parameter(d.name, d.assumptions,
                        Optional.ofNullable(d.value == null ? null : constant(d.value, d.position.line(), false, false))));
                case VARIABLE -> variables.add(new Variable(d.name, d.role,
                        Optional.ofNullable(d.value == null ? null : constant(d.value, d.position.line(), true, false))));
                case NOISE -> noises.add(d.name);
            }
        }
        int dim = variables.size();
        IExpr[] drift = new IExpr[dim];
        IExpr[][] diffusion = new IExpr[dim][noises.size()];
        IExpr[][] weights = new IExpr[dim][dim];
        int[] equationLine = new int[dim];
        for (EquationSource eq : equations) {
            equation(eq, variables, noises, drift, diffusion, weights, equationLine);
        }
        for (int i = 0; i < dim; i++) {
            if (equationLine[i] == 0) {
                Declaration d = declarations.get(variables.get(i).name());
                error(ModelErrorCode.MISSING_EQUATION, d.position.line(), d.position.column(), d.name);
            }
        }
        if (dim == 0 && errors.isEmpty()) {
            error(ModelErrorCode.NO_VARIABLES, 1, 1);
        }
        RegimeStatement regime = regimeSource == null ? null : regimeStatement(regimeSource);
        throwIfErrors();
        String name = modelName != null ? modelName : stem(file);
        return new Sde(name, title, convention == null ? Convention.ITO : convention, parameters, variables, noises,
                List.of(drift), rows(diffusion), rows(weights), Optional.ofNullable(regime));
    }

    private static List<List<IExpr>> rows(IExpr[][] m) {
        List<List<IExpr>> out = new ArrayList<>();
        for (IExpr[] row : m) {
            out.add(List.of(row));
        }
        return out;
    }

    private static String stem(String fileName) {
        String base = Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        return stem.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private void statement(int line) {
        List<Token> tokens = Lexer.tokenize(lines[line - 1], sink(line));
        if (tokens.get(0).is(Token.Kind.END)) {
            return;
        }
        Token first = tokens.get(0);
        if (!first.is(Token.Kind.IDENT)) {
            error(ModelErrorCode.UNKNOWN_STATEMENT, line, first.column(), first.text());
            return;
        }
        try {
            switch (first.text()) {
                case "model" -> model(tokens, line);
                case "ito", "stratonovich" -> convention(tokens, line);
                case "param" -> parameter(tokens, line);
                case "state" -> variables(tokens, line, Role.STATE);
                case "slow" -> variables(tokens, line, Role.SLOW);
                case "fast" -> variables(tokens, line, Role.FAST);
                case "functional" -> variables(tokens, line, Role.FUNCTIONAL);
                case "noise" -> noises(tokens, line);
                case "regime" -> regime(tokens, line);
                default -> {
                    if (first.text().startsWith("d") && first.text().length() > 1
                            && tokens.get(1).is(Token.Kind.EQUALS)) {
                        equations.add(new EquationSource(first, tokens, line));
                    } else {
                        error(ModelErrorCode.UNKNOWN_STATEMENT, line, first.column(), first.text());
                    }
                }
            }
        } catch (ExpressionParser.ParseError e) {
            error(e.code, line, e.column, e.args);
        }
    }

    private void model(List<Token> t, int line) throws ExpressionParser.ParseError {
        if (modelName != null) {
            error(ModelErrorCode.DUPLICATE_STATEMENT, line, t.get(0).column(), "model");
            return;
        }
        Token name = expect(t, 1, Token.Kind.IDENT, "a model name");
        modelName = name.text();
        int next = 2;
        if (t.get(next).is(Token.Kind.STRING)) {
            title = t.get(next).text();
            next++;
        }
        expect(t, next, Token.Kind.END, "the end of the line");
    }

    private void convention(List<Token> t, int line) throws ExpressionParser.ParseError {
        if (convention != null) {
            error(ModelErrorCode.DUPLICATE_STATEMENT, line, t.get(0).column(),
                    "convention (first at line " + conventionPosition.line() + ")");
            return;
        }
        convention = t.get(0).text().equals("ito") ? Convention.ITO : Convention.STRATONOVICH;
        conventionPosition = position(line, t.get(0).column());
        expect(t, 1, Token.Kind.END, "the end of the line");
    }

    private void parameter(List<Token> t, int line) throws ExpressionParser.ParseError {
        Token name = expect(t, 1, Token.Kind.IDENT, "a parameter name");
        Set<Assumption> assumptions = EnumSet.noneOf(Assumption.class);
        int i = 2;
        while (t.get(i).is(Token.Kind.IDENT)) {
            Assumption a = Assumption.ofKeyword(t.get(i).text());
            if (a == null) {
                error(ModelErrorCode.UNKNOWN_ASSUMPTION, line, t.get(i).column(), t.get(i).text());
            } else {
                assumptions.add(a);
            }
            i++;
        }
        SyntaxNode value = null;
        if (t.get(i).is(Token.Kind.EQUALS)) {
            value = ExpressionParser.parseAll(t, i + 1);
        } else {
            expect(t, i, Token.Kind.END, "an assumption, '=' or the end of the line");
        }
        if (assumptions.contains(Assumption.SMALL)) {
            declarations.values().stream().filter(d -> d.assumptions.contains(Assumption.SMALL)).findFirst()
                    .ifPresent(first -> error(ModelErrorCode.TWO_SMALL_PARAMETERS, line, name.column(), name.text(),
                            first.name));
        }
        declare(new Declaration(name.text(), Kind.PARAMETER, null, position(line, name.column()), assumptions, value));
    }

    private void variables(List<Token> t, int line, Role role) throws ExpressionParser.ParseError {
        int i = 1;
        do {
            Token name = expect(t, i, Token.Kind.IDENT, "a variable name");
            i++;
            SyntaxNode value = null;
            if (t.get(i).is(Token.Kind.EQUALS)) {
                ExpressionParser p = new ExpressionParser(t, i + 1);
                value = p.sum();
                i = p.position();
            }
            declare(new Declaration(name.text(), Kind.VARIABLE, role, position(line, name.column()), Set.of(), value));
            if (listContinues(t, i)) {
                i++;
                continue;
            }
            break;
        } while (true);
    }

    /** After an item of a comma-separated list: true at a comma, false at the end of the line, an error otherwise. */
    private boolean listContinues(List<Token> t, int i) throws ExpressionParser.ParseError {
        if (t.get(i).is(Token.Kind.COMMA)) {
            return true;
        }
        if (t.get(i).is(Token.Kind.RPAREN)) {
            throw new ExpressionParser.ParseError(ModelErrorCode.UNBALANCED_PARENTHESES, t.get(i).column(),
                    "')' without a matching '('");
        }
        expect(t, i, Token.Kind.END, "',' or the end of the line");
        return false;
    }

    private void noises(List<Token> t, int line) throws ExpressionParser.ParseError {
        int i = 1;
        do {
            Token name = expect(t, i, Token.Kind.IDENT, "a noise name");
            declare(new Declaration(name.text(), Kind.NOISE, null, position(line, name.column()), Set.of(), null));
            i++;
            if (t.get(i).is(Token.Kind.COMMA)) {
                i++;
                continue;
            }
            expect(t, i, Token.Kind.END, "',' or the end of the line");
            break;
        } while (true);
    }

    /** {@code regime RULE, RULE, ...}: parsed here, resolved in {@link #regimeStatement} after the whole file. */
    private void regime(List<Token> t, int line) throws ExpressionParser.ParseError {
        if (regimeLine != 0) {
            error(ModelErrorCode.DUPLICATE_STATEMENT, line, t.get(0).column(), "regime (first at line " + regimeLine
                    + ")");
            return;
        }
        regimeLine = line;
        String source = lines[line - 1];
        List<RuleSource> rules = new ArrayList<>();
        int i = 1;
        do {
            Token lhs = expect(t, i, Token.Kind.IDENT, "a parameter name or t");
            Token arrow = t.get(i + 1);
            if (!arrow.is(Token.Kind.ARROW)) {
                String found = arrow.is(Token.Kind.END) ? "the end of the line" : "'" + arrow.text() + "'";
                throw new ExpressionParser.ParseError(ModelErrorCode.REGIME_MISSING_ARROW, arrow.column(), found);
            }
            Token first = t.get(i + 2);
            ExpressionParser p = new ExpressionParser(t, i + 2);
            SyntaxNode rhs = p.sum();
            i = p.position();
            Token last = t.get(i - 1);
            int end = last.column() - 1 + last.text().length();
            rules.add(new RuleSource(lhs, rhs, source.substring(lhs.column() - 1, end).strip(), first.column(),
                    source.substring(first.column() - 1, end).strip()));
            if (listContinues(t, i)) {
                i++;
                continue;
            }
            break;
        } while (true);
        regimeSource = new RegimeSource(line, t.get(0).column(), rules);
    }

    /**
     * Resolves the regime statement against the declarations: left sides, the small parameter, the time rule's form
     * and the identity at small parameter = 1.
     *
     * @return null after reporting an error
     */
    private RegimeStatement regimeStatement(RegimeSource src) {
        int line = src.line;
        if (errors.stream().anyMatch(d -> d.position().line() == line)) {
            return null; // a lexical error (a malformed number stands in as 0): resolving would only add noise
        }
        String eps = declarations.values().stream().filter(d -> d.assumptions.contains(Assumption.SMALL))
                .map(d -> d.name).findFirst().orElse("eps");
        Declaration epsDeclaration = declarations.get(eps);
        if (epsDeclaration != null && epsDeclaration.kind != Kind.PARAMETER) {
            error(ModelErrorCode.REGIME_BAD_SMALL, line, src.column, eps,
                    epsDeclaration.kind == Kind.NOISE ? "noise" : "variable");
            return null;
        }
        boolean implicit = epsDeclaration == null;
        if (implicit) {
            // eps may be used in the rules without a declaration; it is not a parameter of the model itself
            declarations.put(eps, new Declaration(eps, Kind.PARAMETER, null, position(line, src.column),
                    EnumSet.of(Assumption.POSITIVE, Assumption.SMALL), null));
        }
        try {
            return resolveRegime(src, eps);
        } finally {
            if (implicit) {
                declarations.remove(eps);
            }
        }
    }

    private RegimeStatement resolveRegime(RegimeSource src, String eps) {
        int line = src.line;
        int before = errors.size();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<RegimeStatement.Rule> rules = new ArrayList<>();
        IExpr tau = F.C1;
        String timeText = "";
        CasSession cas = CasSession.get();
        IExpr epsSymbol = Symbols.user(eps);
        for (RuleSource r : src.rules) {
            String name = r.lhs.text();
            Integer first = seen.putIfAbsent(name, r.lhs.column());
            if (first != null) {
                error(ModelErrorCode.REGIME_RULE_TWICE, line, r.lhs.column(), name, first);
                continue;
            }
            if (name.equals("t")) {
                List<SyntaxNode> factors = new ArrayList<>();
                flattenProduct(r.rhs, factors);
                long times = factors.stream().filter(f -> f instanceof SyntaxNode.Name n && n.name().equals("t"))
                        .count();
                boolean elsewhere = factors.stream().anyMatch(f -> !(f instanceof SyntaxNode.Name)
                        && mentions(f, "t"));
                if (times != 1 || elsewhere) {
                    error(ModelErrorCode.REGIME_TIME_FORM, line, r.rhsColumn, "found '" + r.rhsText + "'");
                    continue;
                }
                IExpr product = F.C1;
                boolean ok = true;
                for (SyntaxNode f : factors) {
                    if (f instanceof SyntaxNode.Name n && n.name().equals("t")) {
                        continue;
                    }
                    IExpr c = constant(f, line, true, false);
                    ok &= c != null;
                    product = c == null ? product : F.Times(product, c);
                }
                if (!ok) {
                    continue;
                }
                tau = cas.evaluate(product);
                timeText = timeFactorText(r.rhsText, tau);
                if (!isZeroAtOne(F.Subtract(tau, F.C1), epsSymbol)) {
                    error(ModelErrorCode.REGIME_NOT_IDENTITY, line, r.rhsColumn, "the time scale '" + r.rhsText + "'",
                            eps, eps);
                }
                continue;
            }
            Declaration d = declarations.get(name);
            if (name.equals(eps)) {
                error(ModelErrorCode.REGIME_SMALL_RESCALED, line, r.lhs.column(), name);
                continue;
            }
            if (d == null || d.kind != Kind.PARAMETER) {
                error(ModelErrorCode.REGIME_NOT_A_PARAMETER, line, r.lhs.column(), name);
                continue;
            }
            IExpr rhs = constant(r.rhs, line, true, false);
            if (rhs == null) {
                continue;
            }
            rhs = cas.evaluate(rhs);
            if (!isZeroAtOne(F.Subtract(rhs, Symbols.user(name)), epsSymbol)) {
                error(ModelErrorCode.REGIME_NOT_IDENTITY, line, r.rhsColumn, "the rule for " + name, eps, eps);
                continue;
            }
            rules.add(new RegimeStatement.Rule(name, rhs, r.text));
        }
        if (errors.size() > before) {
            return null;
        }
        if (rules.isEmpty() && tau.isOne()) {
            error(ModelErrorCode.REGIME_CHANGES_NOTHING, line, src.column);
            return null;
        }
        return new RegimeStatement(rules, tau, tau.isOne() ? "" : timeText, eps, position(line, src.column));
    }

    private static boolean isZeroAtOne(IExpr e, IExpr eps) {
        return ExactTogether.evaluate(F.subst(e, eps, F.C1)).isZero();
    }

    /** τ as written in {@code t -> τ*t} or {@code t -> t*τ}; the printed τ for any other arrangement. */
    private static String timeFactorText(String rhsText, IExpr tau) {
        java.util.regex.Matcher suffix = java.util.regex.Pattern.compile("^(.*\\S)\\s*\\*\\s*t$").matcher(rhsText);
        if (suffix.matches()) {
            return suffix.group(1);
        }
        java.util.regex.Matcher prefix = java.util.regex.Pattern.compile("^t\\s*\\*\\s*(\\S.*)$").matcher(rhsText);
        if (prefix.matches()) {
            return prefix.group(1);
        }
        String written = new ExpressionWriter().write(tau);
        return tau.isPlus() ? "(" + written + ")" : written;
    }

    private static void flattenProduct(SyntaxNode node, List<SyntaxNode> factors) {
        if (node instanceof SyntaxNode.Binary b && b.op() == '*') {
            flattenProduct(b.left(), factors);
            flattenProduct(b.right(), factors);
        } else {
            factors.add(node);
        }
    }

    private static boolean mentions(SyntaxNode node, String name) {
        if (node instanceof SyntaxNode.Name n) {
            return n.name().equals(name);
        } else if (node instanceof SyntaxNode.Negation n) {
            return mentions(n.operand(), name);
        } else if (node instanceof SyntaxNode.Call c) {
            return c.arguments().stream().anyMatch(a -> mentions(a, name));
        } else if (node instanceof SyntaxNode.Binary b) {
            return mentions(b.left(), name) || mentions(b.right(), name);
        }
        return false;
    }

    private void declare(Declaration d) {
        Declaration earlier = declarations.get(d.name);
        if (earlier != null) {
            error(ModelErrorCode.DUPLICATE_SYMBOL, d.position.line(), d.position.column(), d.name,
                    earlier.position.line());
            return;
        }
        // Pi may be declared: the declaration then shadows the constant in this model (symbols are looked up first)
        if (d.name.equals("dt")) {
            error(ModelErrorCode.RESERVED_NAME, d.position.line(), d.position.column(), d.name,
                    "the differential of time");
            return;
        }
        declarations.put(d.name, d);
    }

    private Token expect(List<Token> t, int i, Token.Kind kind, String what) throws ExpressionParser.ParseError {
        Token tok = t.get(i);
        if (!tok.is(kind)) {
            String found = tok.is(Token.Kind.END) ? "the end of the line" : "'" + tok.text() + "'";
            throw new ExpressionParser.ParseError(ModelErrorCode.SYNTAX, tok.column(),
                    "expected " + what + " but found " + found);
        }
        return tok;
    }

    /** Model-level consistency: roles that go together, the small parameter a multiscale model needs. */
    private void checkDeclarations() {
        Declaration firstState = firstWithRole(Role.STATE);
        Declaration firstSlow = firstWithRole(Role.SLOW);
        Declaration firstFast = firstWithRole(Role.FAST);
        if (firstState != null && (firstSlow != null || firstFast != null)) {
            Declaration later = firstSlow != null ? firstSlow : firstFast;
            error(ModelErrorCode.MIXED_ROLES, later.position.line(), later.position.column());
        }
        if (firstSlow != null && firstFast == null) {
            error(ModelErrorCode.SLOW_WITHOUT_FAST, firstSlow.position.line(), firstSlow.position.column());
        }
        if (firstFast != null && firstSlow == null) {
            error(ModelErrorCode.FAST_WITHOUT_SLOW, firstFast.position.line(), firstFast.position.column());
        }
        boolean hasSmall = declarations.values().stream().anyMatch(d -> d.assumptions.contains(Assumption.SMALL));
        if (firstFast != null && !hasSmall) {
            error(ModelErrorCode.FAST_WITHOUT_SMALL, firstFast.position.line(), firstFast.position.column());
        }
    }

    private Declaration firstWithRole(Role role) {
        return declarations.values().stream().filter(d -> d.role == role).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- equations

    private void equation(EquationSource eq, List<Variable> variables, List<String> noises, IExpr[] drift,
            IExpr[][] diffusion, IExpr[][] weights, int[] equationLine) {
        String target = eq.lhs.text().substring(1);
        int line = eq.line;
        Declaration d = declarations.get(target);
        if (d == null || d.kind == Kind.NOISE) {
            error(ModelErrorCode.UNKNOWN_SYMBOL, line, eq.lhs.column() + 1, target);
            return;
        }
        if (d.kind == Kind.PARAMETER) {
            error(ModelErrorCode.PARAMETER_AS_VARIABLE, line, eq.lhs.column() + 1, target);
            return;
        }
        int row = indexOf(variables, target);
        if (equationLine[row] != 0) {
            error(ModelErrorCode.DUPLICATE_EQUATION, line, eq.lhs.column(), target, equationLine[row]);
            return;
        }
        equationLine[row] = line;
        SyntaxNode rhs;
        try {
            rhs = ExpressionParser.parseAll(eq.tokens, 2);
        } catch (ExpressionParser.ParseError e) {
            error(e.code, line, e.column, e.args);
            return;
        }
        Differentials analysis = new Differentials(line, d.role == Role.FUNCTIONAL, noises);
        int degree = analysis.degree(rhs);
        if (degree == 0) {
            error(ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, line, rhs.column());
        }
        if (degree != 1 || analysis.failed) {
            return;
        }
        CasSession cas = CasSession.get();
        drift[row] = cas.evaluate(analysis.coefficient(rhs, "dt"));
        for (int j = 0; j < noises.size(); j++) {
            diffusion[row][j] = cas.evaluate(analysis.coefficient(rhs, "d" + noises.get(j)));
        }
        for (int k = 0; k < variables.size(); k++) {
            weights[row][k] = cas.evaluate(analysis.coefficient(rhs, "d" + variables.get(k).name()));
        }
    }

    private static int indexOf(List<Variable> variables, String name) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks that an equation's right side is linear in the differentials and takes their coefficients. The degree of
     * a node is 0 (no differential) or 1 (linear in them); -1 marks a node already reported as wrong, so that one
     * mistake is not reported again by every node above it.
     */
    private final class Differentials {
        private final int line;
        private final boolean functional;
        private final List<String> noises;
        boolean failed;

        Differentials(int line, boolean functional, List<String> noises) {
            this.line = line;
            this.functional = functional;
            this.noises = noises;
        }

        /** The differential a name stands for ("dt", "dW", "dX"), or null when it is an ordinary symbol. */
        private String differential(String name) {
            if (declarations.containsKey(name) || !name.startsWith("d") || name.length() < 2) {
                return null;
            }
            String rest = name.substring(1);
            if (name.equals("dt") || noises.contains(rest)) {
                return name;
            }
            Declaration d = declarations.get(rest);
            return d != null && d.kind == Kind.VARIABLE ? name : null;
        }

        int degree(SyntaxNode node) {
            if (node instanceof SyntaxNode.Name n) {
                return nameDegree(n);
            } else if (node instanceof SyntaxNode.Negation n) {
                return degree(n.operand());
            } else if (node instanceof SyntaxNode.Call c) {
                return callDegree(c);
            } else if (node instanceof SyntaxNode.Binary b) {
                return switch (b.op()) {
                    case '+', '-' -> sumDegree(b);
                    case '*' -> productDegree(b);
                    case '/' -> quotientDegree(b);
                    default -> powerDegree(b);
                };
            }
            return 0; // a number
        }

        private int nameDegree(SyntaxNode.Name n) {
            String diff = differential(n.name());
            if (diff == null) {
                if (symbol(n, line, true) == null) {
                    failed = true; // reported; the name is still no differential, so the sum's check goes on
                }
                return 0;
            }
            String rest = diff.substring(1);
            Declaration target = declarations.get(rest);
            if (target != null && target.kind == Kind.VARIABLE) {
                if (target.role == Role.FUNCTIONAL) {
                    error(ModelErrorCode.FUNCTIONAL_IN_COEFFICIENT, line, n.column() + 1, rest);
                    return fail();
                }
                if (!functional) {
                    error(ModelErrorCode.STATE_DIFFERENTIAL_OUTSIDE_FUNCTIONAL, line, n.column(), n.name());
                    return fail();
                }
            }
            return 1;
        }

        private int fail() {
            failed = true;
            return -1;
        }

        private int callDegree(SyntaxNode.Call c) {
            if (!FUNCTIONS.containsKey(c.function().toLowerCase(java.util.Locale.ROOT))) {
                error(ModelErrorCode.UNKNOWN_FUNCTION, line, c.column(), c.function());
                failed = true;
            } else if (c.arguments().size() != 1) {
                error(ModelErrorCode.SYNTAX, line, c.column(), c.function() + " takes one argument");
                failed = true;
            }
            int result = 0;
            for (SyntaxNode arg : c.arguments()) {
                int d = degree(arg);
                if (d < 0) {
                    result = -1;
                } else if (d > 0) {
                    error(ModelErrorCode.NONLINEAR_DIFFERENTIAL, line, arg.column(), differentialsIn(arg));
                    result = fail();
                }
            }
            return result;
        }

        /** All terms of a sum must agree: each carries a differential, or none does. */
        private int sumDegree(SyntaxNode.Binary b) {
            List<SyntaxNode> terms = new ArrayList<>();
            flattenSum(b, terms);
            int[] degrees = terms.stream().mapToInt(this::degree).toArray();
            boolean any = false;
            boolean poisoned = false;
            for (int d : degrees) {
                any |= d == 1;
                poisoned |= d < 0;
            }
            if (!any) {
                return poisoned ? -1 : 0;
            }
            for (int i = 0; i < terms.size(); i++) {
                if (degrees[i] == 0) {
                    error(ModelErrorCode.TERM_WITHOUT_DIFFERENTIAL, line, terms.get(i).column());
                    failed = true;
                }
            }
            return poisoned ? -1 : 1;
        }

        private void flattenSum(SyntaxNode node, List<SyntaxNode> terms) {
            if (node instanceof SyntaxNode.Binary b && (b.op() == '+' || b.op() == '-')) {
                flattenSum(b.left(), terms);
                terms.add(b.right());
            } else {
                terms.add(node);
            }
        }

        private int productDegree(SyntaxNode.Binary b) {
            int l = degree(b.left());
            int r = degree(b.right());
            if (l < 0 || r < 0) {
                return -1;
            }
            if (l + r > 1) {
                error(ModelErrorCode.PRODUCT_OF_DIFFERENTIALS, line, b.column(), differentialsIn(b));
                return fail();
            }
            return l + r;
        }

        private int quotientDegree(SyntaxNode.Binary b) {
            int l = degree(b.left());
            int r = degree(b.right());
            if (r > 0) {
                error(ModelErrorCode.NONLINEAR_DIFFERENTIAL, line, b.right().column(), differentialsIn(b.right()));
                return fail();
            }
            return l < 0 || r < 0 ? -1 : l;
        }

        private int powerDegree(SyntaxNode.Binary b) {
            int l = degree(b.left());
            int r = degree(b.right());
            if (l > 0 || r > 0) {
                error(ModelErrorCode.NONLINEAR_DIFFERENTIAL, line, b.column(), differentialsIn(b));
                return fail();
            }
            return l < 0 || r < 0 ? -1 : 0;
        }

        private String differentialsIn(SyntaxNode node) {
            List<String> found = new ArrayList<>();
            collect(node, found);
            return String.join("*", found);
        }

        private void collect(SyntaxNode node, List<String> found) {
            if (node instanceof SyntaxNode.Name n && differential(n.name()) != null) {
                found.add(n.name());
            } else if (node instanceof SyntaxNode.Negation n) {
                collect(n.operand(), found);
            } else if (node instanceof SyntaxNode.Call c) {
                c.arguments().forEach(a -> collect(a, found));
            } else if (node instanceof SyntaxNode.Binary b) {
                collect(b.left(), found);
                collect(b.right(), found);
            }
        }

        /** The coefficient of the differential {@code key} in a node already known to be linear in differentials. */
        IExpr coefficient(SyntaxNode node, String key) {
            if (node instanceof SyntaxNode.Name n) {
                return key.equals(n.name()) && differential(n.name()) != null ? F.C1 : F.C0;
            } else if (node instanceof SyntaxNode.Negation n) {
                return F.Negate(coefficient(n.operand(), key));
            } else if (node instanceof SyntaxNode.Binary b) {
                return switch (b.op()) {
                    case '+' -> F.Plus(coefficient(b.left(), key), coefficient(b.right(), key));
                    case '-' -> F.Subtract(coefficient(b.left(), key), coefficient(b.right(), key));
                    case '*' -> degree(b.left()) == 1 ? F.Times(coefficient(b.left(), key), scalar(b.right()))
                            : F.Times(scalar(b.left()), coefficient(b.right(), key));
                    case '/' -> F.Divide(coefficient(b.left(), key), scalar(b.right()));
                    default -> F.C0;
                };
            }
            return F.C0; // numbers and function calls carry no differential
        }

        /** A node without differentials as a Symja expression. */
        private IExpr scalar(SyntaxNode node) {
            return constant(node, line, true, true);
        }
    }

    // ---------------------------------------------------------------- expressions

    /**
     * Converts a node without differentials. Parameters are allowed; variables only when {@code variables} is true
     * (initial values and options may use parameters, equations variables too).
     *
     * @return null after reporting an error
     */
    private IExpr constant(SyntaxNode node, int line, boolean parameters, boolean variables) {
        if (node instanceof SyntaxNode.Number n) {
            return exact(n.value());
        } else if (node instanceof SyntaxNode.Name n) {
            if (!parameters) {
                error(ModelErrorCode.BAD_VALUE, line, n.column(), n.name());
                return null;
            }
            return symbol(n, line, variables);
        } else if (node instanceof SyntaxNode.Negation n) {
            IExpr inner = constant(n.operand(), line, parameters, variables);
            return inner == null ? null : F.Negate(inner);
        } else if (node instanceof SyntaxNode.Call c) {
            var f = FUNCTIONS.get(c.function().toLowerCase(java.util.Locale.ROOT));
            if (f == null) {
                error(ModelErrorCode.UNKNOWN_FUNCTION, line, c.column(), c.function());
                return null;
            }
            if (c.arguments().size() != 1) {
                error(ModelErrorCode.SYNTAX, line, c.column(), c.function() + " takes one argument");
                return null;
            }
            IExpr arg = constant(c.arguments().get(0), line, parameters, variables);
            return arg == null ? null : f.apply(arg);
        }
        SyntaxNode.Binary b = (SyntaxNode.Binary) node;
        IExpr l = constant(b.left(), line, parameters, variables);
        IExpr r = constant(b.right(), line, parameters, variables);
        if (l == null || r == null) {
            return null;
        }
        return b.apply(l, r);
    }

    /**
     * Resolves a name that is not a differential: a parameter, a variable (not a functional), or Pi.
     *
     * @return null after reporting an error
     */
    private IExpr symbol(SyntaxNode.Name n, int line, boolean variables) {
        Declaration d = declarations.get(n.name());
        if (d == null) {
            if (n.name().equals("Pi")) {
                return F.Pi;
            }
            error(ModelErrorCode.UNKNOWN_SYMBOL, line, n.column(), n.name());
            return null;
        }
        switch (d.kind) {
            case PARAMETER:
                return Symbols.user(d.name);
            case VARIABLE:
                if (d.role == Role.FUNCTIONAL && !functionalsAllowed) {
                    error(ModelErrorCode.FUNCTIONAL_IN_COEFFICIENT, line, n.column(), n.name());
                    return null;
                }
                if (!variables) {
                    error(ModelErrorCode.UNKNOWN_SYMBOL, line, n.column(), n.name());
                    return null;
                }
                return Symbols.user(d.name);
            default:
                error(ModelErrorCode.UNKNOWN_SYMBOL, line, n.column(), n.name());
                return null;
        }
    }

    /** A decimal literal as an exact rational: 0.5 is 1/2, 1e-3 is 1/1000. */
    public static IExpr exact(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        if (scale <= 0) {
            return F.ZZ(unscaled.multiply(BigInteger.TEN.pow(-scale)));
        }
        return F.fraction(unscaled, BigInteger.TEN.pow(scale));
    }

    // ---------------------------------------------------------------- errors

    private Lexer.ErrorSink sink(int line) {
        return (code, column, args) -> error(code, line, column, args);
    }

    private SourcePosition position(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    private void error(ModelErrorCode code, int line, int column, Object... args) {
        String source = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        SourcePosition at = position(line, column);
        errors.add(new Diagnostic(code, Position.at(at.file(), at.line(), at.column()), code.message(args), source));
    }

    private void throwIfErrors() throws ModelException {
        if (!errors.isEmpty()) {
            List<Diagnostic> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
                    .thenComparingInt(d -> d.position().column()));
            throw new ModelException(sorted);
        }
    }
}

package org.kolmo.cas;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.error.KolmoException;

import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.parser.client.SyntaxError;

/**
 * The one Symja session of the process. Everything symbolic goes through here: plain evaluation, and calls of the
 * functions defined by the rule files of {@code rules/} (loaded on first use).
 *
 * <p>Symja reports trouble by printing a message and returning the input unevaluated; this class captures those
 * messages and turns them into a {@link CasException} that names the derivation step and the rule file and line of
 * the function being called. Calls are serialised: Symja's engine is not meant to be shared between threads.
 */
public final class CasSession {
    private static final Pattern DEFINITION = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\(.*?:=", Pattern.DOTALL);

    /** A pattern {@code name_} or an iterator {@code {name, ...}} of a rule statement. */
    private static final Pattern LOCAL_NAME = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]*)_|\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*,");

    private static CasSession instance;

    private final ExprEvaluator evaluator;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private RuleSource ruleSource;
    private final Map<String, String> definitionSites = new HashMap<>();
    private boolean rulesLoaded;

    static {
        Symbols.init();
        for (RuleFunctionProvider provider : java.util.ServiceLoader.load(RuleFunctionProvider.class)) {
            provider.register();
        }
    }

    private CasSession(RuleSource ruleSource) {
        this.ruleSource = ruleSource;
        this.evaluator = new ExprEvaluator(false, (short) 100);
        PrintStream capture = new PrintStream(messages, true, StandardCharsets.UTF_8);
        evaluator.getEvalEngine().setErrorPrintStream(capture);
        evaluator.getEvalEngine().setOutPrintStream(capture);
    }

    /**
     * Chooses the rule folder ({@code --rules DIR}, or {@link RuleSource#bundled()}). Switching to another folder
     * clears every function the old folder defined, so that no rule of it stays in force; the folder is loaded on the
     * next call. The Symja engine itself is never replaced: a second engine would start a second symbol table, and
     * symbols made before would no longer be the ones the rules see.
     */
    public static synchronized void useRules(RuleSource source) {
        CasSession session = get();
        if (session.ruleSource.equals(source)) {
            return;
        }
        for (String name : session.definitionSites.keySet()) {
            session.evaluator.eval(F.unaryAST1(S.ClearAll, session.symbol(name)));
        }
        session.definitionSites.clear();
        session.rulesLoaded = false;
        session.ruleSource = source;
    }

    /** The session, created on first use with the packaged rules. */
    public static synchronized CasSession get() {
        if (instance == null) {
            instance = new CasSession(RuleSource.bundled());
        }
        return instance;
    }

    /** The symbol {@code name} in the session's symbol table (Symja resolves names per engine). */
    public ISymbol symbol(String name) {
        return F.symbol(name, evaluator.getEvalEngine());
    }

    /**
     * The symbol {@code name} exactly as written, in the global context of the session's engine: the symbol a
     * notebook cell gets for {@code Global`name}, never one of Symja's built-ins (a plain {@code beta} in a cell is
     * the Beta function). Symja folds a name of more than one letter to lower case, so {@code X1} and {@code x1}
     * are one symbol here, as they are in a cell.
     */
    public ISymbol globalSymbol(String name) {
        org.matheclipse.core.eval.EvalEngine engine = evaluator.getEvalEngine();
        return F.symbol(engine.getContextPath().getGlobalContext(), name, engine);
    }

    /**
     * Evaluates inside the session's engine without starting a new evaluation: for Java code that runs while Symja
     * is evaluating (functions registered with {@link JavaFunctions}) as well as outside. A second Symja evaluator
     * must never be created: Symja's symbol tables are shared, and a new engine loses the rules of this one.
     */
    public IExpr evaluateNested(IExpr expr) {
        org.matheclipse.core.eval.EvalEngine engine = evaluator.getEvalEngine();
        org.matheclipse.core.eval.EvalEngine.set(engine);
        return engine.evaluate(expr);
    }

    /** Evaluates an expression built with {@link F}; Symja messages become a {@link CasException}. */
    public synchronized IExpr evaluate(IExpr expr) {
        return run("evaluating an expression", null, expr);
    }

    /**
     * Calls a function defined in the rule files, e.g. {@code call("converting to Stratonovich", "KoToStratonovich",
     * b, sigma, x)}.
     *
     * @param step what the engine is doing, for messages
     * @throws CasException on a Symja message, or when no rule of the function matched the arguments
     */
    public synchronized IExpr call(String step, String function, IExpr... arguments) {
        loadRules();
        String site = definitionSites.get(function.toLowerCase(Locale.ROOT));
        if (site == null) {
            throw new CasException(CasErrorCode.NO_RULE_FILE, step, function, ruleSource());
        }
        ISymbol head = symbol(function);
        IExpr result = run(step, function + " (" + site + ")", F.function(head, arguments));
        if (result.head() == head) {
            throw new CasException(CasErrorCode.NO_RULE_MATCHED, step, function, site);
        }
        return result;
    }

    /**
     * Parses and evaluates Symja source text, for tests and the notebook kernel. User names must not appear in it
     * (Symja's parser would read {@code beta} as the Beta function, see {@link Symbols}); Symja's messages are
     * returned beside the result as {@code {result, "message"}}.
     */
    public synchronized IExpr evaluateSource(String source) {
        loadRules();
        messages.reset();
        IExpr r = evaluator.eval(source);
        String said = messages.toString(StandardCharsets.UTF_8).strip();
        return said.isEmpty() ? r : F.List(r, F.stringx(said));
    }

    /**
     * Parses and evaluates one statement a person typed in Symja's syntax (a notebook cell), with the rule files
     * loaded. User model names must not appear in it as bare names: Symja's parser would read {@code beta} as the Beta
     * function (see {@link Symbols}); Kolmo's notebook functions take model expressions as strings instead.
     *
     * @throws CasException on a syntax error or when Symja prints a message (the message becomes the error's text)
     */
    public synchronized IExpr evaluateStatement(String source) {
        loadRules();
        messages.reset();
        IExpr result;
        try {
            result = evaluator.eval(source);
        } catch (SyntaxError e) {
            throw new CasException(CasErrorCode.SYNTAX, e, firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw userErrorOr(e, () -> new CasException(CasErrorCode.ENGINE_MESSAGE, e,
                    e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        String said = messages.toString(StandardCharsets.UTF_8).strip();
        if (!said.isEmpty()) {
            throw new CasException(CasErrorCode.ENGINE_MESSAGE, firstLine(said));
        }
        return result;
    }

    /** The variable holding the current model's parameter assumptions, for {@code Refine} in the rule files. */
    public static final String ASSUMPTIONS = "KoAssumptions";

    /** Makes the parameters' assumptions known to simplification ({@code KoSimplify} in the rule files). */
    public synchronized void assume(List<? extends AssumedSymbol> parameters) {
        loadRules(); // the rule files initialise the assumptions; load them first so they do not undo these
        List<IExpr> facts = new ArrayList<>();
        for (AssumedSymbol p : parameters) {
            ISymbol s = p.symbol();
            // real parameters need no fact: Refine then treats them as reals; an Element(s, Reals) fact, on the
            // contrary, stops Symja 3.0.0's Refine from using the positivity facts beside it
            if (p.assumedPositive()) {
                facts.add(F.Greater(s, F.C0));
            }
            if (p.assumedNonzero()) {
                facts.add(F.Unequal(s, F.C0));
            }
        }
        IExpr all = facts.isEmpty() ? S.True : facts.size() == 1 ? facts.get(0) : F.And(facts.toArray(new IExpr[0]));
        // kept in a variable that KoSimplify passes to Refine, not in $Assumptions: a global $Assumptions makes
        // Symja 3.0.0's pattern matcher reject some rules' arguments
        run("stating the parameters' assumptions", null, F.Set(symbol(ASSUMPTIONS), all));
    }

    /** Where the function {@code name} is defined, as {@code rules/file.m:LINE}, or null. */
    public synchronized String definitionSite(String name) {
        loadRules();
        return definitionSites.get(name.toLowerCase(Locale.ROOT));
    }

    private String ruleSource() {
        return ruleSource.toString();
    }

    private void loadRules() {
        if (rulesLoaded) {
            return;
        }
        RuleSource source = ruleSource;
        // Symja drops the definition made by the first statement a fresh evaluator parses (seen with 3.0.0:
        // the first rule of the first file was silently missing), so parse one harmless statement first
        evaluator.eval("Null");
        for (RuleFile file : source.load()) {
            for (RuleFile.Statement st : file.statements()) {
                String where = file.name() + ":" + st.line();
                try {
                    messages.reset();
                    evaluator.eval(st.text());
                } catch (SyntaxError e) {
                    throw new CasException(CasErrorCode.RULE_LOAD, e, where,
                            "rule does not parse: " + firstLine(e.getMessage()));
                } catch (RuntimeException e) {
                    throw new CasException(CasErrorCode.RULE_LOAD, e, where, "rule failed to load: " + e);
                }
                String said = messages.toString(StandardCharsets.UTF_8).strip();
                if (!said.isEmpty()) {
                    throw new CasException(CasErrorCode.RULE_LOAD, where, "rule failed to load: " + said);
                }
                checkLocalNames(st.text(), where);
                Matcher m = DEFINITION.matcher(st.text());
                if (m.find()) {
                    definitionSites.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), where);
                }
            }
        }
        rulesLoaded = true;
    }

    /**
     * Symja folds names onto its built-ins regardless of case ({@code n_} becomes {@code N_}, {@code row} becomes
     * {@code Row}), and a pattern or iterator named like a built-in silently fails to bind; such names are refused.
     */
    private static void checkLocalNames(String statement, String where) {
        Matcher m = LOCAL_NAME.matcher(statement);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (Context.SYSTEM.get(name.toLowerCase(Locale.ROOT)) != null) {
                throw new CasException(CasErrorCode.BUILTIN_NAME, where, name,
                        Context.SYSTEM.get(name.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private IExpr run(String step, String rule, IExpr expr) {
        messages.reset();
        IExpr result;
        try {
            result = evaluator.eval(expr);
        } catch (RuntimeException e) {
            throw userErrorOr(e, () -> new CasException(CasErrorCode.ENGINE_MESSAGE, e,
                    describe(step, rule) + ": " + e.getMessage()));
        }
        String said = messages.toString(StandardCharsets.UTF_8).strip();
        if (!said.isEmpty()) {
            throw new CasException(CasErrorCode.ENGINE_MESSAGE,
                    describe(step, rule) + ": " + firstLine(said));
        }
        return result;
    }

    /**
     * The user's error among the causes of {@code e} (a {@link KolmoException} of another family than the engine's,
     * thrown by Java code a rule called), so that it keeps its code and position; else {@code engineError}'s.
     */
    static KolmoException userErrorOr(Throwable e, Supplier<CasException> engineError) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KolmoException k && !(t instanceof CasException)) {
                return k;
            }
        }
        return e instanceof CasException c ? c : engineError.get();
    }

    private static String describe(String step, String rule) {
        return rule == null ? step : step + " [rule " + rule + "]";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

package org.kolmo.cas;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kolmo.model.Assumption;
import org.kolmo.model.Parameter;
import org.matheclipse.core.eval.ExprEvaluator;
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

    private static RuleSource configuredRules;
    private static CasSession instance;

    private final ExprEvaluator evaluator;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final RuleSource ruleSource;
    private final Map<String, String> definitionSites = new HashMap<>();
    private boolean rulesLoaded;

    static {
        Symbols.init();
    }

    private CasSession(RuleSource ruleSource) {
        this.ruleSource = ruleSource;
        this.evaluator = new ExprEvaluator(false, (short) 100);
        PrintStream capture = new PrintStream(messages, true, StandardCharsets.UTF_8);
        evaluator.getEvalEngine().setErrorPrintStream(capture);
        evaluator.getEvalEngine().setOutPrintStream(capture);
    }

    /**
     * Chooses the rule folder ({@code --rules DIR}, or {@link RuleSource#bundled()}). A different folder than the
     * current session's starts a new session, so that no rule of the old folder stays defined.
     */
    public static synchronized void useRules(RuleSource source) {
        RuleSource current = configuredRules == null ? RuleSource.bundled() : configuredRules;
        if (current.equals(source)) {
            return;
        }
        configuredRules = source;
        instance = null;
    }

    /** The session, created on first use. */
    public static synchronized CasSession get() {
        if (instance == null) {
            instance = new CasSession(configuredRules);
        }
        return instance;
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
            throw new CasException(step + ": no rule file defines " + function + " (rules from " + ruleSource() + ")");
        }
        ISymbol head = F.symbol(function);
        IExpr result = run(step, function + " (" + site + ")", F.function(head, arguments));
        if (result.head() == head) {
            throw new CasException(step + ": no rule of " + function + " (" + site + ") matched its arguments");
        }
        return result;
    }

    /** Makes the parameters' assumptions known to simplification (Refine, Simplify). */
    public synchronized void assume(List<Parameter> parameters) {
        List<IExpr> facts = new ArrayList<>();
        for (Parameter p : parameters) {
            ISymbol s = p.symbol();
            facts.add(F.Element(s, S.Reals));
            if (p.assumptions().contains(Assumption.POSITIVE) || p.assumptions().contains(Assumption.SMALL)) {
                facts.add(F.Greater(s, F.C0));
            }
            if (p.assumptions().contains(Assumption.NONZERO)) {
                facts.add(F.Unequal(s, F.C0));
            }
        }
        IExpr all = facts.isEmpty() ? S.True : facts.size() == 1 ? facts.get(0) : F.And(facts.toArray(new IExpr[0]));
        run("stating the parameters' assumptions", null, F.Set(S.$Assumptions, all));
    }

    /** Where the function {@code name} is defined, as {@code rules/file.m:LINE}, or null. */
    public synchronized String definitionSite(String name) {
        loadRules();
        return definitionSites.get(name.toLowerCase(Locale.ROOT));
    }

    private String ruleSource() {
        return ruleSource == null ? "rules" : ruleSource.toString();
    }

    private void loadRules() {
        if (rulesLoaded) {
            return;
        }
        RuleSource source = ruleSource == null ? RuleSource.bundled() : ruleSource;
        for (RuleFile file : source.load()) {
            for (RuleFile.Statement st : file.statements()) {
                String where = file.name() + ":" + st.line();
                try {
                    messages.reset();
                    evaluator.eval(st.text());
                } catch (SyntaxError e) {
                    throw new CasException(where + ": rule does not parse: " + firstLine(e.getMessage()), e);
                } catch (RuntimeException e) {
                    throw new CasException(where + ": rule failed to load: " + e, e);
                }
                String said = messages.toString(StandardCharsets.UTF_8).strip();
                if (!said.isEmpty()) {
                    throw new CasException(where + ": rule failed to load: " + said);
                }
                Matcher m = DEFINITION.matcher(st.text());
                if (m.find()) {
                    definitionSites.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), where);
                }
            }
        }
        rulesLoaded = true;
    }

    private IExpr run(String step, String rule, IExpr expr) {
        messages.reset();
        IExpr result;
        try {
            result = evaluator.eval(expr);
        } catch (RuntimeException e) {
            throw new CasException(describe(step, rule) + ": " + e.getMessage(), e);
        }
        String said = messages.toString(StandardCharsets.UTF_8).strip();
        if (!said.isEmpty()) {
            throw new CasException(describe(step, rule) + ": " + firstLine(said));
        }
        return result;
    }

    private static String describe(String step, String rule) {
        return rule == null ? step : step + " [rule " + rule + "]";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

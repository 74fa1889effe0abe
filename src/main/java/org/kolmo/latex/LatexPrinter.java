package org.kolmo.latex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IComplex;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.IReal;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Prints Symja expressions, in their evaluated canonical form, as LaTeX math.
 *
 * <p>One method per kind of head; parentheses come from the precedence of the child compared with what the parent
 * needs ({@link Precedence}, the table the plain-text writer shares), never from editing strings afterwards. Names
 * and the order of factors and terms come from a {@link Notation}.
 *
 * <p>Conventions, chosen once and used everywhere:
 * <ul>
 * <li><b>Fractions.</b> A product with a rational coefficient or negative powers is one fraction holding the whole
 * numerator: {@code \frac{\beta^{2} x}{2}}, {@code \frac{2\alpha}{3}}, {@code -\frac{1}{3}},
 * {@code \frac{\sqrt{2}}{\varepsilon}}; the minus sign stays outside. A single sum above or below the bar needs no
 * parentheses: {@code -\frac{Y_1 - g Y_2}{\varepsilon^{2}}}.</li>
 * <li><b>Products.</b> Factors are separated by a space, which TeX does not print; no space is written before a
 * control word ({@code 2\alpha z}); {@code \cdot} separates two factors when the second begins with a digit
 * ({@code 2 \cdot 3^{x}}).</li>
 * <li><b>Powers.</b> {@code x^{2}}, {@code x^{1/3}} (rational exponents with a slash), {@code \sqrt{x}} for x^(1/2),
 * {@code \frac{1}{\sqrt{x}}} for x^(-1/2), {@code e^{x}} for every exponential, {@code \sin^{2}(x)} for integer powers
 * of trigonometric and hyperbolic functions.</li>
 * <li><b>Parentheses</b> are plain {@code ( )}, or {@code \left( \right)} when the content holds a fraction.</li>
 * <li><b>SDEs</b> ({@link #sde}): {@code \mathrm{d}x} on the left, state variables without a time index on the
 * right, {@code \mathrm{d}t}, and the Wiener processes with their time index: {@code \mathrm{d}W_t},
 * {@code \mathrm{d}W_{1,t}} for W1.</li>
 * </ul>
 */
public final class LatexPrinter {
    /** A printed subexpression and the precedence it binds with. */
    record Printed(String text, Precedence prec) {
    }

    private static final Map<ISymbol, String> FUNCTIONS = Map.of(S.Sin, "\\sin", S.Cos, "\\cos", S.Tan, "\\tan",
            S.Sinh, "\\sinh", S.Cosh, "\\cosh", S.Tanh, "\\tanh", S.Log, "\\log", S.Gamma, "\\Gamma", S.ArcTan,
            "\\arctan");

    private static final Map<ISymbol, String> CONSTANTS = Map.of(S.Pi, "\\pi", S.E, "e", S.I, "i", S.Infinity,
            "\\infty", S.EulerGamma, "\\gamma");

    private final Notation notation;

    /** A printer that knows no names ({@link Notation#DEFAULT}). */
    public LatexPrinter() {
        this(Notation.DEFAULT);
    }

    /** A printer naming and ordering with {@code notation}. */
    public LatexPrinter(Notation notation) {
        this.notation = notation;
    }

    /** A printer with the notation of {@code sde}. */
    public static LatexPrinter of(Sde sde) {
        return new LatexPrinter(Notation.of(sde));
    }

    public Notation notation() {
        return notation;
    }

    /** The LaTeX of {@code e} (math mode, without delimiters). */
    public String latex(IExpr e) {
        return print(e).text;
    }

    /** {@code lhsLatex = rhs}, the right side printed by {@link #latex}. */
    public String equation(String lhsLatex, IExpr rhs) {
        return lhsLatex + " = " + latex(rhs);
    }

    /** The LaTeX of a user's name under this printer's notation, e.g. {@code \beta_2} for {@code beta2}. */
    public String name(String userName) {
        return notation.latexName(userName);
    }

    // ------------------------------------------------------------------ dispatch

    Printed print(IExpr e) {
        if (e.isNumber()) {
            return number((INumber) e);
        }
        if (e instanceof ISymbol s) {
            return symbol(s);
        }
        if (e.isPlus()) {
            return sum((IAST) e);
        }
        if (e.isTimes() || isPowerOfSumToTurn(e)) {
            return quotient(Quotient.of(e, notation));
        }
        if (e.isPower()) {
            return power(e.base(), e.exponent());
        }
        if (e.isAST(S.Exp, 2)) {
            return power(S.E, ((IAST) e).arg1());
        }
        if (e.isAST(S.Sqrt, 2)) {
            return power(((IAST) e).arg1(), F.C1D2);
        }
        if (e.isAST(S.Abs, 2)) {
            return new Printed("\\left|" + print(((IAST) e).arg1()).text + "\\right|", Precedence.ATOM);
        }
        if (e.isAST()) {
            return function((IAST) e);
        }
        return new Printed("\\mathrm{" + e + "}", Precedence.ATOM);
    }

    /** (-x + 1)^3 prints as -(x - 1)^3: the same reading of signs as inside products. */
    private boolean isPowerOfSumToTurn(IExpr e) {
        return e.isPower() && e.base().isPlus() && e.exponent().isInteger() && e.exponent().isPositive()
                && Quotient.leadsNegative(e.base(), notation);
    }

    private Printed symbol(ISymbol s) {
        if (s.isBuiltInSymbol()) {
            String c = CONSTANTS.get(s);
            return new Printed(c != null ? c : "\\mathrm{" + s + "}", Precedence.ATOM);
        }
        return new Printed(notation.latexName(notation.name(s)), Precedence.ATOM);
    }

    // ------------------------------------------------------------------ numbers

    private Printed number(INumber n) {
        if (n instanceof IInteger i) {
            return new Printed(i.toString(), i.isNegative() ? Precedence.NEGATIVE : Precedence.ATOM);
        }
        if (n.isImaginaryUnit()) {
            return new Printed("i", Precedence.ATOM);
        }
        if (n instanceof IRational || n instanceof IComplex && n.re().isZero()) {
            return quotient(Quotient.of(n, notation));
        }
        if (n instanceof IReal r) {
            return real(r.doubleValue());
        }
        if (n.re().isZero()) {
            return quotient(Quotient.of(n, notation));
        }
        // a + b i printed as the sum it is
        return sum(F.Plus(n.re(), F.Times(n.im(), F.CI)));
    }

    private static Printed real(double d) {
        if (d < 0) {
            return new Printed("-" + real(-d).text, Precedence.NEGATIVE);
        }
        if (Double.isInfinite(d)) {
            return new Printed("\\infty", Precedence.ATOM);
        }
        if (d != 0 && (d < 1e-4 || d >= 1e7)) {
            // mantissa times a power of ten, as in tables of numerical results
            String[] parts = String.format("%.15e", d).split("e");
            String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
            int exp = Integer.parseInt(parts[1]);
            String power = "10^{" + exp + "}";
            return mantissa.equals("1") ? new Printed(power, Precedence.POWER)
                    : new Printed(mantissa + " \\cdot " + power, Precedence.PRODUCT);
        }
        return new Printed(new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString(), Precedence.ATOM);
    }

    // ------------------------------------------------------------------ sums and products

    private Printed sum(IAST plus) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (IExpr t : notation.terms(plus)) {
            Quotient q = Quotient.of(t, notation);
            String body = term(q);
            if (first) {
                sb.append(q.negative() ? "-" : "").append(body);
            } else {
                sb.append(q.negative() ? " - " : " + ").append(body);
            }
            first = false;
        }
        return new Printed(sb.toString(), Precedence.SUM);
    }

    /** A term of a sum without its sign, parenthesised if it needs it after a + or -. */
    private String term(Quotient q) {
        Printed p = quotient(q.abs());
        // only a complex number a + b i is looser than a product here
        return p.prec.compareTo(Precedence.NEGATIVE) > 0 ? p.text : paren(p.text);
    }

    Printed quotient(Quotient q) {
        Printed body;
        if (q.denominator().isEmpty()) {
            if (q.numerator().isEmpty()) {
                body = new Printed("1", Precedence.ATOM);
            } else if (q.numerator().size() == 1) {
                body = print(q.numerator().get(0));
            } else {
                body = new Printed(factors(q.numerator()), Precedence.PRODUCT);
            }
        } else {
            body = new Printed("\\frac{" + fractionPart(q.numerator()) + "}{" + fractionPart(q.denominator()) + "}",
                    Precedence.FRACTION);
        }
        if (!q.negative()) {
            return body;
        }
        String inner = body.prec.compareTo(Precedence.PRODUCT) >= 0 ? body.text : paren(body.text);
        return new Printed("-" + inner, Precedence.NEGATIVE);
    }

    /** Numerator or denominator of a \frac: braces delimit it, so one factor needs no parentheses. */
    private String fractionPart(List<IExpr> fs) {
        if (fs.isEmpty()) {
            return "1";
        }
        return fs.size() == 1 ? print(fs.get(0)).text : factors(fs);
    }

    private String factors(List<IExpr> fs) {
        StringBuilder sb = new StringBuilder();
        for (IExpr f : fs) {
            String s = atLeast(f, Precedence.PRODUCT);
            if (sb.length() > 0) {
                if (Character.isDigit(s.charAt(0))) {
                    sb.append(" \\cdot ");
                } else if (s.charAt(0) != '\\') {
                    // a control word already ends the previous token; anything else needs the space
                    sb.append(' ');
                }
            }
            sb.append(s);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ powers and functions

    private Printed power(IExpr base, IExpr exponent) {
        if (base.isE()) {
            return new Printed("e^{" + exponentText(exponent) + "}", Precedence.POWER);
        }
        if (Quotient.isNegative(exponent)) {
            return quotient(Quotient.of(F.Power(base, exponent), notation));
        }
        if (exponent.equals(F.C1D2)) {
            return new Printed("\\sqrt{" + print(base).text + "}", Precedence.POWER);
        }
        if (base.isAST() && FUNCTIONS.containsKey(base.head()) && ((IAST) base).argSize() == 1
                && exponent.isInteger() && exponent.isPositive()) {
            // the usual \sin^{2}(x) rather than \sin(x)^{2}
            IAST f = (IAST) base;
            return new Printed(FUNCTIONS.get(f.head()) + "^{" + exponent + "}" + arguments(f), Precedence.POWER);
        }
        return new Printed(atLeast(base, Precedence.ATOM) + "^{" + exponentText(exponent) + "}", Precedence.POWER);
    }

    private String exponentText(IExpr exponent) {
        if (exponent instanceof IRational r && !r.isInteger()) {
            // slashed fractions read better than \frac at exponent size
            IInteger[] pq = Quotient.normalized(r);
            return pq[0] + "/" + pq[1];
        }
        return print(exponent).text;
    }

    private Printed function(IAST f) {
        IExpr head = f.head();
        String name;
        if (head instanceof ISymbol s && FUNCTIONS.containsKey(s)) {
            name = FUNCTIONS.get(s);
        } else if (head instanceof ISymbol s && !s.isBuiltInSymbol()) {
            name = notation.latexName(notation.name(s));
        } else if (head instanceof ISymbol s) {
            name = "\\operatorname{" + s + "}";
        } else {
            name = atLeast(head, Precedence.ATOM);
        }
        return new Printed(name + arguments(f), Precedence.ATOM);
    }

    private String arguments(IAST f) {
        List<String> args = new ArrayList<>();
        for (IExpr a : f) {
            args.add(print(a).text);
        }
        return paren(String.join(", ", args));
    }

    // ------------------------------------------------------------------ parentheses

    private String atLeast(IExpr e, Precedence needed) {
        Printed p = print(e);
        return p.prec.compareTo(needed) >= 0 ? p.text : paren(p.text);
    }

    /** Parentheses that grow with their content when it holds a fraction. */
    /** A matrix of expressions as an amsmath {@code pmatrix}. */
    public String matrix(List<List<IExpr>> m) {
        List<String> rows = new ArrayList<>();
        for (List<IExpr> row : m) {
            List<String> cells = new ArrayList<>();
            for (IExpr e : row) {
                cells.add(latex(e));
            }
            rows.add(String.join(" & ", cells));
        }
        return "\\begin{pmatrix}" + String.join(" \\\\ ", rows) + "\\end{pmatrix}";
    }

    /** Display lines one under the other, centred ({@code gathered}, which MathJax and amsmath both know). */
    public static String gathered(List<String> lines) {
        return lines.size() == 1 ? lines.get(0)
                : "\\begin{gathered}\n" + String.join(" \\\\\n", lines) + "\n\\end{gathered}";
    }

    /**
     * {@code e} as a term after a plus sign: in parentheses when it is a sum or reads as negative (the sign decided on
     * the expression, the way {@link Quotient} reads it, not on the printed text).
     */
    public String addend(IExpr e) {
        String s = latex(e);
        boolean negative = !e.isPlus() && Quotient.of(e, notation).negative();
        return e.isPlus() || negative ? "\\left(" + s + "\\right)" : s;
    }

    public static String paren(String s) {
        return s.contains("\\frac") ? "\\left(" + s + "\\right)" : "(" + s + ")";
    }

    // ------------------------------------------------------------------ SDE systems

    /**
     * An SDE system as an {@code aligned} block, one line per variable:
     * {@code \mathrm{d}x &= -2\beta^{2} x\,\mathrm{d}t - 2\beta y\,\mathrm{d}W_t,\\}. Lines end in a comma except the
     * last, which has no punctuation so the caller can end the sentence.
     *
     * <p>The drift multiplies {@code \mathrm{d}t}; column j of the diffusion multiplies {@code \mathrm{d}W_t} for a
     * noise W ({@code \mathrm{d}W_{1,t}} for W1); a functional's weight p multiplies {@code \mathrm{d}X_1}. In the
     * Stratonovich convention the stochastic differentials are written {@code \circ\,\mathrm{d}W_t} and
     * {@code \circ\,\mathrm{d}X_1}. A coefficient that is a sum is parenthesised, a coefficient 1 is left out, zero
     * terms are omitted and a right side with no terms is 0.
     *
     * <p>Names and order come from this printer's notation, or from the model's own when this printer was made with
     * {@link Notation#DEFAULT}.
     */
    public String sde(Sde sde) {
        LatexPrinter p = notation.isEmpty() ? of(sde) : this;
        String circ = sde.convention() == Convention.STRATONOVICH ? "\\circ" : "";
        StringBuilder sb = new StringBuilder("\\begin{aligned}\n");
        for (int i = 0; i < sde.dimension(); i++) {
            List<String[]> terms = new ArrayList<>();
            List<IExpr> coefficients = new ArrayList<>();
            coefficients.add(sde.drift().get(i));
            terms.add(new String[] {"", "\\mathrm{d}t"});
            for (int j = 0; j < sde.noiseCount(); j++) {
                coefficients.add(sde.diffusion().get(i).get(j));
                terms.add(new String[] {circ, "\\mathrm{d}" + p.processName(sde.noises().get(j))});
            }
            for (int k = 0; k < sde.dimension(); k++) {
                coefficients.add(sde.differentialWeights().get(i).get(k));
                terms.add(new String[] {circ, "\\mathrm{d}" + p.name(sde.variables().get(k).name())});
            }
            sb.append("\\mathrm{d}").append(p.name(sde.variables().get(i).name())).append(" &= ");
            sb.append(p.differentialSum(coefficients, terms));
            sb.append(i + 1 < sde.dimension() ? ",\\\\\n" : "\n");
        }
        return sb.append("\\end{aligned}").toString();
    }

    private String processName(String noise) {
        return LatexNames.ofProcess(noise);
    }

    /**
     * Σ c_k s_k for LaTeX symbols s_k (differentials, derivative operators): signs pulled to the joins, sums in
     * parentheses, coefficient 1 left out, zero terms omitted, 0 when nothing is left.
     */
    public String linearCombination(List<IExpr> coefficients, List<String> symbols) {
        List<String[]> d = new ArrayList<>();
        for (String s : symbols) {
            d.add(new String[] {"", s});
        }
        return differentialSum(coefficients, d);
    }

    /** Σ c_k dZ_k with signs pulled to the joins and zero terms left out. */
    private String differentialSum(List<IExpr> coefficients, List<String[]> differentials) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < coefficients.size(); k++) {
            IExpr c = coefficients.get(k);
            if (c.isZero()) {
                continue;
            }
            String circ = differentials.get(k)[0];
            String d = differentials.get(k)[1];
            boolean negative;
            String body;
            if (c.isPlus()) {
                negative = false;
                body = paren(print(c).text);
            } else {
                Quotient q = Quotient.of(c, notation);
                negative = q.negative();
                body = term(q);
            }
            String product;
            if (body.equals("1")) {
                product = d;
            } else {
                product = body + circ + "\\," + d;
            }
            if (sb.length() == 0) {
                sb.append(negative ? "-" : "").append(product);
            } else {
                sb.append(negative ? " - " : " + ").append(product);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /**
     * The k-th time derivative of a printed name as papers write it: {@code \dot{p}_{zz}}, {@code \ddot{u}} for the
     * first two, and {@code p_{zz}^{(3)}}, {@code u^{(4)}} from the third on (an accent of three or four dots would sit
     * over the base letter only and push the subscript away; the order in parentheses keeps the name whole).
     */
    public static String dotted(String latexName, int k) {
        if (k == 0) {
            return latexName;
        }
        if (k >= 3) {
            // a name that already has a superscript is grouped, so that the order is not a double superscript
            return (latexName.contains("^") ? "{" + latexName + "}" : latexName) + "^{(" + k + ")}";
        }
        int sub = latexName.indexOf('_');
        String base = sub < 0 ? latexName : latexName.substring(0, sub);
        String rest = sub < 0 ? "" : latexName.substring(sub);
        return (k == 1 ? "\\dot" : "\\ddot") + "{" + base + "}" + rest;
    }
}

package org.kolmo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kolmo.calculus.Generator;
import org.kolmo.calculus.ItoFormula;
import org.kolmo.calculus.ItoStratonovich;
import org.kolmo.check.ClaimChecker;
import org.kolmo.check.ClaimResult;
import org.kolmo.io.ModelException;
import org.kolmo.io.ModelReader;
import org.kolmo.model.Convention;
import org.kolmo.model.Sde;
import org.kolmo.moments.ClosedOde;
import org.kolmo.moments.MomentEquations;
import org.kolmo.moments.MomentSystem;
import org.kolmo.moments.MomentsException;
import org.kolmo.report.CheckReport;
import org.kolmo.report.ClosedOdeReport;
import org.kolmo.report.ConversionReport;
import org.kolmo.report.GeneratorReport;
import org.kolmo.report.ItoFormulaReport;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The public API of Kolmo: what a Java program, the command line ({@code org.kolmo.cli}) and the notebook kernel
 * ({@code org.kolmo.notebook}) call. Each derivation takes a model ({@link #readModel}, {@link #parseModel}) and an
 * immutable options record, and returns the derivation's report ({@link org.kolmo.report.Report}: text, LaTeX,
 * a LaTeX document, JSON), which also holds the results as values.
 *
 * <p>A final class of static methods rather than an entry object: Kolmo's state (the Symja session with its rule
 * files) is one per process already ({@link org.kolmo.cas.CasSession}), so an object would only pretend to hold it.
 * Bad values are reported as {@link OptionException} with the command-line option's name; a model outside a
 * method's class with the exception of its package, located at the equation of the model's source.
 */
public final class Kolmo {
    private Kolmo() {
    }

    // ---------------------------------------------------------------- models

    /** Reads a model file; the file name in messages is the path as given. */
    public static KolmoModel readModel(Path file) throws ModelException {
        if (!Files.exists(file)) {
            throw new OptionException("FILE", "'" + file + "' does not exist");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OptionException("FILE", "'" + file + "' does not exist");
        } catch (IOException e) {
            throw new OptionException("FILE", "cannot read '" + file + "': " + e.getMessage());
        }
        return parseModel(text, file.toString());
    }

    /**
     * Reads a model from its text.
     *
     * @param name the name shown in messages; its stem names the model when the text has no {@code model} line
     */
    public static KolmoModel parseModel(String text, String name) throws ModelException {
        return new KolmoModel(ModelReader.read(name, text), name, text);
    }

    /** An expression over the model's parameters and variables; errors are placed at {@code OPTION:1:COLUMN}. */
    public static IExpr expression(KolmoModel model, String option, String text) throws ModelException {
        return ModelReader.readExpression(option, text, model.sde());
    }

    // ---------------------------------------------------------------- calculus

    /** {@code ito} or {@code stratonovich}, as {@code --to} takes it. */
    public static Convention convention(String name) {
        return switch (name) {
            case "ito" -> Convention.ITO;
            case "stratonovich" -> Convention.STRATONOVICH;
            default -> throw new OptionException("--to", "unknown convention '" + name
                    + "' (expected ito or stratonovich)");
        };
    }

    /** The model in the other convention (Lim, eqs. 2-4); the report's {@code converted()} is a model again. */
    public static ConversionReport convert(KolmoModel model, Convention to) {
        Sde converted = ItoStratonovich.convert(model.sde(), to);
        return new ConversionReport(model.sde(), converted);
    }

    /** The generator L and the backward Kolmogorov equation. */
    public static GeneratorReport generator(KolmoModel model) {
        return GeneratorReport.operator(model.sde());
    }

    /** L applied to {@code f}, an expression in the model's variables and parameters (placed as {@code --apply}). */
    public static GeneratorReport generator(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--apply", f);
        return GeneratorReport.applied(model.sde(), e, Generator.apply(model.sde(), e));
    }

    /** Itô's formula for {@code f} (placed as {@code --f}). */
    public static ItoFormulaReport itoFormula(KolmoModel model, String f) throws ModelException {
        IExpr e = expression(model, "--f", f);
        return new ItoFormulaReport(model.sde(), ItoFormula.apply(model.sde(), e));
    }

    // ---------------------------------------------------------------- moments

    /** The exact closed higher-order ODE of one moment ({@code m_z}, {@code p_zz}, {@code mu_xxz}). */
    public static ClosedOdeReport closedOde(KolmoModel model, String component, ClosedOdeOptions options)
            throws MomentsException {
        MomentSystem system = MomentEquations.derive(model.sde(), MomentEquations.orderOf(model.sde(), component));
        return new ClosedOdeReport(ClosedOde.derive(system, component, options.minimal(), options.withConstant()));
    }

    // ---------------------------------------------------------------- checks

    /** Whether each claim {@code "LHS == RHS"} holds; {@link CheckReport#allHold()} gives the verdict. */
    public static CheckReport check(KolmoModel model, List<String> claims, CheckOptions options)
            throws ModelException, MomentsException {
        ClaimChecker checker = new ClaimChecker(model.sde(), options.givens(), options.seed());
        List<ClaimResult> results = new ArrayList<>();
        for (String claim : claims) {
            results.add(checker.check(claim));
        }
        return new CheckReport(model.sde(), results);
    }
}

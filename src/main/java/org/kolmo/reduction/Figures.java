package org.kolmo.reduction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.simple.SimpleMatrix;
import org.kolmo.plot.Figure;
import org.kolmo.plot.PlotText;

/**
 * Chen et al. 2025, Figures 1-3, regenerated from a derived {@link Reduction}, and a fourth figure with the W2 bounds
 * (PDF, SVG and PNG with XChart, and each figure's own curves as a CSV table): 1, p_zz of the full model against
 * adiabatic elimination; 2, the eigenvalues of the rescaled block against the manifold's rate, over ε; 3, full
 * model, invariant manifold and adiabatic elimination; 4, the lower and upper W2 bounds between the full model's law
 * of the kept variable and the reduced SDE's. One figure per ε of the reduction (the paper's Figure 1 is at
 * β² = 2 and β² = 100, that is ε = 1/2 and ε = 1/100 under β → β/√ε with β = 1: {@code --eps 0.5,0.01}).
 */
public final class Figures {
    private Figures() {
    }

    /**
     * Writes figure1/2/3/4 .pdf, .svg, .png and .csv into {@code dir} (curves from {@code initial}, or the model's
     * initial state when null); returns the files written.
     */
    public static List<Path> write(Reduction r, java.util.Map<String, Double> initial, Path dir)
            throws IOException, ReductionException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        double[] times = new double[201];
        for (int k = 0; k < times.length; k++) {
            times[k] = 10.0 * k / (times.length - 1);
        }
        Reduction fine = Reduction.derive(r.model(), r.variable(), r.regime(), r.methods(),
                r.manifoldSecond() == null ? 0 : r.manifoldSecond().chapmanEnskog().order(), initial,
                r.comparisons().stream().mapToDouble(Reduction.Comparison::eps).toArray(), times);
        String second = PlotText.name(org.kolmo.moments.MomentNames.of(r.model().variables().stream()
                .map(org.kolmo.model.Variable::name).toList(), r.variable(), r.variable()));
        String epsilon = PlotText.name(r.regime().epsilon().name());
        for (Reduction.Comparison c : fine.comparisons()) {
            String eps = String.format(Locale.ROOT, "%s", c.eps()).replace('.', '_');
            String at = epsilon + " = " + number(c.eps());
            if (r.adiabaticSecond() != null) {
                Figure chart = chart(second + PlotText.text(", full model and adiabatic elimination, ") + at, "t",
                        second);
                line(chart, "full model", c.times(), c.second());
                line(chart, "adiabatic elimination", c.times(), c.adiabatic());
                out.addAll(save(chart, dir, "figure1_eps" + eps));
                out.add(table(dir, "figure1_eps" + eps, "t,full,adiabatic", c.times(), c.second(), c.adiabatic()));
            }
            if (r.manifoldSecond() != null) {
                Figure chart = chart(second + PlotText.text(", full model and the reductions, ") + at, "t", second);
                line(chart, "full model", c.times(), c.second());
                if (r.adiabaticSecond() != null) {
                    line(chart, "adiabatic elimination", c.times(), c.adiabatic());
                }
                line(chart, "invariant manifold", c.times(), c.manifold());
                out.addAll(save(chart, dir, "figure3_eps" + eps));
                out.add(table(dir, "figure3_eps" + eps, "t,full,adiabatic,manifold", c.times(), c.second(),
                        c.adiabatic(), c.manifold()));
            }
            Figure w2 = chart(PlotText.text("Bounds of the ") + "W_2" + PlotText.text(
                    " distance of the reduced SDE from the full model, ") + at, "t", "W_2" + PlotText.text(" bound"));
            line(w2, "lower bound", c.times(), c.w2Lower());
            line(w2, "upper bound", c.times(), c.w2Upper());
            out.addAll(save(w2, dir, "figure4_eps" + eps));
            out.add(table(dir, "figure4_eps" + eps, "t,w2_lower,w2_upper,sde_second", c.times(), c.w2Lower(),
                    c.w2Upper(), c.sdeSecond()));
        }
        if (r.manifoldSecond() != null) {
            out.addAll(figure2(r, dir));
        }
        return out;
    }

    /** A figure with TeX title and axis titles, its ticks as short decimals (see {@link Figure}). */
    private static Figure chart(String title, String x, String y) {
        Figure f = new Figure(title, x, y);
        f.chart().getStyler().setXAxisMin(0.0); // t and ε start at 0: round ticks rather than ticks at the first sample
        return f;
    }

    private static void line(Figure chart, String label, double[] x, double[] y) {
        chart.line(PlotText.text(label), x, y);
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static Path table(Path dir, String name, String header, double[] t, double[]... columns)
            throws IOException {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int k = 0; k < t.length; k++) {
            csv.append(String.format(Locale.ROOT, "%.6g", t[k]));
            for (double[] c : columns) {
                csv.append(String.format(Locale.ROOT, ",%.10g", c[k]));
            }
            csv.append('\n');
        }
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<Path> figure2(Reduction r, Path dir) throws IOException, ReductionException {
        InvariantManifold ip = r.manifoldSecond();
        Numeric values = Numeric.of(r.model());
        double limit = Double.isNaN(r.secondBreakdown().value()) ? 1 : 1.6 * r.secondBreakdown().value();
        int n = 120;
        double[] eps = new double[n];
        for (int k = 0; k < n; k++) {
            eps[k] = limit * (k + 1) / n;
        }
        double[] rate = ip.rates(values, eps);
        int size = ip.scaled().size();
        double[][] eig = new double[size][n];
        for (int k = 0; k < n; k++) {
            Numeric at = values.with(r.regime().eps(), eps[k]);
            var evd = new SimpleMatrix(at.eval(ip.scaled())).eig();
            double[] re = new double[size];
            for (int i = 0; i < size; i++) {
                re[i] = evd.getEigenvalue(i).real;
            }
            java.util.Arrays.sort(re);
            for (int i = 0; i < size; i++) {
                eig[i][k] = re[i];
            }
            rate[k] *= at.eval(r.regime().timeScale()); // on the rescaled time: 4 alpha eps a3*
        }
        String epsilon = PlotText.name(r.regime().epsilon().name());
        Figure chart = chart(PlotText.text("Eigenvalues of the rescaled block and the manifold's rate ") + "("
                + epsilon + "_c'' = " + String.format(Locale.ROOT, "%.5f", r.secondBreakdown().value()) + ")",
                epsilon, PlotText.text("real part"));
        chart.chart().getStyler().setXAxisMax(Math.ceil(limit * 10) / 10); // ticks at round values of ε
        StringBuilder csv = new StringBuilder("eps,rate");
        for (int i = 0; i < size; i++) {
            chart.line("\\operatorname{Re}\\lambda_{" + (i + 1) + "}", eps, eig[i]);
            csv.append(",re_lambda_").append(i + 1);
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(rate[k])) {
                xs.add(eps[k]);
                ys.add(rate[k]);
            }
        }
        chart.line(PlotText.text("manifold rate"), xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        csv.append('\n');
        for (int k = 0; k < n; k++) {
            csv.append(String.format(Locale.ROOT, "%.6g,%.10g", eps[k], rate[k]));
            for (int i = 0; i < size; i++) {
                csv.append(String.format(Locale.ROOT, ",%.10g", eig[i][k]));
            }
            csv.append('\n');
        }
        List<Path> out = new ArrayList<>(save(chart, dir, "figure2"));
        Path table = dir.resolve("figure2.csv");
        Files.writeString(table, csv);
        out.add(table);
        return out;
    }

    /** PDF for a paper, SVG for the web, PNG to look at; the PNG at twice the screen resolution. */
    private static List<Path> save(Figure chart, Path dir, String name) throws IOException {
        Path pdf = dir.resolve(name + ".pdf");
        Path svg = dir.resolve(name + ".svg");
        Path png = dir.resolve(name + ".png");
        chart.write(pdf);
        chart.write(svg);
        chart.write(png);
        return List.of(pdf, svg, png);
    }
}

package org.kolmo.reduction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.simple.SimpleMatrix;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

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
        String second = org.kolmo.moments.MomentNames.of(r.model().variables().stream()
                .map(org.kolmo.model.Variable::name).toList(), r.variable(), r.variable());
        for (Reduction.Comparison c : fine.comparisons()) {
            String eps = String.format(Locale.ROOT, "%s", c.eps()).replace('.', '_');
            String at = "ε = " + number(c.eps());
            if (r.adiabaticSecond() != null) {
                XYChart chart = chart(second + ", full model and adiabatic elimination, " + at, "t", second);
                line(chart, "full model", c.times(), c.second());
                line(chart, "adiabatic elimination", c.times(), c.adiabatic());
                out.addAll(save(chart, dir, "figure1_eps" + eps));
                out.add(table(dir, "figure1_eps" + eps, "t,full,adiabatic", c.times(), c.second(), c.adiabatic()));
            }
            if (r.manifoldSecond() != null) {
                XYChart chart = chart(second + ", full model and the reductions, " + at, "t", second);
                line(chart, "full model", c.times(), c.second());
                if (r.adiabaticSecond() != null) {
                    line(chart, "adiabatic elimination", c.times(), c.adiabatic());
                }
                line(chart, "invariant manifold", c.times(), c.manifold());
                out.addAll(save(chart, dir, "figure3_eps" + eps));
                out.add(table(dir, "figure3_eps" + eps, "t,full,adiabatic,manifold", c.times(), c.second(),
                        c.adiabatic(), c.manifold()));
            }
            XYChart w2 = chart("W2 distance of the reduced SDE from the full model, " + at, "t", "W2 bound");
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

    /** A chart whose tick labels are short decimals (XChart's default prints every digit of a double). */
    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(800).height(500).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setXAxisDecimalPattern("0.###");
        chart.getStyler().setXAxisMin(0.0); // t and ε start at 0: round ticks rather than ticks at the first sample
        chart.getStyler().setYAxisDecimalPattern("0.####");
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        return chart;
    }

    private static void line(XYChart chart, String label, double[] x, double[] y) {
        chart.addSeries(label, x, y).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
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
        XYChart chart = chart(String.format(Locale.ROOT,
                "Eigenvalues of the rescaled block and the manifold's rate (ε_c'' = %.5f)",
                r.secondBreakdown().value()), "ε", "real part");
        chart.getStyler().setXAxisMax(Math.ceil(limit * 10) / 10); // ticks at round values of ε
        StringBuilder csv = new StringBuilder("eps,rate");
        for (int i = 0; i < size; i++) {
            XYSeries s = chart.addSeries("Re λ" + (i + 1), eps, eig[i]);
            s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
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
        chart.addSeries("manifold rate", xs, ys).setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
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
    private static List<Path> save(XYChart chart, Path dir, String name) throws IOException {
        Path pdf = dir.resolve(name + ".pdf");
        Path svg = dir.resolve(name + ".svg");
        Path png = dir.resolve(name + ".png");
        VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(name).toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
        VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve(name).toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        BitmapEncoder.saveBitmapWithDPI(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG, 144);
        return List.of(pdf, svg, png);
    }
}

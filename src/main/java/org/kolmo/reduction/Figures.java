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
 * Seed 003's Figures 1-3 regenerated from a derived {@link Reduction} (PNG and SVG with XChart, and the curves'
 * values as CSV tables): 1, p_zz of the full model against adiabatic elimination; 2, the eigenvalues of the
 * rescaled block against the manifold's rate, over ε; 3, full model, invariant manifold and adiabatic elimination.
 */
public final class Figures {
    private Figures() {
    }

    /** Writes figure1/2/3 .png, .svg and .csv into {@code dir} (curves from {@code initial}, or the model's initial state when null); returns the files written. */
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
        List<Reduction.Comparison> curves = fine.comparisons();
        for (int fig : new int[] {1, 3}) {
            if (fig == 1 && r.adiabaticSecond() == null || fig == 3 && r.manifoldSecond() == null) {
                continue;
            }
            String second = org.kolmo.moments.MomentNames.of(r.model().variables().stream()
                    .map(org.kolmo.model.Variable::name).toList(), r.variable(), r.variable());
            for (Reduction.Comparison c : curves) {
                String name = "figure" + fig + "_eps" + String.format(Locale.ROOT, "%s", c.eps()).replace('.', '_');
                XYChart chart = new XYChartBuilder().width(640).height(420)
                        .title(String.format(Locale.ROOT, "%s, eps = %s", second, c.eps()))
                        .xAxisTitle("t").yAxisTitle(second).build();
                chart.addSeries("full model", c.times(), c.second()).setMarker(org.knowm.xchart.style.markers
                        .SeriesMarkers.NONE);
                if (r.adiabaticSecond() != null) {
                    chart.addSeries("adiabatic elimination", c.times(), c.adiabatic()).setMarker(
                            org.knowm.xchart.style.markers.SeriesMarkers.NONE);
                }
                if (fig == 3) {
                    chart.addSeries("invariant manifold", c.times(), c.manifold()).setMarker(
                            org.knowm.xchart.style.markers.SeriesMarkers.NONE);
                }
                out.addAll(save(chart, dir, name));
                StringBuilder csv = new StringBuilder("t,full,adiabatic,manifold,sde,w2_lower,w2_upper\n");
                for (int k = 0; k < c.times().length; k++) {
                    csv.append(String.format(Locale.ROOT, "%.6g,%.10g,%.10g,%.10g,%.10g,%.6g,%.6g%n", c.times()[k],
                            c.second()[k], c.adiabatic()[k], c.manifold()[k], c.sdeSecond()[k], c.w2Lower()[k],
                            c.w2Upper()[k]));
                }
                Path table = dir.resolve(name + ".csv");
                Files.writeString(table, csv);
                out.add(table);
            }
        }
        if (r.manifoldSecond() != null) {
            out.addAll(figure2(r, dir));
        }
        return out;
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
        XYChart chart = new XYChartBuilder().width(640).height(420).title(String.format(Locale.ROOT,
                "eigenvalues of the rescaled block and the manifold's rate (eps_c'' = %.5f)",
                r.secondBreakdown().value())).xAxisTitle("eps").yAxisTitle("real part").build();
        StringBuilder csv = new StringBuilder("eps,rate");
        for (int i = 0; i < size; i++) {
            XYSeries s = chart.addSeries("Re lambda_" + (i + 1), eps, eig[i]);
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

    private static List<Path> save(XYChart chart, Path dir, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        return List.of(png, svg);
    }
}

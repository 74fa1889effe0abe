package org.kolmo.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stationary density in a notebook cell: the command's report, typeset. */
class StationaryCellTest {
    @Test
    void stationaryDensityOfAQuarticPotential(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quartic.sde");
        Files.writeString(file, "model quartic\nparam s positive = 1\nstate x\nnoise W\ndx = -x^3*dt + s*dW\n");
        CellEvaluator cells = new CellEvaluator(Path.of("").toAbsolutePath());
        List<DisplayData> out = cells.evaluate("q = LoadModel(\"" + file.toString().replace("\\", "/") + "\");\n"
                + "StationaryDensity(q, 2, Param -> {\"s=2\"})");
        assertEquals(1, out.size());
        String text = CellEvaluatorTest.text(out.get(0));
        assertTrue(text.contains("E[x^2] = sqrt(2)*Gamma(3/4)*s/Gamma(1/4) = 0.95597759"), text);
        assertTrue(CellEvaluatorTest.latex(out.get(0)).contains("\\Gamma"), CellEvaluatorTest.latex(out.get(0)));
    }
}

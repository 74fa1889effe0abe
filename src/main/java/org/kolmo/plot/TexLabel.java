package org.kolmo.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;

/**
 * A TeX formula typeset by JLaTeXMath, to be drawn into any {@link Graphics2D}: a bitmap's, or the vector graphics
 * of a PDF or SVG figure, where its glyphs are drawn as outlines (the reader of the file has no TeX fonts).
 */
final class TexLabel {
    private final TeXIcon icon;

    private TexLabel(TeXIcon icon) {
        this.icon = icon;
    }

    /** {@code tex} (math mode) at {@code size} points; TeX that JLaTeXMath cannot read is shown as plain text. */
    static TexLabel of(String tex, float size) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_TEXT, size);
        } catch (ParseException e) {
            icon = new TeXFormula(PlotText.text(tex)).createTeXIcon(TeXConstants.STYLE_TEXT, size);
        }
        icon.setForeground(Color.BLACK);
        return new TexLabel(icon);
    }

    /** {@code tex} at {@code size} points or smaller, down to {@code minSize}, so that it is at most maxWidth wide. */
    static TexLabel fitting(String tex, float size, float minSize, double maxWidth) {
        TexLabel label = of(tex, size);
        if (label.width() <= maxWidth) {
            return label;
        }
        float fitted = (float) Math.max(minSize, size * maxWidth / label.width() * 0.98);
        return of(tex, fitted);
    }

    int width() {
        return icon.getIconWidth();
    }

    int height() {
        return icon.getIconHeight();
    }

    /** Draws the formula with its top left corner at (x, y). */
    void draw(Graphics2D g, int x, int y) {
        Object text = null;
        if (g instanceof VectorGraphics2D) {
            text = g.getRenderingHint(VectorHints.KEY_TEXT);
            g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_VECTOR);
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, x, y);
        if (g instanceof VectorGraphics2D) {
            g.setRenderingHint(VectorHints.KEY_TEXT, text == null ? VectorHints.VALUE_TEXT_DEFAULT : text);
        }
    }
}

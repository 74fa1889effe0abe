package org.kolmo.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;


/**
 * A TeX formula typeset by JLaTeXMath, to be drawn into any {@link Graphics2D}: a bitmap's, or the vector graphics
 * of a PDF or SVG figure ({@link OutlineTextGraphics}), where its glyphs are drawn as outlines (the reader of
 * the file has no TeX fonts).
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
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (g instanceof OutlineTextGraphics o) {
            o.outlines(true);
            try {
                icon.paintIcon(null, g, x, y);
            } finally {
                o.outlines(false);
            }
        } else {
            icon.paintIcon(null, g, x, y);
        }
    }
}

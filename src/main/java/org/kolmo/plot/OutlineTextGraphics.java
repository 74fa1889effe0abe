package org.kolmo.plot;

import java.awt.font.GlyphVector;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;

/**
 * The vector graphics of a PDF or SVG figure, where text drawn while {@link #outlines} is set (the TeX labels) is
 * filled as the outlines of its glyphs: a reader of the file has no JLaTeXMath fonts, and an SVG or PDF that names
 * them would show other glyphs or none. Other text (XChart's tick labels, in a standard font) stays text.
 */
final class OutlineTextGraphics extends VectorGraphics2D {
    /** Whether text is drawn as outlines; shared with the graphics {@link #create()} makes from this one. */
    private boolean[] outlines = {false};

    /** The font of the outlined text, kept from the file: no font it is drawn in needs to be declared there. */
    private java.awt.Font outlineFont;

    void outlines(boolean on) {
        outlines[0] = on;
        outlineFont = null;
    }

    @Override
    public void setFont(java.awt.Font font) {
        if (outlines[0]) {
            outlineFont = font;
        } else {
            super.setFont(font);
        }
    }

    @Override
    public java.awt.Font getFont() {
        return outlines[0] && outlineFont != null ? outlineFont : super.getFont();
    }

    @Override
    public java.awt.Graphics create() {
        java.awt.Graphics g = super.create();
        if (g instanceof OutlineTextGraphics o) {
            o.outlines = outlines;
            o.outlineFont = outlineFont;
        }
        return g;
    }

    @Override
    public void drawString(String str, float x, float y) {
        if (outlines[0]) {
            fill(getFont().createGlyphVector(getFontRenderContext(), str).getOutline(x, y));
        } else {
            super.drawString(str, x, y);
        }
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawString(new String(data, offset, length), (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        if (outlines[0]) {
            fill(g.getOutline(x, y));
        } else {
            super.drawGlyphVector(g, x, y);
        }
    }
}

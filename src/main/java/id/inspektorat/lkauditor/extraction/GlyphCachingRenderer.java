package id.inspektorat.lkauditor.extraction;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A PDFBox renderer that rasterises each glyph once per size, sub-pixel position and colour, and
 * then copies its pixels: PDFBox fills every glyph as an anti-aliased outline, which was two thirds
 * of the time spent drawing evidence. The copy is the outline filled at the centre of its quarter
 * pixel, so a glyph lands at most 1/8 px from where PDFBox puts it, and the image does not depend
 * on which page or report drew a glyph first. Pixels are shared across the reports of a run by the
 * glyph's outline (see {@link Outline}).
 *
 * <p>Only the plain case takes the cache: a TrueType or Type 1 font, filled (not stroked or used as
 * a clip), an opaque colour with the normal blend mode, no soft mask, no rotation or skew, and a
 * document without optional content (whose hidden layers PDFBox alone knows to skip). Everything else
 * is drawn by PDFBox as before. One instance per open document and thread, like PDFBox's renderer.
 */
final class GlyphCachingRenderer extends PDFRenderer {

    /** Bounds the cache of one document (a glyph image is about 1 KB). */
    private static final int MAX_GLYPHS = 20_000;
    private static final int SUBPIXELS = 4;

    private record Key(PDFont font, int code, long scaleX, long scaleY, int fx, int fy, int rgba) {

        // written out: a record's generated methods go through method handles, slow to call per glyph
        @Override
        public int hashCode() {
            int h = System.identityHashCode(font);
            h = 31 * h + code;
            h = 31 * h + Long.hashCode(scaleX);
            h = 31 * h + Long.hashCode(scaleY);
            h = 31 * h + (fx << 4 | fy);
            return 31 * h + rgba;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.font == font && k.code == code && k.scaleX == scaleX && k.scaleY == scaleY
                    && k.fx == fx && k.fy == fy && k.rgba == rgba;
        }
    }

    /** A glyph's pixels and where its top-left pixel lies from the pixel holding the glyph origin. */
    private record GlyphImage(BufferedImage image, int dx, int dy) {
    }

    private final Map<Key, GlyphImage> glyphs = new HashMap<>();

    /**
     * A glyph's outline in glyph space, compared by its points: the letter 'a' of one typeface is
     * the same outline in every report that embeds it, whatever the subset, so its pixels are drawn
     * once per run, not once per report.
     */
    private static final class Outline {
        private final byte[] types;
        private final float[] points;
        private final int hash;

        Outline(GeneralPath path) {
            PathIterator it = path.getPathIterator(null);
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            float[] pts = new float[64];
            int n = 0;
            float[] c = new float[6];
            while (!it.isDone()) {
                int type = it.currentSegment(c);
                t.write(type);
                int count = switch (type) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                if (n + count > pts.length) {
                    pts = Arrays.copyOf(pts, Math.max(pts.length * 2, n + count));
                }
                System.arraycopy(c, 0, pts, n, count);
                n += count;
                it.next();
            }
            this.types = t.toByteArray();
            this.points = Arrays.copyOf(pts, n);
            this.hash = 31 * Arrays.hashCode(types) + Arrays.hashCode(points)
                    + 17 * path.getWindingRule();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outline other && other.hash == hash && Arrays.equals(other.types, types)
                    && Arrays.equals(other.points, points);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** An outline filled at one size, sub-pixel cell and colour, with these rendering hints. */
    private record SharedKey(Outline outline, long scaleX, long scaleY, int fx, int fy, int rgba, RenderingHints hints) {

        @Override
        public int hashCode() {
            int h = outline.hashCode();
            h = 31 * h + Long.hashCode(scaleX);
            h = 31 * h + Long.hashCode(scaleY);
            h = 31 * h + (fx << 4 | fy);
            return 31 * h + rgba; // the hints are nearly always the same: left to equals
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SharedKey k && k.scaleX == scaleX && k.scaleY == scaleY && k.fx == fx && k.fy == fy
                    && k.rgba == rgba && k.outline.equals(outline) && (k.hints == hints || k.hints.equals(hints));
        }
    }

    /** Premultiplied ARGB pixels, read-only once made; each document wraps them in its own image. */
    private record Pixels(int[] argb, int width, int height, int dx, int dy) {
    }

    /** Shared by the documents of a run (threads read, never write, the pixels). Bounded: ~40 MB at most. */
    private static final ConcurrentHashMap<SharedKey, Pixels> SHARED =
            new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 40_000;
    private static final DirectColorModel ARGB_PRE = new DirectColorModel(
            ColorSpace.getInstance(ColorSpace.CS_sRGB), 32,
            0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true, DataBuffer.TYPE_INT);
    private final Map<PDFont, Float> unitsScale = new HashMap<>();
    private final boolean cacheable;
    private long copied;
    private long misses;

    /** Glyphs this renderer had to rasterise (not found in the run's shared pixels). */
    long misses() {
        return misses;
    }

    GlyphCachingRenderer(PDDocument document) {
        super(document);
        this.cacheable = document.getDocumentCatalog().getOCProperties() == null;
    }

    /** The pixels being drawn to, or null: evidence renders a region of a page, and glyphs elsewhere cost nothing. */
    private Rectangle area;

    /**
     * Renders a page onto {@code g} whose device pixels (an image) are {@code area}: glyphs that fall
     * outside it are not drawn.
     */
    void renderPageToImage(int pageIndex, Graphics2D g, float scale, Rectangle area) throws IOException {
        this.area = area;
        this.colour = !cacheable; // PDFBox's own drawer: nothing is noted
        try {
            renderPageToGraphics(pageIndex, g, scale);
        } finally {
            this.area = null;
        }
    }

    /** Whether the last page drew anything but greys (its anti-aliased edges then add colours). */
    private boolean colour;

    /** Whether the page last rendered by {@link #renderPageToImage} may hold colours other than greys. */
    boolean drewColour() {
        return colour;
    }

    /** Glyphs drawn from the cache so far (for tests: the cache must actually be taken). */
    long copiedGlyphs() {
        return copied;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return cacheable ? new Drawer(parameters) : super.createPageDrawer(parameters);
    }

    private final class Drawer extends PageDrawer {

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            super.processPage(page instanceof BufferedPage ? page : new BufferedPage(page));
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            note(getGraphicsState().getNonStrokingColor());
            super.fillPath(windingRule);
        }

        @Override
        public void strokePath() throws IOException {
            note(getGraphicsState().getStrokingColor());
            super.strokePath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            note(getGraphicsState().getNonStrokingColor());
            note(getGraphicsState().getStrokingColor());
            super.fillAndStrokePath(windingRule);
        }

        @Override
        public void drawImage(PDImage pdImage) throws IOException {
            colour = true; // a photo or a logo: not worth looking at its pixels here
            super.drawImage(pdImage);
        }

        @Override
        public void shadingFill(COSName shadingName) throws IOException {
            colour = true;
            super.shadingFill(shadingName);
        }

        private PDColor lastGrey;

        /** Anything not black, white or grey makes the render one whose colours must be looked up. */
        private void note(PDColor c) {
            if (colour || c == lastGrey) {
                return;
            }
            lastGrey = c; // the same colour object until the content sets another
            try {
                int rgb = c.toRGB();
                int b = rgb & 0xFF;
                colour = ((rgb >> 16) & 0xFF) != b || ((rgb >> 8) & 0xFF) != b;
            } catch (IOException | RuntimeException e) {
                colour = true; // a pattern, or a colour PDFBox cannot convert
            }
        }

        @Override
        protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            note(getGraphicsState().getNonStrokingColor());
            if (getGraphicsState().getTextState().getRenderingMode().isStroke()) {
                note(getGraphicsState().getStrokingColor());
            }
            if (!drawCached(textRenderingMatrix, font, code, displacement)) {
                super.showFontGlyph(textRenderingMatrix, font, code, displacement);
            }
        }

        private boolean drawCached(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            var state = getGraphicsState();
            if (state.getTextState().getRenderingMode() != RenderingMode.FILL || state.getSoftMask() != null
                    || !(font instanceof PDTrueTypeFont || font instanceof PDType1Font
                    || font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2)) {
                return false;
            }
            Composite composite = state.getNonStrokingJavaComposite();
            if (!(composite instanceof AlphaComposite ac) || ac.getRule() != AlphaComposite.SRC_OVER || ac.getAlpha() != 1f) {
                return false;
            }
            Paint paint = getNonStrokingPaint();
            if (!(paint instanceof Color color)) {
                return false;
            }
            Graphics2D g = getGraphics();
            AffineTransform at = trm.createAffineTransform();
            at.concatenate(font.getFontMatrix().createAffineTransform());
            stretchLikePdfBox(at, font, code, displacement);
            AffineTransform device = new AffineTransform(g.getTransform());
            device.concatenate(at);
            if (device.getShearX() != 0 || device.getShearY() != 0) {
                return false;
            }
            double x = device.getTranslateX();
            double y = device.getTranslateY();
            int px = (int) Math.floor(x);
            int py = (int) Math.floor(y);
            int fx = (int) ((x - px) * SUBPIXELS);
            int fy = (int) ((y - py) * SUBPIXELS);
            double em = 1000 * Math.max(Math.abs(device.getScaleX()), Math.abs(device.getScaleY()));
            if (area != null && (x + 4 * em < area.getMinX() || x - 4 * em > area.getMaxX()
                    || y + 4 * em < area.getMinY() || y - 4 * em > area.getMaxY())) {
                return true; // four ems or more outside the image: no letter reaches that far
            }
            Key key = new Key(font, code, Math.round(device.getScaleX() * 1e9),
                    Math.round(device.getScaleY() * 1e9), fx, fy, color.getRGB());
            GlyphImage raster = glyphs.get(key);
            if (raster == null) {
                GeneralPath path = path(font, code);
                if (path == null) {
                    return false;
                }
                RenderingHints hints = g.getRenderingHints();
                raster = shared(new SharedKey(new Outline(path), key.scaleX(), key.scaleY(), fx, fy, key.rgba(), hints),
                        path, device, color, hints);
                if (glyphs.size() >= MAX_GLYPHS) {
                    glyphs.clear();
                }
                glyphs.put(key, raster);
            }
            if (raster.image() == null || area != null && !area.intersects(px + raster.dx(), py + raster.dy(),
                    raster.image().getWidth(), raster.image().getHeight())) {
                return true; // a space, or outside the image: nothing to draw
            }
            setClip();
            AffineTransform saved = g.getTransform();
            g.setComposite(composite);
            g.setTransform(new AffineTransform());
            g.drawImage(raster.image(), px + raster.dx(), py + raster.dy(), null);
            g.setTransform(saved);
            copied++;
            return true;
        }
    }

    /** PDFBox stretches a glyph of a non-embedded font to the width the PDF gives it. */
    private static void stretchLikePdfBox(AffineTransform at, PDFont font, int code, Vector displacement) throws IOException {
        if (!font.isEmbedded() && !font.isVertical() && !font.isStandard14() && font.hasExplicitWidth(code)) {
            float fontWidth = font.getWidthFromFont(code);
            if (displacement.getX() > 0 && fontWidth > 0 && Math.abs(fontWidth - displacement.getX() * 1000) > 0.0001) {
                at.scale(displacement.getX() * 1000 / fontWidth, 1);
            }
        }
    }

    /** The outline of the glyph in glyph space, as PDFBox's TTFGlyph2D and Type1Glyph2D find it; null: let PDFBox draw it. */
    private GeneralPath path(PDFont font, int code) throws IOException {
        if (font instanceof PDType1Font t1) {
            String name = t1.getEncoding() == null ? null : t1.getEncoding().getName(code);
            if (name == null || !t1.hasGlyph(name)) {
                return null; // PDFBox looks further (unicode names, .notdef)
            }
            return t1.getPath(name);
        }
        boolean cid = font instanceof PDType0Font;
        int gid = cid ? ((PDType0Font) font).codeToGID(code) : ((PDTrueTypeFont) font).codeToGID(code);
        if (gid == 0) {
            return null; // missing glyphs: PDFBox decides what to draw, and warns
        }
        GeneralPath path = cid ? ((PDType0Font) font).getPath(code) : ((PDTrueTypeFont) font).getPath(code);
        if (path == null) {
            return new GeneralPath();
        }
        float scale = unitsScale.computeIfAbsent(font, f -> {
            try {
                TrueTypeFont ttf = cid ? ((PDCIDFontType2) ((PDType0Font) f).getDescendantFont()).getTrueTypeFont()
                        : ((PDTrueTypeFont) f).getTrueTypeFont();
                return ttf.getHeader() != null && ttf.getHeader().getUnitsPerEm() != 1000
                        ? 1000f / ttf.getHeader().getUnitsPerEm() : 1f;
            } catch (IOException e) {
                return Float.NaN;
            }
        });
        if (Float.isNaN(scale)) {
            return null;
        }
        if (scale != 1f) {
            path = (GeneralPath) path.clone();
            path.transform(AffineTransform.getScaleInstance(scale, scale));
        }
        return path;
    }

    /** This document's image of a glyph's pixels, drawn now only if no report of the run has drawn them. */
    private GlyphImage shared(SharedKey key, GeneralPath path, AffineTransform device, Color color, RenderingHints hints) {
        Pixels pixels = SHARED.get(key);
        if (pixels == null) {
            misses++;
            pixels = rasterise(path, device, key.fx(), key.fy(), color, hints);
            if (SHARED.size() >= MAX_SHARED) {
                SHARED.clear();
            }
            SHARED.putIfAbsent(key, pixels);
        }
        if (pixels.argb() == null) {
            return new GlyphImage(null, 0, 0);
        }
        WritableRaster raster = Raster.createPackedRaster(
                new DataBufferInt(pixels.argb(), pixels.argb().length), pixels.width(), pixels.height(),
                pixels.width(), ARGB_PRE.getMasks(), null);
        return new GlyphImage(new BufferedImage(ARGB_PRE, raster, true, null), pixels.dx(), pixels.dy());
    }

    /** Where misses are filled, reused: a Graphics2D costs more to set up than a glyph to fill. */
    private BufferedImage scratch;
    private Graphics2D scratchGraphics;

    /** Fills the outline, placed at the centre of its sub-pixel cell, and keeps its pixels in an image of its own. */
    private Pixels rasterise(GeneralPath path, AffineTransform device, int fx, int fy, Color color, RenderingHints hints) {
        double ox = (fx + 0.5) / SUBPIXELS;
        double oy = (fy + 0.5) / SUBPIXELS;
        AffineTransform place = new AffineTransform(device.getScaleX(), 0, 0, device.getScaleY(), ox, oy);
        Shape shape = place.createTransformedShape(path);
        Rectangle2D bounds = shape.getBounds2D();
        if (bounds.isEmpty()) {
            return new Pixels(null, 0, 0, 0, 0);
        }
        int x0 = (int) Math.floor(bounds.getMinX()) - 1;
        int y0 = (int) Math.floor(bounds.getMinY()) - 1;
        int w = (int) Math.ceil(bounds.getMaxX()) - x0 + 1;
        int h = (int) Math.ceil(bounds.getMaxY()) - y0 + 1;
        if (scratch == null || scratch.getWidth() < w || scratch.getHeight() < h) {
            if (scratchGraphics != null) {
                scratchGraphics.dispose();
            }
            scratch = new BufferedImage(Math.max(w, 64), Math.max(h, 64), BufferedImage.TYPE_INT_ARGB_PRE);
            scratchGraphics = scratch.createGraphics();
        }
        Graphics2D g = scratchGraphics;
        g.setRenderingHints(hints);
        g.setTransform(new AffineTransform());
        g.setComposite(AlphaComposite.Clear);
        g.fillRect(0, 0, w, h);
        g.setComposite(AlphaComposite.SrcOver);
        g.translate(-x0, -y0);
        g.setColor(color);
        g.fill(shape);
        int[] argb = (int[]) scratch.getRaster().getDataElements(0, 0, w, h, null);
        return new Pixels(argb, w, h, x0, y0);
    }
}

package id.inspektorat.lkauditor.extraction;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * Reads a page's glyphs and ruling lines in one pass over its content stream, into the Tabula
 * {@link Page} that {@code technology.tabula.ObjectExtractor} would build. Tabula parses every page
 * twice (a graphics engine for the rulings, then a text stripper for the glyphs) and lets the
 * stripper lay out lines and words it then throws away; here the stripper also follows the path
 * operators, and hands its glyphs over unlaid. The glyph and ruling rules are Tabula 1.0.5's
 * ({@code TextStripper}, {@code ObjectExtractorStreamEngine}, MIT licence), kept as they are so
 * the lattice detection sees the same page; {@code PageReaderTest} holds the two side by side.
 */
final class PageReader extends PDFTextStripper {

    private static final String NBSP = "\u00A0";
    private static final float AVG_HEIGHT_MULT_THRESHOLD = 6.0f;
    private static final float MAX_BLANK_FONT_SIZE = 40.0f;
    private static final float MIN_BLANK_FONT_SIZE = 2.0f;
    private static final float RULING_MINIMUM_LENGTH = 0.01f;

    private final PDDocument document;
    private final PDPage page;
    private final List<TextElement> textElements = new ArrayList<>();
    private final RectangleSpatialIndex<TextElement> spatialIndex = new LazyTextIndex();
    private float minCharWidth = Float.MAX_VALUE;
    private float minCharHeight = Float.MAX_VALUE;
    private float totalHeight;
    private int countHeight;

    private final List<Ruling> rulings = new ArrayList<>();
    private final AffineTransform pageTransform;
    private final GeneralPath currentPath = new GeneralPath();
    private int clipWindingRule = -1;
    private List<Path2D> lastClipPaths;
    private int lastClipCount;
    private Rectangle2D lastClipping;

    private PageReader(PDDocument document, PDPage page, int pageNumber) throws IOException {
        this.document = document;
        this.page = page;
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        setSuppressDuplicateOverlappingText(false); // done below, the same way, without boxed tree maps
        pageTransform = pageTransform(page);
        addOperator(new PathOperator("m", 2, (r, a) -> {
            Point2D.Float p = r.transformedPoint(a[0], a[1]);
            r.currentPath.moveTo(p.x, p.y);
        }));
        addOperator(new PathOperator("l", 2, (r, a) -> {
            Point2D.Float p = r.transformedPoint(a[0], a[1]);
            if (r.currentPath.getCurrentPoint() == null) {
                r.currentPath.moveTo(p.x, p.y);
            } else {
                r.currentPath.lineTo(p.x, p.y);
            }
        }));
        addOperator(new PathOperator("c", 6, (r, a) -> r.curve(r.transformedPoint(a[0], a[1]), r.transformedPoint(a[2], a[3]),
                r.transformedPoint(a[4], a[5]))));
        addOperator(new PathOperator("v", 4, (r, a) -> {
            Point2D current = r.currentPath.getCurrentPoint();
            Point2D.Float p2 = r.transformedPoint(a[0], a[1]);
            Point2D.Float p3 = r.transformedPoint(a[2], a[3]);
            r.curve(current == null ? null : new Point2D.Float((float) current.getX(), (float) current.getY()), p2, p3);
        }));
        addOperator(new PathOperator("y", 4, (r, a) -> {
            Point2D.Float p1 = r.transformedPoint(a[0], a[1]);
            Point2D.Float p3 = r.transformedPoint(a[2], a[3]);
            r.curve(p1, p3, p3);
        }));
        addOperator(new PathOperator("h", 0, (r, a) -> r.closePath()));
        addOperator(new PathOperator("re", 4, (r, a) -> {
            float x2 = a[2] + a[0];
            float y2 = a[3] + a[1];
            Point2D.Float p0 = r.transformedPoint(a[0], a[1]);
            Point2D.Float p1 = r.transformedPoint(x2, a[1]);
            Point2D.Float p2 = r.transformedPoint(x2, y2);
            Point2D.Float p3 = r.transformedPoint(a[0], y2);
            r.currentPath.moveTo(p0.x, p0.y);
            r.currentPath.lineTo(p1.x, p1.y);
            r.currentPath.lineTo(p2.x, p2.y);
            r.currentPath.lineTo(p3.x, p3.y);
            r.currentPath.closePath();
        }));
        for (String paint : new String[] {"S", "f", "F", "f*", "B", "B*"}) {
            addOperator(new PathOperator(paint, 0, (r, a) -> r.strokeOrFillPath()));
        }
        for (String closeAndPaint : new String[] {"s", "b", "b*"}) {
            addOperator(new PathOperator(closeAndPaint, 0, (r, a) -> {
                r.closePath();
                r.strokeOrFillPath();
            }));
        }
        addOperator(new PathOperator("n", 0, (r, a) -> r.endPath()));
        addOperator(new PathOperator("W", 0, (r, a) -> r.clipWindingRule = Path2D.WIND_NON_ZERO));
        addOperator(new PathOperator("W*", 0, (r, a) -> r.clipWindingRule = Path2D.WIND_EVEN_ODD));
    }

    /** The page as Tabula's {@code ObjectExtractor.extract(pageNumber)} would give it. */
    static Page read(PDDocument document, int pageNumber) throws IOException {
        PDPage pdPage = document.getPage(pageNumber - 1);
        PageReader reader = new PageReader(document, pdPage, pageNumber);
        reader.getText(document);
        TextOrder.sort(reader.textElements);
        float width;
        float height;
        int rotation = pdPage.getRotation();
        if ((Math.abs(rotation) == 90 || Math.abs(rotation) == 270) && reader.mostTextUpright()) {
            // a rotated page whose text is upright in its own space (a landscape table turned for
            // display): the glyphs are placed in that space, so the rulings must be too, or the grid
            // lands beside its text (Tabula turns only the rulings)
            reader.reorient(pdPage);
            rotation = 0;
        }
        if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
            width = pdPage.getCropBox().getHeight();
            height = pdPage.getCropBox().getWidth();
        } else {
            width = pdPage.getCropBox().getWidth();
            height = pdPage.getCropBox().getHeight();
        }
        return Page.Builder.newInstance()
                .withPageDims(PageDims.of(0, 0, width, height))
                .withRotation(rotation)
                .withNumber(pageNumber)
                .withPdPage(pdPage)
                .withPdDocument(document)
                .withRulings(reader.rulings)
                .withTextElements(reader.textElements)
                .withMinCharWidth(reader.minCharWidth)
                .withMinCharHeight(reader.minCharHeight)
                .withIndex(reader.spatialIndex)
                .build();
    }

    // ---- glyphs: Tabula's TextStripper.writeString, fed straight from the page's glyph lists ----

    // ---- LegacyPDFStreamEngine.showGlyph, with the crop box read once per page, not per glyph ----

    /** PDFBox's glyph list for text, with its additional names (LegacyPDFStreamEngine.GLYPHLIST). */
    private static final GlyphList GLYPHS = additionalGlyphList();
    private final Map<COSDictionary, Float> fontHeights = new HashMap<>();
    private int pageRotation;
    private float pageWidth;
    private float pageHeight;
    private float pageLowerLeftX;
    private float pageLowerLeftY;
    private Matrix cropTranslation;

    private static GlyphList additionalGlyphList() {
        String path = "/org/apache/pdfbox/resources/glyphlist/additional.txt";
        try (InputStream input = GlyphList.class.getResourceAsStream(path)) {
            return new GlyphList(
                    GlyphList.getAdobeGlyphList(), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void processPage(PDPage p) throws IOException {
        PDRectangle crop = p.getCropBox();
        pageRotation = p.getRotation();
        pageWidth = crop.getWidth();
        pageHeight = crop.getHeight();
        pageLowerLeftX = crop.getLowerLeftX();
        pageLowerLeftY = crop.getLowerLeftY();
        cropTranslation = pageLowerLeftX == 0 && pageLowerLeftY == 0 ? null
                : Matrix.getTranslateInstance(-pageLowerLeftX, -pageLowerLeftY);
        super.processPage(p instanceof BufferedPage ? p : new BufferedPage(p));
    }

    /**
     * PDFBox 2.0's LegacyPDFStreamEngine.showGlyph step for step ("deliberately incorrect" widths
     * included, as PDFTextStripper and Tabula depend on them); only the page size is not read from
     * the crop box array for every glyph, which was a tenth of reading a page.
     */
    @Override
    @SuppressWarnings("deprecation")
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, String unicode,
                             Vector displacement) throws IOException {
        showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** PDFStreamEngine's entry, which would look up a Unicode text the legacy step does not use. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code,
                             Vector displacement) throws IOException {
        var state = getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        Matrix textMatrix = getTextMatrix();
        float displacementX = displacement.getX();
        if (font.isVertical()) {
            displacementX = font.getWidth(code) / 1000;
            TrueTypeFont ttf = null;
            if (font instanceof PDTrueTypeFont tt) {
                ttf = tt.getTrueTypeFont();
            } else if (font instanceof PDType0Font t0
                    && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                ttf = cid.getTrueTypeFont();
            }
            if (ttf != null && ttf.getUnitsPerEm() != 1000) {
                displacementX *= 1000f / ttf.getUnitsPerEm();
            }
        }
        float tx = displacementX * fontSize * horizontalScaling;
        float ty = displacement.getY() * fontSize;
        nextTranslation(tx, ty, textMatrix, ctm);
        float nextX = next[6];
        float nextY = next[7];
        float dxDisplay = nextX - textRenderingMatrix.getTranslateX();
        Float fontHeight = fontHeights.get(font.getCOSObject());
        if (fontHeight == null) {
            fontHeight = computeFontHeight(font);
            fontHeights.put(font.getCOSObject(), fontHeight);
        }
        float dyDisplay = fontHeight * textRenderingMatrix.getScalingFactorY();
        float glyphSpaceToTextSpaceFactor = 1 / 1000f;
        if (font instanceof PDType3Font) {
            glyphSpaceToTextSpaceFactor = font.getFontMatrix().getScaleX();
        }
        float spaceWidthText = 0;
        try {
            spaceWidthText = font.getSpaceWidth() * glyphSpaceToTextSpaceFactor;
        } catch (Throwable exception) {
            // PDFBOX-614: PDFBox logs it and goes on with the average width
        }
        if (spaceWidthText == 0) {
            spaceWidthText = font.getAverageFontWidth() * glyphSpaceToTextSpaceFactor;
            spaceWidthText *= .80f;
        }
        if (spaceWidthText == 0) {
            spaceWidthText = 1.0f;
        }
        float spaceWidthDisplay = spaceWidthText * textRenderingMatrix.getScalingFactorX();
        String unicodeMapping = font.toUnicode(code, GLYPHS);
        if (unicodeMapping == null) {
            if (font instanceof PDSimpleFont) {
                unicodeMapping = new String(new char[] {(char) code});
            } else {
                return;
            }
        }
        Matrix translatedTextRenderingMatrix;
        if (cropTranslation == null) {
            translatedTextRenderingMatrix = textRenderingMatrix;
        } else {
            translatedTextRenderingMatrix = Matrix.concatenate(cropTranslation, textRenderingMatrix);
            nextX -= pageLowerLeftX;
            nextY -= pageLowerLeftY;
        }
        processTextPosition(new TextPosition(pageRotation, pageWidth, pageHeight, translatedTextRenderingMatrix, nextX, nextY,
                Math.abs(dyDisplay), dxDisplay, Math.abs(spaceWidthDisplay), unicodeMapping, new int[] {code}, font,
                fontSize, (int) (fontSize * textMatrix.getScalingFactorX())));
    }

    /** {@code Matrix.getTranslateInstance(tx, ty)}'s elements; only tx and ty change. */
    private final float[] translation = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    private final float[] operand = new float[9];
    private final float[] shifted = new float[9];
    private final float[] next = new float[9];

    /**
     * {@code Matrix.getTranslateInstance(tx, ty).multiply(textMatrix).multiply(ctm)} into {@link #next}:
     * PDFBox's products element for element (the same float expressions in the same order, and its
     * refusal of a non-finite result), without the four matrices a glyph made.
     */
    private void nextTranslation(float tx, float ty, Matrix textMatrix, Matrix ctm) {
        translation[6] = tx;
        translation[7] = ty;
        multiply(translation, values(textMatrix), shifted);
        multiply(shifted, values(ctm), next);
    }

    private float[] values(Matrix m) {
        float[] v = operand;
        v[0] = m.getScaleX();
        v[1] = m.getShearY();
        v[2] = m.getValue(0, 2);
        v[3] = m.getShearX();
        v[4] = m.getScaleY();
        v[5] = m.getValue(1, 2);
        v[6] = m.getTranslateX();
        v[7] = m.getTranslateY();
        v[8] = m.getValue(2, 2);
        return v;
    }

    /** PDFBox 2.0's {@code Matrix.multiplyArrays} and the finiteness test {@code Matrix.multiply} makes of its result. */
    static void multiply(float[] a, float[] b, float[] c) {
        c[0] = a[0] * b[0] + a[1] * b[3] + a[2] * b[6];
        c[1] = a[0] * b[1] + a[1] * b[4] + a[2] * b[7];
        c[2] = a[0] * b[2] + a[1] * b[5] + a[2] * b[8];
        c[3] = a[3] * b[0] + a[4] * b[3] + a[5] * b[6];
        c[4] = a[3] * b[1] + a[4] * b[4] + a[5] * b[7];
        c[5] = a[3] * b[2] + a[4] * b[5] + a[5] * b[8];
        c[6] = a[6] * b[0] + a[7] * b[3] + a[8] * b[6];
        c[7] = a[6] * b[1] + a[7] * b[4] + a[8] * b[7];
        c[8] = a[6] * b[2] + a[7] * b[5] + a[8] * b[8];
        for (float v : c) {
            if (!(Math.abs(v) <= Float.MAX_VALUE)) {
                throw new IllegalArgumentException("Multiplying two matrices produces illegal values");
            }
        }
    }

    // ---- PDFTextStripper's suppression of a glyph drawn again over itself (fake bold), on arrays ----

    private final OverprintFilter overprints = new OverprintFilter();

    /** Whether marked content with ActualText is open: the stripper then suppresses nothing. */
    private final ArrayDeque<Boolean> markedActualText = new ArrayDeque<>();
    private boolean actualText;

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        super.beginMarkedContentSequence(tag, properties);
        boolean has = properties != null && properties.getString(COSName.ACTUAL_TEXT) != null;
        markedActualText.push(has);
        actualText = has;
    }

    @Override
    public void endMarkedContentSequence() {
        super.endMarkedContentSequence();
        Boolean had = markedActualText.poll();
        if (had != null && had) {
            actualText = false;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (actualText || !isRepeated(text)) {
            super.processTextPosition(text);
        }
    }

    private boolean isRepeated(TextPosition text) {
        return overprints.repeated(text.getUnicode(), text.getX(), text.getY(), text.getWidth());
    }

    /** The stripper's line and word layout is not needed: every glyph goes over as it was shown. */
    @Override
    protected void writePage() {
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition textPosition : article) {
                add(textPosition);
            }
        }
    }

    /**
     * The glyph's height as Tabula takes it ({@code getHeightDir}), unless the font's metrics make it
     * absurd: a font whose bounding box is broken gives 12-point glyphs 1 857 points tall (a real Nitro
     * LKjIP), which puts every glyph of the page on one "line". PDFBox's own text stripper reads such
     * pages by their baselines; here the glyph is then as tall as its font size.
     */
    static float glyphHeight(TextPosition textPosition) {
        float h = textPosition.getHeightDir();
        float size = textPosition.getFontSizeInPt();
        return size > 0 && h > MAX_HEIGHT_PER_FONT_SIZE * size ? size : h;
    }

    /** Taller than this many times its font size, a glyph's height comes from broken font metrics. */
    static final float MAX_HEIGHT_PER_FONT_SIZE = 3f;

    private void add(TextPosition textPosition) {
        if (textPosition == null) {
            return;
        }
        String c = textPosition.getUnicode();
        if (!isPrintable(c)) {
            return;
        }
        float h = glyphHeight(textPosition);
        if (c.equals(NBSP)) {
            c = " ";
        }
        TextElement te = new TextElement(roundExactly(textPosition.getYDirAdj() - h), roundExactly(textPosition.getXDirAdj()),
                roundExactly(textPosition.getWidthDirAdj()), roundExactly(h), textPosition.getFont(),
                textPosition.getFontSizeInPt(), c, textPosition.getWidthOfSpace(), textPosition.getDir());
        minCharWidth = (float) Math.min(minCharWidth, te.getWidth());
        minCharHeight = (float) Math.min(minCharHeight, te.getHeight());
        countHeight++;
        totalHeight += (float) te.getHeight();
        float avgHeight = totalHeight / countHeight;
        // tall blank glyphs throw off the row heights: Tabula drops them
        if (te.getText() == null || te.getText().trim().isEmpty()) {
            if (avgHeight > 0 && te.getHeight() >= avgHeight * AVG_HEIGHT_MULT_THRESHOLD) {
                return;
            }
            if (textPosition.getFontSizeInPt() > MAX_BLANK_FONT_SIZE || textPosition.getFontSizeInPt() < MIN_BLANK_FONT_SIZE) {
                return;
            }
        }
        spatialIndex.add(te);
        textElements.add(te);
    }

    /**
     * Exactly Tabula's {@code Utils.round(d, 2)}, which rounds half up on {@code Double.toString(d)}
     * and converts with {@code BigDecimal.floatValue()} (for a small unscaled value: the float
     * quotient by 100). Away from a tie the nearest hundredth is the same from the binary value.
     * Near a tie T (a hundredth and a half), {@code Double.toString(d)} lies on the same side of T as
     * d unless d is the double nearest T (the shortest decimal of d lies in d's rounding interval,
     * which holds T only then): only that double takes Tabula's own path.
     */
    static float roundExactly(double d) {
        double v = d * 100;
        if (!(Math.abs(v) < (1 << 22))) {
            return Utils.round(d, 2); // large, infinite or NaN
        }
        double floor = Math.floor(v);
        if (Math.abs(v - floor - 0.5) > 1e-6) {
            return (float) (long) Math.floor(v + 0.5) / 100f;
        }
        double tie = (2 * floor + 1) / 200; // the double nearest T: one correctly rounded division
        if (d == tie) {
            return Utils.round(d, 2);
        }
        return (float) (long) (d < tie ? floor : floor + 1) / 100f;
    }

    @Override
    protected float computeFontHeight(PDFont font) throws IOException {
        BoundingBox bbox = font.getBoundingBox();
        if (bbox.getLowerLeftY() < Short.MIN_VALUE) {
            bbox.setLowerLeftY(-(bbox.getLowerLeftY() + 65536)); // PDFBOX-2158, PDFBOX-3130
        }
        float glyphHeight = bbox.getHeight() / 2;
        PDFontDescriptor fontDescriptor = font.getFontDescriptor();
        if (fontDescriptor != null) {
            float capHeight = fontDescriptor.getCapHeight();
            if (Float.compare(capHeight, 0) != 0 && (capHeight < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = capHeight;
            }
            float ascent = fontDescriptor.getAscent();
            float descent = fontDescriptor.getDescent();
            if (ascent > 0 && descent < 0 && ((ascent - descent) / 2 < glyphHeight || Float.compare(glyphHeight, 0) == 0)) {
                glyphHeight = (ascent - descent) / 2; // PDFBOX-3464, PDFBOX-448
            }
        }
        return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y : glyphHeight / 1000;
    }

    private static boolean isPrintable(String s) {
        boolean printable = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) { // Basic Latin: its block is known, only the controls are not printable
                printable |= !Character.isISOControl(c);
                continue;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            printable |= !Character.isISOControl(c) && block != null && block != Character.UnicodeBlock.SPECIALS;
        }
        return printable;
    }

    // ---- rulings: Tabula's ObjectExtractorStreamEngine, driven by the operators registered above ----

    /**
     * A quarter-turned page whose text the reader takes upright in the page's own space (so its
     * tables, and the evidence drawn of them, are in that space too).
     */
    static boolean readsUpright(PDDocument document, int pageNumber) throws IOException {
        PDPage pdPage = document.getPage(pageNumber - 1);
        if (pdPage.getRotation() % 180 == 0) {
            return false;
        }
        PageReader reader = new PageReader(document, pdPage, pageNumber);
        reader.getText(document);
        return reader.mostTextUpright();
    }

    /** Most glyphs run left to right in the page's own (unrotated) space. */
    private boolean mostTextUpright() {
        long upright = textElements.stream().filter(t -> t.getDirection() == 0f).count();
        return !textElements.isEmpty() && upright * 2 > textElements.size();
    }

    /** The rulings moved from the rotated display space into the page's own space, where the glyphs are. */
    private void reorient(PDPage page) {
        AffineTransform upright = new AffineTransform();
        PDRectangle cropBox = page.getCropBox();
        upright.concatenate(AffineTransform.getTranslateInstance(0, cropBox.getHeight()));
        upright.concatenate(AffineTransform.getScaleInstance(1, -1));
        upright.translate(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
        AffineTransform back;
        try {
            back = pageTransform.createInverse();
        } catch (NoninvertibleTransformException e) {
            return;
        }
        List<Ruling> moved = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            Point2D p1 = upright.transform(back.transform(r.getP1(), null), null);
            Point2D p2 = upright.transform(back.transform(r.getP2(), null), null);
            // top to bottom, left to right, as Tabula's rulings come
            boolean swap = p1.getY() > p2.getY() || p1.getY() == p2.getY() && p1.getX() > p2.getX();
            moved.add(swap ? new Ruling(p2, p1) : new Ruling(p1, p2));
        }
        rulings.clear();
        rulings.addAll(moved);
    }

    static AffineTransform pageTransform(PDPage page) {
        AffineTransform transform = new AffineTransform();
        PDRectangle cropBox = page.getCropBox();
        int rotation = page.getRotation();
        if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
            transform = AffineTransform.getRotateInstance(rotation * (Math.PI / 180.0), 0, 0);
        } else {
            transform.concatenate(AffineTransform.getTranslateInstance(0, cropBox.getHeight()));
        }
        transform.concatenate(AffineTransform.getScaleInstance(1, -1));
        transform.translate(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
        return transform;
    }

    private void curve(Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        if (currentPath.getCurrentPoint() == null || p1 == null) {
            currentPath.moveTo(p3.x, p3.y);
        } else {
            currentPath.curveTo(p1.x, p1.y, p2.x, p2.y, p3.x, p3.y);
        }
    }

    private void closePath() {
        if (currentPath.getCurrentPoint() != null) {
            currentPath.closePath();
        }
    }

    private void endPath() {
        if (clipWindingRule != -1) {
            currentPath.setWindingRule(clipWindingRule);
            getGraphicsState().intersectClippingPath(currentPath);
            clipWindingRule = -1;
        }
        currentPath.reset();
    }

    private void strokeOrFillPath() {
        if (currentPath.getCurrentPoint() == null || !onlyStraightSegments()) {
            currentPath.reset();
            return;
        }
        PathIterator pathIterator = currentPath.getPathIterator(pageTransform);
        float[] coordinates = new float[6];
        Point2D.Float startPoint = startPoint(pathIterator);
        Point2D.Float lastMove = startPoint;
        Point2D.Float endPoint = null;
        while (!pathIterator.isDone()) {
            pathIterator.next();
            // the last segment is read even when the iterator is done (Tabula's us-017.pdf case)
            int segment;
            try {
                segment = pathIterator.currentSegment(coordinates);
            } catch (IndexOutOfBoundsException ex) {
                continue;
            }
            switch (segment) {
                case PathIterator.SEG_LINETO -> {
                    endPoint = new Point2D.Float(coordinates[0], coordinates[1]);
                    if (startPoint != null) {
                        addRuling(lineBetween(startPoint, endPoint));
                    }
                }
                case PathIterator.SEG_MOVETO -> {
                    lastMove = new Point2D.Float(coordinates[0], coordinates[1]);
                    endPoint = lastMove;
                }
                case PathIterator.SEG_CLOSE -> {
                    if (startPoint != null && endPoint != null) {
                        addRuling(lineBetween(endPoint, lastMove));
                    }
                }
                default -> {
                }
            }
            startPoint = endPoint;
        }
        currentPath.reset();
    }

    /** Tabula keeps paths made of straight segments only (curves are letters and ornaments). */
    private boolean onlyStraightSegments() {
        PathIterator it = currentPath.getPathIterator(pageTransform);
        float[] coordinates = new float[6];
        if (it.currentSegment(coordinates) != PathIterator.SEG_MOVETO) {
            return false;
        }
        it.next();
        while (!it.isDone()) {
            int type = it.currentSegment(coordinates);
            if (type != PathIterator.SEG_LINETO && type != PathIterator.SEG_CLOSE && type != PathIterator.SEG_MOVETO) {
                return false;
            }
            it.next();
        }
        return true;
    }

    private static Point2D.Float startPoint(PathIterator it) {
        float[] c = new float[6];
        it.currentSegment(c);
        return new Point2D.Float(roundExactly(c[0]), roundExactly(c[1]));
    }

    private static Line2D.Float lineBetween(Point2D.Float a, Point2D.Float b) {
        return compare(a, b) == -1 ? new Line2D.Float(a, b) : new Line2D.Float(b, a);
    }

    private static int compare(Point2D p1, Point2D p2) {
        float p1X = roundExactly(p1.getX());
        float p1Y = roundExactly(p1.getY());
        float p2X = roundExactly(p2.getX());
        float p2Y = roundExactly(p2.getY());
        if (p1Y != p2Y) {
            return p1Y > p2Y ? 1 : -1;
        }
        if (p1X != p2X) {
            return p1X > p2X ? 1 : -1;
        }
        return 0;
    }

    private void addRuling(Line2D.Float line) {
        Rectangle2D clipping = clipping();
        if (line.intersects(clipping)) {
            Ruling ruling = new Ruling(line.getP1(), line.getP2()).intersect(clipping);
            if (ruling.length() > RULING_MINIMUM_LENGTH) {
                rulings.add(ruling);
            }
        }
    }

    /**
     * The clip's bounds in page space, as Tabula takes them from PDFBox's clipping Area; recomputed
     * only when the state's clipping paths change (PDFBox's list of them is replaced or grows, never
     * edited), and without the Area when they are rectangles ({@link ClipBounds}). With assertions
     * on (the tests), every such shortcut is checked against the Area on a copy of the state.
     */
    private Rectangle2D clipping() {
        PDGraphicsState state = getGraphicsState();
        List<Path2D> paths = state.getCurrentClippingPaths();
        if (paths != lastClipPaths || paths.size() != lastClipCount) {
            Rectangle2D bounds = ClipBounds.ofRectangles(paths, pageTransform);
            assert bounds == null || bounds.equals(areaBounds(state.clone()))
                    : "clip bounds " + bounds + ", PDFBox's Area " + areaBounds(state.clone());
            if (bounds == null) {
                bounds = areaBounds(state); // PDFBox then keeps the intersection as the state's one path
            }
            lastClipPaths = state.getCurrentClippingPaths();
            lastClipCount = lastClipPaths.size();
            lastClipping = bounds;
        }
        return lastClipping;
    }

    private Rectangle2D areaBounds(PDGraphicsState state) {
        return pageTransform.createTransformedShape(state.getCurrentClippingPath()).getBounds2D();
    }

    /** A path operator: its numeric operands, or nothing when one is missing or not a number. */
    private static final class PathOperator extends OperatorProcessor {

        interface Action {
            void apply(PageReader reader, float[] operands) throws IOException;
        }

        private final String name;
        private final int arity;
        private final Action action;

        PathOperator(String name, int arity, Action action) {
            this.name = name;
            this.arity = arity;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.size() < arity) {
                return;
            }
            float[] values = new float[arity];
            for (int i = 0; i < arity; i++) {
                if (!(operands.get(i) instanceof COSNumber n)) {
                    return;
                }
                values[i] = n.floatValue();
            }
            action.apply((PageReader) getContext(), values);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}

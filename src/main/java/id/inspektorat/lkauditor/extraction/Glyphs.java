package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import technology.tabula.Cell;
import technology.tabula.TextElement;

/** Glyphs into words, lines and cell text: the one place the table finders and the running text share. */
final class Glyphs {

    private Glyphs() {
    }

    /**
     * A table's glyphs by the height of their centres: each cell takes the glyphs whose centre lies
     * in it (left and top edges inside, right and bottom outside) by a binary search instead of a
     * look at every glyph of the table, in the order the glyphs came. Tabula keeps only glyphs
     * wholly inside, which drops the last letter of a word that touches the cell border ("TOTA" for
     * "TOTAL").
     */
    static final class ByCentre {
        private final List<TextElement> glyphs;
        private final double[] centreY;
        private final int[] order;

        ByCentre(List<TextElement> glyphs) {
            this.glyphs = glyphs;
            int n = glyphs.size();
            Integer[] boxed = new Integer[n];
            double[] cy = new double[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
                cy[i] = glyphs.get(i).getCenterY();
            }
            Arrays.sort(boxed, Comparator.comparingDouble(i -> cy[i]));
            order = new int[n];
            centreY = new double[n];
            for (int k = 0; k < n; k++) {
                order[k] = boxed[k];
                centreY[k] = cy[boxed[k]];
            }
        }

        List<TextElement> inside(Cell cell, boolean openRight) {
            double top = cell.getTop();
            double bottom = cell.getBottom();
            double left = cell.getLeft();
            double right = openRight ? Double.MAX_VALUE : cell.getRight();
            int lo = 0;
            int hi = centreY.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (centreY[mid] < top) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            BitSet hits = new BitSet(glyphs.size());
            for (int k = lo; k < centreY.length && centreY[k] < bottom; k++) {
                double cx = glyphs.get(order[k]).getCenterX();
                if (cx >= left && cx < right) {
                    hits.set(order[k]);
                }
            }
            List<TextElement> inside = new ArrayList<>(hits.cardinality());
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                inside.add(glyphs.get(i));
            }
            return inside;
        }
    }

    /** Tabula joins the words of a cell without spaces; rebuild them from the glyph gaps. */
    static String cellText(List<TextElement> glyphs) {
        return cell(glyphs).text();
    }

    static boolean isBold(List<TextElement> glyphs) {
        int bold = 0;
        int all = 0;
        PDFont last = null;
        boolean lastBold = false;
        for (TextElement e : glyphs) {
            if (e.getText().isBlank()) {
                continue;
            }
            all++;
            if (e.getFont() != last || last == null) { // glyphs come in runs of one font
                last = e.getFont();
                lastBold = isBold(last);
            }
            if (lastBold) {
                bold++;
            }
        }
        return all > 0 && bold * 2 > all;
    }

    /** Boldness by font: asked for every line and cell, read once per font (held weakly: fonts go with their document). */
    private static final Map<PDFont, Boolean> BOLD = Collections.synchronizedMap(new WeakHashMap<>());

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        Boolean bold = BOLD.get(font);
        if (bold == null) {
            bold = readsBold(font);
            BOLD.put(font, bold);
        }
        return bold;
    }

    private static boolean readsBold(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /**
     * The gap between two glyphs that starts a new word, as PDFBox's {@code PDFTextStripper} decides
     * it: half the width of a space, or 0,3 of the two glyphs' average width, whichever is less (a
     * PDF without space glyphs, as PDFium writes them, has only the gaps). At least half a point.
     */
    static double wordGap(TextElement previous, TextElement next) {
        double averageWidth = (previous.getWidth() + next.getWidth()) / 2;
        double byChar = averageWidth * 0.3;
        float space = previous.getWidthOfSpace();
        double bySpace = Float.isNaN(space) || space <= 0 ? Double.MAX_VALUE : space * 0.5;
        return Math.max(0.5, Math.min(bySpace, byChar));
    }

    /**
     * A cell's text, where its first line starts (the left edge of its first glyph) and where its last
     * line ends (the right edge of that line's last glyph): NaN when it has no text. Blank glyphs are
     * left out, so leading spaces do not hide an indent. The text is {@link #cellText}'s, the lines
     * grouped once.
     */
    record CellText(String text, float firstLeft, float lastRight) {
    }

    static CellText cell(List<TextElement> glyphs) {
        StringBuilder sb = new StringBuilder();
        float left = Float.NaN;
        float right = Float.NaN;
        for (List<TextElement> g : groups(glyphs)) {
            TextLine line = line(g);
            if (line == null) {
                continue;
            }
            sb.append(line.text()).append(' ');
            boolean first = Float.isNaN(left);
            float lineRight = Float.NaN;
            for (TextElement e : g) {
                if (!e.getText().isBlank()) {
                    if (first) {
                        left = Float.isNaN(left) ? (float) e.getLeft() : Math.min(left, (float) e.getLeft());
                    }
                    lineRight = Float.isNaN(lineRight) ? (float) e.getRight() : Math.max(lineRight, (float) e.getRight());
                }
            }
            right = lineRight;
        }
        return new CellText(sb.toString().trim(), left, right);
    }

    /** Groups glyphs into lines by their vertical centre, and words by the gaps between glyphs. */
    static List<TextLine> lines(List<TextElement> elements) {
        List<TextLine> lines = new ArrayList<>();
        for (List<TextElement> g : groups(elements)) {
            TextLine line = line(g);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Glyphs by line, top to bottom, each line's glyphs left to right. */
    private static List<List<TextElement>> groups(List<TextElement> elements) {
        List<TextElement> sorted = new ArrayList<>(elements);
        sorted.sort(Comparator.comparingDouble(TextElement::getCenterY));
        List<List<TextElement>> groups = new ArrayList<>();
        List<TextElement> current = new ArrayList<>();
        double lineCenter = Double.NaN;
        for (TextElement e : sorted) {
            if (!current.isEmpty() && Math.abs(e.getCenterY() - lineCenter) > Math.max(2.0, e.getHeight() * 0.5)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineCenter = e.getCenterY();
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        for (List<TextElement> g : groups) {
            g.sort(Comparator.comparingDouble(TextElement::getLeft));
        }
        return groups;
    }

    /** One line's text (words apart where the glyph gaps say so), or null when it is blank. */
    private static TextLine line(List<TextElement> g) {
        StringBuilder sb = new StringBuilder();
        TextElement previous = null;
        int bold = 0;
        PDFont lastFont = null;
        boolean lastBold = false;
        for (TextElement e : g) {
            if (previous != null && !previous.getText().equals(" ") && !e.getText().equals(" ")
                    && e.getLeft() - previous.getRight() > wordGap(previous, e)) {
                sb.append(' ');
            }
            sb.append(e.getText());
            if (e.getFont() != lastFont || lastFont == null) {
                lastFont = e.getFont();
                lastBold = isBold(lastFont);
            }
            if (lastBold) {
                bold++;
            }
            previous = e;
        }
        String line = Texts.collapse(sb).trim();
        if (!line.isEmpty()) {
            double minTop = g.get(0).getTop();
            double maxBottom = g.get(0).getBottom();
            for (TextElement e : g) { // DoubleStream's min and max, reduced with Math.min and Math.max
                minTop = Math.min(minTop, e.getTop());
                maxBottom = Math.max(maxBottom, e.getBottom());
            }
            float top = (float) minTop;
            float bottom = (float) maxBottom;
            Box box = new Box(top, (float) g.get(0).getLeft(), bottom, (float) g.get(g.size() - 1).getRight());
            return new TextLine(line, (float) g.get(0).getTop(), bold * 2 > g.size(), box);
        }
        return null;
    }
}

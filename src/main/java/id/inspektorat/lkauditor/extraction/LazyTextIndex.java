package id.inspektorat.lkauditor.extraction;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Rectangle;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.TextElement;

/**
 * Tabula's spatial index of a page's glyphs, filled when it is first asked: the glyphs go in as they
 * were added, in the same order, so the index Tabula queries is the one it would have built. Most
 * pages are never asked (only a text table's area is looked up in it), and filling it costs an
 * envelope and a tree entry per glyph.
 */
final class LazyTextIndex extends RectangleSpatialIndex<TextElement> {

    private List<TextElement> pending = new ArrayList<>();

    @Override
    public void add(TextElement te) {
        if (pending != null) {
            pending.add(te);
        } else {
            super.add(te);
        }
    }

    @Override
    public List<TextElement> contains(Rectangle r) {
        fill();
        return super.contains(r);
    }

    @Override
    public List<TextElement> intersects(Rectangle r) {
        fill();
        return super.intersects(r);
    }

    @Override
    public Rectangle getBounds() {
        fill();
        return super.getBounds();
    }

    private void fill() {
        if (pending != null) {
            List<TextElement> glyphs = pending;
            pending = null;
            for (TextElement te : glyphs) {
                super.add(te);
            }
        }
    }
}

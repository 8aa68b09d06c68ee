package id.inspektorat.lkauditor.extraction;

import id.inspektorat.lkauditor.extraction.PdfTableExtractor.PageTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import technology.tabula.Page;
import technology.tabula.TextElement;

/**
 * One way of finding a page's tables, as tabula-java has one extraction algorithm per method. The
 * extractor runs its finders in turn; each sees only the glyphs the tables found before it left.
 */
interface TableFinder {

    Found find(Context page);

    /** The tables found and the glyphs they took: what they left is the next finder's, and then running text. */
    record Found(List<PageTable> tables, Set<TextElement> taken) {

        static final Found NOTHING = new Found(List.of(), Set.of());

        static Set<TextElement> glyphSet() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
    }

    /** A page and its glyphs still free, with their lines grouped once, when first asked for. */
    final class Context {

        private final Page page;
        private final List<TextElement> glyphs;
        private List<TextLine> lines;

        Context(Page page, List<TextElement> glyphs) {
            this.page = page;
            this.glyphs = glyphs;
        }

        Page page() {
            return page;
        }

        List<TextElement> glyphs() {
            return glyphs;
        }

        List<TextLine> lines() {
            if (lines == null) {
                lines = Glyphs.lines(glyphs);
            }
            return lines;
        }

        /** The page with these glyphs gone, in the order they came; the same page (its lines kept) when none go. */
        Context without(Set<TextElement> taken) {
            if (taken.isEmpty()) {
                return this;
            }
            List<TextElement> free = new ArrayList<>(glyphs.size());
            for (TextElement e : glyphs) {
                if (!taken.contains(e)) {
                    free.add(e);
                }
            }
            return new Context(page, free);
        }
    }
}

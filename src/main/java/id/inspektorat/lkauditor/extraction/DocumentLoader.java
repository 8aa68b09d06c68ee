package id.inspektorat.lkauditor.extraction;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessBufferedFileInputStream;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code PDDocument.load(file, password, memory)} of PDFBox 2.0.37, except that two trees of the
 * catalog are not parsed: the structure tree ({@code /StructTreeRoot}, the tags a word processor writes
 * for screen readers) and the outline ({@code /Outlines}, the bookmarks). PDFBox 2.0 parses every
 * object reachable from the catalog when it opens a file; in a tagged report the structure tree is
 * most of them (9 354 of a 9 582-object real Renstra: an element per paragraph, span and table cell),
 * in another real report the bookmarks are (8 099 of 8 620). PDFBox's text stripper and renderer,
 * Tabula and the rules read neither. Every other object is parsed as PDFBox parses it: the catalog's
 * other entries and the document information are walked by PDFBox's own {@code parseDictObjects}, so
 * an object a tree shares with a page is reached from the page. {@code DocumentLoaderTest} compares
 * everything reachable from the catalog (but the two trees) and the information dictionary, object by
 * object, with PDFBox's own load, on the samples, training and real reports.
 */
final class DocumentLoader {

    private DocumentLoader() {
    }

    /** Opens the file as {@code PDDocument.load(file, password, memory)} does, without the two trees. */
    static PDDocument load(File file, String password, MemoryUsageSetting memory) throws IOException {
        RandomAccessBufferedFileInputStream raFile = new RandomAccessBufferedFileInputStream(file);
        try {
            ScratchFile scratchFile = new ScratchFile(memory);
            try {
                PDFParser parser = new WithoutTrees(raFile, password, scratchFile);
                parser.parse();
                return parser.getPDDocument();
            } catch (IOException | RuntimeException e) {
                IOUtils.closeQuietly(scratchFile);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(raFile);
            throw e;
        }
    }

    /** The catalog's entries left out of the walk: read by nothing the audit does. */
    static final List<COSName> LEFT_OUT = List.of(COSName.STRUCT_TREE_ROOT, COSName.OUTLINES);

    /** PDFBox's {@code PDFParser}, whose {@code initialParse} leaves the two trees out of its walk. */
    private static final class WithoutTrees extends PDFParser {

        WithoutTrees(RandomAccessBufferedFileInputStream source, String password, ScratchFile scratchFile)
                throws IOException {
            super(source, password, null, null, scratchFile);
        }

        /** {@code PDFParser.initialParse} of 2.0.37, line for line, with the two trees excluded. */
        @Override
        protected void initialParse() throws IOException {
            COSDictionary trailer = retrieveTrailer();
            COSBase base = parseTrailerValuesDynamically(trailer);
            if (!(base instanceof COSDictionary)) {
                throw new IOException("Expected root dictionary, but got this: " + base);
            }
            COSDictionary root = (COSDictionary) base;
            // in some pdfs the type value "Catalog" is missing in the root object
            if (isLenient() && !root.containsKey(COSName.TYPE)) {
                root.setItem(COSName.TYPE, COSName.CATALOG);
            }
            parseDictObjects(root, LEFT_OUT.toArray(COSName[]::new));
            COSBase infoBase = trailer.getDictionaryObject(COSName.INFO);
            if (infoBase instanceof COSDictionary) {
                parseDictObjects((COSDictionary) infoBase, (COSName[]) null);
            }
            checkPages(root);
            if (!(root.getDictionaryObject(COSName.PAGES) instanceof COSDictionary)) {
                throw new IOException("Page tree root must be a dictionary");
            }
            document.setDecrypted();
        }
    }
}

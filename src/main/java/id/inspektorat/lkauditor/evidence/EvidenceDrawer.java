package id.inspektorat.lkauditor.evidence;

import id.inspektorat.lkauditor.extraction.EvidenceRenderer;
import id.inspektorat.lkauditor.extraction.ExtractionFailure;
import java.io.IOException;
import java.util.List;

/**
 * Renders regions of one document's pages to PNG files, for the images the cache lacks. The PDFBox
 * drawing is {@link EvidenceRenderer}; it cannot implement this interface, because this package
 * reads the rules' findings and the rules read {@code extraction}: the job adapts the one to the
 * other.
 */
@FunctionalInterface
public interface EvidenceDrawer {

    /** @param documentPath the document, relative to the input folder */
    void draw(String documentPath, List<EvidenceRenderer.Request> requests) throws IOException, ExtractionFailure;
}

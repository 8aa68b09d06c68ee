package id.inspektorat.lkauditor.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page whose content stream is decoded into memory in one read. PDFBox's parser takes the
 * content a byte at a time, and from its scratch buffer each byte costs a seek; from an array it
 * costs nothing. Everything else is the page's own (same dictionary, same resources and so the
 * same cached fonts).
 */
final class BufferedPage extends PDPage {

    private final PDPage page;
    private byte[] contents;

    BufferedPage(PDPage page) {
        super(page.getCOSObject());
        this.page = page;
    }

    @Override
    public InputStream getContents() throws IOException {
        if (contents == null) {
            try (InputStream in = page.getContents()) {
                contents = in.readAllBytes();
            }
        }
        return new ByteArrayInputStream(contents);
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }
}

package id.inspektorat.lkauditor.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
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
        return new ArrayStream(contents);
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    /**
     * ByteArrayInputStream without its locks: the parser calls read() once per byte, and an
     * uncontended lock per byte was a twentieth of the whole audit. One page is read by one thread.
     */
    static final class ArrayStream extends InputStream {

        private final byte[] bytes;
        private int pos;

        ArrayStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(len, bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long k = Math.max(0, Math.min(n, bytes.length - pos));
            pos += (int) k;
            return k;
        }

        @Override
        public int available() {
            return bytes.length - pos;
        }
    }
}

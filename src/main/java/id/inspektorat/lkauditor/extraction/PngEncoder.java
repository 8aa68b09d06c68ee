package id.inspektorat.lkauditor.extraction;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A plain PNG writer for evidence images. ImageIO's writer tries five filters on every row and
 * deflates at its highest level; page renders are mostly white with anti-aliased text, so one fixed
 * filter and the fastest deflate give smaller files in about a third of the time. A render of black
 * text is shades of grey plus the outline colours: such an image is written with a palette. With the
 * usual two or three outline colours it has 16 entries, 4 bits a pixel, the greys as 12–14 levels
 * (anti-aliased text looks the same; the file is less than half and takes 40 % of the time); with
 * more colours, one byte a pixel, its greys merged in pairs only when there are more than 256.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_NONE = 0;
    private static final int FILTER_UP = 2;
    /** With at most this many outline colours, the greys keep at least 12 levels in a 16-entry palette. */
    private static final int MAX_OTHER_IN_16 = 4;

    private PngEncoder() {
    }

    /** Fills one row of samples from the image's pixels. */
    @FunctionalInterface
    private interface RowFiller {
        void fill(int[] pixels, int offset, int width, byte[] row);
    }

    /** @param image {@code TYPE_INT_RGB} */
    static void write(BufferedImage image, OutputStream target) throws IOException {
        write(image, null, target);
    }

    /**
     * The colours other than greys in these pixels (at most 16), or null when there are more: a
     * render's colours found once serve every image cut from it.
     */
    static int[] colours(int[] pixels) {
        Palette palette = Palette.of(pixels);
        return palette == null ? null : palette.otherRgb;
    }

    /**
     * @param image   {@code TYPE_INT_RGB}
     * @param colours every colour other than grey the image may hold (more is fine), or null: look
     */
    static void write(BufferedImage image, int[] colours, OutputStream target) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + image.getType());
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        if (colours != null && colours.length <= MAX_OTHER_IN_16) {
            ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 16);
            try {
                writeSixteen(image, pixels, Palette.sixteen(colours), png);
                png.writeTo(target);
                return;
            } catch (IllegalStateException e) {
                // a colour the caller did not know of: look at the pixels after all
            }
        }
        Palette palette = Palette.of(pixels);
        if (palette == null) {
            write(width, image.getHeight(), pixels, 2, 8, 3 * width, FILTER_UP, null, (px, offset, w, row) -> {
                for (int x = 0; x < w; x++) {
                    int p = px[offset + x];
                    row[x * 3] = (byte) (p >> 16);
                    row[x * 3 + 1] = (byte) (p >> 8);
                    row[x * 3 + 2] = (byte) p;
                }
            }, target);
        } else if (palette.otherRgb.length <= MAX_OTHER_IN_16) {
            writeSixteen(image, pixels, Palette.sixteen(palette.otherRgb), target);
        } else {
            write(width, image.getHeight(), pixels, 3, 8, width, FILTER_NONE, palette.plte(), (px, offset, w, row) -> {
                for (int x = 0; x < w; x++) {
                    row[x] = (byte) palette.index(px[offset + x]);
                }
            }, target);
        }
    }

    /**
     * 4-bit indices, two pixels a byte. A page is mostly runs of one colour (paper, rules), so a
     * pixel like the one before takes that one's index without a look-up.
     */
    private static void writeSixteen(BufferedImage image, int[] pixels, Palette sixteen, OutputStream target)
            throws IOException {
        write(image.getWidth(), image.getHeight(), pixels, 3, 4, (image.getWidth() + 1) / 2, FILTER_NONE, sixteen.plte(),
                (px, offset, w, row) -> {
                    int last = px[offset];
                    int lastIndex = sixteen.index(last);
                    int end = offset + w;
                    int j = 0;
                    for (int x = offset; x < end; x += 2) {
                        int p = px[x];
                        if (p != last) {
                            last = p;
                            lastIndex = sixteen.index(p);
                        }
                        int hi = lastIndex;
                        int lo = 0;
                        if (x + 1 < end) {
                            int q = px[x + 1];
                            if (q != last) {
                                last = q;
                                lastIndex = sixteen.index(q);
                            }
                            lo = lastIndex;
                        }
                        row[j++] = (byte) (hi << 4 | lo);
                    }
                }, target);
    }

    /**
     * @param colourType PNG colour type: 2 truecolour, 3 indexed
     * @param depth      bits per sample or index
     * @param rowBytes   bytes per row of samples
     * @param filter     the filter of every row: Up for truecolour, None for indices (PNG's advice)
     * @param plte       the palette chunk, or null
     */
    private static void write(int width, int height, int[] pixels, int colourType, int depth, int rowBytes, int filter,
                              byte[] plte, RowFiller filler, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(depth);
        h.writeByte(colourType);
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering (the filter byte per row)
        h.writeByte(0); // not interlaced
        chunk(out, "IHDR", header.toByteArray());
        if (plte != null) {
            chunk(out, "PLTE", plte);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream(rowBytes * height / 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + rowBytes];
            byte[] previous = new byte[rowBytes];
            byte[] current = new byte[rowBytes];
            row[0] = (byte) filter;
            for (int y = 0; y < height; y++) {
                filler.fill(pixels, y * width, width, current);
                if (filter == FILTER_UP) {
                    for (int i = 0; i < rowBytes; i++) {
                        row[i + 1] = (byte) (current[i] - previous[i]);
                    }
                } else {
                    System.arraycopy(current, 0, row, 1, rowBytes);
                }
                z.write(row);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        out.flush();
    }

    /** Greys and a few other colours, or null when the image has more colour than that. */
    static final class Palette {

        private static final int MAX_OTHER = 16;

        private final int[] colours = new int[256];
        private int size;
        private final int[] greyIndex = new int[256];
        private final int[] otherRgb;
        private final int[] otherIndex;

        private Palette(int[] otherRgb) {
            this.otherRgb = otherRgb;
            this.otherIndex = new int[otherRgb.length];
        }

        /** The PLTE chunk's data: red, green, blue per entry. */
        byte[] plte() {
            byte[] plte = new byte[size * 3];
            for (int i = 0; i < size; i++) {
                plte[i * 3] = (byte) (colours[i] >> 16);
                plte[i * 3 + 1] = (byte) (colours[i] >> 8);
                plte[i * 3 + 2] = (byte) colours[i];
            }
            return plte;
        }

        static Palette of(int[] pixels) {
            boolean[] greys = new boolean[256];
            int[] other = new int[MAX_OTHER];
            int others = 0;
            for (int p : pixels) {
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (r == g && g == b) {
                    greys[r] = true;
                    continue;
                }
                int rgb = p & 0xFFFFFF;
                int i = 0;
                while (i < others && other[i] != rgb) {
                    i++;
                }
                if (i == others) {
                    if (others == MAX_OTHER) {
                        return null;
                    }
                    other[others++] = rgb;
                }
            }
            Palette palette = new Palette(Arrays.copyOf(other, others));
            int room = 256 - others;
            int greyCount = 0;
            for (boolean used : greys) {
                greyCount += used ? 1 : 0;
            }
            if (greyCount <= room) {
                for (int v = 0; v < 256; v++) {
                    if (greys[v]) {
                        palette.greyIndex[v] = palette.size;
                        palette.colours[palette.size++] = v << 16 | v << 8 | v;
                    }
                }
            } else {
                // more greys than room: neighbouring levels share an entry, the lowest of them (white stays white)
                int step = (256 + room - 1) / room;
                int buckets = (256 + step - 1) / step;
                for (int v = 0; v < 256; v++) {
                    palette.greyIndex[v] = v / step;
                }
                for (int k = 0; k < buckets; k++) {
                    int v = k == buckets - 1 && greys[255] ? 255 : k * step;
                    palette.colours[k] = v << 16 | v << 8 | v;
                }
                palette.size = buckets;
            }
            for (int i = 0; i < others; i++) {
                palette.otherIndex[i] = palette.size;
                palette.colours[palette.size++] = other[i];
            }
            return palette;
        }

        /**
         * Sixteen entries: the outline colours and, for the rest, greys evenly spaced from black to
         * white; a grey is written as the nearest of them. Anti-aliased text drawn with 12 or more
         * levels looks the same as with 256, and the image is half the bytes to compress.
         */
        static Palette sixteen(int[] others) {
            Palette palette = new Palette(others);
            int levels = 16 - others.length;
            for (int k = 0; k < levels; k++) {
                int v = Math.round(k * 255f / (levels - 1));
                palette.colours[palette.size++] = v << 16 | v << 8 | v;
            }
            for (int v = 0; v < 256; v++) {
                palette.greyIndex[v] = Math.round(v * (levels - 1) / 255f);
            }
            for (int i = 0; i < others.length; i++) {
                palette.otherIndex[i] = palette.size;
                palette.colours[palette.size++] = others[i];
            }
            return palette;
        }

        int index(int p) {
            int b = p & 0xFF;
            if (((p >> 16) & 0xFF) == b && ((p >> 8) & 0xFF) == b) {
                return greyIndex[b];
            }
            int rgb = p & 0xFFFFFF;
            for (int i = 0; i < otherRgb.length; i++) {
                if (otherRgb[i] == rgb) {
                    return otherIndex[i];
                }
            }
            throw new IllegalStateException("colour not in palette");
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

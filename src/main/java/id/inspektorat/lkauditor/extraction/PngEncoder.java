package id.inspektorat.lkauditor.extraction;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A plain PNG writer for evidence images. ImageIO's writer tries five filters on every row and
 * deflates at its highest level; page renders are mostly white with anti-aliased text, so one fixed
 * filter ("Up") and the fastest deflate give smaller files in about a third of the time. A render of
 * black text is shades of grey plus the outline colours: such an image is written with a palette,
 * one byte per pixel instead of three, its greys merged in pairs only when there are more than the
 * palette holds (a step of one in 255, invisible).
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /** @param image {@code TYPE_INT_RGB} */
    static void write(BufferedImage image, OutputStream target) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Palette palette = Palette.of(pixels);
        if (palette != null) {
            writeIndexed(width, height, pixels, palette, target);
            return;
        }
        DataOutputStream out = new DataOutputStream(target);
        out.write(SIGNATURE);
        java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bits per sample
        h.writeByte(2); // truecolour
        h.writeByte(0); // deflate
        h.writeByte(0); // adaptive filtering (the filter byte per row)
        h.writeByte(0); // not interlaced
        chunk(out, "IHDR", header.toByteArray());
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream(width * height / 4);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width * 3];
            byte[] previous = new byte[width * 3];
            byte[] current = new byte[width * 3];
            row[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int offset = y * width;
                for (int x = 0; x < width; x++) {
                    int p = pixels[offset + x];
                    current[x * 3] = (byte) (p >> 16);
                    current[x * 3 + 1] = (byte) (p >> 8);
                    current[x * 3 + 2] = (byte) p;
                }
                for (int i = 0; i < current.length; i++) {
                    row[i + 1] = (byte) (current[i] - previous[i]);
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

    private static void writeIndexed(int width, int height, int[] pixels, Palette palette, OutputStream target)
            throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.write(SIGNATURE);
        java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream(13);
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.writeByte(8); // bits per index
        h.writeByte(3); // indexed colour
        h.writeByte(0);
        h.writeByte(0);
        h.writeByte(0);
        chunk(out, "IHDR", header.toByteArray());
        byte[] plte = new byte[palette.size() * 3];
        for (int i = 0; i < palette.size(); i++) {
            int rgb = palette.colours[i];
            plte[i * 3] = (byte) (rgb >> 16);
            plte[i * 3 + 1] = (byte) (rgb >> 8);
            plte[i * 3 + 2] = (byte) rgb;
        }
        chunk(out, "PLTE", plte);
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream(width * height / 8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + width];
            byte[] previous = new byte[width];
            byte[] current = new byte[width];
            row[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int offset = y * width;
                for (int x = 0; x < width; x++) {
                    current[x] = (byte) palette.index(pixels[offset + x]);
                }
                for (int i = 0; i < width; i++) {
                    row[i + 1] = (byte) (current[i] - previous[i]);
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

        int size() {
            return size;
        }

        int colour(int index) {
            return colours[index];
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
            Palette palette = new Palette(java.util.Arrays.copyOf(other, others));
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

        int index(int p) {
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if (r == g && g == b) {
                return greyIndex[r];
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

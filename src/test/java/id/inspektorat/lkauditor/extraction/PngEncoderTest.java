package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The evidence PNG writer: any decoder reads back exactly the pixels written. */
class PngEncoderTest {

    @Test
    void writesAPngThatDecodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(301, 187, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // white page, noise, and a red line: the filter must survive wrap-around byte differences
                int rgb = y % 37 == 0 ? 0xDC1414 : x % 5 == 0 ? random.nextInt(0x1000000) : 0xFFFFFF;
                image.setRGB(x, y, rgb);
            }
        }
        byte[] png = encode(image);
        assertThat(png[25]).as("colour type: too many colours for a palette").isEqualTo((byte) 2);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(301);
        assertThat(back.getHeight()).isEqualTo(187);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    /** Outline colours that a 16-entry palette cannot hold beside 12 greys: 8-bit indices. */
    private static final int[] MANY_OUTLINES = {0xDC1414, 0x1E64DC, 0x14DC14, 0xDCDC14, 0xDC14DC, 0x14DCDC};

    @Test
    void aGreyRenderWithManyOutlineColoursIsWrittenWithAByteIndexAndReadsBackExactly() throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                int v = (x * 7 + y) % 200; // 200 grey levels: fits beside the outline colours
                image.setRGB(x, y, y % 10 == 0 ? MANY_OUTLINES[y / 10 % MANY_OUTLINES.length] : v << 16 | v << 8 | v);
            }
        }
        byte[] png = encode(image);
        assertThat(png[24]).as("bit depth").isEqualTo((byte) 8);
        assertThat(png[25]).as("colour type").isEqualTo((byte) 3);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void allGreyLevelsAndManyOutlinesShareTheBytePaletteOneStepApartAtMost() throws Exception {
        BufferedImage image = new BufferedImage(256, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, y < MANY_OUTLINES.length ? MANY_OUTLINES[y] : x << 16 | x << 8 | x);
            }
        }
        byte[] png = encode(image);
        assertThat(png[24]).as("bit depth").isEqualTo((byte) 8);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getRGB(5, 0) & 0xFFFFFF).isEqualTo(0xDC1414);
        assertThat(back.getRGB(5, 1) & 0xFFFFFF).isEqualTo(0x1E64DC);
        assertThat(back.getRGB(0, 10) & 0xFFFFFF).as("black").isEqualTo(0);
        assertThat(back.getRGB(255, 10) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        for (int x = 0; x < 256; x++) {
            int grey = back.getRGB(x, 10) & 0xFF;
            assertThat(Math.abs(grey - x)).as("grey %d", x).isLessThanOrEqualTo(1);
            assertThat(back.getRGB(x, 10) & 0xFFFFFF).isEqualTo(grey << 16 | grey << 8 | grey);
        }
    }

    /**
     * The usual evidence image: greys and the red and blue outlines. Written with 4-bit indices: the
     * outlines exact, greys as the nearest of 14 levels 255/13 apart, so never more than half a step
     * (10) off; black and white exact. Odd width: the last byte of a row holds one pixel.
     */
    @Test
    void aGreyRenderWithTwoOutlineColoursTakesSixteenColoursWithinHalfAStep() throws Exception {
        BufferedImage image = new BufferedImage(257, 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 257; x++) {
                int v = Math.min(x, 255);
                image.setRGB(x, y, y == 3 ? 0xDC1414 : y == 7 ? 0x1E64DC : v << 16 | v << 8 | v);
            }
        }
        byte[] png = encode(image);
        assertThat(png[24]).as("bit depth").isEqualTo((byte) 4);
        assertThat(png[25]).as("colour type").isEqualTo((byte) 3);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(257);
        assertThat(back.getRGB(256, 3) & 0xFFFFFF).as("last pixel of an odd row").isEqualTo(0xDC1414);
        assertThat(back.getRGB(100, 7) & 0xFFFFFF).isEqualTo(0x1E64DC);
        assertThat(back.getRGB(0, 20) & 0xFFFFFF).as("black").isEqualTo(0);
        assertThat(back.getRGB(255, 20) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        Set<Integer> levels = new TreeSet<>();
        for (int x = 0; x < 257; x++) {
            int grey = back.getRGB(x, 20) & 0xFF;
            assertThat(back.getRGB(x, 20) & 0xFFFFFF).isEqualTo(grey << 16 | grey << 8 | grey);
            assertThat(Math.abs(grey - Math.min(x, 255))).as("grey %d", x).isLessThanOrEqualTo(10);
            levels.add(grey);
        }
        assertThat(levels).hasSize(14);
    }

    /** Colours found once for a render, given for an image cut from it: the same image as looking at it. */
    @Test
    void knownColoursGiveTheSameImageAsLooking() throws Exception {
        BufferedImage image = new BufferedImage(120, 50, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 120; x++) {
                int v = (x * 3 + y * 5) % 256;
                image.setRGB(x, y, y == 4 ? 0xDC1414 : x == 9 ? 0x1E64DC : v << 16 | v << 8 | v);
            }
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        assertThat(PngEncoder.colours(pixels)).containsExactlyInAnyOrder(0xDC1414, 0x1E64DC);
        ByteArrayOutputStream known = new ByteArrayOutputStream();
        PngEncoder.write(image, new int[] {0x1E64DC, 0xDC1414}, known);
        ByteArrayOutputStream superset = new ByteArrayOutputStream();
        PngEncoder.write(image, new int[] {0x1E64DC, 0xDC1414, 0x6E6E82}, superset);
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(known.toByteArray()));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(encode(image)));
        BufferedImage c = ImageIO.read(new ByteArrayInputStream(superset.toByteArray()));
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 120; x++) {
                assertThat(a.getRGB(x, y)).isEqualTo(b.getRGB(x, y));
                // a colour more leaves 13 grey levels: still within half a step (255/12/2)
                int original = image.getRGB(x, y) & 0xFFFFFF;
                int back = c.getRGB(x, y) & 0xFFFFFF;
                if (original == 0xDC1414 || original == 0x1E64DC) {
                    assertThat(back).isEqualTo(original);
                } else {
                    assertThat(Math.abs((back & 0xFF) - (original & 0xFF))).isLessThanOrEqualTo(11);
                }
            }
        }
        // a colour the caller missed costs the shortcut, never the image
        ByteArrayOutputStream missed = new ByteArrayOutputStream();
        PngEncoder.write(image, new int[] {0xDC1414}, missed);
        BufferedImage d = ImageIO.read(new ByteArrayInputStream(missed.toByteArray()));
        assertThat(d.getRGB(9, 20) & 0xFFFFFF).isEqualTo(0x1E64DC);
        int[] rainbow = new int[40];
        for (int i = 0; i < rainbow.length; i++) {
            rainbow[i] = i * 0x050301 + 0x100000;
        }
        assertThat(PngEncoder.colours(rainbow)).as("more colours than a palette holds").isNull();
    }

    private static byte[] encode(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    @Test
    void refusesImagesItWouldMisread() {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> PngEncoder.write(gray, new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }
}

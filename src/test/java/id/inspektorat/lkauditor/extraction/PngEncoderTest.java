package id.inspektorat.lkauditor.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
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

    @Test
    void aGreyRenderWithOutlinesIsWrittenWithAPaletteAndReadsBackExactly() throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                int v = (x * 7 + y) % 200; // 200 grey levels: fits beside the outline colours
                image.setRGB(x, y, y == 10 ? 0xDC1414 : y == 20 ? 0x1E64DC : v << 16 | v << 8 | v);
            }
        }
        byte[] png = encode(image);
        assertThat(png[25]).as("colour type").isEqualTo((byte) 3);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void allGreyLevelsAndOutlinesShareThePaletteOneStepApartAtMost() throws Exception {
        BufferedImage image = new BufferedImage(256, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, y == 0 ? 0xDC1414 : y == 1 ? 0x1E64DC : x << 16 | x << 8 | x);
            }
        }
        byte[] png = encode(image);
        assertThat(png[25]).as("colour type").isEqualTo((byte) 3);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getRGB(5, 0) & 0xFFFFFF).isEqualTo(0xDC1414);
        assertThat(back.getRGB(5, 1) & 0xFFFFFF).isEqualTo(0x1E64DC);
        assertThat(back.getRGB(0, 5) & 0xFFFFFF).as("black").isEqualTo(0);
        assertThat(back.getRGB(255, 5) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        for (int x = 0; x < 256; x++) {
            int grey = back.getRGB(x, 5) & 0xFF;
            assertThat(Math.abs(grey - x)).as("grey %d", x).isLessThanOrEqualTo(1);
            assertThat(back.getRGB(x, 5) & 0xFFFFFF).isEqualTo(grey << 16 | grey << 8 | grey);
        }
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

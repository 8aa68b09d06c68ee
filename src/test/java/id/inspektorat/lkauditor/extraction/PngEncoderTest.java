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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.getWidth()).isEqualTo(301);
        assertThat(back.getHeight()).isEqualTo(187);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void refusesImagesItWouldMisread() {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> PngEncoder.write(gray, new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }
}

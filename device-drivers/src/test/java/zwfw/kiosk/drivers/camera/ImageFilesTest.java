package zwfw.kiosk.drivers.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageFilesTest {

    @Test
    void completeJpegAndPngAreRecognisedWithTheirSize() {
        ImageFiles.ImageInfo jpeg = ImageFiles.inspect(TestPictures.page("jpg", 300, 400)).orElseThrow();
        assertEquals(new ImageFiles.ImageInfo(CapturedImage.JPEG, 300, 400), jpeg);
        ImageFiles.ImageInfo png = ImageFiles.inspect(TestPictures.page("png", 210, 297)).orElseThrow();
        assertEquals(new ImageFiles.ImageInfo(CapturedImage.PNG, 210, 297), png);
    }

    @Test
    void aHalfWrittenFileIsNotAnImage() {
        for (String format : new String[] {"jpg", "png"}) {
            byte[] whole = TestPictures.page(format, 300, 400);
            byte[] half = Arrays.copyOf(whole, whole.length / 2);
            assertTrue(ImageFiles.contentType(half).isPresent(), "the signature is there");
            assertFalse(ImageFiles.inspect(half).isPresent(), format + " cut in half must not pass");
        }
    }

    @Test
    void textWithAnImageNameIsNotAnImage() {
        assertFalse(ImageFiles.inspect("not a picture at all".getBytes(StandardCharsets.UTF_8)).isPresent());
        assertFalse(ImageFiles.inspect(new byte[0]).isPresent());
    }

    @Test
    void anEmptyPlatformIsBlankAndAPageIsNot() {
        assertTrue(BlankPicture.isBlank(TestPictures.emptyPlatform("jpg", 800, 600), BlankPicture.DEFAULT_THRESHOLD));
        assertFalse(BlankPicture.isBlank(TestPictures.page("jpg", 800, 600), BlankPicture.DEFAULT_THRESHOLD));
    }
}

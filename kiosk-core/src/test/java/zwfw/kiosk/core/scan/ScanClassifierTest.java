package zwfw.kiosk.core.scan;

import zwfw.kiosk.drivers.idcard.card.IdNumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanClassifierTest {
    private final ScanClassifier classifier = new ScanClassifier();

    @Test
    void ourReceiptsQueryUrlIsACaseQueryWithItsCaseNumber() {
        ScanMeaning m = classifier.classify("https://platform.example.gov.cn/q/SA20261124000123");
        assertEquals(ScanKind.CASE_QUERY, m.kind());
        assertEquals("SA20261124000123", m.caseNo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://zwfw.zj.gov.cn/q/SA20261124000123", "http://10.0.0.5:8080/q/SA20261124000123/",
            "https://gov.example/ywtb/q/SA20261124000123?src=qr", " https://PLATFORM.example/q/SA20261124000123\r\n",
            "\uFEFFhttps://p.example/q/SA20261124000123"})
    void anyHostAndABasePathAreAcceptedWhenThePathEndsInQAndACaseNumber(String text) {
        ScanMeaning m = classifier.classify(text);
        assertEquals(ScanKind.CASE_QUERY, m.kind(), text);
        assertEquals("SA20261124000123", m.caseNo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://platform.example.gov.cn/c/SA20261124000123", "https://platform.example.gov.cn/q/",
            "https://platform.example.gov.cn/q/SA2026/extra", "https://platform.example.gov.cn/q/ABCDEFGH",
            "https://platform.example.gov.cn/q/%3Cscript%3E1", "https://platform.example.gov.cn/q/A1",
            "https:///q/SA20261124000123", "ftp://platform.example.gov.cn/q/SA20261124000123"})
    void otherUrlsAreText(String text) {
        assertEquals(ScanKind.TEXT, classifier.classify(text).kind(), text);
    }

    @Test
    void aPlatformLoginCodeCarriesItsToken() {
        ScanMeaning m = classifier.classify("zwfw://auth?token=Ab3_-xyz0123456789");
        assertEquals(ScanKind.LOGIN_TOKEN, m.kind());
        assertEquals("Ab3_-xyz0123456789", m.token());
        assertFalse(m.toString().contains("Ab3"), "the token is a secret: " + m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zwfw://auth?token=short", "zwfw://auth?token=has+plus+sign+1234567",
            "zwfw://auth?token=%41%42%43%44%45%46%47%48%49%4A%4B%4C", "zwfw://auth?token=abcdefghijklmnop&x=1",
            "zwfw://auth/path?token=abcdefghijklmnop", "zwfw://login?token=abcdefghijklmnop", "zwfw://auth"})
    void malformedLoginCodesAreText(String text) {
        assertEquals(ScanKind.TEXT, classifier.classify(text).kind(), text);
    }

    @Test
    void aTokenOf128CharactersIsTheLongestAccepted() {
        assertEquals(ScanKind.LOGIN_TOKEN, classifier.classify("zwfw://auth?token=" + "a".repeat(128)).kind());
        assertEquals(ScanKind.TEXT, classifier.classify("zwfw://auth?token=" + "a".repeat(129)).kind());
    }

    @Test
    void anOfflineReceiptNamesTheKioskAndTheClientCaseId() {
        ScanMeaning m = classifier.classify("zwfw://local-case?kiosk=KSK-330304-0001&ref=0b6f1d1e-2c1f-4f7e-9d7a-3b2d8c6f0a11");
        assertEquals(ScanKind.LOCAL_CASE, m.kind());
        assertEquals("KSK-330304-0001", m.kioskId());
        assertEquals("0b6f1d1e-2c1f-4f7e-9d7a-3b2d8c6f0a11", m.clientCaseId());
        assertEquals(ScanKind.LOCAL_CASE, classifier.classify(
                "zwfw://local-case?ref=0B6F1D1E-2C1F-4F7E-9D7A-3B2D8C6F0A11&kiosk=K1").kind());
        assertEquals(ScanKind.TEXT, classifier.classify("zwfw://local-case?kiosk=KSK-1&ref=not-a-uuid").kind());
        assertEquals(ScanKind.TEXT, classifier.classify("zwfw://local-case?kiosk=KSK-1").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "34052419800101001X", "11010519491231002x"})
    void idNumbersWithAValidCheckCharacterAreIdNumbers(String text) {
        ScanMeaning m = classifier.classify(text);
        assertEquals(ScanKind.ID_NUMBER, m.kind());
        assertEquals(text.toUpperCase(), m.idNumber());
        assertFalse(m.toString().contains("1101"), "personal data stays out of toString");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100201", "A1010519491231002X", ""})
    void numbersFailingTheCheckAreText(String text) {
        ScanMeaning m = classifier.classify(text);
        assertEquals(ScanKind.TEXT, m.kind());
        assertNull(m.idNumber());
    }

    @Property
    void everyComputedCheckCharacterValidatesAndAnyChangedDigitFails(
            @ForAll @StringLength(17) @CharRange(from = '0', to = '9') String first17,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 16) int position) {
        String id = first17 + IdNumbers.checkCharacter(first17);
        assertEquals(ScanKind.ID_NUMBER, classifier.classify(id).kind());
        char c = id.charAt(position);
        char other = (char) ('0' + (c - '0' + 1) % 10);
        String changed = id.substring(0, position) + other + id.substring(position + 1);
        assertFalse(IdNumbers.isValid(changed), changed);
    }

    @Test
    void idNumbersAreMaskedToTheFirstSixAndLastFour() {
        assertEquals("110105********002X", IdNumbers.mask("11010519491231002X"));
    }

    @Test
    void plainTextStaysText() {
        assertEquals(ScanKind.TEXT, classifier.classify("6901234567892").kind());
        assertEquals(ScanKind.TEXT, classifier.classify(null).kind());
        assertEquals("hello", classifier.classify("  hello ").text());
    }
}

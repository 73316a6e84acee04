package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders the §9 certificates as A4 PDFs: text in Droid Sans Fallback (embedded as a subset), a contribution
 * record derived from {@link CertificateFacts#seed()}, and a verification QR code drawn as vector squares.
 * Deterministic: the document ID, the dates in its information dictionary and every line come from the facts, so
 * the same case gives the same bytes (and the same SHA-256) whenever it is rendered.
 */
final class Certificates {
    private static final float MARGIN = 56;
    private static final float LINE = 20;
    private static final int ROWS_PER_PAGE = 14;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final byte[] FONT = loadFont("font/DroidSansFallbackFull.ttf");
    /**
     * Latin letters and digits in Liberation Sans (SIL OFL), which PDFBox ships, embedded as a subset: a
     * non-embedded Standard-14 Helvetica made every reader that has no Helvetica (PDFBox's renderer in the
     * kiosk's simulated A4 printer among them) substitute a font and log a warning for each certificate.
     */
    private static final byte[] LATIN_FONT = loadFont("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    private final ObjectMapper json = new ObjectMapper();
    // Parsed once: parsing the 4 MB font's tables for each certificate took most of its rendering time. The
    // TrueTypeFont overload of PDType0Font.load leaves the font open, and render is synchronized (fontbox is not
    // thread-safe).
    private TrueTypeFont parsedFont;
    private TrueTypeFont parsedLatin;

    private static byte[] loadFont(String resource) {
        try (InputStream in = Certificates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("certificate font missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("certificate font unreadable: " + e.getMessage(), e);
        }
    }

    /** A rendered certificate: its bytes and page count. */
    record Rendered(byte[] pdf, int pages) {
    }

    synchronized Rendered render(CertificateFacts f) throws IOException {
        if (parsedFont == null) {
            parsedFont = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
            parsedLatin = new TTFParser().parse(new RandomAccessReadBuffer(LATIN_FONT));
        }
        JsonNode form = f.formJson() == null ? json.createObjectNode() : json.readTree(f.formJson());
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, parsedFont, true);
            Pages pages = new Pages(doc, font, PDType0Font.load(doc, parsedLatin, true), f);
            switch (f.kind()) {
                case SOCIAL_INSURANCE -> socialInsurance(pages, f, form);
                case MEDICAL_INSURANCE -> medicalInsurance(pages, f, form);
                case PROPERTY_QUERY -> propertyQuery(pages, f, form);
            }
            pages.finish();
            fixMetadata(doc, f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Rendered(out.toByteArray(), doc.getNumberOfPages());
        }
    }

    private void socialInsurance(Pages p, CertificateFacts f, JsonNode form) throws IOException {
        p.line("兹证明以下人员在本统筹区参加社会保险，缴费情况如下：");
        p.line("用途：" + form.path("purpose").asText("个人证明"));
        p.gap();
        p.row("年度", "缴费月数", "缴费基数(元)", "养老保险", "医疗保险", "失业保险");
        int total = 0;
        for (ContributionYear y : ContributionYear.of(f.seed(), f.issuedOn())) {
            p.row(String.valueOf(y.year()), String.valueOf(y.months()), String.valueOf(y.base()), "已缴", "已缴",
                    y.months() > 0 ? "已缴" : "—");
            total += y.months();
        }
        p.gap();
        p.line("累计缴费月数：" + total + " 个月");
        p.line("参保状态：正常参保");
    }

    private void medicalInsurance(Pages p, CertificateFacts f, JsonNode form) throws IOException {
        List<ContributionYear> years = ContributionYear.of(f.seed(), f.issuedOn());
        int from = form.path("yearFrom").asInt(years.get(0).year());
        p.line("险种：职工基本医疗保险");
        p.line("参保状态：正常参保");
        p.line("参保起始年月：" + years.get(0).year() + "年" + years.get(0).firstMonth() + "月");
        int months = years.stream().filter(y -> y.year() >= from).mapToInt(ContributionYear::months).sum();
        p.line(from + "年起累计缴费月数：" + months + " 个月");
        p.line("医保待遇：可正常享受");
    }

    private void propertyQuery(Pages p, CertificateFacts f, JsonNode form) throws IOException {
        p.line("查询目的：" + form.path("purpose").asText("个人查询"));
        p.line("查询范围：" + form.path("scope").asText("本区"));
        p.gap();
        long s = f.seed();
        int count = (int) (s % 3);
        if (count == 0) {
            p.line("经查询，未发现申请人名下登记的不动产权属信息。");
            return;
        }
        p.row("序号", "坐落(已脱敏)", "用途", "面积(㎡)", "权利类型", "登记年份");
        for (int i = 0; i < count; i++) {
            long v = Long.rotateLeft(s, 13 * (i + 1));
            p.row(String.valueOf(i + 1), "某街道" + (1 + Math.floorMod(v, 90)) + "号**室", "住宅",
                    String.valueOf(60 + Math.floorMod(v >>> 8, 90)), "国有建设用地使用权/房屋所有权",
                    String.valueOf(f.issuedOn().getYear() - 1 - Math.floorMod(v >>> 16, 15)));
        }
    }

    /** No creation time from the machine, and a document ID derived from the case: the bytes repeat. */
    private static void fixMetadata(PDDocument doc, CertificateFacts f) {
        PDDocumentInformation info = doc.getDocumentInformation();
        GregorianCalendar when = GregorianCalendar.from(f.issuedAt());
        when.setTimeZone(TimeZone.getTimeZone(f.issuedAt().getZone()));
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setTitle(f.kind().titleZh);
        info.setProducer("zwfw platform-sim");
        byte[] id = RequestAuthenticator.sha256Hex((f.caseNo() + "/" + f.documentId()).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32).getBytes(StandardCharsets.US_ASCII);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Writes lines and table rows down A4 pages, with the header on each page and the QR code on the last. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDType0Font latin;
        private final CertificateFacts facts;
        private PDPageContentStream cs;
        private float y;
        private int rows;

        Pages(PDDocument doc, PDType0Font font, PDType0Font latin, CertificateFacts facts) throws IOException {
            this.latin = latin;
            this.doc = doc;
            this.font = font;
            this.facts = facts;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            text(facts.kind().titleZh, 200, y, 20);
            y -= LINE;
            text(facts.kind().titleEn, 200, y, 10);
            y -= 2 * LINE;
            line("姓名：" + facts.fullName());
            line("证件号码：" + facts.maskedId());
            line("办件编号：" + facts.caseNo() + "    出具日期：" + CHINESE_DATE.format(facts.issuedOn()));
            gap();
            rows = 0;
        }

        void line(String s) throws IOException {
            text(s, MARGIN, y, 12);
            y -= LINE;
        }

        void gap() {
            y -= LINE / 2;
        }

        void row(String... cells) throws IOException {
            if (rows == ROWS_PER_PAGE) {
                newPage();
            }
            float x = MARGIN;
            for (String c : cells) {
                text(c, x, y, 11);
                x += 80;
            }
            y -= LINE;
            rows++;
        }

        /** Draws a line in runs: ASCII in Liberation Sans (the CJK font has no Latin glyphs), the rest in the CJK font. */
        private void text(String s, float x, float atY, float size) throws IOException {
            cs.beginText();
            cs.newLineAtOffset(x, atY);
            StringBuilder run = new StringBuilder();
            PDFont current = null;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                PDFont f = cp < 0x80 ? latin : font;
                if (f == font && !drawable(cp)) {
                    f = latin;
                    cp = '?'; // a character neither font has must not fail the certificate
                }
                if (current != null && f != current) {
                    cs.setFont(current, size);
                    cs.showText(run.toString());
                    run.setLength(0);
                }
                current = f;
                run.appendCodePoint(cp);
            }
            if (current != null) {
                cs.setFont(current, size);
                cs.showText(run.toString());
            }
            cs.endText();
        }

        private boolean drawable(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IllegalStateException | IOException e) {
                return false;
            }
        }

        void finish() throws IOException {
            gap();
            line("本证明由政务服务平台出具，可扫描右下方二维码验证真伪。");
            line("This certificate can be verified through the QR code.");
            drawQr(facts.verifyUrl(), PDRectangle.A4.getWidth() - MARGIN - 110, MARGIN, 110);
            text("验证二维码", PDRectangle.A4.getWidth() - MARGIN - 85, MARGIN - 16, 10);
            int n = doc.getNumberOfPages();
            cs.close();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    cs = footer;
                    text("第 " + (i + 1) + " 页 / 共 " + n + " 页", MARGIN, MARGIN - 16, 9);
                }
            }
        }

        private void drawQr(String text, float x, float bottom, float size) throws IOException {
            BitMatrix m;
            try {
                m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                                EncodeHintType.CHARACTER_SET, "UTF-8"));
            } catch (WriterException e) {
                throw new IOException("verification QR code: " + e.getMessage(), e);
            }
            float module = size / m.getWidth();
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        cs.addRect(x + col * module, bottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            cs.fill();
        }
    }

    /** One year of a simulated contribution record. */
    record ContributionYear(int year, int firstMonth, int months, int base) {
        /** From a start 3 to 22 years back up to the month before the issue date, from the seed alone. */
        static List<ContributionYear> of(long seed, java.time.LocalDate issuedOn) {
            int span = 3 + (int) Math.floorMod(seed, 20L);
            int startMonth = 1 + (int) Math.floorMod(seed >>> 8, 12L);
            int baseStart = 3000 + 100 * (int) Math.floorMod(seed >>> 16, 30L);
            List<ContributionYear> out = new ArrayList<>();
            int first = issuedOn.getYear() - span;
            for (int year = first; year <= issuedOn.getYear(); year++) {
                int from = year == first ? startMonth : 1;
                int to = year == issuedOn.getYear() ? issuedOn.getMonthValue() - 1 : 12;
                out.add(new ContributionYear(year, from, Math.max(0, to - from + 1), baseStart + 250 * (year - first)));
            }
            return out;
        }
    }
}

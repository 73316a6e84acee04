package zwfw.kiosk.drivers.camera.simulated;

import zwfw.kiosk.drivers.io.BlockingCalls;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import zwfw.kiosk.drivers.camera.CaptureFailure;
import zwfw.kiosk.drivers.camera.CapturedImage;
import zwfw.kiosk.drivers.camera.DocumentCamera;
import zwfw.kiosk.drivers.camera.ImageFiles;
import zwfw.kiosk.drivers.device.AbstractDevice;
import zwfw.kiosk.drivers.device.DeviceException;
import zwfw.kiosk.drivers.device.DeviceKind;
import zwfw.kiosk.drivers.device.DeviceState;
import zwfw.kiosk.drivers.device.DeviceStatus;
import zwfw.kiosk.drivers.device.HealthReport;

/**
 * A document camera in memory, so the demo works end to end: each capture renders a different
 * A4 page (a titled agreement with numbered clauses in Chinese, a date, a seal) as a JPEG, as a
 * real camera would hand it over. The demo or a test can unplug it or take the paper away.
 */
public final class SimulatedDocumentCamera extends AbstractDevice implements DocumentCamera {
    public static final String DRIVER = "simulated";
    private static final String[] TITLES = {"房屋租赁合同", "不动产权证明", "户口簿（复印件）", "劳动合同解除证明", "结婚证（复印件）", "营业执照（副本）"};
    private static final String[] CLAUSES = {
        "甲乙双方本着平等自愿的原则，经协商一致，订立本合同。",
        "租赁期限自签订之日起计算，期满后双方可协商续签。",
        "乙方应按时足额支付租金，不得擅自转租或改变用途。",
        "房屋及附属设施的日常维修由甲方负责，乙方应合理使用。",
        "本证明仅用于办理相关政务服务事项，复印无效。",
        "如有未尽事宜，双方可另行协商并签订补充协议。",
        "本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
        "特此证明，以上情况属实，如有虚假愿承担相应责任。"};

    private final int dpi;
    private final AtomicInteger captures = new AtomicInteger();
    private final Random random = new Random();
    private volatile boolean connected = true;
    private volatile boolean paperPresent = true;
    private Font cjk;

    public SimulatedDocumentCamera(String id, int dpi) {
        super(id, DeviceKind.DOCUMENT_CAMERA, DRIVER);
        this.dpi = dpi;
    }

    /** Plugs the simulated camera in or out; unplugged, it is OFFLINE and every capture fails. */
    public void setConnected(boolean on) {
        connected = on;
        if (isOpen()) {
            updateStatus(on ? DeviceStatus.of(DeviceState.READY)
                    : DeviceStatus.of(DeviceState.OFFLINE, null, "document camera unplugged"));
        }
    }

    public boolean isConnected() {
        return connected;
    }

    /** Puts paper under the camera or takes it away; without paper a capture reports NO_PAPER. */
    public void setPaperPresent(boolean present) {
        paperPresent = present;
    }

    /** How many pictures were taken since the device was built. */
    public int captureCount() {
        return captures.get();
    }

    @Override
    protected void doOpen() throws DeviceException {
        try (InputStream in = zwfw.kiosk.drivers.font.CjkFont.open()) {
            cjk = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new DeviceException("FONT", "the CJK font does not load: " + e.getMessage(), e);
        }
        if (!connected) {
            updateStatus(DeviceStatus.of(DeviceState.OFFLINE, null, "document camera unplugged"));
        }
    }

    @Override
    protected void doClose() {
        // nothing held
    }

    @Override
    public CapturedImage capture() throws DeviceException {
        BlockingCalls.check(BlockingCalls.Kind.DEVICE, "capture");
        if (!isOpen() || !isEnabled()) {
            throw new DeviceException(CaptureFailure.NOT_READY, "document camera " + id() + " is not opened and enabled");
        }
        if (!connected) {
            throw new DeviceException(CaptureFailure.NOT_CONNECTED, "document camera " + id() + " is unplugged");
        }
        if (!paperPresent) {
            throw new DeviceException(CaptureFailure.NO_PAPER, "nothing lies under document camera " + id());
        }
        updateState(DeviceState.BUSY);
        try {
            int n = captures.incrementAndGet();
            BufferedImage page = render(n);
            byte[] jpeg = ImageFiles.jpeg(page, 0.9f);
            return new CapturedImage(jpeg, CapturedImage.JPEG, page.getWidth(), page.getHeight());
        } finally {
            updateState(connected ? DeviceState.READY : DeviceState.OFFLINE);
        }
    }

    private BufferedImage render(int n) {
        int w = (int) Math.round(210 / 25.4 * dpi); // A4: 210 × 297 mm
        int h = (int) Math.round(297 / 25.4 * dpi);
        float pt = dpi / 72f;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // slightly warm paper with uneven light, as under a real camera's lamp
            for (int y = 0; y < h; y += 8) {
                int shade = 246 - (int) (10.0 * y / h);
                g.setColor(new Color(shade, shade, shade - 4));
                g.fillRect(0, y, w, 8);
            }
            g.setColor(new Color(25, 25, 30));
            int margin = (int) (72 * pt);
            String title = TITLES[random.nextInt(TITLES.length)];
            g.setFont(cjk.deriveFont(Font.PLAIN, 22 * pt));
            int tw = g.getFontMetrics().stringWidth(title);
            g.drawString(title, (w - tw) / 2, margin + (int) (22 * pt));
            g.setFont(cjk.deriveFont(Font.PLAIN, 11 * pt));
            int line = (int) (20 * pt);
            int y = margin + (int) (70 * pt);
            g.drawString(fullWidth("编号：" + LocalDate.now().getYear() + "-" + String.format("%05d", random.nextInt(100000)) + "    第 " + n + " 次拍摄"), margin, y);
            y += line * 2;
            int clauses = 8 + random.nextInt(8);
            for (int i = 1; i <= clauses && y < h - margin * 3; i++) {
                String text = "第" + chineseNumber(i) + "条  " + CLAUSES[random.nextInt(CLAUSES.length)];
                g.drawString(text, margin, y);
                y += line;
                if (random.nextBoolean()) {
                    g.drawString("    " + CLAUSES[random.nextInt(CLAUSES.length)], margin, y);
                    y += line;
                }
                y += line / 2;
            }
            g.drawString("甲方（签章）：                乙方（签章）：", margin, h - margin * 2);
            LocalDate today = LocalDate.now();
            g.drawString(fullWidth("日期：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日"),
                    margin, h - margin * 2 + line * 2);
            // a red round seal, placed a little differently each time
            g.setColor(new Color(200, 30, 30, 170));
            g.setStroke(new BasicStroke(3 * pt));
            int r = (int) (60 * pt);
            int cx = w - margin - r - random.nextInt((int) (30 * pt) + 1);
            int cy = h - margin * 2 - r / 2;
            g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setFont(cjk.deriveFont(Font.PLAIN, 16 * pt));
            String seal = "合同专用章";
            g.drawString(seal, cx - g.getFontMetrics().stringWidth(seal) / 2, cy + (int) (6 * pt));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The shipped CJK font has no ASCII glyphs: letters, digits and signs are drawn in their full-width forms. */
    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c > 0x20 && c < 0x7f ? (char) (c + 0xfee0) : c);
        }
        return b.toString();
    }

    private static String chineseNumber(int i) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return i <= 10 ? d[i] : "十" + d[i - 10];
    }


    @Override
    public HealthReport checkHealth() {
        DeviceStatus s = status();
        return new HealthReport(s.state().isUsable(), s, connected ? "simulated document camera" : "simulated document camera unplugged",
                Map.of("dpi", Integer.toString(dpi), "captures", Integer.toString(captures.get())));
    }
}

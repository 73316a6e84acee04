package zwfw.kiosk.core.receipt;

import java.time.format.DateTimeFormatter;
import zwfw.kiosk.drivers.printer.PrintDocument;
import zwfw.kiosk.drivers.printer.PrintDocument.Align;

/**
 * Builds the kiosk's printed documents: the case receipt, its variant for a case queued while
 * offline, and the printer test page. Personal data (applicant's and, for 代办, agent's) is masked
 * here, before anything is printed.
 */
public final class ReceiptDocuments {
    public static final String HOTLINE = "政务服务便民热线 12345";
    public static final String KEEP_SAFE = "请妥善保管此凭条";
    public static final String SUBMIT_WHEN_ONLINE = "联网后自动提交";
    public static final String TEST_PAGE_QR = "KIOSK-PRINT-TEST";
    /** QR codes about 30 mm wide: readable by any phone at arm's length, fits 58 mm paper. */
    static final int QR_MILLIMETRES = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReceiptDocuments() {
    }

    /** The receipt for a case: the accepted form, or the queued form when it has no case number yet. */
    public static PrintDocument caseReceipt(ReceiptFacts f) {
        PrintDocument.Builder b = PrintDocument.builder()
                .bold(f.centreName(), Align.CENTER)
                .heading(f.queued() ? "办理凭条(待提交)" : "办理凭条")
                .rule()
                .row("办理事项：", f.serviceName());
        if (f.queued()) {
            b.row("本地编号：", f.localReference())
                    .row("办理状态：", "已保存，" + SUBMIT_WHEN_ONLINE);
        } else {
            b.row("受理编号：", f.caseNumber());
        }
        b.row("申 请 人：", PersonalDataMask.name(f.applicantName()))
                .row("证件号码：", PersonalDataMask.idNumber(f.applicantIdNumber()));
        if (f.onBehalf()) {
            b.row("代 办 人：", PersonalDataMask.name(f.agentName()))
                    .row("代办人证件：", PersonalDataMask.idNumber(f.agentIdNumber()));
        }
        b.row("提交时间：", TIME.format(f.submittedAt()));
        if (f.dueDate() != null) {
            b.row("承诺办结：", f.dueDate().toString());
        }
        b.row("终端编号：", f.kioskId()).rule();
        if (f.queued()) {
            b.text("网络暂时中断，申请已安全保存在本机，" + SUBMIT_WHEN_ONLINE + "。提交后可凭受理编号查询进度。");
        }
        b.qr(f.qrContent(), QR_MILLIMETRES)
                .text(f.queued() ? "扫码查看本地编号" : "扫码查询办理进度", Align.CENTER)
                .text(HOTLINE, Align.CENTER)
                .bold(KEEP_SAFE, Align.CENTER)
                .cut();
        return b.build();
    }

    /** The printer test page: title, profile, kiosk id, a bilingual line, a QR code of {@value #TEST_PAGE_QR}, a cut. */
    public static PrintDocument testPage(String profileName, String kioskId) {
        return PrintDocument.builder()
                .add(new PrintDocument.Text("打印测试", true, 2, Align.CENTER))
                .row("打印机配置：", profileName)
                .row("终端编号：", kioskId)
                .text("政务服务自助终端 Self-service kiosk")
                .qr(TEST_PAGE_QR, 25)
                .cut()
                .build();
    }
}

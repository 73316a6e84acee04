package zwfw.kiosk.drivers.printer;

import zwfw.kiosk.drivers.printer.PrintDocument.Align;

/** Documents the driver tests print: Chinese text, a ¥ price, a label/value row, a QR code and a cut. */
public final class SampleDocuments {
    public static final String QR = "https://example.org/q/AB20261124000123";

    private SampleDocuments() {
    }

    public static PrintDocument mixed() {
        return PrintDocument.builder()
                .heading("打印测试")
                .row("编号：", "AB20261124000123")
                .text("价格 ¥12.50", Align.LEFT)
                .text("热敏打印机 Thermal printer, 中文与English混排的一段较长文字需要自动换行。")
                .qr(QR, 30)
                .cut()
                .build();
    }
}

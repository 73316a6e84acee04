package zwfw.kiosk.core.receipt;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The standard case receipt used by tests and the benchmark. */
public final class SampleReceipts {
    public static final String ID_NUMBER = "330304199001021234";
    public static final String NAME = "欧阳娜娜";
    public static final String QUERY_URL = "https://platform.example.gov.cn/q/SA20261124000123";
    public static final String CLIENT_CASE_ID = "0b6f1d1e-2c1f-4f7e-9d7a-3b2d8c6f0a11";

    private SampleReceipts() {
    }

    public static ReceiptFacts accepted() {
        return ReceiptFacts.accepted("温州市鹿城区政务服务中心", "个人参保证明打印", "SA20261124000123", NAME, ID_NUMBER,
                OffsetDateTime.parse("2026-11-24T09:30:00+08:00"), LocalDate.parse("2026-11-27"), "KSK-330304-0001", QUERY_URL);
    }

    public static ReceiptFacts queued() {
        return ReceiptFacts.queued("温州市鹿城区政务服务中心", "个人参保证明打印", CLIENT_CASE_ID, "张三", ID_NUMBER,
                OffsetDateTime.parse("2026-11-24T09:30:00+08:00"), "KSK-330304-0001");
    }
}

package zwfw.platform.sim;

import java.util.Optional;

/** The certificates a DOCUMENT service delivers (§9), by the service that issues them. */
enum CertificateKind {
    SOCIAL_INSURANCE("RS-0001", "个人参保证明", "Social insurance certificate"),
    MEDICAL_INSURANCE("YB-0001", "医保参保凭证", "Medical insurance certificate"),
    PROPERTY_QUERY("BDC-0001", "不动产权属信息查询结果", "Real estate ownership query result");

    final String serviceCode;
    final String titleZh;
    final String titleEn;

    CertificateKind(String serviceCode, String titleZh, String titleEn) {
        this.serviceCode = serviceCode;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    static Optional<CertificateKind> ofService(String code) {
        for (CertificateKind k : values()) {
            if (k.serviceCode.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

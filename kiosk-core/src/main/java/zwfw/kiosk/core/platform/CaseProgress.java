package zwfw.kiosk.core.platform;

import java.util.List;

/** {@code GET /api/v1/cases/{caseNo}}: where a case stands. */
public record CaseProgress(String caseNo, String serviceCode, String status, String updatedAt, List<StatusChange> history) {

    public record StatusChange(String status, String at, String note) {
    }
}

package zwfw.kiosk.core.platform;

import java.util.List;

/** The body of {@code POST /api/v1/evaluations}: level 5 非常满意 … 1 非常不满意. */
public record EvaluationSubmission(String clientEvaluationId, String caseNo, String kioskId, int level, List<String> tags,
                                   String comment, String evaluatedAt) {
    public EvaluationSubmission {
        tags = tags == null ? List.of() : List.copyOf(tags);
        comment = comment == null ? "" : comment;
    }

    public EvaluationSubmission withCaseNo(String no) {
        return new EvaluationSubmission(clientEvaluationId, no, kioskId, level, tags, comment, evaluatedAt);
    }

    @Override
    public String toString() {
        return "EvaluationSubmission[clientEvaluationId=" + clientEvaluationId + ", caseNo=" + caseNo + ", level=" + level
                + ", tags=" + tags + "]";
    }
}

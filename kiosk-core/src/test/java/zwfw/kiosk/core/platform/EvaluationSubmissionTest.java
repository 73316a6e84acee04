package zwfw.kiosk.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationSubmissionTest {
    private final EvaluationSubmission e = new EvaluationSubmission("id-1", "SA1", "K1", 1, List.of("等待时间长"),
            "住在瓯海区新桥街道的张三说排队太久", "2026-11-24T10:00:00+08:00");

    @Test
    void theCommentIsSentButNeverShownByToString() {
        // The citizen's own words may hold a name or an address: logs print toString, never the comment.
        assertFalse(e.toString().contains("张三"), e.toString());
        assertFalse(e.toString().contains("comment"), e.toString());
        String body = new String(PlatformClient.encode(e), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"comment\":\"住在瓯海区新桥街道的张三说排队太久\""), body);
    }

    @Test
    void noCommentIsSentAsAnEmptyString() {
        assertEquals("", new EvaluationSubmission("id", "SA1", "K1", 5, null, null, "t").comment());
    }
}

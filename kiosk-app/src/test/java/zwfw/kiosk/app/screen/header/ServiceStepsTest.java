package zwfw.kiosk.app.screen.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zwfw.kiosk.core.catalog.LocalizedText;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.IdentifyRole;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitData;
import zwfw.kiosk.core.visit.VisitState;

class ServiceStepsTest {
    private static ServiceItem service(boolean requiresIdentity) {
        return new ServiceItem("T-1", "测试", "测试", new LocalizedText("测试事项", "Test"), requiresIdentity, false, true, 5, List.of());
    }

    private static VisitState at(Step step, ServiceItem service) {
        VisitData d = service == null ? VisitData.empty() : VisitData.empty().choosing(service);
        return new VisitState(1, step, d, Set.of(), true, false, true);
    }

    @Test
    void aServiceThatNeedsAnIdentityHasFourStepsAndEachScreenIsAtItsOwn() {
        ServiceItem s = service(true);
        List<String> four = List.of(ServiceSteps.IDENTIFY, ServiceSteps.FORM, ServiceSteps.REVIEW, ServiceSteps.DONE);
        assertEquals(new ServiceSteps(four, 0), ServiceSteps.of(at(Step.Identify.of(IdentifyRole.APPLICANT), s)).orElseThrow());
        assertEquals(new ServiceSteps(four, 1), ServiceSteps.of(at(new Step.Form(), s)).orElseThrow());
        assertEquals(new ServiceSteps(four, 2), ServiceSteps.of(at(new Step.Review(false), s)).orElseThrow());
        assertEquals(new ServiceSteps(four, 2), ServiceSteps.of(at(new Step.Submitting("c"), s)).orElseThrow());
        assertEquals(new ServiceSteps(four, 3), ServiceSteps.of(at(new Step.Evaluate(), s)).orElseThrow());
    }

    @Test
    void aServiceWithoutIdentityStartsAtTheForm() {
        assertEquals(new ServiceSteps(List.of(ServiceSteps.FORM, ServiceSteps.REVIEW, ServiceSteps.DONE), 0),
                ServiceSteps.of(at(new Step.Form(), service(false))).orElseThrow());
    }

    @Test
    void noStepsWhileNoServiceIsBeingFiled() {
        assertTrue(ServiceSteps.of(at(new Step.Home(), null)).isEmpty());
        assertTrue(ServiceSteps.of(at(new Step.Progress(null, 0), null)).isEmpty());
        assertTrue(ServiceSteps.of(at(new Step.Attract(), service(true))).isEmpty());
    }
}

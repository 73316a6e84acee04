package zwfw.kiosk.app.screen.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwfw.kiosk.core.catalog.ServiceItem;
import zwfw.kiosk.core.visit.Step;
import zwfw.kiosk.core.visit.VisitState;

/**
 * The steps of filing the chosen service as the header's step indicator names them ("1 身份验证 · 2 填写 · 3 确认 ·
 * 4 完成"; a service that needs no identity has no 身份验证), and which one the visit is at. Nothing when no service
 * is being filed (home, progress). Derived from the visit's step, so the indicator follows the visit without the
 * screens knowing it exists.
 */
public record ServiceSteps(List<String> keys, int current) {
    public static final String IDENTIFY = "steps.identify";
    public static final String FORM = "steps.form";
    public static final String REVIEW = "steps.review";
    public static final String DONE = "steps.done";

    public ServiceSteps {
        keys = List.copyOf(keys);
    }

    /** The steps of the visit's service with the current one, or empty when no service is being filed. */
    public static Optional<ServiceSteps> of(VisitState s) {
        Step step = s.step();
        ServiceItem service = s.data().service();
        if (service == null || !step.inVisit() || step instanceof Step.Home || step instanceof Step.Progress) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        if (service.requiresIdentity()) {
            keys.add(IDENTIFY);
        }
        keys.add(FORM);
        keys.add(REVIEW);
        keys.add(DONE);
        String at;
        if (step instanceof Step.Form) {
            at = FORM;
        } else if (step instanceof Step.Review || step instanceof Step.Submitting) {
            at = REVIEW;
        } else if (step instanceof Step.Result || step instanceof Step.Evaluate) {
            at = DONE;
        } else {
            at = keys.get(0); // identifying, or choosing for whom the case is filed: before the form
        }
        return Optional.of(new ServiceSteps(keys, keys.indexOf(at)));
    }
}

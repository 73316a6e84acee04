package zwfw.kiosk.core.form;

import java.util.List;
import java.util.Map;

/** The result of checking a form: the problems, and the values converted to the types the platform expects. */
public record FormCheck(List<FieldProblem> problems, Map<String, Object> values) {
    public boolean ok() {
        return problems.isEmpty();
    }
}

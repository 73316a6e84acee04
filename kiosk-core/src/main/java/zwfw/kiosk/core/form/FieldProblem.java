package zwfw.kiosk.core.form;

import java.util.List;

/** A field that does not pass, as a message key and arguments the UI renders in Chinese or English. */
public record FieldProblem(String field, String messageKey, List<Object> args) {
    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}

package zwfw.kiosk.core.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One field of a service's form; which constraints apply depends on {@link #type()}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String name, FieldType type, LocalizedText label, Boolean required, Integer maxLength, String pattern,
                        Long min, Long max, List<FieldOption> options, Integer maxCount) {

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }
}

package zwfw.kiosk.core.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The platform's service catalog (section 5). */
public record Catalog(long version, List<ServiceItem> services) {
    // One JSON value, integers exactly (see PlatformClient): the catalog comes from the platform.
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true).configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            // A delivery kind of a later contract revision reads as CASE (the safe default), not as a broken catalog.
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, true);

    public Catalog {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public Optional<ServiceItem> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<ServiceItem> openServices() {
        return services.stream().filter(ServiceItem::isEnabled).toList();
    }

    /** Parses a catalog body; throws {@link IOException} when it is not one. */
    public static Catalog parse(byte[] json) throws IOException {
        Catalog c = JSON.readValue(json, Catalog.class);
        for (ServiceItem s : c.services()) {
            if (s.code() == null || s.code().isBlank()) {
                throw new IOException("a service without a code");
            }
        }
        return c;
    }
}

package zwfw.kiosk.core.usage.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import zwfw.kiosk.core.usage.UsageFigures;

/** The usage report as JSON: the very {@link UsageFigures} the screen shows, with where and when. */
public final class UsageJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** What the file holds: the report's heading, the service names by code, and the figures. */
    public record Report(ReportHeading heading, Map<String, String> serviceNames, UsageFigures figures) {
    }

    private UsageJson() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        MAPPER.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller closes the stream
            }
        }, report);
    }

    public static Report read(byte[] json) throws IOException {
        return MAPPER.readValue(json, Report.class);
    }
}

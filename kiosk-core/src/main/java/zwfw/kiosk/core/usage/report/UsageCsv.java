package zwfw.kiosk.core.usage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import zwfw.kiosk.core.usage.UsageFigures;

/**
 * The usage report as CSV: one row per day and service chosen, UTF-8 with a byte-order mark so
 * that Excel opens the Chinese names. {@code sessions} counts visits in which the service was chosen;
 * {@code cases_submitted} the cases delivered or queued, {@code cases_queued} those of them queued
 * when answered, {@code cases_rejected} the refused ones; {@code avg_level} empty without evaluations.
 */
public final class UsageCsv {
    public static final String HEADER =
            "date,service_code,service_name,sessions,cases_submitted,cases_queued,cases_rejected,evaluations,avg_level";

    private UsageCsv() {
    }

    /** Writes the rows of {@code figures}; {@code serviceName} gives a code's name ("" when unknown). Leaves {@code out} open. */
    public static void write(UsageFigures figures, Function<String, String> serviceName, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(HEADER);
        w.write("\r\n");
        for (UsageFigures.DayServiceRow r : figures.rows()) {
            String name = serviceName.apply(r.serviceCode());
            w.write(String.join(",", r.date().toString(), field(r.serviceCode()), field(name == null ? "" : name),
                    Integer.toString(r.sessions()), Integer.toString(r.casesSubmitted()), Integer.toString(r.casesQueued()),
                    Integer.toString(r.casesRejected()), Integer.toString(r.evaluations()),
                    r.evaluations() == 0 ? "" : String.format(Locale.ROOT, "%.2f", r.averageLevel())));
            w.write("\r\n");
        }
        w.flush();
    }

    /** RFC 4180 quoting; a leading = + - @ is quoted away from spreadsheet formulas. */
    static String field(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

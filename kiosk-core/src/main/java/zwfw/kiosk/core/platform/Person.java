package zwfw.kiosk.core.platform;

/** An applicant or agent. Personal data: {@link #toString()} masks it, so it cannot leak into a log. */
public record Person(String name, IdType idType, String idNumber, String phone) {

    /** {@code 330304********1234}: the first six and last four characters shown. */
    public static String maskId(String id) {
        if (id == null) {
            return null;
        }
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    @Override
    public String toString() {
        return "Person[name=" + (name == null || name.isEmpty() ? "" : name.charAt(0) + "*") + ", idType=" + idType
                + ", idNumber=" + maskId(idNumber) + ", phone=" + (phone == null ? null : "***") + "]";
    }
}

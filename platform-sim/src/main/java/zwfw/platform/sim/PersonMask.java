package zwfw.platform.sim;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The masked form of a case's applicant or agent, as a receipt prints it: the surname and a star per
 * further character (张*), the ID number's first six and last four characters (330304********1234).
 * The simulator keeps only this, so tests and the operator can see who filed without storing personal data.
 */
final class PersonMask {
    private PersonMask() {
    }

    /** The masked person of a validated {@code applicant}/{@code agent} node, or null for null. */
    static PlatformSimulator.MaskedPerson of(JsonNode person) {
        if (person == null || person.isNull()) {
            return null;
        }
        return new PlatformSimulator.MaskedPerson(name(FormRules.text(person, "name")), idNumber(FormRules.text(person, "idNumber")));
    }

    static String name(String name) {
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length <= 1) {
            return "*".repeat(cps.length);
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 1);
    }

    static String idNumber(String id) {
        String s = id.strip();
        int n = s.length();
        return n >= 11 ? s.substring(0, 6) + "*".repeat(n - 10) + s.substring(n - 4) : "*".repeat(n);
    }
}

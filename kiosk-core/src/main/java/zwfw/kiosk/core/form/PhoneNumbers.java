package zwfw.kiosk.core.form;

import java.util.regex.Pattern;

/** Mainland mobile numbers: 11 digits starting with 1 (second digit 3 to 9, as the carriers allot them). */
public final class PhoneNumbers {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private PhoneNumbers() {
    }

    public static boolean isMainlandMobile(String s) {
        return s != null && MOBILE.matcher(s).matches();
    }
}

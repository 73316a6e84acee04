package zwfw.kiosk.core.privacy.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import zwfw.kiosk.core.privacy.PersonalDataMasker;

/**
 * A Logback pattern layout that masks ID numbers and mobile numbers in the whole formatted
 * line (message, arguments and stack traces) before any appender writes it. Every appender of
 * the kiosk uses it, so a careless log call cannot leak a citizen's number.
 */
public class MaskingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return PersonalDataMasker.mask(super.doLayout(event));
    }
}

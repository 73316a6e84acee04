package zwfw.kiosk.app.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range of a numeric kioskctl option, checked by {@link OptionBounds} before the command runs
 * (picocli itself only checks that the text is a number). Every numeric option must carry one:
 * a test walks all commands and fails on a number without a range.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Bounded {
    long min();

    long max();

    /** The unit in words for the message, e.g. "seconds"; empty for a plain count. */
    String unit() default "";
}

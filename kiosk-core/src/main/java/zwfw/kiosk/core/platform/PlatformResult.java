package zwfw.kiosk.core.platform;

/** The outcome of one call: a value, or a {@link PlatformError} the UI can show in plain words. */
public sealed interface PlatformResult<T> {

    record Ok<T>(T value, int status) implements PlatformResult<T> {
    }

    record Failed<T>(PlatformError error) implements PlatformResult<T> {
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("no value: " + ((Failed<T>) this).error().summary());
    }

    default PlatformError error() {
        if (this instanceof Failed<T> f) {
            return f.error();
        }
        throw new IllegalStateException("the call succeeded");
    }
}

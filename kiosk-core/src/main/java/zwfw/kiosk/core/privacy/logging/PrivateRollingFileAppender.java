package zwfw.kiosk.core.privacy.logging;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import zwfw.kiosk.core.storage.PrivateFiles;

/**
 * A rolling file appender whose files stay mode 0600: logback creates the next active file and the
 * compressed archives with the process's umask, so after each rollover every file of the log
 * directory is made private again (archives still being compressed are caught at the next one).
 */
final class PrivateRollingFileAppender<E> extends RollingFileAppender<E> {

    @Override
    public void rollover() {
        super.rollover();
        String active = getFile();
        if (active == null) {
            return;
        }
        Path dir = new File(active).toPath().toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(PrivateFiles::restrict);
        } catch (java.io.IOException e) {
            addWarn("cannot make the rolled log files private: " + e.getMessage());
        }
    }
}

package zwfw.kiosk.deploy;

import java.sql.Connection;
import java.sql.DriverManager;

/** A JVM that opens SQLite (loading sqlite-jdbc's native library), says so and waits to be killed. */
public final class SqliteHolder {
    private SqliteHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.createStatement().execute("SELECT 1");
            System.out.println("open");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
